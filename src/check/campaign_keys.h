// The fold keys of everything in a campaign that documents are matched
// against, computed once per campaign instead of once per document: unit
// names and aliases (abbreviations expanded, with and without marks), and
// for each period its document type, keywords, section titles and figure
// labels. ResolveUnit, ChoosePeriod, MatchSections and the figures
// (extract::ExtractMetrics) compare with these.
//
// Keeps pointers into the campaign, which must outlive the keys and not
// change meanwhile. Immutable once built: one instance serves every thread.
#pragma once

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "extract/metrics.h"

namespace tonghop::check {

struct UnitKeys {
  const campaign::Unit* unit = nullptr;
  // Name, then aliases (text::ExpandedFoldKey), then those of them that
  // have a district word without it ("… huyện Than Uyên" → "… Than Uyên");
  // each key once.
  std::vector<std::string> keys;
  std::vector<std::string> bare_keys;  // the same without marks
};

struct PeriodKeys {
  explicit PeriodKeys(const campaign::Period& period);

  const campaign::Period* period;
  std::string doc_type;            // fold key of period->doc_type
  std::vector<std::string> match;  // fold keys of period->match, in order
  // For each of period->sections, the fold keys of its non-empty titles.
  std::vector<std::vector<std::string>> section_titles;
  extract::MetricKeys metrics;  // of period->metrics and period->match
};

class CampaignKeys {
 public:
  explicit CampaignKeys(const campaign::Campaign& campaign);

  const campaign::Campaign& campaign() const { return *campaign_; }
  const std::vector<UnitKeys>& units() const { return units_; }        // campaign order
  const std::vector<PeriodKeys>& periods() const { return periods_; }  // campaign order
  // The keys of `period`, which must be one of campaign().periods.
  const PeriodKeys& Of(const campaign::Period& period) const;

 private:
  const campaign::Campaign* campaign_;
  std::vector<UnitKeys> units_;
  std::vector<PeriodKeys> periods_;
};

}  // namespace tonghop::check
