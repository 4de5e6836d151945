// Dates as Vietnamese administrative documents write them.
//
//   ngày 05 tháng 7 năm 2020 · ngày 5/7/2020 · 05/07/2020 · 5-7-2020 · 5.7.2020
//       → day precision, "2020-07-05"
//   tháng 01/2020 · tháng 1 năm 2020 → month precision, "2020-01"
//   năm 2020 → year precision, "2020"
//
// Keywords match in any case and any normalisation form (fold key). Years
// are four digits, 1800–2199. Calendar validity is checked (no 31/4, 29/2
// only in leap years): an impossible date is still reported, valid=false.
// Templates with blanks are recognised and never guessed: in
// "ngày … tháng … năm 2026", "ngày    tháng 4 năm 2026" or
// "ngày ..... tháng ..... năm 20..." the blank parts are flagged and Iso()
// is empty. All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop::text {

enum class DatePrecision { kDay, kMonth, kYear };

struct DateMatch {
  size_t begin = 0;  // byte span of the whole expression in the text
  size_t end = 0;
  DatePrecision precision = DatePrecision::kDay;
  int year = 0;  // 0 when blank (or not part of the precision)
  int month = 0;
  int day = 0;
  bool day_blank = false;  // a placeholder (… ..... ___) or nothing where the part belongs
  bool month_blank = false;
  bool year_blank = false;  // also a partial year such as "20..."
  bool valid = false;       // every part present and a real calendar date

  bool has_blank() const { return day_blank || month_blank || year_blank; }
  // "2020-07-05", "2020-07" or "2020" by precision; "" unless valid.
  std::string Iso() const;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);  // 0 for a month outside 1..12
bool IsValidDate(int year, int month, int day);

// Every date expression in the text, left to right, not overlapping.
std::vector<DateMatch> FindDates(std::string_view utf8);

// The text (spaces and a final '.' ignored) as one date expression.
std::optional<DateMatch> ParseDate(std::string_view utf8);

// The place-and-date line under the national motto:
// "Tam Đường, ngày 05 tháng 7 năm 2020" → place "Tam Đường" + the date.
// The date must start with "ngày" (or be numeric) and end the line; the place
// (possibly empty) is the text before it without the separating comma.
struct PlaceDate {
  std::string place;
  size_t place_begin = 0;
  size_t place_end = 0;
  DateMatch date;
};
std::optional<PlaceDate> ParsePlaceDate(std::string_view line);

// Writing dates (the parts are printed as given, not validated):
// "05/07/2020".
std::string FormatNumericDate(int year, int month, int day);
// "ngày 05 tháng 7 năm 2020" as NĐ 30 writes it (Phụ lục I §II.4): days
// below 10 and the months 1 and 2 with a leading zero ("tháng 02", "tháng 12").
std::string FormatDateInWords(int year, int month, int day);

// Syntax only: the end of a numeric date d/m/yyyy, d-m-yyyy or d.m.yyyy that
// starts exactly at pos (one or two digit day and month, same separator
// twice), or 0. Used by the number finder to leave dates alone.
size_t MatchNumericDate(std::string_view utf8, size_t pos);

}  // namespace tonghop::text
