// Legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows, VIQR, and the
// rarer VISCII and VPS) → Unicode.
//
// In a DOCX, legacy-encoded text is not bytes: it is Unicode whose code points
// are the windows-1252 reading of the legacy bytes ("Hµ Néi" for "Hà Nội" in
// TCVN3, "Vieät Nam" for "Việt Nam" in VNI). The reader decides per run from
// the run's effective font and decodes BEFORE any other clean-up: NFKC, case
// mapping and soft-hyphen removal all corrupt TCVN3 (U+00AD is its ư).
// Tables: ../shared/reference/vietnamese-text.md, appendix T1 T2 T3 T4 T6.
// All functions are pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tonghop::text {

// kVps and kViscii are decoded when a font names them; the detector never
// proposes them.
enum class LegacyEncoding { kNone, kTcvn3, kVni, kViqr, kVps, kViscii };

// "TCVN3", "VNI", "VIQR", "VPS", "VISCII", "" for kNone.
const char* LegacyEncodingName(LegacyEncoding encoding);

// Parses a name as the CLI takes it (case-insensitive): "tcvn3" (also "abc"),
// "vni", "viqr", "vps", "viscii"; "unicode"/"none" → kNone. nullopt otherwise.
std::optional<LegacyEncoding> ParseLegacyEncoding(std::string_view name);

struct FontEncoding {
  LegacyEncoding encoding = LegacyEncoding::kNone;
  // A capitals face (.VnTimeH, .VnArialH): lower-case codes display as capitals,
  // so the decoded text is upper-cased.
  bool capitals = false;
};

// The legacy encoding a font name implies (surrounding spaces ignored):
//   ".VnTime", ".VnArial", any ".Vn…" (case-insensitive)  → TCVN3
//   the same ending in a capital 'H' (".VnTimeH")          → TCVN3, capitals
//   "VNI-Times", any "VNI-…" / "VNI …"                     → VNI
//   "VI Times", any "VI …" ("VI Times H" capitals)         → VISCII
//   "VPS …" / "VPS-…" (names not verified on real files)   → VPS
// anything else → kNone.
FontEncoding EncodingOfFont(std::string_view font_name);

// Decodes one run of text written in a legacy font and appends the Unicode
// result to `out`. `utf8` is the run's text as stored in the document (UTF-8
// of the cp1252 look-alikes). Characters that are not part of the encoding
// pass through unchanged (windows-1252 punctuation such as “ ” – stays). A
// run that already holds real Vietnamese Unicode letters (U+1EA0–U+1EF9,
// ă ơ ư đ ĩ ũ, or Vietnamese combining marks) is appended unchanged, also for
// a capitals face. Returns true if the appended text differs from the input.
// The result is not yet normalised (run NormalizeText on the paragraph).
bool AppendDecoded(std::string& out, std::string_view utf8, FontEncoding font);

// Convenience: the decoded text of AppendDecoded.
std::string DecodeLegacy(std::string_view utf8, FontEncoding font);
inline std::string DecodeLegacy(std::string_view utf8, LegacyEncoding encoding) {
  return DecodeLegacy(utf8, FontEncoding{encoding, false});
}

// True when the text holds a letter or mark only Unicode Vietnamese produces
// (see AppendDecoded); such text is never legacy-encoded.
bool HoldsUnicodeVietnamese(std::string_view utf8);

// The inverse: NFC Unicode → the text as a document in that legacy font would
// store it. TCVN3 has no toned capitals: they are written with the lower-case
// code (what a writer types in a .VnTimeH face). VIQR escapes with '\' any
// literal mark character that would otherwise combine. Characters the
// encoding cannot represent pass through. For tests, benchmarks and samples.
std::string EncodeLegacy(std::string_view utf8, LegacyEncoding encoding);

// For text whose font says nothing about its encoding (a Unicode font, or no
// font information at all): the legacy encoding the text is written in when
// that is certain beyond reasonable doubt, else kNone. The bar is high: real
// Unicode Vietnamese, French or German text, numbers and symbols (`5 × 3 · 2`)
// must come back kNone. Only TCVN3 and VNI are proposed, VIQR only on
// overwhelming evidence (many words with ^ + ( marks or dd). Decide per
// paragraph, never per document.
//
// How: decode each word with each candidate and score it with the syllable
// validator (syllable.h): a word that is not Vietnamese as written but is
// after decoding supports the candidate, one that decodes to a non-syllable
// counts against it, frequent words (của, và, được, người, Việt …) count
// double. A candidate needs at least two supporting words, three times more
// support than contrary words and most words of the line valid Vietnamese
// after decoding — or, with no contrary word, one supporting word that is a
// frequent word or holds a letter only Vietnamese has (ư ộ đ …) in a line
// that is otherwise Vietnamese — and a clear lead over the other candidate.
LegacyEncoding DetectLegacyEncoding(std::string_view utf8);

}  // namespace tonghop::text
