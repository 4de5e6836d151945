// What `tonghop status` and `tonghop report` share: their common flags
// (--campaign, --period, --sort, --as-of, --data-dir, --store), reading the
// store and consolidating.
#pragma once

#include <optional>
#include <string>

#include "cli/args.h"
#include "cli/campaign_store.h"
#include "cli/context.h"
#include "common/error.h"
#include "report/consolidate.h"

namespace tonghop::cli {

struct ConsolidateFlags : CampaignStoreFlags {
  std::optional<std::string> period;  // --period P|all
  std::optional<std::string> sort;    // --sort campaign|name
  std::optional<std::string> as_of;   // --as-of ISO|date|now
};

// The consolidation options from the flags: --period as given; --sort
// ("campaign" or "name", `default_sort` when absent); --as-of (an ISO 8601
// instant, a date meaning its end in Vietnam time, or "now" for the wall
// clock; `default_as_of` when absent, and no instant when that is nullopt).
// kUsage for a value it does not take.
Result<report::ConsolidateOptions> ConsolidateOptionsFrom(
    const ConsolidateFlags& flags, report::SortOrder default_sort,
    const std::optional<std::string>& default_as_of);

// Loads the campaign, reads the store (an SQLite file that does not exist
// yet counts as empty, with a warning; nothing is created) and consolidates.
// flags.campaign must be set. Errors: OpenCampaignStore's, the store's
// reads, and Consolidate's (kUsage for a period the campaign does not have).
Result<report::Consolidated> ConsolidateForCli(const Context& ctx, const ConsolidateFlags& flags,
                                               const report::ConsolidateOptions& options);

}  // namespace tonghop::cli
