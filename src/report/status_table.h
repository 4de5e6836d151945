// The human output of `tonghop status`: per period, a table of every unit
// (đơn vị, số/ký hiệu, ngày, nhận lúc, tình trạng, thiếu mục, ghi chú) in
// columns aligned for a terminal (display width, not bytes), then the
// period's totals and figure sums. Vietnamese by default, English with
// Lang::kEn; numbers in the language's notation.
#pragma once

#include <ostream>

#include "common/lang.h"
#include "report/consolidated.h"

namespace tonghop::report {

void WriteStatusTable(std::ostream& out, const Consolidated& report, Lang lang);

}  // namespace tonghop::report
