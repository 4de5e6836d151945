// What `tonghop status` and `tonghop report` share: loading the campaign,
// opening the store for reading, consolidating, and parsing their common
// flags (--sort, --as-of).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "campaign/campaign.h"
#include "cli/context.h"
#include "common/error.h"
#include "report/consolidate.h"
#include "store/store.h"

namespace tonghop::cli {

// Loads the campaign (kConfig on failure, line-numbered), reads the store
// (an SQLite file that does not exist yet counts as empty, with a warning)
// and consolidates.
Result<report::Consolidated> ConsolidateForCli(const Context& ctx, const std::string& campaign_path,
                                               const store::StoreConfig& store_config,
                                               const report::ConsolidateOptions& options);

// --as-of: an ISO 8601 instant, a date (its end in Vietnam time) or "now"
// (the wall clock). nullopt stays nullopt. kUsage otherwise.
Result<std::optional<std::int64_t>> ParseAsOf(const std::optional<std::string>& value);

// --sort: "campaign" or "name"; nullopt gives `fallback`. kUsage otherwise.
Result<report::SortOrder> ParseSort(const std::optional<std::string>& value,
                                    report::SortOrder fallback);

}  // namespace tonghop::cli
