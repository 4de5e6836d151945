// How the commands that use the store name and open it: the campaign file
// (validated; its id keys the store) and the store (--data-dir, --store).
// ingest, batch and watch open the store to write; status and report to read.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "campaign/campaign.h"
#include "cli/args.h"
#include "common/error.h"
#include "store/store.h"

namespace tonghop::cli {

// The flags as given.
struct CampaignStoreFlags {
  std::optional<std::string> campaign;  // --campaign C.xml
  std::optional<std::string> data_dir;  // --data-dir D
  std::optional<std::string> store;     // --store URI

  // The store they name (defaults: sqlite: in ./tonghop-data).
  store::StoreConfig StoreConfig() const;
};

enum class StoreAccess {
  kWrite,         // created (folder, file, schema) when absent
  kReadIfExists,  // an SQLite store not created yet is no store, and nothing is created
};

// --campaign C.xml, "the campaign file (required)"; the command checks that
// it was given.
void AddCampaignFlag(ArgParser& parser, CampaignStoreFlags* flags);
// --data-dir D and --store URI. Their help is worded for the way the command
// uses the store (as it always was; one wording would serve both).
void AddStoreFlags(ArgParser& parser, CampaignStoreFlags* flags, StoreAccess access);

struct CampaignStore {
  campaign::Campaign campaign;
  std::unique_ptr<store::Store> store;  // null only with kReadIfExists and no store yet
};

// Loads the campaign, then opens the store. flags.campaign must be set.
// Errors: the campaign's (kConfig, every line-numbered problem, one a line),
// then the store's (kConfig for a bad --store, kStore when it cannot be
// opened).
Result<CampaignStore> OpenCampaignStore(const CampaignStoreFlags& flags, StoreAccess access);

}  // namespace tonghop::cli
