#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace tonghop::text {
namespace {

// Characters removed outright: zero-width and format characters that carry
// nothing visible in a document.
bool IsRemoved(UChar32 c) {
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x200B: case 0x200C: case 0x200D:  // zero width space / non-joiner / joiner
    case 0x200E: case 0x200F:  // LRM, RLM
    case 0x2060:  // word joiner
    case 0xFEFF:  // BOM / zero width no-break space
    case 0x034F:  // combining grapheme joiner
      return true;
    default:
      return false;
  }
}

bool IsFixedSpace(UChar32 c) {
  return c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x2009 || c == 0x2002 ||
         c == 0x2003 || c == 0x2004 || c == 0x2005 || c == 0x2006 || c == 0x2008 ||
         c == 0x200A || c == 0x3000;
}

bool NeedsWork(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  std::string out(utf8);
  NormalizeInPlace(out);
  return out;
}

void NormalizeInPlace(std::string& utf8) {
  if (!NeedsWork(utf8)) return;  // pure ASCII: nothing to do
  // 1. Map spaces, drop invisible characters, repair invalid UTF-8.
  std::string cleaned;
  cleaned.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (IsRemoved(c)) continue;
    if (IsFixedSpace(c)) c = ' ';
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
    cleaned.append(buf, static_cast<size_t>(n));
  }
  // 2. NFC, with the quick-check fast path.
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) {
    utf8 = std::move(cleaned);
    return;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(cleaned);
  int32_t span = nfc->spanQuickCheckYes(u, ec);
  if (U_SUCCESS(ec) && span < u.length()) {
    icu::UnicodeString out(u, 0, span);
    nfc->normalizeSecondAndAppend(out, u.tempSubString(span), ec);
    if (U_SUCCESS(ec)) {
      utf8.clear();
      out.toUTF8String(utf8);
      return;
    }
  }
  utf8 = std::move(cleaned);
}

}  // namespace tonghop::text
