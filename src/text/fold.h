// The fold key: the one comparison form of text used everywhere in tonghop
// (unit names, section titles, keywords, campaign matching).
//
//   FoldKey("  Khánh Hòa – “Thủy lợi”\u00A0") == FoldKey("khánh hoà - \"thuỷ lợi\"")
//                                              == "khánh hoà - \"thuỷ lợi\""
//
// What the key does: NFC (also for decomposed input and a tone typed before
// the circumflex/breve/horn); simple case folding; ð Ð Ɖ → đ; one tone-mark
// placement (new style: hòa/hoà → hoà, thủy/thuỷ → thuỷ, khỏe/khoẻ → khoẻ,
// qúy → quý, misplaced tones such as baỏ → bảo; closed syllables like hoàng,
// huỳnh, quý are unaffected); dashes - ‐ ‑ ‒ – — ― − → '-'; double quotes
// " “ ” „ « » → '"', single quotes ' ‘ ’ ‚ ‹ › ` → '\''; … → "..."; invisible
// characters removed; whitespace (incl. NBSP, tabs, newlines) collapsed to
// one space and trimmed. With no_marks it also strips every diacritic
// (tones and shapes: việt → viet, é → e) and maps đ/ð → d.
//
// Cost: table-driven, one pass, no Transliterator; ASCII and precomposed text
// need no ICU call at all (decomposed sequences are composed from tables, ICU
// is asked only for marks outside Vietnamese). Input is expected to be
// Unicode already (legacy decoding happens before, legacy.h). Invalid UTF-8
// becomes U+FFFD. All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop::text {

struct FoldOptions {
  bool no_marks = false;  // also strip all diacritics, đ → d
};

std::string FoldKey(std::string_view utf8, FoldOptions options = {});

// The key with, for every byte of it, the byte offset in the input of the
// character it came from: offsets.size() == key.size() + 1 and the last entry
// is the input's size. A match [b, e) in the key is the input span
// [offsets[b], offsets[e]) (e at a character boundary) — how extraction maps
// a keyword found in the key back to the document text.
struct FoldedText {
  std::string key;
  std::vector<uint32_t> offsets;
};
FoldedText FoldKeyWithOffsets(std::string_view utf8, FoldOptions options = {});

// Finds needle_key in haystack_key (both fold keys) at word boundaries: the
// match neither starts nor ends inside a word (letters and digits). Returns
// the byte position or std::string_view::npos. An empty needle never matches.
size_t FoldedFind(std::string_view haystack_key, std::string_view needle_key, size_t from = 0);
inline bool FoldedContains(std::string_view haystack_key, std::string_view needle_key) {
  return FoldedFind(haystack_key, needle_key) != std::string_view::npos;
}

// True when key (a fold key) starts with prefix_key (a fold key) and the
// match ends at a word boundary as FoldedFind sees it: "số 25" starts with
// "số", "sốt" does not.
bool FoldedStartsWith(std::string_view key, std::string_view prefix_key);

// The fold key of the first `max_bytes` bytes of the text (cut back to a
// character boundary): cheap prefix tests on long paragraphs.
std::string FoldKeyPrefix(std::string_view utf8, size_t max_bytes, FoldOptions options = {});

// True for letters and digits as the word boundary of FoldedFind sees them.
bool IsWordCharacter(char32_t c);

}  // namespace tonghop::text
