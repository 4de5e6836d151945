#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

#include "text/letters.h"
#include "text/normalize.h"
#include "text/syllable.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

constexpr char32_t kTableEnd = 0x2500;  // Latin, Greek, Cyrillic, punctuation

// Per code point below kTableEnd: its case fold, and its case fold with all
// diacritics stripped. Built once with ICU, then pure lookups.
struct FoldTables {
  std::array<char32_t, kTableEnd> folded;
  std::array<char32_t, kTableEnd> stripped;  // 0 = drop (a nonspacing mark)
};

char32_t StripOne(char32_t c, const icu::Normalizer2* nfd) {
  switch (c) {
    // clang-format off
    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0: case 0x0189: case 0x0256:
      // clang-format on
      return 'd';
    case 0x00D8:
    case 0x00F8:
      return 'o';
    case 0x0141:
    case 0x0142:
      return 'l';
    default:
      break;
  }
  if (u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) return 0;
  icu::UnicodeString d;
  if (nfd != nullptr && nfd->getDecomposition(static_cast<UChar32>(c), d) && d.length() > 0) {
    UChar32 base = d.char32At(0);
    bool rest_are_marks = true;
    for (int32_t k = U16_LENGTH(base); k < d.length();) {
      UChar32 m = d.char32At(k);
      if (u_charType(m) != U_NON_SPACING_MARK) rest_are_marks = false;
      k += U16_LENGTH(m);
    }
    if (rest_are_marks) c = static_cast<char32_t>(base);
  }
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

const FoldTables& Tables() {
  static const std::unique_ptr<FoldTables> tables = [] {
    auto t = std::make_unique<FoldTables>();
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
    if (U_FAILURE(ec)) nfd = nullptr;
    for (char32_t c = 0; c < kTableEnd; ++c) {
      t->folded[c] =
          static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
      t->stripped[c] = StripOne(c, nfd);
    }
    t->folded[0x00D0] = t->folded[0x00F0] = t->folded[0x0189] = 0x0111;  // ð Ð Ɖ → đ
    return t;
  }();
  return *tables;
}

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return IsFixedSpace(c) || u_isUWhiteSpace(static_cast<UChar32>(c));
}

// Punctuation unified by the key; 0 when c is not one of them.
char32_t UnifiedPunctuation(char32_t c) {
  switch (c) {
    // clang-format off
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      // clang-format on
      return '-';
    // clang-format off
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      // clang-format on
      return '"';
    // clang-format off
    case '`': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039:
    case 0x203A: case 0xFF07:
      // clang-format on
      return '\'';
    default:
      return 0;
  }
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return AnalyzeVietLetter(c).has_value() || u_isalpha(static_cast<UChar32>(c));
}

class Folder {
 public:
  Folder(FoldOptions options, std::string& out, std::vector<uint32_t>* offsets)
      : options_(options), tables_(Tables()), out_(out), offsets_(offsets) {}

  void Run(std::string_view in) {
    size_t i = 0;
    while (i < in.size()) {
      const auto at = static_cast<uint32_t>(i);
      const unsigned char byte = static_cast<unsigned char>(in[i]);
      char32_t c = byte;
      if (byte < 0x80) {
        ++i;
        // ASCII is neither invisible nor in need of NFC work; only a mark
        // after it (a byte of 0xC2 or more first) takes the slow path.
        if (i == in.size() || static_cast<unsigned char>(in[i]) < 0xC2) {
          TakeAscii(c, at);
          continue;
        }
      } else {
        c = NextCodePoint(in, i);
        // Invisible characters are dropped from the key anyway; dropping them
        // here lets a mark typed after a soft hyphen still join its letter.
        if (IsRemovedInvisible(c)) continue;
      }
      SkipInvisibles(in, i);
      if (!NextIsMark(in, i) && !NeedsNfcWork(c)) {
        Take(c, at);
        continue;
      }
      // A starter and its combining marks: composed from the tables when they
      // are Vietnamese, else by ICU for this one short segment.
      std::u32string segment(1, c);
      while (NextIsMark(in, i)) {
        segment.push_back(NextCodePoint(in, i));
        SkipInvisibles(in, i);
      }
      for (char32_t composed : Compose(segment)) Take(composed, at);
    }
    FlushWord();
    if (offsets_ != nullptr) offsets_->push_back(static_cast<uint32_t>(in.size()));
  }

 private:
  struct Letter {
    char32_t c;
    uint32_t at;
  };

  // True when the code point at in[i] is a combining mark (ccc ≠ 0). Cheap
  // for text without marks: every mark is at U+0300 or above (lead byte
  // 0xCC), and precomposed Vietnamese letters are excluded without ICU.
  static bool NextIsMark(std::string_view in, size_t i) {
    if (i >= in.size() || static_cast<unsigned char>(in[i]) < 0xCC) return false;
    char32_t m = NextCodePoint(in, i);
    if (m < 0x300 || (m >= 0x1EA0 && m <= 0x1EF9)) return false;
    return u_getCombiningClass(static_cast<UChar32>(m)) != 0;
  }

  static void SkipInvisibles(std::string_view in, size_t& i) {
    while (i < in.size() && static_cast<unsigned char>(in[i]) >= 0xC2) {
      size_t next = i;
      if (!IsRemovedInvisible(NextCodePoint(in, next))) return;
      i = next;
    }
  }

  static std::u32string Compose(const std::u32string& segment) {
    if (auto letter = AnalyzeVietLetter(segment[0]); letter && !letter->stroke) {
      bool ok = true;
      for (size_t k = 1; k < segment.size() && ok; ++k) {
        if (auto tone = ToneOfMark(segment[k])) {
          ok = letter->tone == Tone::kNone;
          letter->tone = *tone;
        } else if (auto shape = ShapeOfMark(segment[k])) {
          ok = letter->shape == Shape::kNone;
          letter->shape = *shape;
        } else {
          ok = false;
        }
      }
      if (ok) {
        if (char32_t c = ComposeVietLetter(*letter); c != 0) return std::u32string(1, c);
      }
    }
    // NFD, shapes before tones (NFC alone leaves é+U+0302), then NFC.
    UErrorCode ec = U_ZERO_ERROR;
    icu::UnicodeString s;
    for (char32_t c : segment) s.append(static_cast<UChar32>(c));
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
    if (U_FAILURE(ec)) return segment;
    icu::UnicodeString d = nfd->normalize(s, ec);
    std::u32string cps;
    for (int32_t k = 0; k < d.length();) {
      UChar32 c = d.char32At(k);
      cps.push_back(static_cast<char32_t>(c));
      k += U16_LENGTH(c);
    }
    if (!cps.empty()) {
      std::stable_partition(cps.begin() + 1, cps.end(),
                            [](char32_t m) { return ShapeOfMark(m).has_value(); });
    }
    icu::UnicodeString reordered;
    for (char32_t c : cps) reordered.append(static_cast<UChar32>(c));
    icu::UnicodeString composed = nfc->normalize(reordered, ec);
    if (U_FAILURE(ec)) return segment;
    std::u32string out;
    for (int32_t k = 0; k < composed.length();) {
      UChar32 c = composed.char32At(k);
      out.push_back(static_cast<char32_t>(c));
      k += U16_LENGTH(c);
    }
    return out;
  }

  void TakeAscii(char32_t c, uint32_t at) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      const char32_t lower = c | 0x20;
      PushLetter(lower, at);
      if (lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' ||
          lower == 'y') {
        ++vowels_;
      }
      return;
    }
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
      FlushWord();
      pending_space_ = true;
      return;
    }
    if (c == '`') c = '\'';
    Emit(c, at);
  }

  void Take(char32_t c, uint32_t at) {
    if (c < 0x80) {
      TakeAscii(c, at);
      return;
    }
    // Vietnamese letters first: the most frequent characters past ASCII, and
    // none of them is invisible, a space or punctuation.
    if (auto letter = AnalyzeVietLetter(c)) {
      TakeVietLetter(*letter, at);
      return;
    }
    if (IsRemovedInvisible(c)) return;
    if (IsSpace(c)) {
      FlushWord();
      pending_space_ = true;
      return;
    }
    if (char32_t p = UnifiedPunctuation(c)) {
      Emit(p, at);
      return;
    }
    if (c == 0x2026) {  // …
      for (int k = 0; k < 3; ++k) Emit('.', at);
      return;
    }
    TakeOther(c, at);
  }

  void TakeVietLetter(VietLetter letter, uint32_t at) {
    if (options_.no_marks) {
      PushLetter(static_cast<char32_t>(letter.base), at);  // đ → d
      return;
    }
    letter.upper = false;
    PushLetter(ComposeVietLetter(letter), at);
    // A tone on â ê ô ă is always in place, and on ơ ư too except in
    // ươ (lựơng): only the other words need the syllable parser.
    if (letter.tone != Tone::kNone &&
        (letter.shape == Shape::kNone || (letter.shape == Shape::kHorn && letter.base == 'u'))) {
      needs_placement_ = true;
    }
    if (!letter.stroke) ++vowels_;
  }

  // Letters and symbols of other scripts: case folded (and stripped of marks
  // with no_marks) from the tables, ICU past them.
  void TakeOther(char32_t c, uint32_t at) {
    char32_t mapped = c;
    if (c < kTableEnd) {
      mapped = options_.no_marks ? tables_.stripped[c] : tables_.folded[c];
      if (mapped == 0) return;  // a lone nonspacing mark, stripped
    } else {
      if (options_.no_marks && u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) return;
      mapped = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    }
    if (IsLetter(mapped)) {
      PushLetter(mapped, at);
    } else {
      Emit(mapped, at);
    }
  }

  void Emit(char32_t c, uint32_t at) {
    FlushWord();
    Put(c, at);
  }

  void Put(char32_t c, uint32_t at) {
    if (pending_space_) {
      pending_space_ = false;
      if (!out_.empty()) {
        out_.push_back(' ');
        if (offsets_ != nullptr) offsets_->push_back(at);
      }
    }
    if (c < 0x80) {
      out_.push_back(static_cast<char>(c));
      if (offsets_ != nullptr) offsets_->push_back(at);
      return;
    }
    const size_t before = out_.size();
    AppendUtf8(out_, c);
    if (offsets_ != nullptr) {
      for (size_t k = before; k < out_.size(); ++k) offsets_->push_back(at);
    }
  }

  void FlushWord() {
    if (word_size_ == 0) return;
    // Placement can only differ with two vowels or more (qu/gi count).
    if (needs_placement_ && vowels_ >= 2) {
      scratch_.clear();
      for (size_t k = 0; k < word_size_; ++k) scratch_.push_back(word_[k].c);
      if (PlaceTone(scratch_, ToneStyle::kNew)) {
        for (size_t k = 0; k < scratch_.size(); ++k) word_[k].c = scratch_[k];
      }
    }
    const size_t size = word_size_;
    word_size_ = 0;  // Put() must not flush again
    for (size_t k = 0; k < size; ++k) Put(word_[k].c, word_[k].at);
    needs_placement_ = false;
    vowels_ = 0;
  }

  FoldOptions options_;
  const FoldTables& tables_;
  std::string& out_;
  std::vector<uint32_t>* offsets_;
  // A word longer than kWordMax letters is no syllable: it is written out in
  // pieces without tone placement.
  static constexpr size_t kWordMax = 32;
  void PushLetter(char32_t c, uint32_t at) {
    if (word_size_ == kWordMax) FlushWord();
    word_[word_size_++] = {c, at};
  }
  std::array<Letter, kWordMax> word_;
  size_t word_size_ = 0;
  std::u32string scratch_;
  bool needs_placement_ = false;
  int vowels_ = 0;
  bool pending_space_ = false;
};

}  // namespace

std::string FoldKey(std::string_view utf8, FoldOptions options) {
  std::string key;
  key.reserve(utf8.size());
  Folder(options, key, nullptr).Run(utf8);
  return key;
}

FoldedText FoldKeyWithOffsets(std::string_view utf8, FoldOptions options) {
  FoldedText result;
  result.key.reserve(utf8.size());
  result.offsets.reserve(utf8.size() + 1);
  Folder(options, result.key, &result.offsets).Run(utf8);
  return result;
}

bool IsWordCharacter(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  return AnalyzeVietLetter(c).has_value() || u_isalnum(static_cast<UChar32>(c));
}

namespace {

// The needle found at haystack[pos] does not end inside a word.
bool EndsClean(std::string_view haystack, std::string_view needle, size_t pos) {
  const size_t end = pos + needle.size();
  if (end >= haystack.size()) return true;
  size_t k = end;
  size_t last = needle.size();
  return !(IsWordCharacter(NextCodePoint(haystack, k)) &&
           IsWordCharacter(PrevCodePoint(needle, last)));
}

}  // namespace

size_t FoldedFind(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.empty()) return std::string_view::npos;
  for (size_t pos = haystack.find(needle, from); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts_clean = true;
    if (pos > 0) {
      size_t k = pos;
      size_t first = 0;
      starts_clean = !(IsWordCharacter(PrevCodePoint(haystack, k)) &&
                       IsWordCharacter(NextCodePoint(needle, first)));
    }
    if (starts_clean && EndsClean(haystack, needle, pos)) return pos;
  }
  return std::string_view::npos;
}

bool FoldedStartsWith(std::string_view key, std::string_view prefix_key) {
  if (prefix_key.empty() || key.substr(0, prefix_key.size()) != prefix_key) return false;
  return EndsClean(key, prefix_key, 0);
}

std::string FoldKeyPrefix(std::string_view utf8, size_t max_bytes, FoldOptions options) {
  if (utf8.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;
    utf8 = utf8.substr(0, cut);
  }
  return FoldKey(utf8, options);
}

}  // namespace tonghop::text
