// A read-only memory map of a whole file, for archives: the ZIP reader needs
// the bytes as one view, and a map lets batch walk an archive of any size
// while only the entries being read are in memory. Release() drops pages
// that are done with (they are read from the file again if touched), so the
// resident size stays flat however large the archive is.
//
// The file must not be truncated while mapped (the process would get
// SIGBUS); batch maps the archives the user names, not the live inbox.
// Thread-safety: bytes() may be read from any thread; Release() is safe too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/error.h"

namespace tonghop::pipeline {

class MappedFile {
 public:
  // kIo when the file cannot be opened or is not a regular file;
  // kLimitExceeded when it is larger than max_bytes.
  static Result<MappedFile> Open(const std::string& path, std::uint64_t max_bytes);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }
  std::int64_t mtime_ns() const { return mtime_ns_; }
  // Drops the pages covering [offset, offset + length) from memory.
  void Release(std::uint64_t offset, std::uint64_t length) const;

 private:
  MappedFile() = default;
  void* data_ = nullptr;
  std::size_t size_ = 0;
  std::int64_t mtime_ns_ = 0;
};

}  // namespace tonghop::pipeline
