#include "check/campaign_keys.h"

#include "text/abbreviations.h"
#include "text/fold.h"

namespace tonghop::check {

PeriodKeys::PeriodKeys(const campaign::Period& p)
    : period(&p),
      doc_type(text::FoldKey(p.doc_type)),
      metrics(extract::MakeMetricKeys(p.metrics, p.match)) {
  for (const std::string& m : p.match) match.push_back(text::FoldKey(m));
  for (const campaign::SectionSpec& s : p.sections) {
    std::vector<std::string>& keys = section_titles.emplace_back();
    for (const std::string& t : s.titles) {
      std::string k = text::FoldKey(t);
      if (!k.empty()) keys.push_back(std::move(k));
    }
  }
}

CampaignKeys::CampaignKeys(const campaign::Campaign& campaign) : campaign_(&campaign) {
  for (const campaign::Unit& u : campaign.units) {
    UnitKeys& k = units_.emplace_back();
    k.unit = &u;
    auto add = [&k](const std::string& name) {
      k.keys.push_back(text::ExpandedFoldKey(name));
      k.bare_keys.push_back(text::FoldKey(k.keys.back(), {.no_marks = true}));
    };
    add(u.name);
    for (const std::string& alias : u.aliases) add(alias);
  }
  for (const campaign::Period& p : campaign.periods) periods_.emplace_back(p);
}

const PeriodKeys& CampaignKeys::Of(const campaign::Period& period) const {
  return periods_[static_cast<size_t>(&period - campaign_->periods.data())];
}

}  // namespace tonghop::check
