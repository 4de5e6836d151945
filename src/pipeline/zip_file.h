// A ZIP archive read from its file piece by piece, for `tonghop batch`:
// memory holds the central directory and the entry being read, never the
// whole archive (an archive of thousands of documents stays flat).
//
// No parsing here: FileByteSource gives read::ZipArchive (read/zip.h) random
// access to the file, so the end records, the central directory, the local
// headers, the limits and the archive-wide inflate budget are checked by the
// same code as for a DOCX in memory.
//
// A file that is cut short or rewritten while it is read gives kCorrupt,
// never a crash.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "common/error.h"
#include "read/byte_source.h"
#include "read/zip.h"

namespace tonghop::pipeline {

// A regular file read with pread(2). Thread-safety: ReadAt may be called
// from several threads.
class FileByteSource final : public read::ByteSource {
 public:
  // Errors: kIo (no such file, cannot open, not a regular file), where = path.
  static Result<std::unique_ptr<FileByteSource>> Open(const std::string& path);

  FileByteSource(const FileByteSource&) = delete;
  FileByteSource& operator=(const FileByteSource&) = delete;
  ~FileByteSource() override;

  // The size when the file was opened.
  std::uint64_t size() const override { return size_; }
  // Reads into `scratch`. Errors: kCorrupt (past size(), or the file got
  // shorter), kIo (the read failed).
  Result<std::string_view> ReadAt(std::uint64_t offset, std::size_t length,
                                  std::string& scratch) const override;

 private:
  FileByteSource(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  int fd_;
  std::uint64_t size_;
};

// The archive in the file at `path`. Errors: FileByteSource::Open's and
// read::ZipArchive::Open's, with Error::where "path" or "path: entry". Reads
// (ZipArchive::Read) name the entry only.
Result<read::ZipArchive> OpenZipFile(const std::string& path, const read::ZipLimits& limits);

}  // namespace tonghop::pipeline
