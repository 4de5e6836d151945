// A ZIP archive read from a file piece by piece, so that batch memory does
// not grow with the archive: read::ZipArchive needs the whole archive as one
// view, and mapping a file of thousands of documents costs one resident page
// per entry (or more, with the kernel's fault-around) while the central
// directory is checked.
//
// Open() reads the end record (ZIP64 too) and the central directory, then
// every local header with a small read, and refuses the archive on the same
// grounds as read::ZipArchive::Open: split archives, too many entries, a
// directory or entry outside the file, a local header that names another
// entry or disagrees on method or encryption, overlapping entries. Names are
// decoded with read::DecodeEntryName (UTF-8 flag, Info-ZIP Unicode Path,
// CP1258, CP437; NFC).
//
// Read() reads one entry's local header and data (nothing else), wraps them
// with a one-entry central directory and hands that to read::ZipArchive, so
// inflating, the CRC, the size cap and the per-entry ratio check are exactly
// the reader's. The archive-wide budget (max_total_bytes, and
// max_total_ratio × the file's size with ratio_floor_bytes always allowed)
// is kept here across entries.
//
// Memory: the central directory (capped) plus one entry at a time. A file
// that is truncated or rewritten meanwhile gives kCorrupt, never a crash.
// Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/error.h"
#include "read/zip.h"

namespace tonghop::pipeline {

class ZipFileReader {
 public:
  // Errors: kIo (cannot open), kCorrupt (not a ZIP, inconsistent,
  // overlapping), kUnsupportedFormat (split archive), kLimitExceeded (too
  // many entries, central directory over 64 MiB).
  static Result<ZipFileReader> Open(const std::string& path, const read::ZipLimits& limits);

  ZipFileReader(ZipFileReader&& other) noexcept;
  ZipFileReader& operator=(ZipFileReader&& other) noexcept;
  ZipFileReader(const ZipFileReader&) = delete;
  ZipFileReader& operator=(const ZipFileReader&) = delete;
  ~ZipFileReader();

  // In central directory order; offsets are absolute in the file.
  const std::vector<read::ZipEntry>& entries() const { return entries_; }
  std::uint64_t size() const { return size_; }

  // The entry's bytes (see above). `entry` must come from entries().
  // Errors as read::ZipArchive::Read, plus kIo / kCorrupt when the file
  // cannot be read again.
  Result<std::string> Read(const read::ZipEntry& entry);

 private:
  ZipFileReader() = default;
  Result<std::string> ReadAt(std::uint64_t offset, std::uint64_t length) const;

  int fd_ = -1;
  std::string path_;
  std::uint64_t size_ = 0;
  read::ZipLimits limits_;
  std::vector<read::ZipEntry> entries_;
  std::uint64_t inflated_total_ = 0;
  std::uint64_t inflate_budget_ = 0;
  bool budget_from_ratio_ = false;
};

}  // namespace tonghop::pipeline
