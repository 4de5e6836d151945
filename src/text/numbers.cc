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
    const bool groups_so_far =
        seps.empty() ? groups[0].size() <= 3
                     : (seps.back() == ' ' || seps.back() == 's') && groups.back().size() == 3;
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
constexpr std::string_view kUnits[] = {"đồng",
                                       "vnđ",
                                       "vnd",
                                       "đ",
                                       "phần trăm",
                                       "công đoàn viên",
                                       "công đoàn cơ sở",
                                       "đoàn viên",
                                       "lượt người",
                                       "người",
                                       "lượt",
                                       "hộ",
                                       "cuộc",
                                       "buổi",
                                       "lớp",
                                       "suất",
                                       "tập thể",
                                       "cá nhân",
                                       "công trình",
                                       "sáng kiến",
                                       "đơn vị",
                                       "km",
                                       "ha",
                                       "tấn",
                                       "kg",
                                       "m2"};

constexpr std::string_view kQualifiers[] = {"ước tính", "xấp xỉ", "ít nhất", "tối đa", "tối thiểu",
                                            "gần",      "trên",   "hơn",     "khoảng", "tới",
                                            "đạt",      "dưới",   "chừng",   "ước"};

// The words that follow a position, as unit phrases are matched against
// them: word 0 starts at the position, each next one after at least one
// space. Each word is folded once, when first asked for, however many unit
// phrases are compared with it.
class WordChain {
 public:
  struct Word {
    Span span;        // the letters
    std::string key;  // their fold key
    bool ends_clean;  // no digit (word character) right after the letters
  };

  WordChain(std::string_view s, size_t pos) : s_(s), pos_(pos) {}

  // Word i, or nullptr when there is none (no letter there, or no space
  // before it).
  const Word* Get(size_t i) {
    while (words_.size() <= i) {
      size_t begin = pos_;
      if (!words_.empty()) {
        const size_t end = words_.back().span.end;
        begin = SkipSpaces(s_, end);
        if (begin == end) return nullptr;
      }
      const Span w = WordAt(s_, begin);
      if (w.empty()) return nullptr;
      bool clean = true;
      if (w.end < s_.size()) {
        size_t k = w.end;
        clean = !IsWordCharacter(NextCodePoint(s_, k));
      }
      words_.push_back(Word{w, FoldKey(w.In(s_)), clean});
    }
    return &words_[i];
  }

  // Matches the words of `phrase` (a fold key) from word `first` on. Returns
  // the end of the match in the text, or 0. A phrase word may end in digits
  // glued to the letters ("m2").
  size_t Match(size_t first, std::string_view phrase) {
    // Most phrases differ from the word in their first byte (a key is never
    // empty: folding letters gives letters).
    const Word* w0 = Get(first);
    if (w0 == nullptr || phrase.empty() || w0->key.empty() || w0->key.front() != phrase.front())
      return 0;
    size_t end = 0;
    for (size_t i = first; !phrase.empty(); ++i) {
      const size_t space = phrase.find(' ');
      const std::string_view word = phrase.substr(0, space);
      const Word* w = Get(i);
      if (w == nullptr) return 0;
      end = word.find_first_of("0123456789") == std::string_view::npos ? MatchLetters(*w, word)
                                                                       : MatchWithDigits(*w, word);
      if (end == 0) return 0;
      if (space == std::string_view::npos) break;
      phrase.remove_prefix(space + 1);
    }
    return end;
  }

 private:
  // The same test as FoldEquals(span, word) (its length bound included) and
  // a word boundary after it.
  static bool Fits(const Span& span, std::string_view word) {
    return span.end - span.begin <= 4 * word.size() + 8;
  }

  size_t MatchLetters(const Word& w, std::string_view word) const {
    return w.ends_clean && w.key == word && Fits(w.span, word) ? w.span.end : 0;
  }

  // Letters then as many digits as the phrase word still has bytes for; the
  // fold key of letters + digits is the letters' key + the digits.
  size_t MatchWithDigits(const Word& w, std::string_view word) const {
    size_t end = w.span.end;
    while (end < s_.size() && IsDigit(s_[end]) && word.size() > end - w.span.begin) ++end;
    const std::string_view digits = s_.substr(w.span.end, end - w.span.end);
    if (!Fits(Span{w.span.begin, end}, word) || word.size() != w.key.size() + digits.size() ||
        word.substr(0, w.key.size()) != w.key || word.substr(w.key.size()) != digits) {
      return 0;
    }
    if (end < s_.size()) {
      size_t k = end;
      if (IsWordCharacter(NextCodePoint(s_, k))) return 0;
    }
    return end;
  }

  std::string_view s_;
  size_t pos_;
  std::vector<Word> words_;
};

// Unit after the numeral (spaces allowed, or glued: 50%, 5.000đ).
void MatchUnit(std::string_view s, size_t pos, NumberMatch& m) {
  const size_t p = SkipSpaces(s, pos);
  if (p < s.size() && s[p] == '%') {
    m.unit = m.base_unit = "%";
    m.end = p + 1;
    return;
  }
  WordChain words(s, p);
  if (words.Get(0) == nullptr) return;  // no letter: no unit
  std::string unit;
  size_t end = 0;
  size_t base_word = 0;  // the chain word a base unit starts at
  for (const UnitWord& mult : kMultipliers) {
    if (size_t e = words.Match(0, mult.key)) {
      m.scale = mult.scale;
      unit = std::string(mult.key);
      end = e;
      base_word = 1;  // a base unit must be apart from the multiplier
      break;
    }
  }
  for (std::string_view base : kUnits) {
    if (size_t e = words.Match(base_word, base)) {
      m.base_unit = base == "phần trăm"                               ? "%"
                    : (base == "vnđ" || base == "vnd" || base == "đ") ? "đồng"
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

// The qualifier in front: the word before the numeral (or the two words, for
// "ước tính"), each folded once. The fold key of "w0 <spaces> w1" is
// key(w0) + ' ' + key(w1).
void MatchQualifier(std::string_view s, NumberMatch& m) {
  const size_t end = SkipSpacesBack(s, m.number_begin);
  if (end == m.number_begin) return;  // the qualifier must stand apart
  const Span w1 = WordBefore(s, end);
  if (w1.empty()) return;
  const Span w0 = WordBefore(s, SkipSpacesBack(s, w1.begin));
  const std::string key1 = FoldKey(w1.In(s));
  std::string key0;
  bool key0_done = false;
  for (std::string_view q : kQualifiers) {
    const size_t space = q.find(' ');
    if (space != std::string_view::npos) {
      if (w0.empty() || w0.end >= w1.begin || w1.end - w0.begin > 4 * q.size() + 8 ||
          q.substr(space + 1) != key1) {
        continue;
      }
      if (!key0_done) {
        key0 = FoldKey(w0.In(s));
        key0_done = true;
      }
      if (q.substr(0, space) != key0) continue;
      m.qualifier = std::string(q);
      m.begin = w0.begin;
      return;
    }
    if (q == key1 && w1.end - w1.begin <= 4 * q.size() + 8) {
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
    // To the next digit: an ASCII byte is never inside a multi-byte
    // character (nor inside an ill-formed sequence), so bytes will do.
    if (!IsDigit(s[pos])) {
      ++pos;
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
  static constexpr const char* kDigits[] = {"không", "một", "hai", "ba",  "bốn",
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
  std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : plain.substr(dot + 1);
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
