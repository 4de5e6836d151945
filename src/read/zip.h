// A ZIP container reader for untrusted archives, over zlib.
//
// Why our own and not Poco::Zip or libzip (measurements in bench/zip_bench.cc
// and the README): we need what those hide or get wrong — the central
// directory as the source of truth (LibreOffice writes every entry with a
// data descriptor, which Poco 1.11's ZipInputStream cannot read), local-header
// offsets (to refuse overlapping-entry bombs), the raw name bytes, flags and
// extra fields (Vietnamese CP1258/CP437 names, the Info-ZIP Unicode Path
// field), the raw DOS time (entry time = time received), and exact limits
// enforced while inflating.
//
// What Open() checks: the end-of-central-directory record (with a comment of
// up to 64 KiB, ZIP64 when present), the entry count, the central
// directory's size (it is held in memory while checked), every central entry
// against its local header (name, method, encryption flag), entries lying
// inside the file and before the central directory, and no two entries
// overlapping (an entry's [local header, end of data) must end before the
// next entry's local header). Data descriptors (flag bit 3) are fine: sizes
// and CRC come from the central directory. Any entry order is fine.
//
// Not checked at Open (so that a batch can list and skip them): encrypted
// entries, unsupported methods (only 0 stored and 8 deflate are read),
// duplicate names. Read() refuses those entries with kEncrypted /
// kUnsupportedFormat; zip_package.h refuses duplicate part names.
//
// One parser for every source (byte_source.h): bytes in memory are viewed
// without copying; any other source (a file, pipeline/zip_file.h) is asked
// for the end records, the central directory and each local header at Open,
// then for one entry's data at a time, in chunks of at most 256 KiB, so
// memory holds the central directory and the entry being read, never the
// archive.
//
// Ownership: the archive owns its source; bytes given as a view must outlive
// it. Thread-safety: one archive per thread (Read() updates the inflate
// budget and reuses one zlib stream and one read buffer). Nothing here
// touches the file system.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "read/byte_source.h"
#include "read/limits.h"

namespace tonghop::read {

struct ZipLimits {
  std::uint32_t max_entries = 10000;
  std::uint64_t max_entry_bytes = 256ull << 20;  // one inflated entry
  std::uint64_t max_total_bytes = 1ull << 30;    // all entries read from one archive
  // Total inflated bytes may not exceed max_total_ratio × archive size (but
  // ratio_floor_bytes are always allowed). 0 turns the check off.
  std::uint32_t max_total_ratio = 200;
  // An entry of at least ratio_floor_bytes may not inflate more than
  // max_entry_ratio times its compressed size: real DEFLATE tops out near
  // 1032:1, so more means the header lies. 0 turns the check off.
  std::uint32_t max_entry_ratio = 1100;
  std::uint64_t ratio_floor_bytes = 1ull << 20;
  // The central directory is held in memory while Open checks it.
  std::uint64_t max_central_directory_bytes = 64ull << 20;
};

// The ZIP limits that ReadLimits imply for one document package.
ZipLimits ZipLimitsFor(const ReadLimits& limits);

// How an entry name's bytes were turned into UTF-8.
enum class NameEncoding {
  kAscii,             // 7-bit only
  kUtf8Flag,          // general-purpose flag bit 11 set
  kUnicodePathExtra,  // Info-ZIP Unicode Path extra field 0x7075 with a matching CRC
  kUtf8Unflagged,     // valid UTF-8 without the flag (macOS, 7-Zip, modern tools)
  kCp1258,            // Windows Vietnamese code page (base letter + combining tone mark)
  kCp437,             // the original IBM PC code page, APPNOTE's default
};
const char* NameEncodingName(NameEncoding encoding);  // "ascii", "utf8-flag", ..., "cp437"

struct DecodedName {
  std::string utf8;  // NFC
  NameEncoding encoding = NameEncoding::kAscii;
};

// Decodes an entry name: UTF-8 flag → as is (if valid); a 0x7075 field whose
// CRC-32 matches the raw name → its UTF-8; valid UTF-8 → as is; otherwise
// CP1258 when the bytes read as Vietnamese in CP1258 (tone-mark or Vietnamese
// letter positions), else CP437. Always NFC. `extra` is the central
// directory's extra field. Never fails.
DecodedName DecodeEntryName(std::string_view raw_name, std::uint16_t flags, std::string_view extra);

struct ZipEntry {
  std::string raw_name;  // bytes as stored in the central directory
  std::string name;      // decoded UTF-8, NFC (DecodeEntryName)
  NameEncoding name_encoding = NameEncoding::kAscii;
  std::string extra;                  // central directory extra field, raw
  std::uint16_t version_made_by = 0;  // high byte: host system (0 DOS, 3 Unix, 19 macOS)
  std::uint16_t flags = 0;            // general-purpose bit flags
  std::uint16_t method = 0;           // 0 stored, 8 deflate, others unsupported
  std::uint16_t dos_time = 0;         // as stored: local time of the writer's clock
  std::uint16_t dos_date = 0;
  std::uint32_t crc32 = 0;
  std::uint32_t external_attributes = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  std::uint64_t local_header_offset = 0;  // from the start of the source
  std::uint64_t data_offset = 0;          // first byte of the compressed data
  bool encrypted = false;     // flag bit 0, strong encryption (bit 6) or WinZip AES (method 99)
  bool is_directory = false;  // name ends with '/'
  bool is_symlink = false;    // Unix mode S_IFLNK in the external attributes
  bool zip64 = false;         // sizes or offset came from a ZIP64 extra field

  bool has_data_descriptor() const { return (flags & 0x0008) != 0; }
  bool method_supported() const { return method == 0 || method == 8; }
};

// DOS date/time fields as calendar values (no time zone: the writer's local time).
struct DosDateTime {
  int year = 1980, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};
DosDateTime DecodeDosDateTime(std::uint16_t dos_date, std::uint16_t dos_time);

class ZipArchive {
 public:
  // Errors: kCorrupt (not a ZIP, truncated, inconsistent, overlapping
  // entries), kUnsupportedFormat (split archive), kLimitExceeded (too many
  // entries, central directory over max_central_directory_bytes), and the
  // source's own errors (kIo) with Error::where empty or the entry's name.
  static Result<ZipArchive> Open(std::unique_ptr<ByteSource> source, const ZipLimits& limits = {});
  // Bytes in memory (MemoryByteSource): no copies.
  static Result<ZipArchive> Open(std::string_view bytes, const ZipLimits& limits = {});
  // The archive only views its bytes: a temporary string would dangle.
  static Result<ZipArchive> Open(std::string&& bytes, const ZipLimits& limits = {}) = delete;

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // In central directory order.
  const std::vector<ZipEntry>& entries() const { return entries_; }
  // The first entry whose decoded name equals `name` exactly, or nullptr.
  const ZipEntry* Find(std::string_view name) const;
  std::string_view comment() const { return comment_; }
  std::uint64_t size() const { return source_->size(); }

  // The entry's bytes, checked: the output is capped at the declared size
  // (more output = a lying header = kCorrupt), CRC-32 verified, and charged to
  // the archive's inflate budget. `entry` must come from entries().
  // Errors: kEncrypted, kUnsupportedFormat (method), kLimitExceeded (entry
  // size, entry ratio, total budget), kCorrupt (bad data, CRC, sizes, a
  // source that no longer holds the data), kIo (the source cannot be read);
  // Error::where is the entry's name.
  Result<std::string> Read(const ZipEntry& entry);

  // Same checks, streaming: `sink` receives the output in chunks of at most
  // 64 KiB and may stop the read by returning an error (which Stream returns).
  // On a CRC or size error the sink has already seen the bad bytes.
  using Sink = std::function<Status(std::string_view chunk)>;
  Status Stream(const ZipEntry& entry, const Sink& sink);

  // Bytes inflated so far, and the ceiling (max_total_bytes, lowered by
  // max_total_ratio × archive size).
  std::uint64_t inflated_total() const { return inflated_total_; }
  std::uint64_t inflate_budget() const { return inflate_budget_; }

 private:
  ZipArchive() = default;
  class Inflater;
  Status CheckBeforeRead(const ZipEntry& entry) const;
  template <typename Output>
  Status Decode(const ZipEntry& entry, Output& output);

  std::unique_ptr<ByteSource> source_;
  ZipLimits limits_;
  std::vector<ZipEntry> entries_;
  std::string comment_;
  std::uint64_t inflated_total_ = 0;
  std::uint64_t inflate_budget_ = 0;
  bool budget_from_ratio_ = false;
  std::unique_ptr<Inflater> inflater_;  // lazily created, reused across reads
  std::string read_scratch_;            // compressed data from a copying source
};

}  // namespace tonghop::read
