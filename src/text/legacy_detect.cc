// DetectLegacyEncoding: the content heuristic for text without a legacy font.
#include <unicode/uchar.h>

#include <array>

#include "text/legacy.h"
#include "text/letters.h"
#include "text/syllable.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

// Frequent words that legacy encodings change (table F of the reference, plus
// a few words of every trade-union report). Lower case, NFC.
constexpr std::array<std::string_view, 32> kFingerprints = {
    "của",  "và",   "là",   "các",  "có",   "được", "người", "những", "không", "một", "với",
    "này",  "đã",   "đến",  "việt", "năm",  "thì",  "về",    "đồng",  "điều",  "báo", "cáo",
    "công", "đoàn", "động", "thực", "hiện", "tỉnh", "huyện", "ngày",  "tháng", "số"};

bool IsFingerprint(std::u32string_view lower_word) {
  std::string utf8 = ToUtf8(lower_word);
  for (std::string_view f : kFingerprints) {
    if (f == utf8) return true;
  }
  return false;
}

bool HasVowel(std::u32string_view word) {
  for (char32_t c : word) {
    auto l = AnalyzeVietLetter(c);
    if (l && !l->stroke) return true;
  }
  return false;
}

// Characters a legacy-encoded word is made of: ASCII letters and every
// Latin-1 character from U+00A1 (TCVN3 letters include ¸ µ · × « …).
bool IsLegacyWordChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xA1 && c <= 0xFF);
}

struct Score {
  int support = 0;       // not Vietnamese as written, a syllable once decoded
  int against = 0;       // changed by decoding into a non-syllable
  int fingerprints = 0;  // supporting words that are frequent words
  int vietnamese = 0;    // supporting words with a letter only Vietnamese has (ư ộ đ …)
  int words = 0;         // words with a vowel after decoding
  int valid_words = 0;   // ... that are syllables

  bool Accepted() const {
    if (words == 0) return false;
    const double share = static_cast<double>(valid_words) / words;
    if (support >= 2 && support >= 3 * against && share >= 0.6) return true;
    if (support == 0 || against > 0) return false;
    // One supporting word: a frequent word, or a word with a letter only
    // Vietnamese has in a line where every word is Vietnamese.
    return (fingerprints >= 1 && share >= 0.8) || (vietnamese >= 1 && share == 1.0);
  }
  int Strength() const { return support + fingerprints - against; }
};

void ScoreWord(std::string_view word, LegacyEncoding candidate, Score& score) {
  std::string decoded_utf8 = DecodeLegacy(word, candidate);
  std::u32string decoded = ToU32(decoded_utf8);
  if (!HasVowel(decoded)) return;  // abbreviations such as LĐLĐ say nothing
  const bool decoded_valid = IsVietnameseSyllable(std::u32string_view(decoded));
  const bool changed = decoded_utf8 != word;
  if (changed) {
    bool any_letter = false;
    for (size_t i = 0; i < word.size();) {
      if (u_isalpha(static_cast<UChar32>(NextCodePoint(word, i)))) any_letter = true;
    }
    // A lone symbol ("×" in "5 × 3") turning into a lone vowel proves nothing.
    if (!any_letter && decoded.size() == 1) return;
  }
  ++score.words;
  if (decoded_valid) ++score.valid_words;
  if (!changed) return;
  if (!decoded_valid) {
    ++score.against;
    return;
  }
  if (IsVietnameseSyllable(word)) return;  // valid either way (Giá → Giỏ): no evidence
  ++score.support;
  for (char32_t c : decoded) {
    if (IsVietnameseOnlyLetter(c)) {
      ++score.vietnamese;
      break;
    }
  }
  std::u32string lower = decoded;
  for (char32_t& c : lower) c = ToLowerLetter(c);
  if (IsFingerprint(lower)) ++score.fingerprints;
}

LegacyEncoding DetectViqr(std::string_view utf8) {
  // Cheap gate: VIQR shows shape marks right after vowels.
  int shape_marks = 0;
  for (size_t i = 1; i < utf8.size(); ++i) {
    char m = utf8[i], v = static_cast<char>(utf8[i - 1] | 0x20);
    if ((m == '^' && (v == 'a' || v == 'e' || v == 'o')) || (m == '(' && v == 'a') ||
        (m == '+' && (v == 'o' || v == 'u'))) {
      ++shape_marks;
    }
  }
  if (shape_marks < 4) return LegacyEncoding::kNone;
  int words = 0, changed_valid = 0, changed_invalid = 0, strong = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    while (i < utf8.size() && utf8[i] == ' ') ++i;
    size_t end = i;
    while (end < utf8.size() && utf8[end] != ' ') ++end;
    std::string_view token = utf8.substr(i, end - i);
    i = end;
    if (token.empty()) continue;
    std::string decoded = DecodeLegacy(token, LegacyEncoding::kViqr);
    // Trailing punctuation is not part of the syllable.
    std::u32string word;
    for (char32_t c : ToU32(decoded)) {
      if (AnalyzeVietLetter(c) || (c < 0x80 && u_isalpha(static_cast<UChar32>(c))))
        word.push_back(c);
    }
    if (word.empty()) continue;
    ++words;
    if (decoded == token) continue;
    if (IsVietnameseSyllable(std::u32string_view(word))) {
      ++changed_valid;
      for (char32_t c : word) {
        auto l = AnalyzeVietLetter(c);
        if (l && (l->stroke || l->shape != Shape::kNone)) {
          ++strong;
          break;
        }
      }
    } else {
      ++changed_invalid;
    }
  }
  if (strong >= 4 && changed_valid * 2 >= words && changed_invalid * 10 <= changed_valid) {
    return LegacyEncoding::kViqr;
  }
  return LegacyEncoding::kNone;
}

}  // namespace

LegacyEncoding DetectLegacyEncoding(std::string_view utf8) {
  bool latin1 = false;
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t c = NextCodePoint(utf8, i);
    if (IsVietnameseOnlyLetter(c) || ToneOfMark(c) || ShapeOfMark(c)) return LegacyEncoding::kNone;
    if (c >= 0xA1 && c <= 0xFF) latin1 = true;
  }
  if (!latin1) return IsAscii(utf8) ? DetectViqr(utf8) : LegacyEncoding::kNone;

  Score tcvn3, vni;
  for (size_t i = 0; i < utf8.size();) {
    size_t start = i;
    size_t end = i;
    while (end < utf8.size()) {
      size_t next = end;
      if (!IsLegacyWordChar(NextCodePoint(utf8, next))) break;
      end = next;
    }
    if (end == start) {
      NextCodePoint(utf8, i);
      continue;
    }
    std::string_view word = utf8.substr(start, end - start);
    ScoreWord(word, LegacyEncoding::kTcvn3, tcvn3);
    ScoreWord(word, LegacyEncoding::kVni, vni);
    i = end;
  }
  const bool t = tcvn3.Accepted(), v = vni.Accepted();
  if (t && v) {
    if (tcvn3.Strength() >= 2 * vni.Strength()) return LegacyEncoding::kTcvn3;
    if (vni.Strength() >= 2 * tcvn3.Strength()) return LegacyEncoding::kVni;
    return LegacyEncoding::kNone;
  }
  if (t) return LegacyEncoding::kTcvn3;
  if (v) return LegacyEncoding::kVni;
  return LegacyEncoding::kNone;
}

}  // namespace tonghop::text
