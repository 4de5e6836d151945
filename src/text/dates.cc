#include "text/dates.h"

#include <cstdio>

#include "text/fold.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;

enum class Kind { kWord, kNumber, kSep, kBlank, kOther };

struct Token {
  Kind kind = Kind::kOther;
  size_t begin = 0;
  size_t end = 0;
  bool space_before = false;
  char sep = 0;     // kSep: '/', '-', '.', ','
  int value = 0;    // kNumber (first 9 digits)
  int digits = 0;   // kNumber
  std::string key;  // kWord: fold key (short words only)
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsBlankChar(std::string_view text, size_t pos, size_t* next) {
  if (pos >= text.size()) return false;
  if (text[pos] == '.' || text[pos] == '_') {
    *next = pos + 1;
    return true;
  }
  if (text.compare(pos, 3, "\xE2\x80\xA6") == 0) {  // …
    *next = pos + 3;
    return true;
  }
  return false;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    if (IsSpaceAt(text, pos, &next)) {
      space = true;
      pos = next;
      continue;
    }
    Token t;
    t.begin = pos;
    t.space_before = space;
    space = false;
    const char c = text[pos];
    if (IsDigit(c)) {
      t.kind = Kind::kNumber;
      while (pos < text.size() && IsDigit(text[pos])) {
        if (t.digits < 9) t.value = t.value * 10 + (text[pos] - '0');
        ++t.digits;
        ++pos;
      }
    } else if ((c == '.' && pos + 1 < text.size() && text[pos + 1] == '.') || c == '_' ||
               text.compare(pos, 3, "\xE2\x80\xA6") == 0) {
      t.kind = Kind::kBlank;
      while (IsBlankChar(text, pos, &next)) pos = next;
    } else if (c == '/' || c == '-' || c == '.' || c == ',') {
      t.kind = Kind::kSep;
      t.sep = c;
      ++pos;
    } else {
      size_t k = pos;
      char32_t cp = NextCodePoint(text, k);
      if (IsLetterChar(cp)) {
        Span w = WordAt(text, pos);
        t.kind = Kind::kWord;
        // Only the keywords ngày, tháng, năm are ever compared.
        const char first = static_cast<char>(text[pos] | 0x20);
        if (w.end - w.begin <= 16 && (first == 'n' || first == 't')) t.key = FoldKey(w.In(text));
        pos = w.end;
      } else {
        t.kind = Kind::kOther;
        pos = k;
      }
    }
    t.end = pos;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

class Matcher {
 public:
  explicit Matcher(const std::vector<Token>& tokens) : t_(tokens) {}

  // Tries every form at token i; on success fills m and returns the index
  // after the match.
  size_t MatchAt(size_t i, DateMatch& m) const {
    if (IsWord(i, "ngày")) {
      if (size_t j = Numeric(i + 1, m)) return Finish(i, j, m);
      if (size_t j = Spelled(i + 1, m)) return Finish(i, j, m);
      return 0;
    }
    if (!Glued(i) ||
        !(i > 0 && (t_[i - 1].kind == Kind::kNumber || t_[i - 1].kind == Kind::kSep))) {
      if (size_t j = Numeric(i, m)) return Finish(i, j, m);
    }
    if (IsWord(i, "tháng")) {
      if (size_t j = Month(i + 1, m)) return Finish(i, j, m);
      return 0;
    }
    if (IsWord(i, "năm") && IsNumber(i + 1, 4, 4) && !IsBlankGlued(i + 2)) {
      const int year = t_[i + 1].value;
      if (year < kMinYear || year > kMaxYear) return 0;
      m.precision = DatePrecision::kYear;
      m.year = year;
      return Finish(i, i + 2, m);
    }
    return 0;
  }

 private:
  bool Has(size_t i) const { return i < t_.size(); }
  bool Glued(size_t i) const { return Has(i) && !t_[i].space_before; }
  bool IsWord(size_t i, std::string_view key) const {
    return Has(i) && t_[i].kind == Kind::kWord && t_[i].key == key;
  }
  bool IsNumber(size_t i, int min_digits, int max_digits) const {
    return Has(i) && t_[i].kind == Kind::kNumber && t_[i].digits >= min_digits &&
           t_[i].digits <= max_digits;
  }
  bool IsSep(size_t i, char sep) const {
    return Has(i) && t_[i].kind == Kind::kSep && t_[i].sep == sep;
  }
  bool IsBlank(size_t i) const { return Has(i) && t_[i].kind == Kind::kBlank; }
  bool IsBlankGlued(size_t i) const { return IsBlank(i) && Glued(i); }

  size_t Finish(size_t first, size_t after, DateMatch& m) const {
    m.begin = t_[first].begin;
    m.end = t_[after - 1].end;
    switch (m.precision) {
      case DatePrecision::kDay:
        m.valid = !m.has_blank() && IsValidDate(m.year, m.month, m.day);
        break;
      case DatePrecision::kMonth:
        m.valid = !m.has_blank() && m.month >= 1 && m.month <= 12;
        break;
      case DatePrecision::kYear:
        m.valid = !m.year_blank;
        break;
    }
    if (m.year != 0 && (m.year < kMinYear || m.year > kMaxYear)) m.valid = false;
    return after;
  }

  // d/m/yyyy, d-m-yyyy, d.m.yyyy without spaces.
  size_t Numeric(size_t i, DateMatch& m) const {
    if (!IsNumber(i, 1, 2) || !Has(i + 4)) return 0;
    const char sep = t_[i + 1].kind == Kind::kSep ? t_[i + 1].sep : 0;
    if (sep != '/' && sep != '-' && sep != '.') return 0;
    if (!Glued(i + 1) || !IsNumber(i + 2, 1, 2) || !Glued(i + 2) || !IsSep(i + 3, sep) ||
        !Glued(i + 3) || !IsNumber(i + 4, 4, 4) || !Glued(i + 4)) {
      return 0;
    }
    if (Glued(i + 5) && t_[i + 5].kind == Kind::kNumber) return 0;
    m.precision = DatePrecision::kDay;
    m.day = t_[i].value;
    m.month = t_[i + 2].value;
    m.year = t_[i + 4].value;
    return i + 5;
  }

  // A day or month number, a placeholder, or nothing before the next keyword.
  size_t Part(size_t i, int* value, bool* blank, bool* placeholder) const {
    if (IsNumber(i, 1, 2)) {
      *value = t_[i].value;
      return i + 1;
    }
    *blank = true;
    if (!IsBlank(i)) return i;
    *placeholder = true;
    return i + 1;
  }

  // After "năm": yyyy, a partial year "20...", a placeholder or nothing.
  size_t Year(size_t i, DateMatch& m, bool* placeholder) const {
    if (IsNumber(i, 1, 4)) {
      if (IsBlankGlued(i + 1)) {
        m.year_blank = *placeholder = true;
        return i + 2;
      }
      if (t_[i].digits == 4) {
        m.year = t_[i].value;
      } else {
        m.year_blank = true;
      }
      return i + 1;
    }
    m.year_blank = true;
    if (!IsBlank(i)) return i;
    *placeholder = true;
    return i + 1;
  }

  // "ngày D tháng M năm Y" with any part blank.
  size_t Spelled(size_t i, DateMatch& m) const {
    m = DateMatch{};
    m.precision = DatePrecision::kDay;
    bool placeholder = false;
    size_t j = Part(i, &m.day, &m.day_blank, &placeholder);
    if (!IsWord(j, "tháng")) return 0;
    j = Part(j + 1, &m.month, &m.month_blank, &placeholder);
    if (IsSep(j, ',')) ++j;
    if (!IsWord(j, "năm")) {  // no year at all: reported as blank
      m.year_blank = true;
      return m.day != 0 || m.month != 0 ? j : 0;
    }
    const size_t after = Year(j + 1, m, &placeholder);
    // "ngày tháng năm sinh" is a form label, not a date.
    if (!placeholder && m.day == 0 && m.month == 0 && m.year == 0) return 0;
    return after;
  }

  // After "tháng": M/yyyy, M-yyyy, M.yyyy, "M năm yyyy", "… năm yyyy".
  size_t Month(size_t i, DateMatch& m) const {
    m = DateMatch{};
    m.precision = DatePrecision::kMonth;
    if (IsNumber(i, 1, 2) && Has(i + 2) && t_[i + 1].kind == Kind::kSep && t_[i + 1].sep != ',' &&
        Glued(i + 1) && IsNumber(i + 2, 4, 4) && Glued(i + 2)) {
      m.month = t_[i].value;
      m.year = t_[i + 2].value;
      return i + 3;
    }
    bool placeholder = false;
    size_t j = Part(i, &m.month, &m.month_blank, &placeholder);
    if (IsSep(j, ',')) ++j;
    if (!IsWord(j, "năm")) return 0;
    const size_t after = Year(j + 1, m, &placeholder);
    if (m.month_blank && m.year_blank) return 0;
    return after;
  }

  const std::vector<Token>& t_;
};

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && day >= 1 && day <= DaysInMonth(year, month);
}

std::string DateMatch::Iso() const {
  if (!valid) return "";
  char buf[16];
  switch (precision) {
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
  }
  return buf;
}

std::vector<DateMatch> FindDates(std::string_view utf8) {
  std::vector<DateMatch> found;
  const std::vector<Token> tokens = Tokenize(utf8);
  Matcher matcher(tokens);
  for (size_t i = 0; i < tokens.size();) {
    DateMatch m;
    if (size_t after = matcher.MatchAt(i, m)) {
      found.push_back(m);
      i = after;
    } else {
      ++i;
    }
  }
  return found;
}

std::optional<DateMatch> ParseDate(std::string_view utf8) {
  size_t begin = SkipSpaces(utf8, 0);
  size_t end = SkipSpacesBack(utf8, utf8.size());
  if (end > begin && utf8[end - 1] == '.') end = SkipSpacesBack(utf8, end - 1);
  std::vector<DateMatch> found = FindDates(utf8.substr(0, end));
  if (found.size() != 1 || found[0].begin != begin || found[0].end != end) return std::nullopt;
  return found[0];
}

std::optional<PlaceDate> ParsePlaceDate(std::string_view line) {
  for (const DateMatch& m : FindDates(line)) {
    if (m.precision != DatePrecision::kDay) continue;
    // Only spaces and closing punctuation may follow the date.
    bool ends_line = true;
    for (size_t k = m.end; k < line.size() && ends_line;) {
      size_t next = k;
      if (IsSpaceAt(line, k, &next)) {
        k = next;
        continue;
      }
      char c = line[k];
      ends_line = c == '.' || c == ')' || c == ';';
      ++k;
    }
    if (!ends_line) continue;
    PlaceDate pd;
    pd.date = m;
    size_t end = SkipSpacesBack(line, m.begin);
    if (end > 0 && line[end - 1] == ',') end = SkipSpacesBack(line, end - 1);
    size_t begin = SkipSpaces(line, 0);
    if (begin > end) begin = end;
    pd.place_begin = begin;
    pd.place_end = end;
    pd.place = std::string(line.substr(begin, end - begin));
    return pd;
  }
  return std::nullopt;
}

size_t MatchNumericDate(std::string_view s, size_t pos) {
  auto digits = [&](size_t p, size_t min, size_t max) -> size_t {
    size_t n = 0;
    while (p + n < s.size() && IsDigit(s[p + n])) ++n;
    return n >= min && n <= max ? n : 0;
  };
  size_t d = digits(pos, 1, 2);
  if (d == 0 || pos + d >= s.size()) return 0;
  const char sep = s[pos + d];
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  size_t p = pos + d + 1;
  size_t mo = digits(p, 1, 2);
  if (mo == 0 || p + mo >= s.size() || s[p + mo] != sep) return 0;
  p += mo + 1;
  size_t y = digits(p, 4, 4);
  if (y == 0) return 0;
  return p + y;
}

namespace {

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::string FormatNumericDate(int year, int month, int day) {
  return TwoDigits(day) + "/" + TwoDigits(month) + "/" + std::to_string(year);
}

std::string FormatDateInWords(int year, int month, int day) {
  const std::string m = month <= 2 ? TwoDigits(month) : std::to_string(month);
  return "ngày " + TwoDigits(day) + " tháng " + m + " năm " + std::to_string(year);
}

}  // namespace tonghop::text
