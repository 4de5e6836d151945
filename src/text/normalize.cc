#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/letters.h"
#include "text/syllable.h"
#include "text/utf8.h"

namespace tonghop::text {

bool IsRemovedInvisible(char32_t c) {
  switch (c) {
    // clang-format off
    case 0x00AD:                            // soft hyphen
    case 0x034F:                            // combining grapheme joiner
    case 0x200B: case 0x200C: case 0x200D:  // zero width space / non-joiner / joiner
    case 0x200E: case 0x200F:               // LRM, RLM
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064:  // word joiner, invisible ops
    case 0xFEFF:                            // BOM / zero width no-break space
      // clang-format on
      return true;
    default:
      return false;
  }
}

bool IsEthLike(char32_t c) { return c == 0x00D0 || c == 0x00F0 || c == 0x0189; }

bool NeedsNfcWork(char32_t c) {
  if (c < 0x300) return false;  // verified: every code point below U+0300 is NFC_QC=Yes, ccc 0
  if (c >= 0x1EA0 && c <= 0x1EF9) return false;
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
         u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

namespace {

bool IsShapeMark(char16_t c) { return c == 0x0302 || c == 0x0306 || c == 0x031B; }

// NFC alone leaves "e U+0301 U+0302" as "é U+0302": both marks have ccc 230
// and are never reordered. Moving the shape marks ahead of the tone marks
// within each combining sequence of the NFD lets NFC compose ế.
void PutShapesBeforeTones(icu::UnicodeString& nfd) {
  const int32_t n = nfd.length();
  char16_t* buf = nfd.getBuffer(n);
  if (buf == nullptr) return;
  for (int32_t i = 0; i < n;) {
    if (u_getCombiningClass(buf[i]) == 0) {
      ++i;
      continue;
    }
    int32_t j = i;
    while (j < n && u_getCombiningClass(buf[j]) != 0) ++j;
    std::stable_partition(buf + i, buf + j, IsShapeMark);
    i = j;
  }
  nfd.releaseBuffer(n);
}

void ComposeNfc(std::string& utf8) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
  if (U_FAILURE(ec)) return;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  int32_t span = nfc->spanQuickCheckYes(u, ec);
  if (U_FAILURE(ec) || span == u.length()) return;
  icu::UnicodeString tail = nfd->normalize(u.tempSubString(span), ec);
  if (U_FAILURE(ec)) return;
  PutShapesBeforeTones(tail);
  icu::UnicodeString out(u, 0, span);
  nfc->normalizeSecondAndAppend(out, tail, ec);
  if (U_FAILURE(ec)) return;
  utf8.clear();
  out.toUTF8String(utf8);
}

bool IsWordChar(char32_t c) {
  return AnalyzeVietLetter(c).has_value() || IsEthLike(c) || u_isalpha(static_cast<UChar32>(c));
}

// Ð (U+00D0 ETH), ð and Ɖ look like Đ/đ and stand in for them in text that
// went through a wrong code page; Icelandic words keep theirs. Decided word by
// word: replaced only when the word then reads as a Vietnamese syllable.
void RepairEth(std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::u32string word;
  bool has_eth = false;
  auto flush = [&] {
    if (has_eth) {
      std::u32string candidate = word;
      for (char32_t& c : candidate) {
        if (c == 0x00D0 || c == 0x0189) c = 0x0110;
        if (c == 0x00F0) c = 0x0111;
      }
      if (IsVietnameseSyllable(std::u32string_view(candidate))) word = std::move(candidate);
    }
    for (char32_t c : word) AppendUtf8(out, c);
    word.clear();
    has_eth = false;
  };
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = NextCodePoint(utf8, i);
    if (IsWordChar(c)) {
      word.push_back(c);
      has_eth = has_eth || IsEthLike(c);
    } else {
      flush();
      AppendUtf8(out, c);
    }
  }
  flush();
  utf8 = std::move(out);
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  std::string out(utf8);
  NormalizeInPlace(out);
  return out;
}

void NormalizeInPlace(std::string& utf8) {
  // One scan decides what work is needed; most text needs none.
  bool clean = false, nfc = false, eth = false;
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t start = i;
    char32_t c = NextCodePoint(utf8, i);
    if (c == kReplacementChar && !(i - start == 3 && utf8.compare(start, 3, "\xEF\xBF\xBD") == 0)) {
      clean = true;  // ill-formed UTF-8
    } else if (IsRemovedInvisible(c) || IsFixedSpace(c)) {
      clean = true;
    } else if (IsEthLike(c)) {
      eth = true;
    } else if (NeedsNfcWork(c)) {
      nfc = true;
    }
  }
  if (clean) {
    std::string cleaned;
    cleaned.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
      char32_t c = NextCodePoint(utf8, i);
      if (IsRemovedInvisible(c)) continue;
      AppendUtf8(cleaned, IsFixedSpace(c) ? U' ' : c);
    }
    utf8 = std::move(cleaned);
  }
  if (nfc) ComposeNfc(utf8);
  if (eth) RepairEth(utf8);
}

}  // namespace tonghop::text
