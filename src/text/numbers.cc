#include "text/numbers.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "text/dates.h"
#include "text/fold.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct Numeral {
  size_t end = 0;
  std::optional<double> value;
};

size_t DigitsAt(std::string_view s, size_t p) {
  size_t n = 0;
  while (p + n < s.size() && IsDigit(s[p + n])) ++n;
  return n;
}

// Reads digits and separators from pos and decides what they mean. A plain
// space between groups ("1 250") is ambiguous in running text ("Đợt 2 150
// người"): it counts only with loose_spaces, or when at least two groups
// follow it ("1 250 000"); NBSP and thin spaces always group.
Numeral ReadNumeral(std::string_view s, size_t pos, bool loose_spaces) {
  std::vector<std::string_view> groups;
  std::string seps;  // '.', ',' or ' ' (any space)
  size_t p = pos;
  size_t n = DigitsAt(s, p);
  groups.push_back(s.substr(p, n));
  p += n;
  const size_t first_end = p;
  while (p < s.size()) {
    const char c = s[p];
    if ((c == '.' || c == ',') && p + 1 < s.size() && IsDigit(s[p + 1])) {
      n = DigitsAt(s, p + 1);
      seps.push_back(c);
      groups.push_back(s.substr(p + 1, n));
      p += 1 + n;
      continue;
    }
    size_t after_space = p;
    // "1 250": one space between groups of three after a first group of 1–3.
    const bool groups_so_far = seps.empty() ? groups[0].size() <= 3
                                            : (seps.back() == ' ' || seps.back() == 's') &&
                                                  groups.back().size() == 3;
    if (groups_so_far && s[p] != '\n' && s[p] != '\t' && IsSpaceAt(s, p, &after_space) &&
        DigitsAt(s, after_space) == 3) {
      seps.push_back(s[p] == ' ' ? 's' : ' ');
      groups.push_back(s.substr(after_space, 3));
      p = after_space + 3;
      continue;
    }
    break;
  }
  // Plain spaces ('s' while reading) need two of them or loose_spaces.
  size_t plain = 0;
  for (char& c : seps) {
    if (c == 's') {
      ++plain;
      c = ' ';
    }
  }
  if (plain == 1 && !loose_spaces && seps.size() == 1) {
    seps.clear();
    groups.resize(1);
    p = first_end;
  }

  // Which separator is the decimal one?
  int decimal = -1;  // index into seps
  const size_t count = seps.size();
  bool ok = true;
  if (count > 0) {
    const char last = seps.back();
    bool others_same = true;
    for (size_t k = 0; k + 1 < count; ++k) others_same = others_same && seps[k] == seps[0];
    const char other = count > 1 ? seps[0] : 0;
    if (last == ',') {
      if (other == 0 || (others_same && (other == '.' || other == ' '))) {
        decimal = static_cast<int>(count - 1);  // 1,5 · 1.250,5 · 1 250,5
      } else if (others_same && other == ',') {
        decimal = -1;  // 1,250,000 (English thousands)
      } else {
        ok = false;
      }
    } else if (last == '.') {
      if (other == 0) {
        decimal = groups[1].size() == 3 ? -1 : 0;  // 39.000 · 2.35
      } else if (others_same && other == ',') {
        decimal = static_cast<int>(count - 1);  // 1,250.5
      } else if (others_same && other == '.') {
        decimal = -1;  // 1.250.000
      } else if (others_same && other == ' ') {
        decimal = groups.back().size() == 3 ? -2 : static_cast<int>(count - 1);
        ok = decimal != -2;
      } else {
        ok = false;
      }
    } else {
      ok = others_same;  // spaces only
    }
    // Thousands groups: the first 1–3 digits, every later one exactly 3.
    const size_t thousands_groups = decimal >= 0 ? static_cast<size_t>(decimal) + 1 : groups.size();
    if (ok && thousands_groups > 1) {
      if (groups[0].empty() || groups[0].size() > 3) ok = false;
      for (size_t k = 1; k < thousands_groups && ok; ++k) ok = groups[k].size() == 3;
    }
  }

  Numeral result;
  std::string digits;
  if (!ok) {  // not a consistent numeral: take the first group alone
    digits.assign(groups[0]);
    result.end = first_end;
  } else {
    for (size_t k = 0; k < groups.size(); ++k) {
      if (decimal >= 0 && k == static_cast<size_t>(decimal) + 1) digits.push_back('.');
      digits.append(groups[k]);
    }
    result.end = p;
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc() && ptr == digits.data() + digits.size()) result.value = value;
  return result;
}

struct UnitWord {
  std::string_view key;
  double scale;
};
constexpr UnitWord kMultipliers[] = {
    {"nghìn", 1e3}, {"ngàn", 1e3}, {"triệu", 1e6}, {"tỷ", 1e9}, {"tỉ", 1e9}};

// Base units, longest first where one is a prefix of another.
constexpr std::string_view kUnits[] = {
    "đồng", "vnđ", "vnd", "đ", "phần trăm", "công đoàn viên", "công đoàn cơ sở", "đoàn viên",
    "lượt người", "người", "lượt", "hộ", "cuộc", "buổi", "lớp", "suất", "tập thể", "cá nhân",
    "công trình", "sáng kiến", "đơn vị", "km", "ha", "tấn", "kg", "m2"};

constexpr std::string_view kQualifiers[] = {"ước tính", "xấp xỉ", "ít nhất", "tối đa", "tối thiểu",
                                            "gần", "trên", "hơn", "khoảng", "tới", "đạt", "dưới",
                                            "chừng", "ước"};

// Matches the words of `phrase` (a fold key) at pos, separated by spaces.
// Returns the end of the match or 0.
size_t MatchPhrase(std::string_view s, size_t pos, std::string_view phrase) {
  size_t p = pos;
  while (!phrase.empty()) {
    const size_t space = phrase.find(' ');
    std::string_view word = phrase.substr(0, space);
    Span w = WordAt(s, p);
    // "m2": letters then digits.
    size_t end = w.end;
    while (end < s.size() && IsDigit(s[end]) && word.size() > end - w.begin) ++end;
    if (w.empty() || !FoldEquals(s.substr(w.begin, end - w.begin), word)) return 0;
    if (end < s.size()) {
      size_t k = end;
      char32_t next = NextCodePoint(s, k);
      if (IsWordCharacter(next)) return 0;
    }
    p = end;
    if (space == std::string_view::npos) return p;
    phrase.remove_prefix(space + 1);
    size_t after = SkipSpaces(s, p);
    if (after == p) return 0;
    p = after;
  }
  return p;
}

// Unit after the numeral (spaces allowed, or glued: 50%, 5.000đ).
void MatchUnit(std::string_view s, size_t pos, NumberMatch& m) {
  size_t p = SkipSpaces(s, pos);
  if (p < s.size() && s[p] == '%') {
    m.unit = m.base_unit = "%";
    m.end = p + 1;
    return;
  }
  std::string unit;
  size_t end = 0;
  for (const UnitWord& mult : kMultipliers) {
    if (size_t e = MatchPhrase(s, p, mult.key)) {
      m.scale = mult.scale;
      unit = std::string(mult.key);
      end = e;
      p = SkipSpaces(s, e);
      break;
    }
  }
  for (std::string_view base : kUnits) {
    if (end != 0 && p == end) break;  // a base unit must be apart from the multiplier
    if (size_t e = MatchPhrase(s, p, base)) {
      m.base_unit = base == "phần trăm" ? "%" : (base == "vnđ" || base == "vnd" || base == "đ")
                                                    ? "đồng"
                                                    : std::string(base);
      unit += unit.empty() ? std::string(base) : " " + std::string(base);
      end = e;
      break;
    }
  }
  if (end != 0) {
    m.unit = unit;
    m.end = end;
  }
}

void MatchQualifier(std::string_view s, NumberMatch& m) {
  const size_t end = SkipSpacesBack(s, m.number_begin);
  if (end == m.number_begin) return;  // the qualifier must stand apart
  Span w1 = WordBefore(s, end);
  if (w1.empty()) return;
  Span w0 = WordBefore(s, SkipSpacesBack(s, w1.begin));
  for (std::string_view q : kQualifiers) {
    const bool two_words = q.find(' ') != std::string_view::npos;
    if (two_words && !w0.empty() && w0.end < w1.begin &&
        FoldEquals(s.substr(w0.begin, w1.end - w0.begin), q)) {
      m.qualifier = std::string(q);
      m.begin = w0.begin;
      return;
    }
    if (!two_words && FoldEquals(w1.In(s), q)) {
      m.qualifier = std::string(q);
      m.begin = w1.begin;
      return;
    }
  }
}

}  // namespace

std::optional<double> ParseNumber(std::string_view numeral) {
  const size_t begin = SkipSpaces(numeral, 0);
  const size_t end = SkipSpacesBack(numeral, numeral.size());
  if (begin >= end || !IsDigit(numeral[begin])) return std::nullopt;
  Numeral n = ReadNumeral(numeral.substr(0, end), begin, true);
  if (n.end != end) return std::nullopt;
  return n.value;
}

std::vector<NumberMatch> FindNumbers(std::string_view s) {
  std::vector<NumberMatch> found;
  size_t pos = 0;
  while (pos < s.size()) {
    if (!IsDigit(s[pos])) {
      NextCodePoint(s, pos);
      continue;
    }
    // What stands just before: a letter or '/' means a code, not a number.
    if (pos > 0) {
      size_t k = pos;
      char32_t prev = PrevCodePoint(s, k);
      if (IsLetterChar(prev) || prev == '/') {
        while (pos < s.size() && (IsDigit(s[pos]) || s[pos] == '.' || s[pos] == ',')) ++pos;
        continue;
      }
    }
    if (size_t date_end = MatchNumericDate(s, pos)) {
      pos = date_end;
      continue;
    }
    // A lone number ("1 250" in a table cell) may group with a plain space;
    // after a word it may not ("Đợt 2 150 người").
    size_t before = SkipSpacesBack(s, pos);
    bool loose = before == 0;
    if (!loose) {
      size_t k = before;
      loose = !IsLetterChar(PrevCodePoint(s, k));
    }
    Numeral numeral = ReadNumeral(s, pos, loose);
    NumberMatch m;
    m.begin = m.number_begin = pos;
    m.end = m.number_end = numeral.end;
    pos = numeral.end;
    if (!numeral.value) continue;
    m.value = *numeral.value;
    if (m.number_end < s.size() && s[m.number_end] == '/') {  // 141/KH-LĐLĐ, 15/20
      while (pos < s.size() && (s[pos] == '/' || IsDigit(s[pos]))) ++pos;
      continue;
    }
    MatchUnit(s, m.number_end, m);
    if (m.number_end < s.size() && m.end == m.number_end) {
      size_t k = m.number_end;
      if (IsLetterChar(NextCodePoint(s, k))) {  // 7h30, 2a: part of a code
        pos = WordAt(s, m.number_end).end;
        continue;
      }
    }
    MatchQualifier(s, m);
    found.push_back(std::move(m));
    pos = std::max(pos, found.back().end);
  }
  return found;
}

std::string NumberInWords(long value) {
  static constexpr const char* kDigits[] = {"không", "một", "hai", "ba", "bốn",
                                            "năm",   "sáu", "bảy", "tám", "chín"};
  if (value < 0 || value > 99) return std::to_string(value);
  if (value < 10) return kDigits[value];
  long tens = value / 10, units = value % 10;
  std::string out = tens == 1 ? "mười" : std::string(kDigits[tens]) + " mươi";
  if (units == 0) return out;
  out += ' ';
  if (units == 1 && tens >= 2) {
    out += "mốt";
  } else if (units == 5) {
    out += "lăm";
  } else {
    out += kDigits[units];
  }
  return out;
}

std::string FormatDecimal(std::string_view plain, NumberStyle style) {
  const char group = style == NumberStyle::kVietnamese ? '.' : ',';
  const char point = style == NumberStyle::kVietnamese ? ',' : '.';
  std::string out;
  if (!plain.empty() && (plain[0] == '-' || plain[0] == '+')) {
    if (plain[0] == '-') out.push_back('-');
    plain.remove_prefix(1);
  }
  const size_t dot = plain.find('.');
  std::string_view whole = plain.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view() : plain.substr(dot + 1);
  while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
  if (whole.empty()) whole = "0";
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out.push_back(group);
    out.push_back(whole[i]);
  }
  if (!fraction.empty()) {
    out.push_back(point);
    out.append(fraction);
  }
  return out == "-0" ? "0" : out;
}

std::string FormatNumber(double value, int max_fraction_digits, NumberStyle style) {
  if (!std::isfinite(value)) return {};
  char buf[512];  // DBL_MAX has 309 digits, plus at most 100 decimals
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed,
                                       std::clamp(max_fraction_digits, 0, 100));
  if (ec != std::errc()) return {};
  return FormatDecimal(std::string_view(buf, static_cast<size_t>(end - buf)), style);
}

}  // namespace tonghop::text
