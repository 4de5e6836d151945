#include "text/scan.h"

#include <unicode/uchar.h>

#include "text/fold.h"
#include "text/letters.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tonghop::text {

size_t SkipSpaces(std::string_view text, size_t pos) {
  size_t next = pos;
  while (IsSpaceAt(text, pos, &next)) pos = next;
  return pos;
}

size_t SkipSpacesBack(std::string_view text, size_t end) {
  while (end > 0) {
    size_t k = end;
    PrevCodePoint(text, k);
    if (!IsSpaceAt(text, k)) break;
    end = k;
  }
  return end;
}

bool IsLetterChar(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return AnalyzeVietLetter(c).has_value() || u_isalpha(static_cast<UChar32>(c)) ||
         u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

Span WordAt(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    size_t k = end;
    if (!IsLetterChar(NextCodePoint(text, k))) break;
    end = k;
  }
  return {pos, end};
}

Span WordBefore(std::string_view text, size_t end) {
  size_t begin = end;
  while (begin > 0) {
    size_t k = begin;
    if (!IsLetterChar(PrevCodePoint(text, k))) break;
    begin = k;
  }
  return {begin, end};
}

bool FoldEquals(std::string_view span_text, std::string_view key) {
  if (span_text.size() > 4 * key.size() + 8) return false;
  return FoldKey(span_text) == key;
}

}  // namespace tonghop::text
