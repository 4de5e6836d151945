#include "read/zip.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

namespace tonghop::read {
namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEocdSig = 0x06054b50;
constexpr std::uint32_t kZip64EocdSig = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEocdSize = 22;
constexpr std::size_t kZip64EocdMinSize = 56;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::size_t kChunk = 64 * 1024;         // inflated bytes handed to a Stream sink
constexpr std::uint64_t kReadChunk = 256 * 1024;  // compressed bytes asked of the source at once

std::uint16_t U16(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return static_cast<std::uint16_t>(b[0] | (b[1] << 8));
}
std::uint32_t U32(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return static_cast<std::uint32_t>(b[0]) | (static_cast<std::uint32_t>(b[1]) << 8) |
         (static_cast<std::uint32_t>(b[2]) << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
}
std::uint64_t U64(const char* p) {
  return static_cast<std::uint64_t>(U32(p)) | (static_cast<std::uint64_t>(U32(p + 4)) << 32);
}

std::string MiB(std::uint64_t bytes) {
  return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB";
}

Error Corrupt(const std::string& vi, const std::string& en, std::string where = {}) {
  return MakeError(ErrorCode::kCorrupt,
                   Msg("Tệp nén ZIP bị hỏng hoặc không đầy đủ: " + vi,
                       "The ZIP container is broken or incomplete: " + en),
                   std::move(where));
}

Error Suspicious(const std::string& vi, const std::string& en, std::string where = {}) {
  return MakeError(ErrorCode::kCorrupt,
                   Msg("Tệp nén ZIP có cấu trúc bất thường, bị từ chối để an toàn: " + vi,
                       "The ZIP container is malformed and was refused for safety: " + en),
                   std::move(where));
}

// a + b <= limit, without overflow.
bool FitsWithin(std::uint64_t a, std::uint64_t b, std::uint64_t limit) {
  return a <= limit && b <= limit - a;
}

// The values of a ZIP64 extended-information extra field (0x0001) replace the
// 32-bit central values that are 0xFFFFFFFF, in this fixed order.
bool ApplyZip64Extra(std::string_view extra, ZipEntry& e, bool need_usize, bool need_csize,
                     bool need_offset) {
  std::size_t pos = 0;
  while (pos + 4 <= extra.size()) {
    std::uint16_t id = U16(extra.data() + pos);
    std::uint16_t len = U16(extra.data() + pos + 2);
    if (pos + 4 + len > extra.size()) break;
    if (id == 0x0001) {
      const char* p = extra.data() + pos + 4;
      std::size_t left = len;
      auto take = [&](std::uint64_t& out) {
        if (left < 8) return false;
        out = U64(p);
        p += 8;
        left -= 8;
        return true;
      };
      if (need_usize && !take(e.uncompressed_size)) return false;
      if (need_csize && !take(e.compressed_size)) return false;
      if (need_offset && !take(e.local_header_offset)) return false;
      e.zip64 = true;
      return true;
    }
    pos += 4 + len;
  }
  return !(need_usize || need_csize || need_offset);
}

}  // namespace

ZipLimits ZipLimitsFor(const ReadLimits& limits) {
  ZipLimits z;
  z.max_entries = limits.max_zip_entries;
  z.max_entry_bytes = limits.max_part_bytes;
  z.max_total_bytes = limits.max_total_inflated_bytes;
  z.max_total_ratio = limits.max_total_ratio;
  z.max_entry_ratio = limits.max_entry_ratio;
  z.ratio_floor_bytes = limits.ratio_floor_bytes;
  return z;
}

DosDateTime DecodeDosDateTime(std::uint16_t dos_date, std::uint16_t dos_time) {
  DosDateTime t;
  t.year = 1980 + (dos_date >> 9);
  t.month = (dos_date >> 5) & 0x0F;
  t.day = dos_date & 0x1F;
  t.hour = dos_time >> 11;
  t.minute = (dos_time >> 5) & 0x3F;
  t.second = (dos_time & 0x1F) * 2;
  return t;
}

// One zlib raw-inflate stream, reset between entries.
class ZipArchive::Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&z_, -MAX_WBITS) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&z_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream& stream() { return z_; }
  void Reset() { inflateReset(&z_); }

 private:
  z_stream z_{};
  bool ok_ = false;
};

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::Open(std::string_view bytes, const ZipLimits& limits) {
  return Open(std::make_unique<MemoryByteSource>(bytes), limits);
}

Result<ZipArchive> ZipArchive::Open(std::unique_ptr<ByteSource> source, const ZipLimits& limits) {
  const std::uint64_t size = source->size();
  if (size < kEocdSize) {
    return Corrupt("tệp quá ngắn", "the file is too short");
  }

  // The tail holds every place the end record may start (its comment is at
  // most 64 KiB) and the ZIP64 locator before it.
  const std::uint64_t tail_start = size > kZip64LocatorSize + kEocdSize + 0xFFFF
                                       ? size - kZip64LocatorSize - kEocdSize - 0xFFFF
                                       : 0;
  std::string tail_scratch;
  Result<std::string_view> tail = source->ReadAt(tail_start, size - tail_start, tail_scratch);
  if (!tail.ok()) return tail.take_error();
  auto at = [&tail, tail_start](std::uint64_t pos) { return tail->data() + (pos - tail_start); };

  // End of central directory: the last signature whose comment fits the file.
  std::uint64_t lowest = size > kEocdSize + 0xFFFF ? size - kEocdSize - 0xFFFF : 0;
  std::uint64_t eocd = size;
  for (std::uint64_t pos = size - kEocdSize + 1; pos-- > lowest;) {
    const char* candidate = at(pos);
    if (candidate[0] == 'P' && U32(candidate) == kEocdSig &&
        pos + kEocdSize + U16(candidate + 20) <= size) {
      eocd = pos;
      break;
    }
  }
  if (eocd == size) {
    return Corrupt("không tìm thấy mục lục cuối tệp (có thể tệp bị cắt cụt khi gửi)",
                   "no end-of-central-directory record (the file may have been cut short)");
  }
  const char* e = at(eocd);
  std::uint64_t disk = U16(e + 4);
  std::uint64_t cd_disk = U16(e + 6);
  std::uint64_t count = U16(e + 10);
  std::uint64_t count_on_disk = U16(e + 8);
  std::uint64_t cd_size = U32(e + 12);
  std::uint64_t cd_offset = U32(e + 16);
  std::uint16_t comment_len = U16(e + 20);
  std::uint64_t cd_end_actual = eocd;  // where the central directory really ends

  // ZIP64: a locator right before the EOCD points at the ZIP64 EOCD record.
  if (eocd >= kZip64LocatorSize && U32(e - kZip64LocatorSize) == kZip64LocatorSig) {
    std::uint64_t rec = U64(e - kZip64LocatorSize + 8);
    const std::uint64_t rec_end_limit = eocd - kZip64LocatorSize;
    std::string record_scratch;
    std::string_view record;
    auto read_record = [&](std::uint64_t offset) -> Status {
      Result<std::string_view> r = source->ReadAt(offset, kZip64EocdMinSize, record_scratch);
      if (!r.ok()) return r.take_error();
      record = *r;
      return OkStatus();
    };
    // With a prefix (self-extracting archive) the recorded offset is too small;
    // the record then sits right before the locator.
    bool found = false;
    if (FitsWithin(rec, kZip64EocdMinSize, rec_end_limit)) {
      if (Status st = read_record(rec); !st.ok()) return st.take_error();
      found = U32(record.data()) == kZip64EocdSig;
    }
    if (!found) {
      if (rec_end_limit < kZip64EocdMinSize) {
        return Corrupt("bản ghi ZIP64 không hợp lệ", "invalid ZIP64 end record");
      }
      rec = rec_end_limit - kZip64EocdMinSize;
      if (Status st = read_record(rec); !st.ok()) return st.take_error();
      if (U32(record.data()) != kZip64EocdSig) {
        return Corrupt("bản ghi ZIP64 không hợp lệ", "invalid ZIP64 end record");
      }
    }
    const char* z = record.data();
    disk = U32(z + 16);
    cd_disk = U32(z + 20);
    count_on_disk = U64(z + 24);
    count = U64(z + 32);
    cd_size = U64(z + 40);
    cd_offset = U64(z + 48);
    cd_end_actual = rec;
  }
  if (disk != 0 || cd_disk != 0 || count_on_disk != count) {
    return MakeError(ErrorCode::kUnsupportedFormat,
                     Msg("Tệp nén ZIP chia nhiều phần (.z01, .z02…) — hãy nén lại thành một tệp",
                         "A split (multi-part) ZIP archive — compress it again as one file"));
  }
  if (count > limits.max_entries) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Tệp nén có " + std::to_string(count) + " mục, vượt giới hạn " +
                             std::to_string(limits.max_entries),
                         "The archive has " + std::to_string(count) +
                             " entries, over the limit of " + std::to_string(limits.max_entries)));
  }
  if (cd_size > cd_end_actual || cd_offset > cd_end_actual - cd_size) {
    return Corrupt("mục lục nằm ngoài tệp", "the central directory lies outside the file");
  }
  if (cd_size > limits.max_central_directory_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Mục lục của tệp nén lớn hơn " + MiB(limits.max_central_directory_bytes),
                         "The archive's central directory is larger than " +
                             MiB(limits.max_central_directory_bytes)));
  }
  // Bytes prepended to the archive (self-extractor stubs) shift every offset.
  const std::uint64_t prefix = cd_end_actual - cd_size - cd_offset;
  const std::uint64_t cd_start = cd_offset + prefix;
  if (count * kCentralHeaderSize > cd_size) {
    return Corrupt("mục lục ngắn hơn số mục khai báo",
                   "the central directory is shorter than its entry count");
  }

  ZipArchive archive;
  archive.limits_ = limits;
  archive.comment_.assign(e + kEocdSize, comment_len);
  archive.entries_.reserve(static_cast<std::size_t>(count));
  std::string cd_scratch;
  Result<std::string_view> cd =
      source->ReadAt(cd_start, static_cast<std::size_t>(cd_size), cd_scratch);
  if (!cd.ok()) return cd.take_error();

  std::string local_scratch;
  std::uint64_t p = 0;  // in the central directory
  for (std::uint64_t i = 0; i < count; ++i) {
    if (!FitsWithin(p, kCentralHeaderSize, cd_size) || U32(cd->data() + p) != kCentralHeaderSig) {
      return Corrupt("mục lục bị hỏng ở mục thứ " + std::to_string(i + 1),
                     "the central directory is broken at entry " + std::to_string(i + 1));
    }
    const char* c = cd->data() + p;
    ZipEntry entry;
    entry.version_made_by = U16(c + 4);
    entry.flags = U16(c + 8);
    entry.method = U16(c + 10);
    entry.dos_time = U16(c + 12);
    entry.dos_date = U16(c + 14);
    entry.crc32 = U32(c + 16);
    entry.compressed_size = U32(c + 20);
    entry.uncompressed_size = U32(c + 24);
    std::uint16_t name_len = U16(c + 28);
    std::uint16_t extra_len = U16(c + 30);
    std::uint16_t entry_comment_len = U16(c + 32);
    entry.external_attributes = U32(c + 38);
    entry.local_header_offset = U32(c + 42);
    std::uint64_t next = p + kCentralHeaderSize + name_len + extra_len + entry_comment_len;
    if (next > cd_size) {
      return Corrupt("mục lục bị hỏng ở mục thứ " + std::to_string(i + 1),
                     "the central directory is broken at entry " + std::to_string(i + 1));
    }
    entry.raw_name.assign(c + kCentralHeaderSize, name_len);
    entry.extra.assign(c + kCentralHeaderSize + name_len, extra_len);
    bool need_usize = entry.uncompressed_size == 0xFFFFFFFFu;
    bool need_csize = entry.compressed_size == 0xFFFFFFFFu;
    bool need_offset = entry.local_header_offset == 0xFFFFFFFFu;
    if (!ApplyZip64Extra(entry.extra, entry, need_usize, need_csize, need_offset)) {
      return Corrupt("thiếu trường ZIP64 của mục " + entry.raw_name,
                     "missing ZIP64 field of entry " + entry.raw_name);
    }
    DecodedName decoded = DecodeEntryName(entry.raw_name, entry.flags, entry.extra);
    entry.name = std::move(decoded.utf8);
    entry.name_encoding = decoded.encoding;
    entry.encrypted =
        (entry.flags & 0x0001) != 0 || (entry.flags & 0x0040) != 0 || entry.method == 99;
    entry.is_directory = !entry.raw_name.empty() && entry.raw_name.back() == '/';
    unsigned host = entry.version_made_by >> 8;
    unsigned mode = entry.external_attributes >> 16;
    entry.is_symlink = (host == 3 || host == 19) && (mode & 0170000) == 0120000;

    // The local header must agree with the central directory.
    const std::uint64_t lho = entry.local_header_offset;
    if (lho > std::numeric_limits<std::uint64_t>::max() - prefix ||
        !FitsWithin(lho + prefix, kLocalHeaderSize, cd_start)) {
      return Corrupt("mục " + entry.name + " nằm ngoài tệp",
                     "entry " + entry.name + " lies outside the file");
    }
    entry.local_header_offset = lho + prefix;
    // The fixed header and, where it fits, a name as long as the central one.
    std::uint64_t local_len =
        std::min<std::uint64_t>(kLocalHeaderSize + name_len, cd_start - entry.local_header_offset);
    Result<std::string_view> local = source->ReadAt(
        entry.local_header_offset, static_cast<std::size_t>(local_len), local_scratch);
    if (!local.ok()) {
      Error error = local.take_error();
      error.where = entry.name;
      return error;
    }
    const char* l = local->data();
    if (U32(l) != kLocalHeaderSig) {
      return Corrupt("không thấy đầu mục " + entry.name, "no local header for entry " + entry.name);
    }
    std::uint16_t local_flags = U16(l + 6);
    std::uint16_t local_method = U16(l + 8);
    std::uint16_t local_name_len = U16(l + 26);
    std::uint16_t local_extra_len = U16(l + 28);
    entry.data_offset =
        entry.local_header_offset + kLocalHeaderSize + local_name_len + local_extra_len;
    // data_offset <= cd_start with equal lengths means the whole name was read.
    if (entry.data_offset > cd_start || local_name_len != name_len ||
        std::string_view(l + kLocalHeaderSize, local_name_len) != entry.raw_name) {
      return Suspicious("tên mục " + entry.name + " ở đầu mục khác với mục lục",
                        "the local header of " + entry.name + " names another entry");
    }
    if (local_method != entry.method || (local_flags & 0x0001) != (entry.flags & 0x0001)) {
      return Suspicious("đầu mục " + entry.name + " khác với mục lục (cách nén, mã hoá)",
                        "the local header of " + entry.name +
                            " disagrees with the central directory (method, encryption)");
    }
    if (!FitsWithin(entry.data_offset, entry.compressed_size, cd_start)) {
      return Corrupt("dữ liệu của mục " + entry.name + " vượt ra ngoài tệp",
                     "the data of entry " + entry.name + " runs past the end of the file");
    }
    archive.entries_.push_back(std::move(entry));
    p = next;
  }

  // Overlapping entries (Fifield's quoted-overlap bomb, or two directory
  // entries sharing data): sorted by local header, each entry's data must end
  // before the next local header starts.
  std::vector<const ZipEntry*> by_offset;
  by_offset.reserve(archive.entries_.size());
  for (const ZipEntry& entry : archive.entries_) by_offset.push_back(&entry);
  std::sort(by_offset.begin(), by_offset.end(), [](const ZipEntry* a, const ZipEntry* b) {
    return a->local_header_offset < b->local_header_offset;
  });
  for (std::size_t i = 1; i < by_offset.size(); ++i) {
    const ZipEntry& prev = *by_offset[i - 1];
    if (prev.data_offset + prev.compressed_size > by_offset[i]->local_header_offset) {
      return Suspicious("các mục " + prev.name + " và " + by_offset[i]->name +
                            " chồng lên nhau (dấu hiệu bom nén)",
                        "entries " + prev.name + " and " + by_offset[i]->name +
                            " overlap (a zip-bomb construction)");
    }
  }

  archive.inflate_budget_ = limits.max_total_bytes;
  if (limits.max_total_ratio != 0) {
    std::uint64_t by_ratio =
        size > std::numeric_limits<std::uint64_t>::max() / limits.max_total_ratio
            ? std::numeric_limits<std::uint64_t>::max()
            : size * limits.max_total_ratio;
    by_ratio = std::max(by_ratio, limits.ratio_floor_bytes);
    if (by_ratio < archive.inflate_budget_) {
      archive.inflate_budget_ = by_ratio;
      archive.budget_from_ratio_ = true;
    }
  }
  archive.source_ = std::move(source);
  return archive;
}

const ZipEntry* ZipArchive::Find(std::string_view name) const {
  for (const ZipEntry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

Status ZipArchive::CheckBeforeRead(const ZipEntry& entry) const {
  std::less<const ZipEntry*> before;  // a total order, even for unrelated pointers
  if (entries_.empty() || before(&entry, entries_.data()) ||
      !before(&entry, entries_.data() + entries_.size())) {
    return MakeError(ErrorCode::kInternal,
                     Msg("Mục không thuộc tệp nén này", "The entry is not from this archive"));
  }
  const std::string& where = entry.name;
  if (entry.encrypted) {
    return MakeError(
        ErrorCode::kEncrypted,
        Msg("Mục trong tệp nén được đặt mật khẩu (mã hoá) — hãy nén lại không mật khẩu",
            "The archive entry is password-protected (encrypted) — compress it again "
            "without a password"),
        where);
  }
  if (!entry.method_supported()) {
    return MakeError(ErrorCode::kUnsupportedFormat,
                     Msg("Mục trong tệp nén dùng cách nén không hỗ trợ (mã " +
                             std::to_string(entry.method) + "); chỉ đọc được Deflate và không nén",
                         "The archive entry uses an unsupported compression method (" +
                             std::to_string(entry.method) + "); only Deflate and Stored are read"),
                     where);
  }
  if (entry.uncompressed_size > limits_.max_entry_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Phần giải nén ra " + MiB(entry.uncompressed_size) + ", vượt giới hạn " +
                             MiB(limits_.max_entry_bytes) + " cho một phần",
                         "The part inflates to " + MiB(entry.uncompressed_size) +
                             ", over the per-part limit of " + MiB(limits_.max_entry_bytes)),
                     where);
  }
  if (limits_.max_entry_ratio != 0 && entry.uncompressed_size >= limits_.ratio_floor_bytes &&
      entry.uncompressed_size / std::max<std::uint64_t>(entry.compressed_size, 1) >=
          limits_.max_entry_ratio) {
    return MakeError(
        ErrorCode::kLimitExceeded,
        Msg("Tỉ lệ nén của phần vượt " + std::to_string(limits_.max_entry_ratio) +
                ":1 — không thể có với nén thật (dấu hiệu bom nén)",
            "The part's compression ratio exceeds " + std::to_string(limits_.max_entry_ratio) +
                ":1, impossible for real compression (a zip bomb)"),
        where);
  }
  if (entry.uncompressed_size > inflate_budget_ - inflated_total_) {
    if (budget_from_ratio_) {
      return MakeError(
          ErrorCode::kLimitExceeded,
          Msg("Tổng dung lượng giải nén vượt " + std::to_string(limits_.max_total_ratio) +
                  " lần kích thước tệp (dấu hiệu bom nén)",
              "Total inflated size exceeds " + std::to_string(limits_.max_total_ratio) +
                  " times the file size (a zip bomb)"),
          where);
    }
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Tổng dung lượng giải nén vượt giới hạn " + MiB(inflate_budget_),
                         "Total inflated size exceeds the limit of " + MiB(inflate_budget_)),
                     where);
  }
  if (entry.method == 0 && entry.compressed_size != entry.uncompressed_size) {
    return Corrupt("kích thước mục không nén không khớp", "stored entry sizes disagree", where);
  }
  return OkStatus();
}

// Output policies for Decode(): where inflated bytes go.
namespace {

// Into one std::string, grown geometrically up to the declared size (which
// CheckBeforeRead bounded), so a lying header cannot make us touch more
// memory than the real output needs, times four.
class StringOutput {
 public:
  explicit StringOutput(std::uint64_t declared, std::uint64_t compressed) : declared_(declared) {
    // Real XML deflates 5-20:1; 32× the compressed size is one allocation for
    // nearly every honest part.
    std::uint64_t first = std::max<std::uint64_t>(kChunk, compressed * 32);
    out_.resize(static_cast<std::size_t>(std::min(declared_ + 1, first)));
  }
  // Free space to write into; empty when the declared size (+1 byte, to see
  // overruns) is reached.
  std::pair<char*, std::size_t> Space() {
    if (used_ == out_.size()) {
      std::uint64_t cap = declared_ + 1;
      if (out_.size() >= cap) return {nullptr, 0};
      out_.resize(static_cast<std::size_t>(std::min<std::uint64_t>(cap, out_.size() * 4)));
    }
    return {out_.data() + used_, out_.size() - used_};
  }
  Status Commit(std::size_t n) {
    used_ += n;
    return OkStatus();
  }
  std::uint64_t produced() const { return used_; }
  std::string Take() {
    out_.resize(used_);
    return std::move(out_);
  }

 private:
  std::uint64_t declared_;
  std::string out_;
  std::size_t used_ = 0;
};

class SinkOutput {
 public:
  SinkOutput(std::uint64_t declared, const ZipArchive::Sink& sink)
      : declared_(declared), sink_(sink), buffer_(new char[kChunk]) {}
  std::pair<char*, std::size_t> Space() {
    if (produced_ > declared_) return {nullptr, 0};
    return {buffer_.get(), kChunk};
  }
  Status Commit(std::size_t n) {
    produced_ += n;
    if (n == 0) return OkStatus();
    // Never hand the sink bytes beyond the declared size.
    std::uint64_t before = produced_ - n;
    std::size_t deliver =
        before >= declared_
            ? 0
            : static_cast<std::size_t>(std::min<std::uint64_t>(n, declared_ - before));
    if (deliver == 0) return OkStatus();
    return sink_(std::string_view(buffer_.get(), deliver));
  }
  std::uint64_t produced() const { return produced_; }

 private:
  std::uint64_t declared_;
  const ZipArchive::Sink& sink_;
  std::unique_ptr<char[]> buffer_;
  std::uint64_t produced_ = 0;
};

}  // namespace

template <typename Output>
Status ZipArchive::Decode(const ZipEntry& entry, Output& output) {
  const std::string& where = entry.name;
  std::uint32_t crc = crc32(0L, Z_NULL, 0);
  auto size_lie = [&where] {
    return Suspicious("kích thước khai báo của phần không đúng với dữ liệu",
                      "the part's declared size does not match its data", where);
  };
  // The compressed data, at most kReadChunk at a time (a memory source views
  // it, any other reads into read_scratch_).
  std::uint64_t in_offset = entry.data_offset;
  std::uint64_t in_left = entry.compressed_size;
  auto next_input = [&](std::uint64_t most) -> Result<std::string_view> {
    std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>({in_left, most, kReadChunk}));
    Result<std::string_view> in = source_->ReadAt(in_offset, n, read_scratch_);
    if (!in.ok()) {
      Error error = in.take_error();
      error.where = where;
      return error;
    }
    in_offset += n;
    in_left -= n;
    return in;
  };

  if (entry.method == 0) {
    while (in_left > 0) {
      auto [dst, room] = output.Space();
      if (room == 0) return size_lie();
      Result<std::string_view> in = next_input(room);
      if (!in.ok()) return in.take_error();
      std::memcpy(dst, in->data(), in->size());
      crc = crc32_z(crc, reinterpret_cast<const Bytef*>(dst), in->size());
      if (Status st = output.Commit(in->size()); !st.ok()) return st;
    }
  } else {
    if (!inflater_) inflater_ = std::make_unique<Inflater>();
    if (!inflater_->ok()) {
      return MakeError(ErrorCode::kInternal,
                       Msg("Không khởi tạo được zlib", "zlib failed to start"));
    }
    inflater_->Reset();
    z_stream& z = inflater_->stream();
    z.next_in = Z_NULL;
    z.avail_in = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
      if (z.avail_in == 0 && in_left > 0) {
        Result<std::string_view> in = next_input(kReadChunk);
        if (!in.ok()) return in.take_error();
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in->data()));
        z.avail_in = static_cast<uInt>(in->size());
      }
      auto [dst, room] = output.Space();
      if (room == 0) return size_lie();  // more output than declared
      uInt give = static_cast<uInt>(std::min<std::size_t>(room, 1u << 30));
      z.next_out = reinterpret_cast<Bytef*>(dst);
      z.avail_out = give;
      rc = inflate(&z, Z_NO_FLUSH);
      std::size_t produced = give - z.avail_out;
      crc = crc32_z(crc, reinterpret_cast<const Bytef*>(dst), produced);
      if (Status st = output.Commit(produced); !st.ok()) return st;
      if (rc == Z_STREAM_END) break;
      if (rc == Z_BUF_ERROR && z.avail_in == 0 && in_left == 0) {
        return Corrupt("dữ liệu nén của phần bị cắt cụt", "the part's compressed data is truncated",
                       where);
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Corrupt("dữ liệu nén của phần bị hỏng", "the part's compressed data is damaged",
                       where);
      }
    }
  }
  if (output.produced() != entry.uncompressed_size) return size_lie();
  if (crc != entry.crc32) {
    return Corrupt("sai mã kiểm tra CRC của phần", "CRC mismatch in the part", where);
  }
  inflated_total_ += output.produced();
  return OkStatus();
}

Result<std::string> ZipArchive::Read(const ZipEntry& entry) {
  if (Status st = CheckBeforeRead(entry); !st.ok()) return st.take_error();
  StringOutput output(entry.uncompressed_size, entry.compressed_size);
  if (Status st = Decode(entry, output); !st.ok()) return st.take_error();
  return output.Take();
}

Status ZipArchive::Stream(const ZipEntry& entry, const Sink& sink) {
  if (Status st = CheckBeforeRead(entry); !st.ok()) return st;
  SinkOutput output(entry.uncompressed_size, sink);
  return Decode(entry, output);
}

}  // namespace tonghop::read
