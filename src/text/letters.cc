#include "text/letters.h"

#include <unicode/uchar.h>

#include <array>

#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

struct VowelRow {
  char base;
  Shape shape;
  std::array<char32_t, 6> lower;  // by Tone: none, grave, acute, hook, tilde, dot
};

// The 12 vowels × 6 tones, lower case (tests check every cell against ICU).
constexpr std::array<VowelRow, 12> kVowels = {{
    {'a', Shape::kNone, {0x61, 0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1}},
    {'a', Shape::kBreve, {0x103, 0x1EB1, 0x1EAF, 0x1EB3, 0x1EB5, 0x1EB7}},
    {'a', Shape::kCircumflex, {0xE2, 0x1EA7, 0x1EA5, 0x1EA9, 0x1EAB, 0x1EAD}},
    {'e', Shape::kNone, {0x65, 0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9}},
    {'e', Shape::kCircumflex, {0xEA, 0x1EC1, 0x1EBF, 0x1EC3, 0x1EC5, 0x1EC7}},
    {'i', Shape::kNone, {0x69, 0xEC, 0xED, 0x1EC9, 0x129, 0x1ECB}},
    {'o', Shape::kNone, {0x6F, 0xF2, 0xF3, 0x1ECF, 0xF5, 0x1ECD}},
    {'o', Shape::kCircumflex, {0xF4, 0x1ED3, 0x1ED1, 0x1ED5, 0x1ED7, 0x1ED9}},
    {'o', Shape::kHorn, {0x1A1, 0x1EDD, 0x1EDB, 0x1EDF, 0x1EE1, 0x1EE3}},
    {'u', Shape::kNone, {0x75, 0xF9, 0xFA, 0x1EE7, 0x169, 0x1EE5}},
    {'u', Shape::kHorn, {0x1B0, 0x1EEB, 0x1EE9, 0x1EED, 0x1EEF, 0x1EF1}},
    {'y', Shape::kNone, {0x79, 0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5}},
}};

constexpr char32_t UpperOf(char32_t lower) {
  if (lower < 0x100) return lower - 0x20;  // ASCII and Latin-1: à → À
  if (lower >= 0x1EA0) return lower - 1;   // Latin Extended Additional pairs
  if (lower == 0x1A1) return 0x1A0;        // ơ
  if (lower == 0x1B0) return 0x1AF;        // ư
  return lower - 1;                        // ă ĩ ũ (Latin Extended-A pairs)
}

// Two dense ranges (plus ASCII) cover every precomposed Vietnamese letter.
// Entry: bit 15 valid, bit 8 upper, bits 4-6 tone, bits 0-3 row of kVowels.
constexpr char32_t kRange1Begin = 0x00C0, kRange1End = 0x01B1;
constexpr char32_t kRange2Begin = 0x1EA0, kRange2End = 0x1EFA;
constexpr size_t kRange1Size = kRange1End - kRange1Begin;
constexpr size_t kRange2Size = kRange2End - kRange2Begin;

struct Index {
  std::array<uint16_t, 128 + kRange1Size + kRange2Size> entries{};

  static constexpr int SlotOf(char32_t c) {
    if (c < 0x80) return static_cast<int>(c);
    if (c >= kRange1Begin && c < kRange1End) return static_cast<int>(128 + c - kRange1Begin);
    if (c >= kRange2Begin && c < kRange2End) {
      return static_cast<int>(128 + kRange1Size + c - kRange2Begin);
    }
    return -1;
  }
};

constexpr Index BuildIndex() {
  Index ix;
  for (uint16_t row = 0; row < kVowels.size(); ++row) {
    for (uint16_t tone = 0; tone < 6; ++tone) {
      const char32_t lower = kVowels[row].lower[tone];
      ix.entries[Index::SlotOf(lower)] = static_cast<uint16_t>(0x8000 | (tone << 4) | row);
      ix.entries[Index::SlotOf(UpperOf(lower))] =
          static_cast<uint16_t>(0x8000 | 0x100 | (tone << 4) | row);
    }
  }
  return ix;
}

constexpr Index kIndex = BuildIndex();

}  // namespace

std::optional<VietLetter> AnalyzeVietLetter(char32_t c) {
  if (c == 0x0111 || c == 0x0110) {
    VietLetter l;
    l.base = 'd';
    l.stroke = true;
    l.upper = c == 0x0110;
    return l;
  }
  const int slot = Index::SlotOf(c);
  if (slot < 0) return std::nullopt;
  const uint16_t entry = kIndex.entries[static_cast<size_t>(slot)];
  if ((entry & 0x8000) == 0) return std::nullopt;
  const VowelRow& row = kVowels[entry & 0xF];
  VietLetter l;
  l.base = row.base;
  l.shape = row.shape;
  l.tone = static_cast<Tone>((entry >> 4) & 0x7);
  l.upper = (entry & 0x100) != 0;
  return l;
}

char32_t ComposeVietLetter(char base, Shape shape, Tone tone, bool upper) {
  for (const VowelRow& row : kVowels) {
    if (row.base == base && row.shape == shape) {
      char32_t lower = row.lower[static_cast<size_t>(tone)];
      return upper ? UpperOf(lower) : lower;
    }
  }
  return 0;
}

char32_t ToLowerLetter(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (auto l = AnalyzeVietLetter(c)) {
    l->upper = false;
    return ComposeVietLetter(*l);
  }
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

char32_t ToUpperLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (auto l = AnalyzeVietLetter(c)) {
    l->upper = true;
    return ComposeVietLetter(*l);
  }
  return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
}

bool IsUpperLetter(char32_t c) { return IsLetterChar(c) && ToLowerLetter(c) != c; }

std::string UpperFirst(std::string_view utf8) {
  if (utf8.empty()) return {};
  size_t i = 0;
  const char32_t c = NextCodePoint(utf8, i);
  const char32_t upper = ToUpperLetter(c);
  if (upper == c) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size() + 2);
  AppendUtf8(out, upper);
  out.append(utf8.substr(i));
  return out;
}

std::string LowerFirst(std::string_view utf8) {
  if (utf8.empty()) return {};
  size_t i = 0;
  const char32_t c = NextCodePoint(utf8, i);
  if (i < utf8.size()) {
    size_t j = i;
    if (IsUpperLetter(NextCodePoint(utf8, j))) return std::string(utf8);  // an acronym
  }
  const char32_t lower = ToLowerLetter(c);
  if (lower == c) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size() + 2);
  AppendUtf8(out, lower);
  out.append(utf8.substr(i));
  return out;
}

bool IsVietnameseOnlyLetter(char32_t c) {
  if (c >= 0x1EA0 && c <= 0x1EF9) return true;
  switch (c) {
    // clang-format off
    case 0x0102: case 0x0103:  // Ă ă
    case 0x0110: case 0x0111:  // Đ đ
    case 0x0128: case 0x0129:  // Ĩ ĩ
    case 0x0168: case 0x0169:  // Ũ ũ
    case 0x01A0: case 0x01A1:  // Ơ ơ
    case 0x01AF: case 0x01B0:  // Ư ư
      // clang-format on
      return true;
    default:
      return false;
  }
}

std::optional<Tone> ToneOfMark(char32_t mark) {
  switch (mark) {
    case 0x0300:
    case 0x0340:
      return Tone::kGrave;
    case 0x0301:
    case 0x0341:
      return Tone::kAcute;
    case 0x0309:
      return Tone::kHook;
    case 0x0303:
      return Tone::kTilde;
    case 0x0323:
      return Tone::kDot;
    default:
      return std::nullopt;
  }
}

std::optional<Shape> ShapeOfMark(char32_t mark) {
  switch (mark) {
    case 0x0302:
      return Shape::kCircumflex;
    case 0x0306:
      return Shape::kBreve;
    case 0x031B:
      return Shape::kHorn;
    default:
      return std::nullopt;
  }
}

char32_t MarkOfTone(Tone tone) {
  switch (tone) {
    case Tone::kGrave:
      return 0x0300;
    case Tone::kAcute:
      return 0x0301;
    case Tone::kHook:
      return 0x0309;
    case Tone::kTilde:
      return 0x0303;
    case Tone::kDot:
      return 0x0323;
    case Tone::kNone:
      break;
  }
  return 0;
}

char32_t MarkOfShape(Shape shape) {
  switch (shape) {
    case Shape::kCircumflex:
      return 0x0302;
    case Shape::kBreve:
      return 0x0306;
    case Shape::kHorn:
      return 0x031B;
    case Shape::kNone:
      break;
  }
  return 0;
}

}  // namespace tonghop::text
