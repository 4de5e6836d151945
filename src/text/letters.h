// The Vietnamese alphabet as data: every vowel letter is a base (a e i o u y),
// a shape (ă â ê ô ơ ư) and a tone (5 marks or none). Table-driven, no ICU:
// the fast paths of normalisation, fold keys and legacy decoding use it.
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tonghop::text {

enum class Shape : uint8_t { kNone, kBreve, kCircumflex, kHorn };  // ă | â ê ô | ơ ư
// Tones in the traditional order ngang, huyền, sắc, hỏi, ngã, nặng.
enum class Tone : uint8_t { kNone, kGrave, kAcute, kHook, kTilde, kDot };

struct VietLetter {
  char base = 0;  // lower-case ASCII: a e i o u y, or 'd' for đ
  Shape shape = Shape::kNone;
  Tone tone = Tone::kNone;
  bool upper = false;
  bool stroke = false;  // đ / Đ
};

// Analyses a precomposed Vietnamese letter (NFC): any of the 72 vowel letters
// per case (ASCII vowels included) and đ/Đ. Anything else — consonants,
// letters Vietnamese lacks (ë ñ ç ü), marks — gives nullopt.
std::optional<VietLetter> AnalyzeVietLetter(char32_t c);

// The precomposed letter for base + shape + tone, or 0 when Vietnamese has no
// such letter (e.g. shape breve on 'e'). base is a lower-case ASCII vowel.
char32_t ComposeVietLetter(char base, Shape shape, Tone tone, bool upper);
inline char32_t ComposeVietLetter(const VietLetter& l) {
  if (l.stroke) return l.upper ? 0x0110 : 0x0111;
  return ComposeVietLetter(l.base, l.shape, l.tone, l.upper);
}

// Simple case mapping: table-driven for Vietnamese letters and ASCII, ICU's
// simple mapping (u_tolower/u_toupper) for anything else.
char32_t ToLowerLetter(char32_t c);
char32_t ToUpperLetter(char32_t c);

// A letter (IsLetterChar, scan.h) whose simple lower case differs from it.
bool IsUpperLetter(char32_t c);

// The text with its first character upper-cased; the rest unchanged
// ("đợt 1" → "Đợt 1"). Text starting with invalid UTF-8 is returned as is.
std::string UpperFirst(std::string_view utf8);
// The text with its first character lower-cased, unless the second is a
// capital too: acronyms stay ("Sơ kết" → "sơ kết", "UBND tỉnh" unchanged).
std::string LowerFirst(std::string_view utf8);

// True for letters only Vietnamese text produces and that a windows-1252
// reading of legacy bytes never yields: U+1EA0–U+1EF9, ă ơ ư đ ĩ ũ (both
// cases). Used to recognise text that is already Unicode Vietnamese.
bool IsVietnameseOnlyLetter(char32_t c);

// The combining marks Vietnamese uses: tones U+0300 U+0301 U+0303 U+0309
// U+0323 (plus the deprecated U+0340/U+0341) and shapes U+0302 U+0306 U+031B.
std::optional<Tone> ToneOfMark(char32_t mark);
std::optional<Shape> ShapeOfMark(char32_t mark);
char32_t MarkOfTone(Tone tone);     // 0 for kNone
char32_t MarkOfShape(Shape shape);  // 0 for kNone; kCircumflex → U+0302 ...

}  // namespace tonghop::text
