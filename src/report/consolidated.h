// report::Consolidated: the submission matrix of a campaign, the one struct
// that `tonghop status` and every `tonghop report` format render. Built by
// report/consolidate.h from store rows and the campaign; plain data, no
// library types.
//
// Per period (one, or all of the campaign's in its order): every expected
// unit with the document that counts for it (if any), its status (on time,
// late by N calendar days, missing), the campaign sections it lacks, its
// other findings and its figures; totals per period. Beside the matrix, for
// audit: superseded documents, duplicate arrivals, and documents that count
// for no expected unit × period.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "model/finding.h"

namespace tonghop::report {

// The period selector that means every period of the campaign.
inline constexpr const char* kAllPeriods = "all";

enum class UnitStatus { kOnTime, kLate, kMissing };
// "on-time", "late", "missing" (spec/record.md, `status --json`).
const char* UnitStatusCode(UnitStatus status);

enum class SortOrder { kCampaign, kName };
// "campaign", "name".
const char* SortOrderName(SortOrder order);

// The stored document that counts for a unit in a period.
struct DocumentRef {
  std::int64_t id = 0;  // store id (ingest order)
  std::string sha256;
  std::string path;  // where it was first seen
  std::string format;
  std::optional<std::string> number;
  std::optional<std::string> symbol;
  std::optional<std::string> date;      // the document's own date, ISO
  std::optional<std::string> received;  // as recorded, ISO 8601 with offset
  std::optional<std::int64_t> received_utc;
};

struct UnitRow {
  std::string unit;  // campaign unit id
  std::string name;  // as the campaign writes it
  UnitStatus status = UnitStatus::kMissing;
  int days_late = 0;  // calendar days (campaign/deadline.h); 0 unless late
  // Missing, and the due day had not ended at Consolidated::as_of_utc: the
  // unit may still report on time. Always false without as_of_utc.
  bool not_yet_due = false;
  std::optional<DocumentRef> document;  // absent when missing
  // Ids of campaign sections the document lacks (from its missing-section
  // findings), in the campaign's section order.
  std::vector<std::string> missing_sections;
  // Every finding of the counting document, in stored order, with the
  // lateness judged here: a stored late-submission finding is replaced by
  // one matching `days_late` (or dropped when on time). A document with no
  // received time gets a missing-field finding (field=received) and counts
  // as on time.
  std::vector<model::Finding> findings;
  // Parallel to PeriodReport::metrics: the figure read from the document,
  // or nullopt (not found, or no document).
  std::vector<std::optional<double>> metrics;
};

struct MetricColumn {
  std::string id;
  campaign::MetricKind kind = campaign::MetricKind::kInt;
  std::string label;  // the campaign's first label variant
};

struct SectionTitle {
  std::string id;
  std::string title;  // the campaign's first title variant
  bool required = false;
};

struct Totals {
  int expected = 0;   // units in the campaign
  int submitted = 0;  // on_time + late
  int on_time = 0;
  int late = 0;
  int missing = 0;
  // Parallel to PeriodReport::metrics: the sum over submitted units (rounded
  // to 6 decimals so that 0.1 + 0.2 prints as 0.3), and how many units gave
  // the figure.
  std::vector<double> metrics;
  std::vector<int> metric_reported;
};

struct PeriodReport {
  std::string id;
  std::string name;  // the campaign's name of the period, or its id when it has none
  std::string doc_type;
  campaign::Date from;
  campaign::Date to;
  campaign::Date due;
  std::vector<SectionTitle> sections;
  std::vector<MetricColumn> metrics;
  std::vector<UnitRow> units;  // every campaign unit, in the chosen order
  Totals totals;
  // Whether the due day had ended at Consolidated::as_of_utc; nullopt
  // without as_of_utc.
  std::optional<bool> due_passed;

  // The section's title, or the id itself when the campaign does not know it.
  const std::string& SectionTitleOf(const std::string& section_id) const;
};

// A document that counts nowhere in the matrix, and why.
enum class UnassignedReason {
  kNoUnit,         // the unit could not be told (unknown-unit, ambiguous-unit)
  kNoPeriod,       // the period could not be told
  kUnknownUnit,    // a unit id the campaign no longer lists
  kUnknownPeriod,  // a period id the campaign no longer lists
};
const char* UnassignedReasonCode(UnassignedReason reason);  // "no-unit", ...

struct SupersededDoc {
  std::string period;
  std::string unit;
  DocumentRef document;
  std::optional<DocumentRef> superseded_by;  // absent if the store lost it
};

struct DuplicateArrival {
  std::string sha256;
  std::string path;  // where the copy arrived
  std::optional<std::string> received;
  std::string original_path;  // where the stored document was first seen
  std::optional<std::string> period;
  std::optional<std::string> unit;
};

struct UnassignedDoc {
  DocumentRef document;
  UnassignedReason reason = UnassignedReason::kNoUnit;
  std::optional<std::string> unit;
  std::optional<std::string> period;
  std::optional<std::string> subject;
  std::vector<model::Finding> findings;
};

struct Audit {
  std::vector<SupersededDoc> superseded;     // ordered by period, unit, store id
  std::vector<DuplicateArrival> duplicates;  // in arrival order
  std::vector<UnassignedDoc> unassigned;     // in ingest order
};

struct Consolidated {
  std::string campaign_id;
  std::string campaign_name;
  campaign::Issuer issuer;
  campaign::PlanRef plan;
  std::string period_selector;  // the period id asked for, or "all"
  SortOrder sort = SortOrder::kCampaign;
  std::optional<std::int64_t> as_of_utc;
  std::vector<PeriodReport> periods;  // in campaign order
  Audit audit;
};

}  // namespace tonghop::report
