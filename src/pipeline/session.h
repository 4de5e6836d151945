// What every intake command opens first: the campaign (validated; its id
// keys the store) and the store. Shared by ingest, batch and watch.
#pragma once

#include <memory>
#include <string>

#include "campaign/campaign.h"
#include "common/error.h"
#include "store/store.h"

namespace tonghop::pipeline {

struct Session {
  campaign::Campaign campaign;
  std::unique_ptr<store::Store> store;
};

// Errors: the campaign's (kConfig, every line-numbered problem), then the
// store's (kConfig for a bad --store, kStore when it cannot be opened).
Result<Session> OpenSession(const std::string& campaign_path, const store::StoreConfig& config);

}  // namespace tonghop::pipeline
