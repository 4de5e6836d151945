// Which campaign unit sent a document: its issuer lines compared by fold key
// with every unit's name and aliases (spec/campaign.md). Abbreviations are
// expanded on both sides (LĐLĐ = Liên đoàn Lao động, TP = thành phố, CĐN =
// Công đoàn ngành …), and issuer text typed without any diacritic is
// compared without marks; the units' keys come from CampaignKeys. A unit
// matches when the issuer name contains one of its names at word boundaries;
// the longest match wins. Only the issuer name is compared, never its parent:
// a grassroots union under "CÔNG ĐOÀN NGÀNH GIÁO DỤC" is not the Công đoàn
// ngành itself.
// Pure, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "check/campaign_keys.h"
#include "model/record.h"

namespace tonghop::check {

struct UnitMatch {
  const campaign::Unit* unit = nullptr;           // the single best match
  std::vector<const campaign::Unit*> candidates;  // several equally good: ambiguous
};

UnitMatch ResolveUnit(const model::Issuer& issuer, const CampaignKeys& campaign);

}  // namespace tonghop::check
