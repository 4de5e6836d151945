// The sample campaign (samples/campaigns/lai-chau-2020.xml, a copy of
// spec/campaign-example.xml) loaded once for the check tests.
#pragma once

#include <gtest/gtest.h>

#include "campaign/loader.h"
#include "check/campaign_keys.h"

namespace tonghop::check::testing {

inline const campaign::Campaign& LaiChau() {
  static const campaign::Campaign campaign = [] {
    Result<campaign::Campaign> c = campaign::LoadCampaignFile(
        std::string(TONGHOP_SOURCE_DIR) + "/samples/campaigns/lai-chau-2020.xml");
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().Describe(Lang::kEn));
    return c.ok() ? std::move(*c) : campaign::Campaign{};
  }();
  return campaign;
}

// Its match keys, built once.
inline const CampaignKeys& LaiChauKeys() {
  static const CampaignKeys keys(LaiChau());
  return keys;
}

}  // namespace tonghop::check::testing
