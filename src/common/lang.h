// Message language. tonghop speaks Vietnamese by default; `--lang en` selects
// English. Messages are written at the call site in both languages, so a
// reader of the code sees exactly what the clerk will see.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tonghop {

enum class Lang { kVi, kEn };

// Parses "vi" / "en" (case-insensitive). Anything else gives nullopt.
std::optional<Lang> ParseLang(std::string_view name);

// A message in both languages. Both strings are UTF-8, NFC.
struct LocalizedText {
  std::string vi;
  std::string en;

  const std::string& In(Lang lang) const { return lang == Lang::kEn ? en : vi; }
  bool empty() const { return vi.empty() && en.empty(); }
};

// Shorthand for building a LocalizedText at the call site:
//   Msg("Không đọc được tệp", "Cannot read the file")
inline LocalizedText Msg(std::string vi, std::string en) {
  return LocalizedText{std::move(vi), std::move(en)};
}

}  // namespace tonghop
