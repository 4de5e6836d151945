#include "pipeline/session.h"

#include "campaign/loader.h"

namespace tonghop::pipeline {

Result<Session> OpenSession(const std::string& campaign_path, const store::StoreConfig& config) {
  Result<campaign::Campaign> campaign = campaign::LoadCampaignFile(campaign_path);
  if (!campaign.ok()) return campaign.take_error();
  Result<std::unique_ptr<store::Store>> store = store::OpenStore(config);
  if (!store.ok()) return store.take_error();
  return Session{std::move(*campaign), std::move(*store)};
}

}  // namespace tonghop::pipeline
