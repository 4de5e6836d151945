#include "common/lang.h"

#include <algorithm>
#include <cctype>

namespace tonghop {

std::optional<Lang> ParseLang(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "vi") return Lang::kVi;
  if (lower == "en") return Lang::kEn;
  return std::nullopt;
}

}  // namespace tonghop
