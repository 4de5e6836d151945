#include "text/syllable.h"

#include <unicode/uchar.h>

#include <array>

#include "text/utf8.h"

namespace tonghop::text {
namespace {

constexpr size_t kMaxLetters = 8;  // "nghiêng" has 7

enum class Rhyme : uint8_t { kOpen, kClosed, kBoth };

struct Cluster {
  std::string_view vowels;  // untoned, lower case, NFC
  Rhyme rhyme;
};

constexpr Cluster kClusters[] = {
    {"a", Rhyme::kBoth},    {"e", Rhyme::kBoth},    {"ê", Rhyme::kBoth},
    {"i", Rhyme::kBoth},    {"o", Rhyme::kBoth},    {"ô", Rhyme::kBoth},
    {"ơ", Rhyme::kBoth},    {"u", Rhyme::kBoth},    {"ư", Rhyme::kBoth},
    {"y", Rhyme::kBoth},    {"oa", Rhyme::kBoth},   {"oe", Rhyme::kBoth},
    {"uê", Rhyme::kBoth},   {"uy", Rhyme::kBoth},   {"ă", Rhyme::kClosed},
    {"â", Rhyme::kClosed},  {"iê", Rhyme::kClosed}, {"yê", Rhyme::kClosed},
    {"uô", Rhyme::kClosed}, {"ươ", Rhyme::kClosed}, {"oă", Rhyme::kClosed},
    {"uâ", Rhyme::kClosed}, {"uyê", Rhyme::kClosed}, {"oo", Rhyme::kClosed},
    {"ai", Rhyme::kOpen},   {"ao", Rhyme::kOpen},   {"au", Rhyme::kOpen},
    {"ay", Rhyme::kOpen},   {"âu", Rhyme::kOpen},   {"ây", Rhyme::kOpen},
    {"eo", Rhyme::kOpen},   {"êu", Rhyme::kOpen},   {"ia", Rhyme::kOpen},
    {"iu", Rhyme::kOpen},   {"oi", Rhyme::kOpen},   {"ôi", Rhyme::kOpen},
    {"ơi", Rhyme::kOpen},   {"ua", Rhyme::kOpen},   {"ui", Rhyme::kOpen},
    {"ưa", Rhyme::kOpen},   {"ưi", Rhyme::kOpen},   {"ưu", Rhyme::kOpen},
    {"uơ", Rhyme::kOpen},   {"iêu", Rhyme::kOpen},  {"yêu", Rhyme::kOpen},
    {"oai", Rhyme::kOpen},  {"oay", Rhyme::kOpen},  {"oeo", Rhyme::kOpen},
    {"uôi", Rhyme::kOpen},  {"ươi", Rhyme::kOpen},  {"ươu", Rhyme::kOpen},
    {"uây", Rhyme::kOpen},  {"uya", Rhyme::kOpen},  {"uyu", Rhyme::kOpen},
};

constexpr std::string_view kOnsets[] = {"",  "b",  "c",  "ch", "d",   "đ",  "g",  "gh", "gi", "h",
                                        "k", "kh", "l",  "m",  "n",   "ng", "ngh", "nh", "p", "ph",
                                        "qu", "r", "s",  "t",  "th",  "tr", "v",  "x"};

constexpr std::string_view kCodas[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

bool IsVowel(const VietLetter& l) {
  return !l.stroke && (l.base == 'a' || l.base == 'e' || l.base == 'i' || l.base == 'o' ||
                       l.base == 'u' || l.base == 'y');
}

// A letter of the word: a Vietnamese vowel, đ, or an ASCII consonant that
// Vietnamese spells with (f j w z are not among them).
std::optional<VietLetter> LetterOf(char32_t c) {
  if (auto l = AnalyzeVietLetter(c)) return l;
  char32_t lower = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  switch (lower) {
    case 'b': case 'c': case 'd': case 'g': case 'h': case 'k': case 'l': case 'm':
    case 'n': case 'p': case 'q': case 'r': case 's': case 't': case 'v': case 'x': {
      VietLetter l;
      l.base = static_cast<char>(lower);
      l.upper = lower != c;
      return l;
    }
    default:
      return std::nullopt;
  }
}

bool InOnsets(std::string_view s) {
  for (std::string_view o : kOnsets) {
    if (o == s) return true;
  }
  return false;
}

bool InCodas(std::string_view s) {
  for (std::string_view c : kCodas) {
    if (c == s) return true;
  }
  return false;
}

std::optional<Rhyme> RhymeOf(std::string_view vowels) {
  for (const Cluster& c : kClusters) {
    if (c.vowels == vowels) return c.rhyme;
  }
  return std::nullopt;
}

void AppendConsonant(std::string& s, const VietLetter& l) {
  if (l.stroke) {
    s += "đ";
  } else {
    s.push_back(l.base);
  }
}

bool IsFrontVowel(const VietLetter& l) {  // e ê i y: where k gh ngh go
  return l.base == 'e' || l.base == 'i' || l.base == 'y';
}

}  // namespace

std::optional<SyllableParts> ParseSyllable(std::u32string_view word) {
  const size_t n = word.size();
  if (n == 0 || n > kMaxLetters) return std::nullopt;
  std::array<VietLetter, kMaxLetters> letters;
  for (size_t i = 0; i < n; ++i) {
    auto l = LetterOf(word[i]);
    if (!l) return std::nullopt;
    letters[i] = *l;
  }

  SyllableParts parts;
  int tones = 0;
  for (size_t i = 0; i < n; ++i) {
    if (letters[i].tone != Tone::kNone) {
      ++tones;
      parts.tone_letter = static_cast<int>(i);
      parts.tone = letters[i].tone;
    }
  }
  if (tones > 1) return std::nullopt;

  // Onset.
  size_t i = 0;
  std::string onset;
  while (i < n && !IsVowel(letters[i])) AppendConsonant(onset, letters[i++]);
  if (i == n) return std::nullopt;  // no vowel
  if (onset == "q") {
    if (letters[i].base != 'u' || letters[i].shape != Shape::kNone) return std::nullopt;
    onset = "qu";
    ++i;
    if (i == n || !IsVowel(letters[i])) return std::nullopt;
  } else if (onset == "g" && letters[i].base == 'i' && letters[i].shape == Shape::kNone &&
             i + 1 < n && IsVowel(letters[i + 1])) {
    onset = "gi";
    ++i;
  }
  if (!InOnsets(onset)) return std::nullopt;

  // Vowel cluster and coda.
  parts.nucleus_begin = i;
  std::string vowels;
  while (i < n && IsVowel(letters[i])) {
    AppendUtf8(vowels, ComposeVietLetter(letters[i].base, letters[i].shape, Tone::kNone, false));
    ++i;
  }
  parts.nucleus_end = i;
  std::string coda;
  while (i < n && !IsVowel(letters[i])) AppendConsonant(coda, letters[i++]);
  if (i != n || !InCodas(coda)) return std::nullopt;

  auto rhyme = RhymeOf(vowels);
  if (!rhyme) return std::nullopt;
  if (coda.empty() ? *rhyme == Rhyme::kClosed : *rhyme == Rhyme::kOpen) return std::nullopt;

  const VietLetter& first = letters[parts.nucleus_begin];
  if (onset == "k" || onset == "gh" || onset == "ngh") {
    if (!IsFrontVowel(first)) return std::nullopt;
  } else if (onset == "c" || onset == "ng") {
    if (IsFrontVowel(first)) return std::nullopt;
  } else if (onset == "g") {
    if (IsFrontVowel(first) && vowels != "i") return std::nullopt;  // gì, gìn
  }

  if (coda == "ch" || coda == "nh") {
    if (vowels != "a" && vowels != "ê" && vowels != "i" && vowels != "y" && vowels != "oa" &&
        vowels != "uê" && vowels != "uy") {
      return std::nullopt;
    }
  } else if (coda == "c" || coda == "ng") {
    if (vowels == "i" || vowels == "y" || vowels == "ê" || vowels == "uy" || vowels == "uê") {
      return std::nullopt;
    }
  }
  if (coda == "c" || coda == "ch" || coda == "p" || coda == "t") {
    if (parts.tone != Tone::kAcute && parts.tone != Tone::kDot) return std::nullopt;
  }
  return parts;
}

bool IsVietnameseSyllable(std::u32string_view word) { return ParseSyllable(word).has_value(); }

bool IsVietnameseSyllable(std::string_view utf8_word) {
  if (utf8_word.size() > 4 * kMaxLetters) return false;
  return IsVietnameseSyllable(ToU32(utf8_word));
}

size_t CanonicalToneLetter(std::u32string_view word, const SyllableParts& parts,
                           ToneStyle style) {
  const size_t b = parts.nucleus_begin;
  const size_t count = parts.nucleus_end - b;
  std::array<VietLetter, kMaxLetters> v;
  for (size_t k = 0; k < count; ++k) v[k] = *AnalyzeVietLetter(word[b + k]);
  if (count == 1) return b;
  for (size_t k = 0; k < count; ++k) {
    if (v[k].shape == Shape::kCircumflex) return b + k;
  }
  if (count >= 2 && v[0].base == 'u' && v[0].shape == Shape::kHorn && v[1].base == 'o' &&
      v[1].shape == Shape::kHorn) {
    return b + 1;  // ươ, ươi, ươu: on ơ
  }
  for (size_t k = 0; k < count; ++k) {
    if (v[k].shape == Shape::kBreve || v[k].shape == Shape::kHorn) return b + k;
  }
  if (count == 3) return b + 1;
  const bool open = parts.nucleus_end == word.size();
  const bool style_pair = (v[0].base == 'o' && (v[1].base == 'a' || v[1].base == 'e')) ||
                          (v[0].base == 'u' && v[1].base == 'y');
  if (style_pair && open) return style == ToneStyle::kNew ? b + 1 : b;
  return open ? b : b + 1;
}

bool PlaceTone(std::u32string& word, ToneStyle style) {
  auto parts = ParseSyllable(word);
  if (!parts || parts->tone_letter < 0) return false;
  const size_t target = CanonicalToneLetter(word, *parts, style);
  const auto from = static_cast<size_t>(parts->tone_letter);
  if (target == from) return false;
  VietLetter a = *AnalyzeVietLetter(word[from]);
  VietLetter b = *AnalyzeVietLetter(word[target]);
  b.tone = a.tone;
  a.tone = Tone::kNone;
  word[from] = ComposeVietLetter(a);
  word[target] = ComposeVietLetter(b);
  return true;
}

std::string ApplyToneStyle(std::string_view utf8, ToneStyle style) {
  std::string out;
  out.reserve(utf8.size());
  std::u32string word;
  auto flush = [&] {
    if (word.size() >= 2) PlaceTone(word, style);
    for (char32_t c : word) AppendUtf8(out, c);
    word.clear();
  };
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = NextCodePoint(utf8, i);
    if (AnalyzeVietLetter(c) || u_isalpha(static_cast<UChar32>(c))) {
      word.push_back(c);
    } else {
      flush();
      AppendUtf8(out, c);
    }
  }
  flush();
  return out;
}

}  // namespace tonghop::text
