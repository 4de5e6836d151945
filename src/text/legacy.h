// Legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows, VIQR) → Unicode.
//
// In a DOCX, legacy-encoded text is not bytes: it is Unicode whose code points
// are the windows-1252 reading of the legacy bytes ("Hµ Néi" for "Hà Nội" in
// TCVN3, "Vieät Nam" for "Việt Nam" in VNI). The reader decides per run from
// the run's effective font and decodes BEFORE any other clean-up.
#pragma once

#include <string>
#include <string_view>

namespace tonghop::text {

enum class LegacyEncoding { kNone, kTcvn3, kVni, kViqr };

const char* LegacyEncodingName(LegacyEncoding encoding);  // "TCVN3", "VNI", "VIQR", ""

struct FontEncoding {
  LegacyEncoding encoding = LegacyEncoding::kNone;
  // A capitals face (.VnTimeH, .VnArialH): lower-case codes display as capitals,
  // so the decoded text is upper-cased.
  bool capitals = false;
};

// The legacy encoding a font name implies: ".VnTime" → TCVN3, ".VnTimeH" →
// TCVN3 capitals, "VNI-Times" → VNI; anything else → kNone. Case-insensitive.
FontEncoding EncodingOfFont(std::string_view font_name);

// Decodes one run of text written in a legacy font and appends the Unicode
// result to `out`. `utf8` is the run's text as stored in the document (UTF-8
// of the cp1252 look-alikes). Characters that are not part of the encoding
// pass through unchanged; a run that already holds real Vietnamese Unicode
// letters is appended unchanged. Returns true if anything was converted.
bool AppendDecoded(std::string& out, std::string_view utf8, FontEncoding font);

// For text whose font says nothing about its encoding (a Unicode font, or no
// font information at all): the legacy encoding the text is written in when
// that is certain beyond reasonable doubt, else kNone. The bar is high: real
// Unicode Vietnamese, French or German text, numbers and symbols (`5 × 3 · 2`)
// must come back kNone. Decide per paragraph, never per document.
LegacyEncoding DetectLegacyEncoding(std::string_view utf8);

}  // namespace tonghop::text
