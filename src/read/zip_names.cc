// ZIP entry names → UTF-8 (DecodeEntryName in zip.h).
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <memory>

#include "read/zip.h"

namespace tonghop::read {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string ToNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(utf8);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Legacy code page → UTF-8 NFC through ICU. Unmappable bytes become U+FFFD.
std::string FromCodePage(std::string_view bytes, const char* icu_name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(icu_name, &status));
  if (U_FAILURE(status)) return std::string(bytes);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return std::string(bytes);
  UErrorCode norm_status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(norm_status);
  if (U_SUCCESS(norm_status)) {
    icu::UnicodeString composed = nfc->normalize(text, norm_status);
    if (U_SUCCESS(norm_status)) text = composed;
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

// CP1258 byte classes. Vietnamese text in CP1258 uses the Latin-1 letters
// that Vietnamese shares, Ă Đ Ơ Ư (and lower case) in place of Ã Ð Õ Ý, and
// five combining tone marks in place of Ì Ò Þ ì ò; CP437 puts its accented
// letters at 0x80-0xA5 instead, so the two rarely agree.
bool IsCp1258VietnameseLetter(unsigned char b) {
  switch (b) {
    // clang-format off
    case 0xC0: case 0xC1: case 0xC2: case 0xC3: case 0xC8: case 0xC9: case 0xCA: case 0xCD:
    case 0xD0: case 0xD3: case 0xD4: case 0xD5: case 0xD9: case 0xDA: case 0xDD:
    case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE8: case 0xE9: case 0xEA: case 0xED:
    case 0xF0: case 0xF3: case 0xF4: case 0xF5: case 0xF9: case 0xFA: case 0xFD:
      // clang-format on
      return true;
    default:
      return false;
  }
}

bool IsCp1258ToneMark(unsigned char b) {
  return b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xF2 || b == 0xDE;
}

bool IsCp1258Vowel(unsigned char b) {
  switch (b) {
    // clang-format off
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
    case 0xC2: case 0xC3: case 0xCA: case 0xD4: case 0xD5: case 0xDD:  // Â Ă Ê Ô Ơ Ư
    case 0xE2: case 0xE3: case 0xEA: case 0xF4: case 0xF5: case 0xFD:  // â ă ê ô ơ ư
      // clang-format on
      return true;
    default:
      return false;
  }
}

bool LooksLikeCp1258Vietnamese(std::string_view raw) {
  int vietnamese = 0;
  int cp437_letters = 0;
  unsigned char prev = 0;
  for (unsigned char b : raw) {
    if (IsCp1258VietnameseLetter(b)) {
      ++vietnamese;
    } else if (IsCp1258ToneMark(b)) {
      if (IsCp1258Vowel(prev)) ++vietnamese;
    } else if (b >= 0x80 && b <= 0xA5) {
      ++cp437_letters;
    }
    prev = b;
  }
  return vietnamese > 0 && vietnamese >= cp437_letters;
}

// Info-ZIP Unicode Path extra field (0x7075): version 1, CRC-32 of the raw
// header name, then the UTF-8 name. Empty when absent, stale or invalid.
std::string_view UnicodePathExtra(std::string_view raw_name, std::string_view extra) {
  std::size_t pos = 0;
  while (pos + 4 <= extra.size()) {
    auto u16 = [&extra](std::size_t at) {
      return static_cast<std::uint16_t>(static_cast<unsigned char>(extra[at]) |
                                        (static_cast<unsigned char>(extra[at + 1]) << 8));
    };
    std::uint16_t id = u16(pos);
    std::uint16_t len = u16(pos + 2);
    if (pos + 4 + len > extra.size()) break;
    if (id == 0x7075 && len >= 5 && extra[pos + 4] == 1) {
      std::uint32_t stored = 0;
      for (int i = 3; i >= 0; --i) {
        stored = (stored << 8) | static_cast<unsigned char>(extra[pos + 5 + i]);
      }
      uLong actual = crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(raw_name.data()),
                             raw_name.size());
      std::string_view name = extra.substr(pos + 9, len - 5);
      if (stored == actual && IsValidUtf8(name)) return name;
    }
    pos += 4 + len;
  }
  return {};
}

}  // namespace

const char* NameEncodingName(NameEncoding encoding) {
  switch (encoding) {
    case NameEncoding::kAscii:
      return "ascii";
    case NameEncoding::kUtf8Flag:
      return "utf8-flag";
    case NameEncoding::kUnicodePathExtra:
      return "unicode-path-extra";
    case NameEncoding::kUtf8Unflagged:
      return "utf8";
    case NameEncoding::kCp1258:
      return "cp1258";
    case NameEncoding::kCp437:
      return "cp437";
  }
  return "ascii";
}

DecodedName DecodeEntryName(std::string_view raw_name, std::uint16_t flags,
                            std::string_view extra) {
  if ((flags & 0x0800) != 0 && IsValidUtf8(raw_name)) {
    return {ToNfc(raw_name), IsAscii(raw_name) ? NameEncoding::kAscii : NameEncoding::kUtf8Flag};
  }
  if (std::string_view unicode = UnicodePathExtra(raw_name, extra); !unicode.empty()) {
    return {ToNfc(unicode), NameEncoding::kUnicodePathExtra};
  }
  if (IsAscii(raw_name)) return {std::string(raw_name), NameEncoding::kAscii};
  if (IsValidUtf8(raw_name)) return {ToNfc(raw_name), NameEncoding::kUtf8Unflagged};
  if (LooksLikeCp1258Vietnamese(raw_name)) {
    return {FromCodePage(raw_name, "windows-1258"), NameEncoding::kCp1258};
  }
  return {FromCodePage(raw_name, "ibm-437"), NameEncoding::kCp437};
}

}  // namespace tonghop::read
