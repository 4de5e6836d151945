#include "text/classify.h"

#include "text/letters.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::text {

LetterStats CountLetters(std::string_view utf8) {
  LetterStats stats;
  for (size_t i = 0; i < utf8.size();) {
    const char32_t c = NextCodePoint(utf8, i);
    if (!IsLetterChar(c)) continue;
    ++stats.letters;
    if (IsUpperLetter(c)) ++stats.upper;
  }
  return stats;
}

bool HasLetter(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    if (IsLetterChar(NextCodePoint(utf8, i))) return true;
  }
  return false;
}

bool IsMostlyUpper(std::string_view utf8, int min_letters) {
  const LetterStats s = CountLetters(utf8);
  return s.letters >= min_letters && s.upper * 10 >= s.letters * 9;
}

bool IsFillInMark(char32_t c) { return c == '.' || c == '_' || c == 0x2026; }

bool IsPlaceholder(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    size_t next = 0;
    if (IsSpaceAt(utf8, i, &next)) {
      i = next;
      continue;
    }
    switch (NextCodePoint(utf8, i)) {
      // clang-format off
      case '.': case '_': case '-': case '*': case '=': case '~': case 'o': case 'O': case '0':
      case 0x2026:                                          // …
      case 0x2012: case 0x2013: case 0x2014: case 0x2015:  // dashes
      case 0x2022:                                          // •
        // clang-format on
        continue;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace tonghop::text
