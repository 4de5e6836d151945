#include "report/zip_writer.h"

#include <zlib.h>

#include <limits>

namespace tonghop::report {
namespace {

constexpr std::uint64_t kMax32 = std::numeric_limits<std::uint32_t>::max();
constexpr size_t kMaxEntries = 0xFFFF;
constexpr std::uint16_t kVersionNeeded = 20;  // 2.0: deflate
constexpr std::uint16_t kFlagUtf8 = 1u << 11;

void Put16(std::string& out, std::uint16_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
void Put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

Error BadName(std::string_view name, std::string_view why_vi, std::string_view why_en) {
  return MakeError(ErrorCode::kInternal,
                   Msg("Tên mục ZIP không hợp lệ (" + std::string(why_vi) + ")",
                       "Invalid ZIP entry name (" + std::string(why_en) + ")"),
                   std::string(name));
}

Status CheckName(std::string_view name) {
  if (name.empty()) return BadName(name, "rỗng", "empty");
  if (name.size() > 0xFFFF) return BadName(name, "quá dài", "too long");
  if (name.front() == '/') return BadName(name, "đường dẫn tuyệt đối", "absolute path");
  if (name.find('\\') != std::string_view::npos) return BadName(name, "dấu \\", "backslash");
  if (name.find('\0') != std::string_view::npos) return BadName(name, "ký tự NUL", "NUL byte");
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view part = name.substr(start, end - start);
    if (part == "..") return BadName(name, "chứa ..", "contains ..");
    start = end + 1;
  }
  return OkStatus();
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::uint16_t DosDateTime::DosDate() const {
  return static_cast<std::uint16_t>(((year - 1980) << 9) | (month << 5) | day);
}
std::uint16_t DosDateTime::DosTime() const {
  return static_cast<std::uint16_t>((hour << 11) | (minute << 5) | (second / 2));
}

Result<std::string> DeflateRaw(std::string_view data, int level) {
  z_stream zs{};
  if (deflateInit2(&zs, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return MakeError(ErrorCode::kInternal, Msg("Không khởi tạo được zlib", "Cannot start zlib"));
  }
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(data.size())));
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  size_t written = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) {
    return MakeError(ErrorCode::kInternal, Msg("Nén dữ liệu thất bại", "Deflate failed"));
  }
  out.resize(written);
  return out;
}

ZipWriter::ZipWriter(Sink& sink, ZipWriterOptions options) : sink_(sink), options_(options) {}

Status ZipWriter::Emit(std::string_view bytes) {
  offset_ += bytes.size();
  return sink_.Write(bytes);
}

Status ZipWriter::Add(std::string_view name, std::string_view data, ZipMethod method) {
  if (finished_) {
    return MakeError(ErrorCode::kInternal, Msg("Tệp ZIP đã đóng", "The ZIP archive is finished"));
  }
  if (Status st = CheckName(name); !st.ok()) return st;
  if (names_.count(name)) return BadName(name, "trùng tên", "duplicate");
  if (entries_.size() >= kMaxEntries || data.size() > kMax32 || offset_ > kMax32) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Tệp ZIP vượt giới hạn (không hỗ trợ ZIP64)",
                         "The ZIP archive exceeds the classic limits (no ZIP64)"),
                     std::string(name));
  }
  if (data.size() > std::numeric_limits<uInt>::max()) {
    return MakeError(ErrorCode::kLimitExceeded, Msg("Mục ZIP quá lớn", "ZIP entry too large"),
                     std::string(name));
  }

  Entry e;
  e.name = std::string(name);
  e.flags = IsAscii(name) ? 0 : kFlagUtf8;
  e.crc = static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0),
                                           reinterpret_cast<const Bytef*>(data.data()),
                                           static_cast<uInt>(data.size())));
  e.size = static_cast<std::uint32_t>(data.size());
  e.offset = static_cast<std::uint32_t>(offset_);
  std::string compressed;
  std::string_view payload = data;
  if (method == ZipMethod::kDeflated) {
    Result<std::string> deflated = DeflateRaw(data, options_.deflate_level);
    if (!deflated.ok()) return deflated.take_error();
    compressed = std::move(deflated).value();
    payload = compressed;
    e.method = 8;
  }
  e.compressed_size = static_cast<std::uint32_t>(payload.size());
  if (offset_ + 30 + name.size() + payload.size() > kMax32) {
    return MakeError(
        ErrorCode::kLimitExceeded,
        Msg("Tệp ZIP vượt 4 GiB (không hỗ trợ ZIP64)", "The ZIP archive exceeds 4 GiB (no ZIP64)"),
        std::string(name));
  }

  header_.clear();
  Put32(header_, 0x04034b50);
  Put16(header_, kVersionNeeded);
  Put16(header_, e.flags);
  Put16(header_, e.method);
  Put16(header_, options_.time.DosTime());
  Put16(header_, options_.time.DosDate());
  Put32(header_, e.crc);
  Put32(header_, e.compressed_size);
  Put32(header_, e.size);
  Put16(header_, static_cast<std::uint16_t>(name.size()));
  Put16(header_, 0);  // no extra field
  header_.append(name);
  if (Status st = Emit(header_); !st.ok()) return st;
  if (Status st = Emit(payload); !st.ok()) return st;
  names_.insert(e.name);
  entries_.push_back(std::move(e));
  return OkStatus();
}

Status ZipWriter::Finish() {
  if (finished_) {
    return MakeError(ErrorCode::kInternal, Msg("Tệp ZIP đã đóng", "The ZIP archive is finished"));
  }
  finished_ = true;
  const std::uint64_t directory_offset = offset_;
  header_.clear();
  for (const Entry& e : entries_) {
    Put32(header_, 0x02014b50);
    Put16(header_, kVersionNeeded);  // made by: MS-DOS, 2.0 (no Unix attributes)
    Put16(header_, kVersionNeeded);
    Put16(header_, e.flags);
    Put16(header_, e.method);
    Put16(header_, options_.time.DosTime());
    Put16(header_, options_.time.DosDate());
    Put32(header_, e.crc);
    Put32(header_, e.compressed_size);
    Put32(header_, e.size);
    Put16(header_, static_cast<std::uint16_t>(e.name.size()));
    Put16(header_, 0);  // extra
    Put16(header_, 0);  // comment
    Put16(header_, 0);  // disk
    Put16(header_, 0);  // internal attributes
    Put32(header_, 0);  // external attributes
    Put32(header_, e.offset);
    header_.append(e.name);
  }
  const std::uint64_t directory_size = header_.size();
  if (directory_offset + directory_size > kMax32) {
    return MakeError(ErrorCode::kLimitExceeded, Msg("Tệp ZIP vượt 4 GiB (không hỗ trợ ZIP64)",
                                                    "The ZIP archive exceeds 4 GiB (no ZIP64)"));
  }
  Put32(header_, 0x06054b50);
  Put16(header_, 0);
  Put16(header_, 0);
  Put16(header_, static_cast<std::uint16_t>(entries_.size()));
  Put16(header_, static_cast<std::uint16_t>(entries_.size()));
  Put32(header_, static_cast<std::uint32_t>(directory_size));
  Put32(header_, static_cast<std::uint32_t>(directory_offset));
  Put16(header_, 0);  // comment length
  return Emit(header_);
}

}  // namespace tonghop::report
