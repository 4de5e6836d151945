// Aggregation (pure): store rows + campaign → report::Consolidated.
//
// Lateness is judged here, from each counting document's received instant
// and the period's due date (campaign/deadline.h: end of the due day in
// Vietnam time, calendar days late), so that every renderer tells the same
// story whatever the stored findings say. Missing sections come from the
// document's missing-section findings (src/check made them against the
// same campaign). Figures are the campaign's metrics of the period, in its
// order; totals sum the submitted units' figures.
//
// Units are listed in the campaign's order or by name in Vietnamese
// collation (text/collate.h), ties by unit id.
//
// Failure: kUsage when options.period names no period of the campaign.
// Thread-safety: re-entrant; reads its inputs only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "common/error.h"
#include "report/consolidated.h"
#include "store/rows.h"

namespace tonghop::report {

// What the store holds for one campaign (report/load.h reads it).
struct StoreRows {
  // Every stored document of the campaign, counting or not
  // (DocumentRow::counts tells which count; at most one per unit × period).
  std::vector<store::StoredDocument> documents;
  // Arrivals of bytes already stored.
  std::vector<store::SightingRow> sightings;
};

struct ConsolidateOptions {
  std::optional<std::string> period;  // nullopt or "all": every period
  SortOrder sort = SortOrder::kCampaign;
  // The instant the matrix describes ("missing so far"): sets
  // PeriodReport::due_passed and UnitRow::not_yet_due. Documents are not
  // filtered by it. nullopt: no judgement about time (deterministic reports).
  std::optional<std::int64_t> as_of_utc;
};

Result<Consolidated> Consolidate(const campaign::Campaign& campaign, const StoreRows& rows,
                                 const ConsolidateOptions& options);

}  // namespace tonghop::report
