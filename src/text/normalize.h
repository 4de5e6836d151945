// Unicode clean-up of Vietnamese text as it comes out of a document.
// src/text is the one place in tonghop that knows Vietnamese: every stage that
// cleans or compares text calls it.
#pragma once

#include <string>
#include <string_view>

namespace tonghop::text {

// Canonical display form of text read from a document (UTF-8 in, UTF-8 out):
// NFC (also when a tone mark was typed before the circumflex/breve/horn);
// NBSP, narrow NBSP and other fixed-width spaces → ' '; zero-width characters,
// BOMs and soft hyphens removed; U+00D0/U+00F0 standing for Đ/đ in a
// Vietnamese word repaired. Case and tone-mark placement are kept.
// Must run AFTER legacy decoding (legacy.h): it would corrupt TCVN3 text.
// Invalid UTF-8 sequences become U+FFFD. Thread-safe.
std::string NormalizeText(std::string_view utf8);

// Same, in place, with a fast path: ASCII and already-clean NFC text is left
// untouched without any ICU work.
void NormalizeInPlace(std::string& utf8);

// Character classes of the clean-up, shared with the fold key.
// Invisible characters removed: soft hyphen, zero-width space/joiners, LRM/RLM,
// word joiner, BOM, combining grapheme joiner.
bool IsRemovedInvisible(char32_t c);
// Fixed-width spaces shown as a space: NBSP, U+2000–U+200A, narrow NBSP,
// medium mathematical space, ideographic space.
inline bool IsFixedSpace(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}
// Ð (U+00D0), ð (U+00F0), Ɖ (U+0189): look-alikes of Đ/đ.
bool IsEthLike(char32_t c);
// True when c may make a string not NFC (NFC_QC ≠ Yes or a combining mark).
// Never true below U+0300 nor for precomposed Vietnamese letters.
bool NeedsNfcWork(char32_t c);

}  // namespace tonghop::text
