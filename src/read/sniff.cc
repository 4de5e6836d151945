#include "read/sniff.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace tonghop::read {
namespace {

SniffResult Refused(std::string vi, std::string en,
                    ErrorCode code = ErrorCode::kUnsupportedFormat) {
  return SniffResult{Sniffed::kUnsupported, Msg(std::move(vi), std::move(en)), code};
}

constexpr std::string_view kSendDocx = " — hãy gửi văn bản Word (.docx)";
constexpr std::string_view kSendDocxEn = " — please send a Word document (.docx)";

SniffResult Image(const std::string& name) {
  return Refused(
      "Ảnh " + name + ", không phải văn bản Word (ảnh chụp hay bản quét không đọc được chữ)" +
          std::string(kSendDocx),
      "A " + name + " image, not a Word document (text in photos and scans cannot be read)" +
          std::string(kSendDocxEn));
}

// Plain text: no NUL in the first 64 KiB, and valid UTF-8 or mostly printable
// bytes (legacy TCVN3/VNI text files are 8-bit).
bool LooksLikeText(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 64 * 1024);
  if (head.find('\0') != std::string_view::npos) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(head.data());
  int32_t length = static_cast<int32_t>(head.size());
  bool utf8 = true;
  std::size_t control = 0;
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) {
      if (length - start < 4 && i >= length) break;  // a character cut by the 64 KiB window
      utf8 = false;
      continue;
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 100 > head.size()) return false;
  if (utf8) return true;
  std::size_t high = 0;
  for (unsigned char b : head) high += b >= 0x80;
  return high * 100 <= head.size() * 40;
}

}  // namespace

bool HasZipSignature(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         bytes.starts_with(std::string_view("PK\x05\x06", 4)) ||
         bytes.starts_with(std::string_view("PK\x07\x08", 4));
}

std::optional<SniffResult> SniffRefusedByMagic(std::string_view bytes) {
  if (bytes.empty()) {
    return Refused("Tệp rỗng (0 byte) — có thể tệp chưa được lưu hoặc gửi lỗi",
                   "The file is empty (0 bytes) — it may not have been saved or sent properly");
  }
  if (HasZipSignature(bytes)) return std::nullopt;
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return DescribeCfb(bytes);
  // PDF may follow a few bytes of junk; readers accept it within 1 KiB.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return Refused("Tệp PDF, không phải văn bản Word" + std::string(kSendDocx),
                   "A PDF file, not a Word document" + std::string(kSendDocxEn));
  }
  if (bytes.starts_with("\x89PNG\r\n\x1A\n")) return Image("PNG");
  if (bytes.starts_with("\xFF\xD8\xFF")) return Image("JPEG");
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return Image("GIF");
  if (bytes.starts_with(std::string_view("II*\0", 4)) ||
      bytes.starts_with(std::string_view("MM\0*", 4))) {
    return Image("TIFF");
  }
  if (bytes.starts_with("BM") && bytes.size() >= 26 && bytes[14] != 0 && bytes[6] == 0 &&
      bytes[7] == 0 && bytes[8] == 0 && bytes[9] == 0) {
    return Image("BMP");
  }
  if (bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") return Image("WebP");
  if (bytes.starts_with("{\\rtf")) {
    return Refused("Văn bản RTF (.rtf) — hãy mở bằng Word và lưu lại thành .docx",
                   "An RTF document (.rtf) — open it in Word and save it as .docx");
  }
  if (bytes.starts_with("Rar!\x1A\x07")) {
    return Refused(
        "Tệp nén RAR — hãy giải nén, hoặc nén lại bằng ZIP rồi dùng lệnh `tonghop batch`",
        "A RAR archive — extract it, or compress it again as ZIP and use `tonghop batch`");
  }
  if (bytes.starts_with("7z\xBC\xAF\x27\x1C")) {
    return Refused(
        "Tệp nén 7z — hãy giải nén, hoặc nén lại bằng ZIP rồi dùng lệnh `tonghop batch`",
        "A 7z archive — extract it, or compress it again as ZIP and use `tonghop batch`");
  }
  if (bytes.starts_with("\x1F\x8B")) {
    return Refused("Tệp nén gzip (.gz) — hãy giải nén trước",
                   "A gzip archive (.gz) — extract it first");
  }
  std::string_view head = bytes.substr(0, 1024);
  if (head.starts_with("MIME-Version:") || head.find("\nMIME-Version:") != std::string_view::npos) {
    return Refused("Trang web lưu thành một tệp (.mht) — hãy mở bằng Word và lưu lại thành .docx",
                   "A single-file web page (.mht) — open it in Word and save it as .docx");
  }
  return std::nullopt;
}

SniffResult DescribeUnrecognised(std::string_view bytes) {
  if (LooksLikeText(bytes)) {
    return Refused("Văn bản thuần (.txt), không phải văn bản Word" + std::string(kSendDocx),
                   "A plain text file, not a Word document" + std::string(kSendDocxEn));
  }
  return Refused(
      "Không nhận ra loại tệp: không phải DOCX, Word XML hay XML báo cáo" + std::string(kSendDocx),
      "Unrecognised file type: not DOCX, Word XML or report XML" + std::string(kSendDocxEn));
}

// ---------------------------------------------------------------------------
// OLE compound files ([MS-CFB]).

std::optional<CfbDirectory> ReadCfbDirectory(std::string_view bytes) {
  if (bytes.size() < 512) return std::nullopt;
  auto u16 = [&bytes](std::uint64_t at) -> std::uint32_t {
    if (at + 2 > bytes.size()) return 0;
    return static_cast<unsigned char>(bytes[at]) | (static_cast<unsigned char>(bytes[at + 1]) << 8);
  };
  auto u32 = [&bytes](std::uint64_t at) -> std::uint32_t {
    if (at + 4 > bytes.size()) return 0xFFFFFFFFu;
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
  };
  std::uint32_t shift = u16(0x1E);
  if (shift != 9 && shift != 12) return std::nullopt;
  const std::uint64_t sector_size = 1ull << shift;
  const std::uint64_t per_fat = sector_size / 4;
  const std::uint64_t sector_count = bytes.size() / sector_size;  // upper bound, for loop guards
  auto sector_offset = [&](std::uint32_t sector) {
    return (static_cast<std::uint64_t>(sector) + 1) << shift;
  };
  constexpr std::uint32_t kMaxRegular = 0xFFFFFFFAu;

  // FAT sector number k: the first 109 are in the header, the rest in the
  // DIFAT chain (each DIFAT sector: per_fat - 1 entries, then the next link).
  auto fat_sector = [&](std::uint64_t k) -> std::uint32_t {
    if (k < 109) return u32(0x4C + 4 * k);
    k -= 109;
    std::uint32_t difat = u32(0x44);
    for (std::uint64_t steps = 0; steps <= sector_count; ++steps) {
      if (difat > kMaxRegular) return 0xFFFFFFFFu;
      if (k < per_fat - 1) return u32(sector_offset(difat) + 4 * k);
      k -= per_fat - 1;
      difat = u32(sector_offset(difat) + 4 * (per_fat - 1));
    }
    return 0xFFFFFFFFu;
  };
  auto next_sector = [&](std::uint32_t sector) -> std::uint32_t {
    std::uint32_t fat = fat_sector(sector / per_fat);
    if (fat > kMaxRegular) return 0xFFFFFFFEu;
    return u32(sector_offset(fat) + 4 * (sector % per_fat));
  };

  CfbDirectory dir;
  std::uint32_t word_start = 0xFFFFFFFFu;
  std::uint64_t word_size = 0;
  std::uint32_t sector = u32(0x30);
  for (std::uint64_t steps = 0; sector <= kMaxRegular && steps <= sector_count; ++steps) {
    std::uint64_t off = sector_offset(sector);
    if (off + sector_size > bytes.size()) break;
    for (std::uint64_t e = off; e < off + sector_size; e += 128) {
      std::uint32_t name_bytes = u16(e + 0x40);
      unsigned type = static_cast<unsigned char>(bytes[e + 0x42]);
      if (type != 1 && type != 2) continue;  // storages and streams; skip root and empty slots
      if (name_bytes < 2 || name_bytes > 64) continue;
      std::string name;
      for (std::uint32_t i = 0; i + 1 < name_bytes; i += 2) {
        std::uint32_t unit = u16(e + i);
        if (unit == 0) break;
        name += unit < 0x80 ? static_cast<char>(unit) : '?';
      }
      if (name == "WordDocument" && type == 2) {
        word_start = u32(e + 0x74);
        word_size = u32(e + 0x78);
      }
      dir.names.push_back(std::move(name));
      if (dir.names.size() > 100000) return dir;
    }
    sector = next_sector(sector);
  }
  // The FIB starts the WordDocument stream (always in the regular FAT: the
  // stream is far larger than the 4 KiB mini-stream cutoff). fEncrypted is
  // bit 8 of the flags word at offset 0x0A; wIdent 0xA5EC confirms it is a FIB.
  if (word_start <= kMaxRegular && word_size >= 4096) {
    std::uint64_t fib = sector_offset(word_start);
    if (fib + 0x0C <= bytes.size() && u16(fib) == 0xA5EC) {
      dir.word_fib_encrypted = (u16(fib + 0x0A) & 0x0100) != 0;
    }
  }
  return dir;
}

SniffResult DescribeCfb(std::string_view bytes) {
  std::optional<CfbDirectory> dir = ReadCfbDirectory(bytes);
  auto has = [&dir](std::string_view name) {
    return dir && std::find(dir->names.begin(), dir->names.end(), name) != dir->names.end();
  };
  if (has("EncryptedPackage") || has("EncryptionInfo")) {
    return Refused(
        "Văn bản Office có mật khẩu (đã mã hoá) — hãy mở bằng Word, bỏ mật khẩu rồi gửi lại",
        "A password-protected (encrypted) Office document — open it in Word, remove the "
        "password and send it again",
        ErrorCode::kEncrypted);
  }
  if (has("WordDocument")) {
    if (dir->word_fib_encrypted) {
      return Refused(
          "Văn bản Word 97-2003 (.doc) có mật khẩu (đã mã hoá) — hãy bỏ mật khẩu và lưu lại "
          "thành .docx",
          "A password-protected (encrypted) Word 97-2003 document (.doc) — remove the "
          "password and save it as .docx",
          ErrorCode::kEncrypted);
    }
    return Refused("Văn bản Word 97-2003 (.doc) — hãy mở bằng Word và lưu lại thành .docx",
                   "A Word 97-2003 document (.doc) — open it in Word and save it as .docx");
  }
  if (has("Workbook") || has("Book")) {
    return Refused(
        "Bảng tính Excel 97-2003 (.xls), không phải văn bản Word" + std::string(kSendDocx),
        "An Excel 97-2003 workbook (.xls), not a Word document" + std::string(kSendDocxEn));
  }
  if (has("PowerPoint Document")) {
    return Refused(
        "Bản trình chiếu PowerPoint 97-2003 (.ppt), không phải văn bản Word" +
            std::string(kSendDocx),
        "A PowerPoint 97-2003 presentation (.ppt), not a Word document" + std::string(kSendDocxEn));
  }
  if (has("VisioDocument")) {
    return Refused("Bản vẽ Visio (.vsd), không phải văn bản Word" + std::string(kSendDocx),
                   "A Visio drawing (.vsd), not a Word document" + std::string(kSendDocxEn));
  }
  if (dir && std::any_of(dir->names.begin(), dir->names.end(),
                         [](const std::string& n) { return n.starts_with("__substg1.0_"); })) {
    return Refused("Thư Outlook (.msg) — hãy lưu riêng tệp đính kèm rồi gửi",
                   "An Outlook message (.msg) — save its attachment and send that");
  }
  return Refused(
      "Tệp Office kiểu cũ (OLE) không phải văn bản Word" + std::string(kSendDocx),
      "An old-style Office (OLE) file that is not a Word document" + std::string(kSendDocxEn));
}

// ---------------------------------------------------------------------------
// XML root element.

std::string_view XmlRoot::Attribute(std::string_view name) const {
  for (const auto& [k, v] : attributes) {
    if (k == name) return v;
  }
  return {};
}

namespace {

// The first `limit` characters of the document as ASCII (other characters as
// '?'), whatever its encoding width: enough to read markup and namespace URIs.
std::string AsciiView(std::string_view bytes, std::size_t limit) {
  auto at = [&bytes](std::size_t i) -> unsigned {
    return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100u;
  };
  int width = 1;
  bool big = false;
  std::size_t skip = 0;
  if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
    skip = 3;
  } else if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
    width = 4, skip = 4;
  } else if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
    width = 4, big = true, skip = 4;
  } else if (at(0) == 0xFF && at(1) == 0xFE) {
    width = 2, skip = 2;
  } else if (at(0) == 0xFE && at(1) == 0xFF) {
    width = 2, big = true, skip = 2;
  } else if (at(0) == '<' && at(1) == 0 && at(2) == 0 && at(3) == 0) {
    width = 4;
  } else if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) == '<') {
    width = 4, big = true;
  } else if (at(0) != 0 && at(0) < 0x80 && at(1) == 0) {
    width = 2;
  } else if (at(0) == 0 && at(1) != 0 && at(1) < 0x80) {
    width = 2, big = true;
  }
  if (width == 1) return std::string(bytes.substr(skip, limit));
  std::string out;
  for (std::size_t i = skip; i + width <= bytes.size() && out.size() < limit; i += width) {
    unsigned v = 0;
    for (int k = 0; k < width; ++k) v = (v << 8) | at(big ? i + k : i + width - 1 - k);
    out += v < 0x80 ? static_cast<char>(v) : '?';
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsNameEnd(char c) { return IsSpace(c) || c == '>' || c == '/' || c == '='; }

}  // namespace

XmlRoot FindXmlRoot(std::string_view bytes) {
  XmlRoot root;
  const std::string text = AsciiView(bytes, 1 << 20);
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto skip_to = [&](std::string_view end) {
    std::size_t at = text.find(end, i);
    i = at == std::string::npos ? n : at + end.size();
  };
  while (i < n) {
    while (i < n && IsSpace(text[i])) ++i;
    if (i >= n || text[i] != '<') return root;  // text before the root: not XML
    if (text.compare(i, 2, "<?") == 0) {
      skip_to("?>");
    } else if (text.compare(i, 4, "<!--") == 0) {
      skip_to("-->");
    } else if (text.compare(i, 2, "<!") == 0) {
      // DOCTYPE (any case, for HTML): its name, then past an internal subset.
      std::size_t name_start = i + 2;
      while (name_start < n && !IsSpace(text[name_start]) && text[name_start] != '>') ++name_start;
      while (name_start < n && IsSpace(text[name_start])) ++name_start;
      std::size_t name_end = name_start;
      while (name_end < n && !IsNameEnd(text[name_end]) && text[name_end] != '[') ++name_end;
      root.doctype_name = text.substr(name_start, name_end - name_start);
      if (root.doctype_name.empty()) root.doctype_name = "?";
      std::size_t gt = text.find('>', i);
      std::size_t bracket = text.find('[', i);
      if (bracket != std::string::npos && (gt == std::string::npos || bracket < gt)) {
        i = bracket;
        skip_to("]");
      }
      skip_to(">");
    } else {
      break;
    }
  }
  if (i >= n) return root;
  // The root start tag.
  std::size_t j = i + 1;
  while (j < n && !IsNameEnd(text[j])) ++j;
  root.qname = text.substr(i + 1, j - i - 1);
  if (root.qname.empty()) return root;
  while (j < n && text[j] != '>' && !(text[j] == '/' && j + 1 < n && text[j + 1] == '>')) {
    if (IsSpace(text[j])) {
      ++j;
      continue;
    }
    std::size_t k = j;
    while (k < n && !IsNameEnd(text[k])) ++k;
    std::string name = text.substr(j, k - j);
    while (k < n && IsSpace(text[k])) ++k;
    if (name.empty() || k >= n || text[k] != '=') {
      j = k + 1;  // malformed; keep going to the '>'
      continue;
    }
    ++k;
    while (k < n && IsSpace(text[k])) ++k;
    if (k >= n || (text[k] != '"' && text[k] != '\'')) {
      j = k;
      continue;
    }
    char quote = text[k];
    std::size_t end = text.find(quote, k + 1);
    if (end == std::string::npos) break;
    root.attributes.emplace_back(std::move(name), text.substr(k + 1, end - k - 1));
    j = end + 1;
  }
  root.found = true;
  std::size_t colon = root.qname.find(':');
  std::string prefix = colon == std::string::npos ? "" : root.qname.substr(0, colon);
  root.local_name = colon == std::string::npos ? root.qname : root.qname.substr(colon + 1);
  root.namespace_uri = std::string(root.Attribute(prefix.empty() ? "xmlns" : "xmlns:" + prefix));
  return root;
}

}  // namespace tonghop::read
