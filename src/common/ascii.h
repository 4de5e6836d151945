// ASCII-only helpers for names the formats define in ASCII: ZIP entry and OPC
// part names, file-name suffixes, XML names. Vietnamese text is never
// compared with these (text/fold.h is for that). Pure, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tonghop {

// `s` with A–Z lowered; every other byte (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace tonghop
