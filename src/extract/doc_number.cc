#include "extract/doc_number.h"

#include "extract/doc_types.h"
#include "extract/text_util.h"
#include "text/classify.h"
#include "text/fold.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsDashChar(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
         c == 0x2015 || c == 0x2212;
}

// Removes placeholder characters; "…3…" stays "3".
std::string StripPlaceholders(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = text::NextCodePoint(s, i);
    if (!text::IsFillInMark(c)) out.append(s.substr(start, i - start));
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Dashes to '-', spaces next to '-' or '/' removed, then the text up to the
// first remaining blank.
std::string CanonicalToken(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    size_t next = 0;
    if (text[i] == '\t' || text::IsSpaceAt(text, i, &next)) {
      i = text[i] == '\t' ? i + 1 : next;
      if (!out.empty()) pending_space = true;
      continue;
    }
    size_t start = i;
    char32_t c = text::NextCodePoint(text, i);
    bool separator = IsDashChar(c) || c == '/';
    if (pending_space && !separator && !out.empty() && out.back() != '-' && out.back() != '/') {
      break;  // a blank between two words: the token ended
    }
    pending_space = false;
    if (IsDashChar(c)) {
      out.push_back('-');
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' ||
                          out.back() == ')' || out.back() == '-' || out.back() == '/')) {
    out.pop_back();
  }
  // A final '.' ends a sentence, not a symbol ("… 141/KH-LĐLĐ.").
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

// Every '-'/'/'-separated part has a letter once placeholders are gone.
bool IsValidSymbol(std::string_view symbol) {
  if (symbol.empty()) return false;
  size_t start = 0;
  for (size_t i = 0; i <= symbol.size(); ++i) {
    if (i == symbol.size() || symbol[i] == '-' || symbol[i] == '/') {
      std::string part = StripPlaceholders(symbol.substr(start, i - start));
      if (part.empty() || !text::HasLetter(part)) return false;
      start = i + 1;
    }
  }
  return true;
}

std::optional<int> YearOf(std::string_view s) {
  if (s.size() != 4 || !AllDigits(s)) return std::nullopt;
  int y = std::stoi(std::string(s));
  if (y < 1900 || y > 2199) return std::nullopt;
  return y;
}

DocNumber ParseCanonical(const std::string& token) {
  DocNumber out;
  if (token.empty()) return out;
  size_t slash = token.find('/');
  std::string_view t = token;
  if (slash == std::string::npos) {
    std::string n = StripPlaceholders(t);
    if (AllDigits(n)) out.number = n;
    return out;
  }
  std::string_view left = t.substr(0, slash);
  std::string_view right = t.substr(slash + 1);
  // Party form: 01-BC/CB (number-TYPE/ISSUER).
  size_t dash = left.find('-');
  if (dash != std::string_view::npos && AllDigits(left.substr(0, dash)) &&
      text::HasLetter(left.substr(dash + 1))) {
    std::string symbol = std::string(left.substr(dash + 1)) + "/" + std::string(right);
    out.number = std::string(left.substr(0, dash));
    if (IsValidSymbol(symbol)) out.symbol = symbol;
    return out;
  }
  std::string number = StripPlaceholders(left);
  if (AllDigits(number)) out.number = number;
  // Legal form N/YYYY/TYPE-ISSUER, and a year appended at the end.
  size_t second = right.find('/');
  if (second != std::string_view::npos) {
    if (auto y = YearOf(right.substr(0, second))) {
      out.year = y;
      right = right.substr(second + 1);
    }
  }
  size_t last = right.rfind('/');
  if (!out.year && last != std::string_view::npos) {
    if (auto y = YearOf(right.substr(last + 1))) {
      out.year = y;
      right = right.substr(0, last);
    }
  }
  if (IsValidSymbol(right)) out.symbol = std::string(right);
  return out;
}

// Byte length of the "Số" word at the start of text (after Trim), or 0.
size_t SoPrefixLength(std::string_view text) {
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 8));
  text::FoldedText folded = text::FoldKeyWithOffsets(head);
  if (folded.key.rfind("số", 0) != 0) return 0;
  return folded.offsets[std::string_view("số").size()];
}

}  // namespace

bool IsNumberLine(std::string_view line) {
  std::string_view t = Trim(line);
  size_t so = SoPrefixLength(t);
  if (so == 0) return false;
  std::string_view rest = t.substr(so);
  size_t i = text::SkipSpaces(rest, 0);
  if (i >= rest.size()) return false;  // "Số" alone: a column heading (count)
  size_t probe = i;
  char32_t c = text::NextCodePoint(rest, probe);
  return c == ':' || c == '.' || c == '/' || IsDigit(static_cast<char>(c < 0x80 ? c : 0)) ||
         c == 0x2026 || c == '_' || c == '\t';
}

std::optional<DocNumber> ParseNumberLine(std::string_view line) {
  if (!IsNumberLine(line)) return std::nullopt;
  std::string_view t = Trim(line);
  std::string_view rest = t.substr(SoPrefixLength(t));
  size_t i = text::SkipSpaces(rest, 0);
  if (i < rest.size() && (rest[i] == ':' || rest[i] == '.')) {
    // "Số:" — but "Số ...../" starts with placeholder dots, keep those.
    if (rest[i] == ':' || (i + 1 < rest.size() && rest[i + 1] == ' ')) ++i;
  }
  return ParseNumberSymbol(rest.substr(i));
}

DocNumber ParseNumberSymbol(std::string_view token) {
  return ParseCanonical(CanonicalToken(Trim(token)));
}

std::string SymbolTypeCode(std::string_view symbol) {
  size_t end = symbol.find_first_of("-/");
  const DocTypeInfo* type = FindDocTypeByCode(symbol.substr(0, end));
  return type ? std::string(type->code) : std::string();
}

std::vector<SymbolMatch> FindSymbols(std::string_view text) {
  std::vector<SymbolMatch> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    // Start of a number: not glued to a word, a '/' or a '-' on its left.
    bool clean_start = true;
    if (i > 0) {
      size_t k = i;
      char32_t prev = text::PrevCodePoint(text, k);
      clean_start = !(text::IsWordCharacter(prev) || prev == '/' || IsDashChar(prev) ||
                      prev == '.' || prev == ',');
    }
    size_t begin = i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    if (!clean_start) continue;
    // Take the longest run of symbol characters, allowing spaces around separators.
    size_t j = i;
    size_t end = i;
    bool after_separator = false;
    bool saw_separator = false;
    while (j < text.size()) {
      size_t next = 0;
      if (text::IsSpaceAt(text, j, &next)) {
        // A space may only sit next to a separator.
        size_t k = text::SkipSpaces(text, j);
        if (k >= text.size()) break;
        size_t probe = k;
        char32_t c = text::NextCodePoint(text, probe);
        if (after_separator || IsDashChar(c) || c == '/') {
          j = k;
          continue;
        }
        break;
      }
      size_t probe = j;
      char32_t c = text::NextCodePoint(text, probe);
      if (IsDashChar(c) || c == '/') {
        after_separator = true;
        saw_separator = true;
        j = probe;
        continue;
      }
      if (text::IsLetterChar(c) || (c < 0x80 && IsDigit(static_cast<char>(c)))) {
        after_separator = false;
        j = probe;
        end = j;
        continue;
      }
      break;
    }
    if (!saw_separator || end <= i) continue;
    std::string_view span = text.substr(begin, end - begin);
    std::string token = CanonicalToken(span);
    if (token.find('/') == std::string::npos) continue;
    DocNumber value = ParseCanonical(token);
    if (!value.symbol || !value.number) continue;
    out.push_back(SymbolMatch{begin, end, value});
    i = end;
  }
  return out;
}

}  // namespace tonghop::extract
