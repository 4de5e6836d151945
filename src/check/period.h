// Which campaign period a document answers (spec/campaign.md): the periods
// whose @doc-type is the document's type; among several, the one whose
// `match` keywords the subject (and title) contains most often, by fold
// key; when keywords do not decide, the one whose due date is nearest the
// document's date. The reason is kept in plain Vietnamese for the record
// (Record::period_reason), e.g. "BC; từ khóa 'sơ kết', '6 tháng đầu năm'".
// Pure, thread-safe.
#pragma once

#include <string>

#include "campaign/campaign.h"
#include "check/campaign_keys.h"
#include "model/record.h"

namespace tonghop::check {

struct PeriodChoice {
  const campaign::Period* period = nullptr;  // nullptr: cannot tell
  std::string reason;
};

PeriodChoice ChoosePeriod(const model::Record& record, const CampaignKeys& campaign);

}  // namespace tonghop::check
