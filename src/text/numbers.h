// Numbers as Vietnamese documents write them: '.' groups thousands and ','
// is the decimal comma.
//
//   39.000 → 39000     1.250,5 → 1250.5    2.350 → 2350    1,5 → 1.5
//   1 250 → 1250 (space or NBSP groups of three)
//   1,250.5 → 1250.5 and 1,250,000 → 1250000 (English style, only where no
//   Vietnamese reading exists; "1,250" alone is Vietnamese 1.25)
//   2.35 → 2.35 (a dot not followed by exactly three digits is decimal)
//
// FindNumbers also takes the qualifier in front (gần, trên, hơn, khoảng, tới,
// đạt, dưới, xấp xỉ, ước tính, ít nhất, tối đa, tối thiểu) and the unit after
// (đồng, nghìn/ngàn đồng, triệu đồng, tỷ/tỉ đồng, %, người, đoàn viên, …),
// kept apart from the value. Numbers inside dates (05/07/2020, 5.7.2020),
// document numbers (141/KH-LĐLĐ) and words (m2, 7h30) are not reported.
// All functions are pure, locale-independent and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop::text {

// The value of a numeral written alone ("1.250,5"), or nullopt when the text
// is not exactly one numeral.
std::optional<double> ParseNumber(std::string_view numeral);

struct NumberMatch {
  size_t begin = 0;  // byte span of qualifier + numeral + unit
  size_t end = 0;
  size_t number_begin = 0;  // byte span of the numeral alone
  size_t number_end = 0;
  double value = 0;         // the numeral: "340,6 triệu đồng" → 340.6
  std::string qualifier;    // fold key of the qualifier ("gần", "khoảng"), or ""
  std::string unit;         // fold key of the unit as written ("triệu đồng", "%"), or ""
  std::string base_unit;    // the unit without its multiplier ("đồng"), or ""
  double scale = 1;         // 1e3 nghìn/ngàn, 1e6 triệu, 1e9 tỷ/tỉ
  double Scaled() const { return value * scale; }  // 340600000
};

// Every number in the text, left to right.
std::vector<NumberMatch> FindNumbers(std::string_view utf8);

}  // namespace tonghop::text
