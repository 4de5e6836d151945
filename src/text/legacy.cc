#include "text/legacy.h"

namespace tonghop::text {

const char* LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3: return "TCVN3";
    case LegacyEncoding::kVni: return "VNI";
    case LegacyEncoding::kViqr: return "VIQR";
    case LegacyEncoding::kNone: return "";
  }
  return "";
}

// Placeholder until the text-layer issue lands: recognises nothing, so text
// passes through unchanged.
FontEncoding EncodingOfFont(std::string_view) { return {}; }

bool AppendDecoded(std::string& out, std::string_view utf8, FontEncoding) {
  out.append(utf8);
  return false;
}

LegacyEncoding DetectLegacyEncoding(std::string_view) { return LegacyEncoding::kNone; }

}  // namespace tonghop::text
