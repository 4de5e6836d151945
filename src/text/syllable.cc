#include "text/syllable.h"

#include <unicode/uchar.h>

#include <array>

#include "text/utf8.h"

namespace tonghop::text {
namespace {

constexpr size_t kMaxLetters = 8;  // "nghiêng" has 7

enum class Rhyme : uint8_t { kOpen, kClosed, kBoth };

// Vowels as small codes so that clusters, onsets and codas compare as
// integers (the fold key calls the parser for every toned word).
constexpr uint32_t VowelCode(char32_t v) {
  switch (v) {
    case U'a':
      return 1;
    case U'ă':
      return 2;
    case U'â':
      return 3;
    case U'e':
      return 4;
    case U'ê':
      return 5;
    case U'i':
      return 6;
    case U'o':
      return 7;
    case U'ô':
      return 8;
    case U'ơ':
      return 9;
    case U'u':
      return 10;
    case U'ư':
      return 11;
    case U'y':
      return 12;
    default:
      return 15;
  }
}

constexpr uint32_t VowelCode(char base, Shape shape) {
  switch (base) {
    case 'a':
      return shape == Shape::kBreve ? 2 : shape == Shape::kCircumflex ? 3 : 1;
    case 'e':
      return shape == Shape::kCircumflex ? 5 : 4;
    case 'i':
      return 6;
    case 'o':
      return shape == Shape::kCircumflex ? 8 : shape == Shape::kHorn ? 9 : 7;
    case 'u':
      return shape == Shape::kHorn ? 11 : 10;
    case 'y':
      return 12;
    default:
      return 15;
  }
}

constexpr uint32_t Vowels(std::u32string_view v) {
  uint32_t key = 0;
  for (char32_t c : v) key = key << 4 | VowelCode(c);
  return key;
}

// Consonant clusters as up to four ASCII bytes ('D' stands for đ).
constexpr uint32_t Consonants(std::string_view c) {
  uint32_t key = 0;
  for (char ch : c) key = key << 8 | static_cast<unsigned char>(ch);
  return key;
}

struct Cluster {
  std::u32string_view vowels;  // untoned, lower case
  Rhyme rhyme;
};

constexpr Cluster kClusters[] = {
    {U"a", Rhyme::kBoth},    {U"e", Rhyme::kBoth},     {U"ê", Rhyme::kBoth},
    {U"i", Rhyme::kBoth},    {U"o", Rhyme::kBoth},     {U"ô", Rhyme::kBoth},
    {U"ơ", Rhyme::kBoth},    {U"u", Rhyme::kBoth},     {U"ư", Rhyme::kBoth},
    {U"y", Rhyme::kBoth},    {U"oa", Rhyme::kBoth},    {U"oe", Rhyme::kBoth},
    {U"uê", Rhyme::kBoth},   {U"uy", Rhyme::kBoth},    {U"ă", Rhyme::kClosed},
    {U"â", Rhyme::kClosed},  {U"iê", Rhyme::kClosed},  {U"yê", Rhyme::kClosed},
    {U"uô", Rhyme::kClosed}, {U"ươ", Rhyme::kClosed},  {U"oă", Rhyme::kClosed},
    {U"uâ", Rhyme::kClosed}, {U"uyê", Rhyme::kClosed}, {U"oo", Rhyme::kClosed},
    {U"ai", Rhyme::kOpen},   {U"ao", Rhyme::kOpen},    {U"au", Rhyme::kOpen},
    {U"ay", Rhyme::kOpen},   {U"âu", Rhyme::kOpen},    {U"ây", Rhyme::kOpen},
    {U"eo", Rhyme::kOpen},   {U"êu", Rhyme::kOpen},    {U"ia", Rhyme::kOpen},
    {U"iu", Rhyme::kOpen},   {U"oi", Rhyme::kOpen},    {U"ôi", Rhyme::kOpen},
    {U"ơi", Rhyme::kOpen},   {U"ua", Rhyme::kOpen},    {U"ui", Rhyme::kOpen},
    {U"ưa", Rhyme::kOpen},   {U"ưi", Rhyme::kOpen},    {U"ưu", Rhyme::kOpen},
    {U"uơ", Rhyme::kOpen},   {U"iêu", Rhyme::kOpen},   {U"yêu", Rhyme::kOpen},
    {U"oai", Rhyme::kOpen},  {U"oay", Rhyme::kOpen},   {U"oeo", Rhyme::kOpen},
    {U"uôi", Rhyme::kOpen},  {U"ươi", Rhyme::kOpen},   {U"ươu", Rhyme::kOpen},
    {U"uây", Rhyme::kOpen},  {U"uya", Rhyme::kOpen},   {U"uyu", Rhyme::kOpen},
};

constexpr std::string_view kOnsets[] = {"",   "b",  "c", "ch", "d",  "D",  "g",   "gh", "gi", "h",
                                        "k",  "kh", "l", "m",  "n",  "ng", "ngh", "nh", "p",  "ph",
                                        "qu", "r",  "s", "t",  "th", "tr", "v",   "x"};

constexpr std::string_view kCodas[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

template <typename T, size_t N, typename F>
constexpr auto MapArray(const T (&in)[N], F f) {
  std::array<decltype(f(in[0])), N> out{};
  for (size_t i = 0; i < N; ++i) out[i] = f(in[i]);
  return out;
}

constexpr auto kClusterKeys = MapArray(kClusters, [](const Cluster& c) {
  return std::pair{Vowels(c.vowels), c.rhyme};
});
constexpr auto kOnsetKeys = MapArray(kOnsets, [](std::string_view o) { return Consonants(o); });
constexpr auto kCodaKeys = MapArray(kCodas, [](std::string_view c) { return Consonants(c); });

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
    // clang-format off
    case 'b': case 'c': case 'd': case 'g': case 'h': case 'k': case 'l': case 'm':
    // clang-format on
    case 'n':
    case 'p':
    case 'q':
    case 'r':
    case 's':
    case 't':
    case 'v':
    case 'x': {
      VietLetter l;
      l.base = static_cast<char>(lower);
      l.upper = lower != c;
      return l;
    }
    default:
      return std::nullopt;
  }
}

template <size_t N>
bool Contains(const std::array<uint32_t, N>& keys, uint32_t key) {
  for (uint32_t k : keys) {
    if (k == key) return true;
  }
  return false;
}

std::optional<Rhyme> RhymeOf(uint32_t vowels) {
  for (const auto& [key, rhyme] : kClusterKeys) {
    if (key == vowels) return rhyme;
  }
  return std::nullopt;
}

uint32_t AppendConsonant(uint32_t key, const VietLetter& l) {
  return key << 8 | static_cast<unsigned char>(l.stroke ? 'D' : l.base);
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
  uint32_t onset = 0;
  while (i < n && !IsVowel(letters[i])) {
    if (i == 3) return std::nullopt;
    onset = AppendConsonant(onset, letters[i++]);
  }
  if (i == n) return std::nullopt;  // no vowel
  if (onset == Consonants("q")) {
    if (letters[i].base != 'u' || letters[i].shape != Shape::kNone) return std::nullopt;
    onset = Consonants("qu");
    ++i;
    if (i == n || !IsVowel(letters[i])) return std::nullopt;
  } else if (onset == Consonants("g") && letters[i].base == 'i' &&
             letters[i].shape == Shape::kNone && i + 1 < n && IsVowel(letters[i + 1])) {
    onset = Consonants("gi");
    ++i;
  }
  if (!Contains(kOnsetKeys, onset)) return std::nullopt;

  // Vowel cluster and coda.
  parts.nucleus_begin = i;
  uint32_t vowels = 0;
  while (i < n && IsVowel(letters[i])) {
    if (i - parts.nucleus_begin == 3) return std::nullopt;
    vowels = vowels << 4 | VowelCode(letters[i].base, letters[i].shape);
    ++i;
  }
  parts.nucleus_end = i;
  uint32_t coda = 0;
  while (i < n && !IsVowel(letters[i])) {
    if (i - parts.nucleus_end == 2) return std::nullopt;
    coda = AppendConsonant(coda, letters[i++]);
  }
  if (i != n || !Contains(kCodaKeys, coda)) return std::nullopt;

  auto rhyme = RhymeOf(vowels);
  if (!rhyme) return std::nullopt;
  if (coda == 0 ? *rhyme == Rhyme::kClosed : *rhyme == Rhyme::kOpen) return std::nullopt;

  const VietLetter& first = letters[parts.nucleus_begin];
  if (onset == Consonants("k") || onset == Consonants("gh") || onset == Consonants("ngh")) {
    if (!IsFrontVowel(first)) return std::nullopt;
  } else if (onset == Consonants("c") || onset == Consonants("ng")) {
    if (IsFrontVowel(first)) return std::nullopt;
  } else if (onset == Consonants("g")) {
    if (IsFrontVowel(first) && vowels != Vowels(U"i")) return std::nullopt;  // gì, gìn
  }

  if (coda == Consonants("ch") || coda == Consonants("nh")) {
    if (vowels != Vowels(U"a") && vowels != Vowels(U"ê") && vowels != Vowels(U"i") &&
        vowels != Vowels(U"y") && vowels != Vowels(U"oa") && vowels != Vowels(U"uê") &&
        vowels != Vowels(U"uy")) {
      return std::nullopt;
    }
  } else if (coda == Consonants("c") || coda == Consonants("ng")) {
    if (vowels == Vowels(U"i") || vowels == Vowels(U"y") || vowels == Vowels(U"ê") ||
        vowels == Vowels(U"uy") || vowels == Vowels(U"uê")) {
      return std::nullopt;
    }
  }
  if (coda == Consonants("c") || coda == Consonants("ch") || coda == Consonants("p") ||
      coda == Consonants("t")) {
    if (parts.tone != Tone::kAcute && parts.tone != Tone::kDot) return std::nullopt;
  }
  return parts;
}

bool IsVietnameseSyllable(std::u32string_view word) { return ParseSyllable(word).has_value(); }

bool IsVietnameseSyllable(std::string_view utf8_word) {
  if (utf8_word.size() > 4 * kMaxLetters) return false;
  return IsVietnameseSyllable(ToU32(utf8_word));
}

size_t CanonicalToneLetter(std::u32string_view word, const SyllableParts& parts, ToneStyle style) {
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
