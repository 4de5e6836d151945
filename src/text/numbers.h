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
  double value = 0;       // the numeral: "340,6 triệu đồng" → 340.6
  std::string qualifier;  // fold key of the qualifier ("gần", "khoảng"), or ""
  std::string unit;       // fold key of the unit as written ("triệu đồng", "%"), or ""
  std::string base_unit;  // the unit without its multiplier ("đồng"), or ""
  double scale = 1;       // 1e3 nghìn/ngàn, 1e6 triệu, 1e9 tỷ/tỉ
  double Scaled() const { return value * scale; }  // 340600000
};

// Every number in the text, left to right.
std::vector<NumberMatch> FindNumbers(std::string_view utf8);

// A number in Vietnamese words as Word's vietnameseCounting list labels
// write it: 0–99 as không, một … mười, mười một … mười lăm … hai mươi,
// hai mươi mốt …; other values in digits.
std::string NumberInWords(long value);

// Writing numbers. kVietnamese: '.' groups thousands, ',' is the decimal
// comma (1.250,5); kEnglish: 1,250.5 (for --lang en).
enum class NumberStyle { kVietnamese, kEnglish };

// A plain decimal as XML (xs:decimal) or std::to_chars writes it ("1962",
// "-1250.50", "+007", ".5") in the style's notation: "1.962", "-1.250,5",
// "7", "0,5". Leading zeros and trailing fraction zeros go, "-0" becomes "0".
// The text is expected to be such a decimal (it is not validated).
std::string FormatDecimal(std::string_view plain, NumberStyle style = NumberStyle::kVietnamese);

// A value with at most `max_fraction_digits` decimals (0–100, rounded):
// 1250.5 → "1.250,5", 1.0 / 3 → "0,333333" (6). "" for NaN and infinities.
std::string FormatNumber(double value, int max_fraction_digits = 6,
                         NumberStyle style = NumberStyle::kVietnamese);

}  // namespace tonghop::text
