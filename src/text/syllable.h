// Vietnamese syllables: a compact validator built from the onset / rhyme /
// tone rules of the orthography (no word list), and tone-mark placement.
//
// A written syllable is onset + vowel cluster + coda + one tone:
//   onset   b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x
//           (k gh ngh only before e ê i y; c g ng never before e ê i y)
//   cluster one of ~45 vowel clusters (a, oa, iê, ươu, …), each open, closed
//           or both (ă â iê uô ươ need a coda; ai ao ia ưa … take none)
//   coda    c ch m n ng nh p t (ch nh only after a ê i y oa uê uy)
//   tone    any of six; after c ch p t only sắc or nặng.
// Used by the legacy-encoding detector (is the decoded word Vietnamese?), the
// Ð→Đ repair and the fold key (one tone placement).
// All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/letters.h"

namespace tonghop::text {

// Where the tone mark sits in the open clusters oa, oe, uy (the only place the
// two styles differ): new style hoà thuỷ khoẻ (MOET 1989/QĐ-BGDĐT, 2018),
// old style hòa thủy khỏe. Closed syllables (hoàng, huỳnh) are the same.
enum class ToneStyle { kNew, kOld };

struct SyllableParts {
  size_t nucleus_begin = 0;  // index of the first letter of the vowel cluster
  size_t nucleus_end = 0;    // one past its last letter (the coda follows)
  int tone_letter = -1;      // index of the letter carrying the tone, -1 if none
  Tone tone = Tone::kNone;
};

// Reads one word (NFC code points, letters only, any case) as a Vietnamese
// syllable. The tone may sit on any vowel of the cluster (or on the u of qu /
// the i of gi): misplaced tones still parse, so that they can be moved.
std::optional<SyllableParts> ParseSyllable(std::u32string_view word);

bool IsVietnameseSyllable(std::u32string_view word);
bool IsVietnameseSyllable(std::string_view utf8_word);

// Index (into word) of the letter that carries the tone in `style`, for a word
// that parses. Rules of the Unikey engine: one vowel → it; â ê ô → it; ă ơ ư →
// it (ơ in ươ); three vowels → the middle; oa oe uy open → style; two vowels
// → first when open, second when closed.
size_t CanonicalToneLetter(std::u32string_view word, const SyllableParts& parts, ToneStyle style);

// Moves the tone of a syllable to its place in `style`. Returns true when the
// word changed. Words that do not parse are left alone.
bool PlaceTone(std::u32string& word, ToneStyle style);

// PlaceTone on every word of a UTF-8 text (NFC expected); the rest unchanged.
std::string ApplyToneStyle(std::string_view utf8, ToneStyle style);

}  // namespace tonghop::text
