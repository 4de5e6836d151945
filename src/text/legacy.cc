#include "text/legacy.h"

#include <array>
#include <unordered_map>

#include "text/legacy_tables.h"
#include "text/letters.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

// windows-1252 0x80–0x9F; 0 where the code page leaves the byte undefined
// (Word is then expected to store the C1 control itself).
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The character a document stores for a legacy byte (cp1252 reading).
char32_t DocxCharOfByte(uint8_t byte) {
  if (byte >= 0x80 && byte < 0xA0 && kCp1252High[byte - 0x80] != 0) return kCp1252High[byte - 0x80];
  return byte;
}

// The byte behind a stored character, or -1 when it is not a cp1252 reading.
int ByteOfDocxChar(char32_t c) {
  if (c < 0x100) return static_cast<int>(c);
  for (size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] == c) return static_cast<int>(0x80 + i);
  }
  return -1;
}

struct SingleByteCodec {
  std::array<char32_t, 256> decode{};  // 0 = byte not mapped (kept as is)
  std::unordered_map<char32_t, uint8_t> encode;
};

template <size_t N>
SingleByteCodec MakeCodec(const tables::ByteMapping (&table)[N], bool lower_code_for_capitals) {
  SingleByteCodec codec;
  for (const auto& m : table) {
    codec.decode[m.byte] = m.unicode;
    codec.encode.emplace(m.unicode, m.byte);
  }
  if (lower_code_for_capitals) {
    for (const auto& m : table) codec.encode.emplace(ToUpperLetter(m.unicode), m.byte);
  }
  return codec;
}

const SingleByteCodec& CodecFor(LegacyEncoding e) {
  static const SingleByteCodec tcvn3 = MakeCodec(tables::kTcvn3, true);
  static const SingleByteCodec vps = MakeCodec(tables::kVps, false);
  static const SingleByteCodec viscii = MakeCodec(tables::kViscii, false);
  switch (e) {
    case LegacyEncoding::kVps:
      return vps;
    case LegacyEncoding::kViscii:
      return viscii;
    default:
      return tcvn3;
  }
}

void DecodeSingleByte(std::string& out, std::string_view in, LegacyEncoding e) {
  const SingleByteCodec& codec = CodecFor(e);
  for (size_t i = 0; i < in.size();) {
    char32_t c = NextCodePoint(in, i);
    int byte = ByteOfDocxChar(c);
    // TCVN3 (ABC fonts) keeps 0x80–0x9F as windows-1252 punctuation.
    if (e == LegacyEncoding::kTcvn3 && byte >= 0 && byte < 0xA0) byte = -1;
    char32_t decoded = byte >= 0 ? codec.decode[static_cast<size_t>(byte)] : 0;
    AppendUtf8(out, decoded != 0 ? decoded : c);
  }
}

// ---- VNI: base letter + mark byte. Lower-case marks 0xE0–0xFF; the upper-case
// mark is the cp1252 capital of the lower-case one (byte − 0x20).
struct VniMark {
  uint8_t byte;  // lower-case form
  Shape shape;
  Tone tone;
};
constexpr std::array<VniMark, 17> kVniMarks = {{
    {0xF9, Shape::kNone, Tone::kAcute},
    {0xF8, Shape::kNone, Tone::kGrave},
    {0xFB, Shape::kNone, Tone::kHook},
    {0xF5, Shape::kNone, Tone::kTilde},
    {0xEF, Shape::kNone, Tone::kDot},
    {0xE2, Shape::kCircumflex, Tone::kNone},
    {0xE1, Shape::kCircumflex, Tone::kAcute},
    {0xE0, Shape::kCircumflex, Tone::kGrave},
    {0xE5, Shape::kCircumflex, Tone::kHook},
    {0xE3, Shape::kCircumflex, Tone::kTilde},
    {0xE4, Shape::kCircumflex, Tone::kDot},
    {0xEA, Shape::kBreve, Tone::kNone},
    {0xE9, Shape::kBreve, Tone::kAcute},
    {0xE8, Shape::kBreve, Tone::kGrave},
    {0xFA, Shape::kBreve, Tone::kHook},
    {0xFC, Shape::kBreve, Tone::kTilde},
    {0xEB, Shape::kBreve, Tone::kDot},
}};

// Letters VNI writes with one byte (lower-case byte; capital = byte − 0x20).
struct VniSingle {
  uint8_t byte;
  char base;
  Shape shape;
  Tone tone;
  bool stroke;
};
constexpr std::array<VniSingle, 9> kVniSingles = {{
    {0xF1, 'd', Shape::kNone, Tone::kNone, true},   // đ
    {0xF4, 'o', Shape::kHorn, Tone::kNone, false},  // ơ (also a base for tone marks)
    {0xF6, 'u', Shape::kHorn, Tone::kNone, false},  // ư (idem)
    {0xED, 'i', Shape::kNone, Tone::kAcute, false},
    {0xEC, 'i', Shape::kNone, Tone::kGrave, false},
    {0xE6, 'i', Shape::kNone, Tone::kHook, false},
    {0xF3, 'i', Shape::kNone, Tone::kTilde, false},
    {0xF2, 'i', Shape::kNone, Tone::kDot, false},
    {0xEE, 'y', Shape::kNone, Tone::kDot, false},
}};

const VniMark* VniMarkOf(char32_t c) {
  if (c >= 0xC0 && c <= 0xDF && c != 0xD7) c += 0x20;
  for (const VniMark& m : kVniMarks) {
    if (m.byte == c) return &m;
  }
  return nullptr;
}

const VniSingle* VniSingleOf(char32_t c, bool* upper) {
  *upper = c >= 0xC0 && c <= 0xDF;
  if (*upper) c += 0x20;
  for (const VniSingle& s : kVniSingles) {
    if (s.byte == c) return &s;
  }
  return nullptr;
}

// A base letter that takes a following mark: a e o u y, or ơ ư (F4 F6).
bool VniBase(char32_t c, VietLetter* base) {
  char32_t lower = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (lower == 'a' || lower == 'e' || lower == 'o' || lower == 'u' || lower == 'y') {
    *base = VietLetter{static_cast<char>(lower), Shape::kNone, Tone::kNone, lower != c, false};
    return true;
  }
  if (c == 0xF4 || c == 0xD4 || c == 0xF6 || c == 0xD6) {
    *base = VietLetter{(c == 0xF4 || c == 0xD4) ? 'o' : 'u', Shape::kHorn, Tone::kNone,
                       c == 0xD4 || c == 0xD6, false};
    return true;
  }
  return false;
}

bool VniCombines(const VietLetter& base, const VniMark& mark) {
  if (mark.shape == Shape::kNone) {
    return !(base.base == 'y' && mark.tone == Tone::kDot);  // ỵ is the single byte 0xEE
  }
  if (base.shape != Shape::kNone) return false;
  if (mark.shape == Shape::kBreve) return base.base == 'a';
  return base.base == 'a' || base.base == 'e' || base.base == 'o';  // circumflex
}

void DecodeVni(std::string& out, std::string_view in) {
  for (size_t i = 0; i < in.size();) {
    char32_t c = NextCodePoint(in, i);
    VietLetter letter;
    if (VniBase(c, &letter)) {
      if (i < in.size()) {
        size_t next = i;
        const VniMark* mark = VniMarkOf(NextCodePoint(in, next));
        // Greedy pair; the case comes from the base letter, so a mismatched
        // pair ("Aù") still decodes.
        if (mark != nullptr && VniCombines(letter, *mark)) {
          if (mark->shape != Shape::kNone) letter.shape = mark->shape;
          letter.tone = mark->tone;
          i = next;
        }
      }
      AppendUtf8(out, ComposeVietLetter(letter));
      continue;
    }
    bool upper = false;
    if (const VniSingle* s = VniSingleOf(c, &upper)) {
      AppendUtf8(out, ComposeVietLetter(VietLetter{s->base, s->shape, s->tone, upper, s->stroke}));
      continue;
    }
    AppendUtf8(out, c);
  }
}

// ---- VIQR (RFC 1456): vowel + shape ( ^ + (or *) + tone ' ` ? ~ . ; dd = đ.
bool IsViqrMark(char32_t c) {
  return c == '(' || c == '^' || c == '+' || c == '*' || c == '\'' || c == '`' || c == '?' ||
         c == '~' || c == '.';
}

std::optional<Tone> ViqrTone(char32_t c) {
  switch (c) {
    case '\'':
      return Tone::kAcute;
    case '`':
      return Tone::kGrave;
    case '?':
      return Tone::kHook;
    case '~':
      return Tone::kTilde;
    case '.':
      return Tone::kDot;
    default:
      return std::nullopt;
  }
}

bool IsAsciiVowel(char32_t c) {
  switch (c) {
    // clang-format off
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
      // clang-format on
      return true;
    default:
      return false;
  }
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

void DecodeViqrWord(std::string& out, std::u32string_view w) {
  bool tone_taken = false;
  for (size_t i = 0; i < w.size();) {
    char32_t c = w[i];
    char32_t next = i + 1 < w.size() ? w[i + 1] : 0;
    if (c == '\\' && (IsViqrMark(next) || next == 'd' || next == 'D' || next == '\\')) {
      AppendUtf8(out, next);
      i += 2;
      continue;
    }
    if ((c == 'd' && next == 'd') || (c == 'D' && (next == 'D' || next == 'd'))) {
      AppendUtf8(out, c == 'D' ? 0x0110 : 0x0111);
      i += 2;
      continue;
    }
    if (IsAsciiVowel(c)) {
      VietLetter l{static_cast<char>(c | 0x20), Shape::kNone, Tone::kNone, c < 'a', false};
      size_t j = i + 1;
      if (j < w.size()) {
        char32_t m = w[j];
        if ((m == '(' && l.base == 'a') ||
            (m == '^' && (l.base == 'a' || l.base == 'e' || l.base == 'o')) ||
            ((m == '+' || m == '*') && (l.base == 'o' || l.base == 'u'))) {
          l.shape = m == '(' ? Shape::kBreve : m == '^' ? Shape::kCircumflex : Shape::kHorn;
          ++j;
        }
      }
      if (j < w.size() && !tone_taken) {
        if (auto tone = ViqrTone(w[j])) {
          l.tone = *tone;
          tone_taken = true;
          ++j;
        }
      }
      AppendUtf8(out, ComposeVietLetter(l));
      i = j;
      continue;
    }
    if (!IsAsciiLetter(c)) tone_taken = false;  // a new word starts after this
    AppendUtf8(out, c);
    ++i;
  }
}

// Addresses are left alone (Unikey's escape mode does the same).
bool LooksLikeAddress(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos ||
         token.rfind("www.", 0) == 0;
}

void DecodeViqr(std::string& out, std::string_view in) {
  size_t i = 0;
  while (i < in.size()) {
    size_t end = i;
    while (end < in.size() && in[end] != ' ' && in[end] != '\t' && in[end] != '\n') ++end;
    std::string_view token = in.substr(i, end - i);
    if (LooksLikeAddress(token)) {
      out.append(token);
    } else {
      DecodeViqrWord(out, ToU32(token));
    }
    while (end < in.size() && (in[end] == ' ' || in[end] == '\t' || in[end] == '\n')) {
      out.push_back(in[end++]);
    }
    i = end;
  }
}

std::string ToUpperText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) AppendUtf8(out, ToUpperLetter(NextCodePoint(s, i)));
  return out;
}

// ---- Encoders (tests, benchmarks, samples).
void EncodeSingleByte(std::string& out, std::string_view in, LegacyEncoding e) {
  const SingleByteCodec& codec = CodecFor(e);
  for (size_t i = 0; i < in.size();) {
    char32_t c = NextCodePoint(in, i);
    auto it = codec.encode.find(c);
    AppendUtf8(out, it != codec.encode.end() ? DocxCharOfByte(it->second) : c);
  }
}

void EncodeVni(std::string& out, std::string_view in) {
  for (size_t i = 0; i < in.size();) {
    char32_t c = NextCodePoint(in, i);
    auto l = AnalyzeVietLetter(c);
    if (!l || (!l->stroke && l->shape == Shape::kNone && l->tone == Tone::kNone)) {
      AppendUtf8(out, c);
      continue;
    }
    const uint8_t case_shift = l->upper ? 0x20 : 0;
    bool single = false;
    for (const VniSingle& s : kVniSingles) {
      if (s.base == l->base && s.shape == l->shape && s.tone == l->tone && s.stroke == l->stroke) {
        AppendUtf8(out, static_cast<char32_t>(s.byte - case_shift));
        single = true;
        break;
      }
    }
    if (single) continue;
    if (l->shape == Shape::kHorn) {
      AppendUtf8(out, static_cast<char32_t>((l->base == 'o' ? 0xF4 : 0xF6) - case_shift));
    } else {
      out.push_back(static_cast<char>(l->upper ? l->base - 32 : l->base));
    }
    const Shape mark_shape = l->shape == Shape::kHorn ? Shape::kNone : l->shape;
    if (mark_shape == Shape::kNone && l->tone == Tone::kNone) continue;
    for (const VniMark& m : kVniMarks) {
      if (m.shape == mark_shape && m.tone == l->tone) {
        AppendUtf8(out, static_cast<char32_t>(m.byte - case_shift));
        break;
      }
    }
  }
}

void EncodeViqr(std::string& out, std::string_view in) {
  bool after_vowel = false, after_d = false;
  for (size_t i = 0; i < in.size();) {
    char32_t c = NextCodePoint(in, i);
    auto l = AnalyzeVietLetter(c);
    if (l && l->stroke) {
      out += l->upper ? "DD" : "dd";
      after_vowel = after_d = false;
      continue;
    }
    if (l) {
      out.push_back(static_cast<char>(l->upper ? l->base - 32 : l->base));
      switch (l->shape) {
        case Shape::kBreve:
          out.push_back('(');
          break;
        case Shape::kCircumflex:
          out.push_back('^');
          break;
        case Shape::kHorn:
          out.push_back('+');
          break;
        case Shape::kNone:
          break;
      }
      constexpr char kToneChars[] = {0, '`', '\'', '?', '~', '.'};
      if (l->tone != Tone::kNone) out.push_back(kToneChars[static_cast<int>(l->tone)]);
      after_vowel = true;
      after_d = false;
      continue;
    }
    if ((after_vowel && IsViqrMark(c)) || (after_d && (c == 'd' || c == 'D')) || c == '\\') {
      out.push_back('\\');
    }
    AppendUtf8(out, c);
    after_vowel = false;
    after_d = c == 'd' || c == 'D';
  }
}

}  // namespace

const char* LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3:
      return "TCVN3";
    case LegacyEncoding::kVni:
      return "VNI";
    case LegacyEncoding::kViqr:
      return "VIQR";
    case LegacyEncoding::kVps:
      return "VPS";
    case LegacyEncoding::kViscii:
      return "VISCII";
    case LegacyEncoding::kNone:
      return "";
  }
  return "";
}

std::optional<LegacyEncoding> ParseLegacyEncoding(std::string_view name) {
  std::string lower;
  for (char c : name) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  if (lower == "tcvn3" || lower == "abc") return LegacyEncoding::kTcvn3;
  if (lower == "vni") return LegacyEncoding::kVni;
  if (lower == "viqr") return LegacyEncoding::kViqr;
  if (lower == "vps") return LegacyEncoding::kVps;
  if (lower == "viscii") return LegacyEncoding::kViscii;
  if (lower == "unicode" || lower == "none") return LegacyEncoding::kNone;
  return std::nullopt;
}

FontEncoding EncodingOfFont(std::string_view font_name) {
  while (!font_name.empty() && font_name.front() == ' ') font_name.remove_prefix(1);
  while (!font_name.empty() && font_name.back() == ' ') font_name.remove_suffix(1);
  auto starts_with = [&](std::string_view prefix) {
    if (font_name.size() <= prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      char c = font_name[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != prefix[i]) return false;
    }
    return true;
  };
  const bool ends_with_capital_h = !font_name.empty() && font_name.back() == 'H';
  if (starts_with(".vn")) return {LegacyEncoding::kTcvn3, ends_with_capital_h};
  if (starts_with("vni-") || starts_with("vni ")) return {LegacyEncoding::kVni, false};
  if (starts_with("vi ")) {
    return {LegacyEncoding::kViscii,
            font_name.size() > 2 && font_name.substr(font_name.size() - 2) == " H"};
  }
  if (starts_with("vps ") || starts_with("vps-"))
    return {LegacyEncoding::kVps, ends_with_capital_h};
  return {};
}

bool HoldsUnicodeVietnamese(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t c = NextCodePoint(utf8, i);
    if (IsVietnameseOnlyLetter(c) || ToneOfMark(c) || ShapeOfMark(c)) return true;
  }
  return false;
}

bool AppendDecoded(std::string& out, std::string_view utf8, FontEncoding font) {
  if (font.encoding == LegacyEncoding::kNone || HoldsUnicodeVietnamese(utf8)) {
    out.append(utf8);
    return false;
  }
  const size_t start = out.size();
  switch (font.encoding) {
    case LegacyEncoding::kTcvn3:
    case LegacyEncoding::kVps:
    case LegacyEncoding::kViscii:
      DecodeSingleByte(out, utf8, font.encoding);
      break;
    case LegacyEncoding::kVni:
      DecodeVni(out, utf8);
      break;
    case LegacyEncoding::kViqr:
      DecodeViqr(out, utf8);
      break;
    case LegacyEncoding::kNone:
      break;
  }
  if (font.capitals) {
    std::string upper = ToUpperText(std::string_view(out).substr(start));
    out.replace(start, std::string::npos, upper);
  }
  return std::string_view(out).substr(start) != utf8;
}

std::string DecodeLegacy(std::string_view utf8, FontEncoding font) {
  std::string out;
  out.reserve(utf8.size());
  AppendDecoded(out, utf8, font);
  return out;
}

std::string EncodeLegacy(std::string_view utf8, LegacyEncoding encoding) {
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 4);
  switch (encoding) {
    case LegacyEncoding::kTcvn3:
    case LegacyEncoding::kVps:
    case LegacyEncoding::kViscii:
      EncodeSingleByte(out, utf8, encoding);
      break;
    case LegacyEncoding::kVni:
      EncodeVni(out, utf8);
      break;
    case LegacyEncoding::kViqr:
      EncodeViqr(out, utf8);
      break;
    case LegacyEncoding::kNone:
      out.assign(utf8);
      break;
  }
  return out;
}

}  // namespace tonghop::text
