// The figures a campaign asks for (campaign::MetricSpec: id, kind, label
// variants), read from a report's tables and sentences.
//
// Tables: each data row's label (the text cells left of the value column,
// merged cells resolved, header rows skipped, units such as "(triệu đồng)"
// or an "Đơn vị tính" column left aside) is matched against the label
// variants by fold key; the value is the number in the value column (the
// column whose heading holds one of the period's keywords ("Đợt 1", "Cả
// năm"), else the last "Kết quả" / "Số lượng" / "Thực hiện" column, else
// the last numeric one).
// A table with the metrics as column headings and one data row is read too.
//
// Sentences: a number directly followed by a label ("45 CĐCS", "12 cá
// nhân", "32 sáng kiến") or directly preceded by one ("giá trị làm lợi ước
// tính 1.250,5 triệu đồng", "làm lợi 1.250,5 triệu đồng"). Targets and
// parts are not results: numbers after "đăng ký", "chỉ tiêu", "ít nhất",
// "mới" …, percentages, and labels followed by "mới" are skipped.
//
// Values are the numbers as written (Vietnamese notation, text/numbers.h),
// in the unit the document uses; an int metric takes whole numbers only.
// A table value wins over a sentence; the first occurrence wins.
// Pure; linear in the size of the content.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "extract/lines.h"
#include "model/record.h"

namespace tonghop::extract {

// The fold keys ExtractMetrics compares with: every label variant of every
// metric (abbreviations expanded, text/abbreviations.h) and every period
// keyword. Built once per campaign period (check::CampaignKeys keeps them),
// not once per document. Immutable once built: share it between threads.
struct MetricKeys {
  struct Label {
    size_t metric = 0;  // index into the metrics it was made from
    std::string key;
  };
  std::vector<Label> labels;          // non-empty keys, metric by metric
  std::vector<std::string> keywords;  // the period keywords' fold keys, in order
};
MetricKeys MakeMetricKeys(const std::vector<campaign::MetricSpec>& metrics,
                          const std::vector<std::string>& period_keywords = {});

// `keys` must have been made from `metrics`.
std::map<std::string, model::MetricValue> ExtractMetrics(
    const BodyLines& lines, size_t begin, size_t end,
    const std::vector<campaign::MetricSpec>& metrics, const MetricKeys& keys);

}  // namespace tonghop::extract
