// Scanning helpers over UTF-8 text with byte offsets, for the text layer
// (numbers, dates) and the layout scans of extraction: spaces (ASCII and
// fixed-width), words (runs of letters) and keyword comparison through the
// fold key. Pure, thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/normalize.h"
#include "text/utf8.h"

namespace tonghop::text {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
};

// True when a space starts at text[pos]: ASCII blanks (' ', tab, CR, LF),
// NBSP, narrow NBSP and the other fixed-width spaces. `next`, when given, is
// set to the end of the character at pos (space or not). Inline: layout
// scans call it for every byte.
inline bool IsSpaceAt(std::string_view text, size_t pos, size_t* next = nullptr) {
  if (pos >= text.size()) return false;
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    if (next != nullptr) *next = pos + 1;
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
  size_t k = pos;
  const char32_t c = NextCodePoint(text, k);
  if (next != nullptr) *next = k;
  return IsFixedSpace(c);
}
size_t SkipSpaces(std::string_view text, size_t pos);
size_t SkipSpacesBack(std::string_view text, size_t end);

bool IsLetterChar(char32_t c);

// The run of letters starting at pos (empty when text[pos] is not a letter).
Span WordAt(std::string_view text, size_t pos);
// The run of letters ending at end (empty when the character before is not
// a letter).
Span WordBefore(std::string_view text, size_t end);

// True when the span's fold key equals key (key given as a fold key:
// lower case, NFC, e.g. "tháng").
bool FoldEquals(std::string_view span_text, std::string_view key);

}  // namespace tonghop::text
