#include "check/period.h"

#include <cstdlib>
#include <limits>
#include <vector>

#include "text/fold.h"

namespace tonghop::check {

PeriodChoice ChoosePeriod(const model::Record& record, const CampaignKeys& campaign) {
  PeriodChoice out;
  std::vector<const PeriodKeys*> candidates;
  std::string type_reason;
  if (record.doc_type) {
    const std::string code = text::FoldKey(record.doc_type->code);
    for (const PeriodKeys& p : campaign.periods()) {
      if (p.doc_type == code) candidates.push_back(&p);
    }
    type_reason = record.doc_type->code;
  } else {
    for (const PeriodKeys& p : campaign.periods()) candidates.push_back(&p);
    type_reason = "không rõ loại văn bản";
  }
  if (candidates.empty()) return out;
  if (candidates.size() == 1) {
    out.period = candidates.front()->period;
    out.reason = type_reason;
    return out;
  }

  // Keywords in the subject and the title.
  std::string words = record.subject.value_or("");
  if (record.title) words += " " + *record.title;
  const std::string key = text::FoldKey(words);
  int best_score = 0;
  std::vector<const campaign::Period*> best;
  std::vector<std::vector<std::string>> found(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    const campaign::Period& period = *candidates[i]->period;
    for (size_t m = 0; m < period.match.size(); ++m) {
      if (text::FoldedContains(key, candidates[i]->match[m])) found[i].push_back(period.match[m]);
    }
    int score = static_cast<int>(found[i].size());
    if (score > best_score) {
      best_score = score;
      best = {&period};
    } else if (score == best_score && score > 0) {
      best.push_back(&period);
    }
  }
  if (best.size() == 1) {
    out.period = best.front();
    size_t index = 0;
    while (candidates[index]->period != out.period) ++index;
    out.reason = type_reason + "; từ khóa";
    for (size_t k = 0; k < found[index].size(); ++k) {
      out.reason += (k == 0 ? " '" : ", '") + found[index][k] + "'";
    }
    return out;
  }
  // The date nearest the due date decides among the remaining ones.
  if (best.empty()) {
    for (const PeriodKeys* c : candidates) best.push_back(c->period);
  }
  std::optional<campaign::Date> date =
      record.date ? campaign::Date::Parse(*record.date) : std::nullopt;
  if (!date) return out;
  std::int64_t nearest = std::numeric_limits<std::int64_t>::max();
  bool tie = false;
  for (const campaign::Period* p : best) {
    std::int64_t distance = std::llabs(campaign::DaysBetween(*date, p->due));
    if (distance < nearest) {
      nearest = distance;
      out.period = p;
      tie = false;
    } else if (distance == nearest) {
      tie = true;
    }
  }
  if (tie) {
    out.period = nullptr;
    return out;
  }
  out.reason =
      type_reason + "; ngày " + date->Iso() + " gần hạn nộp " + out.period->due.Iso() + " nhất";
  return out;
}

}  // namespace tonghop::check
