// Small UTF-8 helpers shared by the text layer. Header-only, no ICU runtime
// calls (only ICU's utf8.h macros).
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace tonghop::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[i] and advances i past it. An
// ill-formed sequence yields -1 and advances past its maximal subpart (one
// replacement per subpart, as the Unicode standard recommends).
// Requires i < s.size().
inline int32_t NextCodePointOrInvalid(std::string_view s, size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  auto pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, pos, length, c);
  i = static_cast<size_t>(pos);
  return c < 0 ? -1 : c;
}

// The same with U+FFFD for an ill-formed sequence.
inline char32_t NextCodePoint(std::string_view s, size_t& i) {
  const int32_t c = NextCodePointOrInvalid(s, i);
  return c < 0 ? kReplacementChar : static_cast<char32_t>(c);
}

// Decodes the code point that ends just before s[i] and moves i to its start.
// Requires i > 0.
inline char32_t PrevCodePoint(std::string_view s, size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(bytes, 0, pos, c);
  i = static_cast<size_t>(pos);
  return c < 0 ? kReplacementChar : static_cast<char32_t>(c);
}

// Appends the UTF-8 form of c (c must be a scalar value).
inline void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

inline bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

inline std::u32string ToU32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, i));
  return out;
}

inline std::string ToUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) AppendUtf8(out, c);
  return out;
}

}  // namespace tonghop::text
