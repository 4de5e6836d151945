#include "check/campaign_keys.h"

#include <algorithm>
#include <string_view>

#include "text/abbreviations.h"
#include "text/fold.h"

namespace tonghop::check {
namespace {

// A unit key without its district level word ("liên đoàn lao động huyện
// than uyên" → "liên đoàn lao động than uyên"), which issuers often leave
// out; "" when the key has none. Not "tỉnh" nor "thành phố": a province and
// its capital city share a name (LĐLĐ tỉnh Lai Châu is not LĐLĐ thành phố
// Lai Châu).
std::string WithoutDistrictWord(const std::string& key) {
  static constexpr std::string_view kDistrictWords[] = {" huyện ", " quận ", " thị xã "};
  for (std::string_view word : kDistrictWords) {
    const size_t at = key.find(word);
    if (at != std::string::npos) return key.substr(0, at) + key.substr(at + word.size() - 1);
  }
  return "";
}

}  // namespace

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
    auto add_key = [&k](std::string key) {
      if (std::find(k.keys.begin(), k.keys.end(), key) != k.keys.end()) return;
      k.bare_keys.push_back(text::FoldKey(key, {.no_marks = true}));
      k.keys.push_back(std::move(key));
    };
    std::vector<std::string> names = {text::ExpandedFoldKey(u.name)};
    for (const std::string& alias : u.aliases) names.push_back(text::ExpandedFoldKey(alias));
    for (const std::string& key : names) add_key(key);
    for (const std::string& key : names) {
      if (std::string shorter = WithoutDistrictWord(key); !shorter.empty()) add_key(shorter);
    }
  }
  for (const campaign::Period& p : campaign.periods) periods_.emplace_back(p);
}

const PeriodKeys& CampaignKeys::Of(const campaign::Period& period) const {
  return periods_[static_cast<size_t>(&period - campaign_->periods.data())];
}

}  // namespace tonghop::check
