#include "pipeline/analyze.h"

#include "campaign/deadline.h"
#include "check/analyze.h"

namespace tonghop::pipeline {

model::Record Analyze(const model::Document& document, model::Source source,
                      const check::CampaignKeys& campaign, const check::Assignment& assigned) {
  model::Record record = check::Analyze(document, source, campaign, assigned);
  record.source = std::move(source);
  JudgeLateness(record, campaign.campaign());
  return record;
}

void JudgeLateness(model::Record& record, const campaign::Campaign& campaign) {
  if (!record.period || !record.source.received) return;
  const campaign::Period* period = campaign.FindPeriod(*record.period);
  std::optional<std::int64_t> received = campaign::ParseInstant(*record.source.received);
  if (!period || !received) return;
  campaign::Lateness late = campaign::JudgeLateness(*received, period->due);
  if (!late.late) return;
  record.findings.push_back(
      model::MakeFinding(model::codes::kLateSubmission,
                         {{"days", std::to_string(late.days_late)}, {"due", period->due.Iso()}}));
}

}  // namespace tonghop::pipeline
