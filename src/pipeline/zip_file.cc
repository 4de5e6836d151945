#include "pipeline/zip_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

namespace tonghop::pipeline {
namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEocdSig = 0x06054b50;
constexpr std::uint32_t kZip64EocdSig = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::uint64_t kLocalHeaderSize = 30;
constexpr std::uint64_t kCentralHeaderSize = 46;
constexpr std::uint64_t kEocdSize = 22;
constexpr std::uint64_t kZip64EocdSize = 56;
constexpr std::uint64_t kZip64LocatorSize = 20;
constexpr std::uint64_t kMaxCentralDirectory = 64ull << 20;

std::uint16_t U16(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return static_cast<std::uint16_t>(b[0] | (b[1] << 8));
}
std::uint32_t U32(const char* p) {
  return static_cast<std::uint32_t>(U16(p)) | (static_cast<std::uint32_t>(U16(p + 2)) << 16);
}
std::uint64_t U64(const char* p) {
  return static_cast<std::uint64_t>(U32(p)) | (static_cast<std::uint64_t>(U32(p + 4)) << 32);
}
void Put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void Put32(std::string& out, std::uint32_t v) {
  Put16(out, v & 0xFFFF);
  Put16(out, v >> 16);
}

bool FitsWithin(std::uint64_t a, std::uint64_t b, std::uint64_t limit) {
  return a <= limit && b <= limit - a;
}

std::string MiB(std::uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

Error Corrupt(const std::string& vi, const std::string& en) {
  return MakeError(ErrorCode::kCorrupt, Msg("Tệp nén ZIP bị hỏng hoặc không đầy đủ: " + vi,
                                            "The ZIP archive is broken or incomplete: " + en));
}

Error Suspicious(const std::string& vi, const std::string& en) {
  return MakeError(ErrorCode::kCorrupt,
                   Msg("Tệp nén ZIP có cấu trúc bất thường, bị từ chối để an toàn: " + vi,
                       "The ZIP archive is malformed and was refused for safety: " + en));
}

// The ZIP64 extended-information field replaces the 32-bit values that are
// 0xFFFFFFFF, in this fixed order.
bool ApplyZip64Extra(std::string_view extra, read::ZipEntry& e, bool usize, bool csize, bool offset) {
  for (std::size_t pos = 0; pos + 4 <= extra.size();) {
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
      if (usize && !take(e.uncompressed_size)) return false;
      if (csize && !take(e.compressed_size)) return false;
      if (offset && !take(e.local_header_offset)) return false;
      e.zip64 = true;
      return true;
    }
    pos += 4 + len;
  }
  return !usize && !csize && !offset;
}

}  // namespace

ZipFileReader::ZipFileReader(ZipFileReader&& other) noexcept { *this = std::move(other); }

ZipFileReader& ZipFileReader::operator=(ZipFileReader&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
    path_ = std::move(other.path_);
    size_ = other.size_;
    limits_ = other.limits_;
    entries_ = std::move(other.entries_);
    inflated_total_ = other.inflated_total_;
    inflate_budget_ = other.inflate_budget_;
    budget_from_ratio_ = other.budget_from_ratio_;
  }
  return *this;
}

ZipFileReader::~ZipFileReader() {
  if (fd_ >= 0) ::close(fd_);
}

Result<std::string> ZipFileReader::ReadAt(std::uint64_t offset, std::uint64_t length) const {
  if (!FitsWithin(offset, length, size_)) {
    return Corrupt("đọc ra ngoài tệp", "a read past the end of the file");
  }
  std::string out(static_cast<std::size_t>(length), '\0');
  std::size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string reason = std::strerror(errno);
      return MakeError(ErrorCode::kIo, Msg("Không đọc được tệp (" + reason + ")",
                                           "Cannot read the file (" + reason + ")"));
    }
    if (n == 0) return Corrupt("tệp ngắn lại trong khi đọc", "the file got shorter while being read");
    done += static_cast<std::size_t>(n);
  }
  return out;
}

Result<ZipFileReader> ZipFileReader::Open(const std::string& path, const read::ZipLimits& limits) {
  auto where = [&path](Error e) {
    e.where = e.where.empty() ? path : path + ": " + e.where;
    return e;
  };
  ZipFileReader z;
  z.path_ = path;
  z.limits_ = limits;
  z.fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (z.fd_ < 0) {
    int err = errno;
    if (err == ENOENT) return MakeError(ErrorCode::kIo, Msg("Không có tệp này", "No such file"), path);
    std::string reason = std::strerror(err);
    return MakeError(ErrorCode::kIo,
                     Msg("Không mở được tệp (" + reason + ")", "Cannot open the file (" + reason + ")"), path);
  }
  struct stat st {};
  if (::fstat(z.fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
    return MakeError(ErrorCode::kIo, Msg("Không phải tệp thông thường", "Not a regular file"), path);
  }
  z.size_ = static_cast<std::uint64_t>(st.st_size);

  // The end record: the last signature whose comment reaches the end exactly.
  const std::uint64_t tail_len = std::min<std::uint64_t>(z.size_, kEocdSize + 65535 + kZip64LocatorSize);
  Result<std::string> tail = z.ReadAt(z.size_ - tail_len, tail_len);
  if (!tail.ok()) return where(tail.take_error());
  std::optional<std::uint64_t> eocd_in_tail;
  for (std::uint64_t pos = tail_len >= kEocdSize ? tail_len - kEocdSize + 1 : 0; pos-- > 0;) {
    const char* e = tail->data() + pos;
    if (U32(e) == kEocdSig && pos + kEocdSize + U16(e + 20) == tail_len) {
      eocd_in_tail = pos;
      break;
    }
  }
  if (!eocd_in_tail) {
    return where(Corrupt("không thấy phần kết của tệp nén (tệp bị cắt cụt?)",
                         "no end-of-archive record (a truncated file?)"));
  }
  const char* e = tail->data() + *eocd_in_tail;
  const std::uint64_t eocd = z.size_ - tail_len + *eocd_in_tail;
  std::uint64_t disk = U16(e + 4), cd_disk = U16(e + 6), count_on_disk = U16(e + 8), count = U16(e + 10);
  std::uint64_t cd_size = U32(e + 12), cd_offset = U32(e + 16);
  std::uint64_t cd_end_actual = eocd;
  if (count == 0xFFFF || cd_size == 0xFFFFFFFFu || cd_offset == 0xFFFFFFFFu) {
    if (*eocd_in_tail < kZip64LocatorSize ||
        U32(tail->data() + *eocd_in_tail - kZip64LocatorSize) != kZip64LocatorSig) {
      return where(Corrupt("thiếu bản ghi ZIP64", "the ZIP64 end record is missing"));
    }
    std::uint64_t rec = U64(tail->data() + *eocd_in_tail - kZip64LocatorSize + 8);
    if (!FitsWithin(rec, kZip64EocdSize, eocd)) {
      return where(Corrupt("bản ghi ZIP64 nằm ngoài tệp", "the ZIP64 end record lies outside the file"));
    }
    Result<std::string> z64 = z.ReadAt(rec, kZip64EocdSize);
    if (!z64.ok()) return where(z64.take_error());
    const char* r = z64->data();
    if (U32(r) != kZip64EocdSig) {
      return where(Corrupt("bản ghi ZIP64 hỏng", "the ZIP64 end record is broken"));
    }
    disk = U32(r + 16);
    cd_disk = U32(r + 20);
    count_on_disk = U64(r + 24);
    count = U64(r + 32);
    cd_size = U64(r + 40);
    cd_offset = U64(r + 48);
    cd_end_actual = rec;
  }
  if (disk != 0 || cd_disk != 0 || count_on_disk != count) {
    return where(MakeError(ErrorCode::kUnsupportedFormat,
                           Msg("Tệp nén ZIP chia nhiều phần (.z01, .z02…) — hãy nén lại thành một tệp",
                               "A split (multi-part) ZIP archive — compress it again as one file")));
  }
  if (count > limits.max_entries) {
    return where(MakeError(ErrorCode::kLimitExceeded,
                           Msg("Tệp nén có " + std::to_string(count) + " mục, vượt giới hạn " +
                                   std::to_string(limits.max_entries),
                               "The archive has " + std::to_string(count) + " entries, over the limit of " +
                                   std::to_string(limits.max_entries))));
  }
  if (cd_size > cd_end_actual || cd_offset > cd_end_actual - cd_size) {
    return where(Corrupt("mục lục nằm ngoài tệp", "the central directory lies outside the file"));
  }
  if (cd_size > kMaxCentralDirectory) {
    return where(MakeError(ErrorCode::kLimitExceeded,
                           Msg("Mục lục của tệp nén lớn hơn " + MiB(kMaxCentralDirectory),
                               "The archive's central directory is larger than " + MiB(kMaxCentralDirectory))));
  }
  const std::uint64_t prefix = cd_end_actual - cd_size - cd_offset;  // self-extractor stubs
  const std::uint64_t cd_start = cd_offset + prefix;
  if (count * kCentralHeaderSize > cd_size) {
    return where(Corrupt("mục lục ngắn hơn số mục khai báo",
                         "the central directory is shorter than its entry count"));
  }
  Result<std::string> cd = z.ReadAt(cd_start, cd_size);
  if (!cd.ok()) return where(cd.take_error());

  z.entries_.reserve(static_cast<std::size_t>(count));
  std::uint64_t p = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (!FitsWithin(p, kCentralHeaderSize, cd_size) || U32(cd->data() + p) != kCentralHeaderSig) {
      return where(Corrupt("mục lục bị hỏng ở mục thứ " + std::to_string(i + 1),
                           "the central directory is broken at entry " + std::to_string(i + 1)));
    }
    const char* c = cd->data() + p;
    read::ZipEntry entry;
    entry.version_made_by = U16(c + 4);
    entry.flags = U16(c + 8);
    entry.method = U16(c + 10);
    entry.dos_time = U16(c + 12);
    entry.dos_date = U16(c + 14);
    entry.crc32 = U32(c + 16);
    entry.compressed_size = U32(c + 20);
    entry.uncompressed_size = U32(c + 24);
    std::uint16_t name_len = U16(c + 28), extra_len = U16(c + 30), comment_len = U16(c + 32);
    entry.external_attributes = U32(c + 38);
    entry.local_header_offset = U32(c + 42);
    std::uint64_t next = p + kCentralHeaderSize + name_len + extra_len + comment_len;
    if (next > cd_size) {
      return where(Corrupt("mục lục bị hỏng ở mục thứ " + std::to_string(i + 1),
                           "the central directory is broken at entry " + std::to_string(i + 1)));
    }
    entry.raw_name.assign(c + kCentralHeaderSize, name_len);
    entry.extra.assign(c + kCentralHeaderSize + name_len, extra_len);
    if (!ApplyZip64Extra(entry.extra, entry, entry.uncompressed_size == 0xFFFFFFFFu,
                         entry.compressed_size == 0xFFFFFFFFu, entry.local_header_offset == 0xFFFFFFFFu)) {
      return where(Corrupt("thiếu trường ZIP64 của mục " + entry.raw_name,
                           "missing ZIP64 field of entry " + entry.raw_name));
    }
    read::DecodedName decoded = read::DecodeEntryName(entry.raw_name, entry.flags, entry.extra);
    entry.name = std::move(decoded.utf8);
    entry.name_encoding = decoded.encoding;
    entry.encrypted = (entry.flags & 0x0001) != 0 || (entry.flags & 0x0040) != 0 || entry.method == 99;
    entry.is_directory = !entry.raw_name.empty() && entry.raw_name.back() == '/';
    unsigned host = entry.version_made_by >> 8;
    unsigned mode = entry.external_attributes >> 16;
    entry.is_symlink = (host == 3 || host == 19) && (mode & 0170000) == 0120000;

    // The local header must agree with the central directory.
    const std::uint64_t lho = entry.local_header_offset;
    if (lho > std::numeric_limits<std::uint64_t>::max() - prefix ||
        !FitsWithin(lho + prefix, kLocalHeaderSize + name_len, cd_start)) {
      return where(Corrupt("mục " + entry.name + " nằm ngoài tệp", "entry " + entry.name + " lies outside the file"));
    }
    entry.local_header_offset = lho + prefix;
    Result<std::string> local = z.ReadAt(entry.local_header_offset, kLocalHeaderSize + name_len);
    if (!local.ok()) return where(local.take_error());
    const char* l = local->data();
    if (U32(l) != kLocalHeaderSig) {
      return where(Corrupt("không thấy đầu mục " + entry.name, "no local header for entry " + entry.name));
    }
    std::uint16_t local_flags = U16(l + 6), local_method = U16(l + 8);
    std::uint16_t local_name_len = U16(l + 26), local_extra_len = U16(l + 28);
    entry.data_offset = entry.local_header_offset + kLocalHeaderSize + local_name_len + local_extra_len;
    if (entry.data_offset > cd_start || local_name_len != name_len ||
        std::string_view(l + kLocalHeaderSize, name_len) != entry.raw_name) {
      return where(Suspicious("tên mục " + entry.name + " ở đầu mục khác với mục lục",
                              "the local header of " + entry.name + " names another entry"));
    }
    if (local_method != entry.method || (local_flags & 0x0001) != (entry.flags & 0x0001)) {
      return where(Suspicious("đầu mục " + entry.name + " khác với mục lục (cách nén, mã hoá)",
                              "the local header of " + entry.name +
                                  " disagrees with the central directory (method, encryption)"));
    }
    if (!FitsWithin(entry.data_offset, entry.compressed_size, cd_start)) {
      return where(Corrupt("dữ liệu của mục " + entry.name + " vượt ra ngoài tệp",
                           "the data of entry " + entry.name + " runs past the end of the file"));
    }
    z.entries_.push_back(std::move(entry));
    p = next;
  }

  std::vector<const read::ZipEntry*> by_offset;
  by_offset.reserve(z.entries_.size());
  for (const read::ZipEntry& entry : z.entries_) by_offset.push_back(&entry);
  std::sort(by_offset.begin(), by_offset.end(), [](const read::ZipEntry* a, const read::ZipEntry* b) {
    return a->local_header_offset < b->local_header_offset;
  });
  for (std::size_t i = 1; i < by_offset.size(); ++i) {
    const read::ZipEntry& prev = *by_offset[i - 1];
    if (prev.data_offset + prev.compressed_size > by_offset[i]->local_header_offset) {
      return where(Suspicious("các mục " + prev.name + " và " + by_offset[i]->name +
                                  " chồng lên nhau (dấu hiệu bom nén)",
                              "entries " + prev.name + " and " + by_offset[i]->name +
                                  " overlap (a zip-bomb construction)"));
    }
  }

  z.inflate_budget_ = limits.max_total_bytes;
  if (limits.max_total_ratio != 0) {
    std::uint64_t by_ratio = z.size_ > std::numeric_limits<std::uint64_t>::max() / limits.max_total_ratio
                                 ? std::numeric_limits<std::uint64_t>::max()
                                 : z.size_ * limits.max_total_ratio;
    by_ratio = std::max(by_ratio, limits.ratio_floor_bytes);
    if (by_ratio < z.inflate_budget_) {
      z.inflate_budget_ = by_ratio;
      z.budget_from_ratio_ = true;
    }
  }
  return z;
}

Result<std::string> ZipFileReader::Read(const read::ZipEntry& entry) {
  const std::string& where = entry.name;
  if (entry.uncompressed_size > limits_.max_entry_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Mục giải nén ra " + MiB(entry.uncompressed_size) + ", vượt giới hạn " +
                             MiB(limits_.max_entry_bytes) + " cho một mục",
                         "The entry inflates to " + MiB(entry.uncompressed_size) +
                             ", over the per-entry limit of " + MiB(limits_.max_entry_bytes)),
                     where);
  }
  if (entry.uncompressed_size > inflate_budget_ - inflated_total_) {
    if (budget_from_ratio_) {
      return MakeError(ErrorCode::kLimitExceeded,
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
  // Compressed data can be no larger than the file; that bounds this read
  // before the reader's own checks run.
  Result<std::string> local =
      ReadAt(entry.local_header_offset, entry.data_offset + entry.compressed_size - entry.local_header_offset);
  if (!local.ok()) {
    Error e = local.take_error();
    e.where = where;
    return e;
  }
  // A one-entry archive around the entry's own local header and data. The
  // sizes fit 32 bits: max_entry_bytes is below 4 GiB in practice, and a
  // larger entry was refused above unless the limit allows it.
  std::string mini = std::move(*local);
  const std::uint64_t cd_offset = mini.size();
  const bool zip64 = entry.compressed_size >= 0xFFFFFFFFu || entry.uncompressed_size >= 0xFFFFFFFFu ||
                     cd_offset >= 0xFFFFFFFFu;
  if (zip64) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Mục lớn hơn 4 GiB", "The entry is larger than 4 GiB"), where);
  }
  Put32(mini, kCentralHeaderSig);
  Put16(mini, entry.version_made_by);
  Put16(mini, 20);
  Put16(mini, entry.flags);
  Put16(mini, entry.method);
  Put16(mini, entry.dos_time);
  Put16(mini, entry.dos_date);
  Put32(mini, entry.crc32);
  Put32(mini, static_cast<std::uint32_t>(entry.compressed_size));
  Put32(mini, static_cast<std::uint32_t>(entry.uncompressed_size));
  Put16(mini, static_cast<std::uint32_t>(entry.raw_name.size()));
  Put16(mini, 0);  // extra: none needed to read the data
  Put16(mini, 0);  // comment
  Put16(mini, 0);  // disk
  Put16(mini, 0);  // internal attributes
  Put32(mini, entry.external_attributes);
  Put32(mini, 0);  // the local header is at the start
  mini += entry.raw_name;
  const std::uint64_t cd_size = mini.size() - cd_offset;
  Put32(mini, kEocdSig);
  Put16(mini, 0);
  Put16(mini, 0);
  Put16(mini, 1);
  Put16(mini, 1);
  Put32(mini, static_cast<std::uint32_t>(cd_size));
  Put32(mini, static_cast<std::uint32_t>(cd_offset));
  Put16(mini, 0);

  read::ZipLimits one = limits_;
  one.max_entries = 1;
  one.max_total_bytes = limits_.max_entry_bytes;
  one.max_total_ratio = 0;  // the archive-wide ratio is kept above
  Result<read::ZipArchive> archive = read::ZipArchive::Open(mini, one);
  if (!archive.ok()) {
    Error e = archive.take_error();
    e.where = where;
    return e;
  }
  Result<std::string> bytes = archive->Read(archive->entries().front());
  if (!bytes.ok()) {
    Error e = bytes.take_error();
    e.where = where;
    return e;
  }
  inflated_total_ += bytes->size();
  return bytes;
}

}  // namespace tonghop::pipeline
