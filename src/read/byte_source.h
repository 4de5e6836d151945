// Random access to the bytes of a container, so that one parser serves bytes
// already in memory and a file read piece by piece. read::ZipArchive (zip.h)
// reads through it: a DOCX being read views its bytes without copying
// (MemoryByteSource); `tonghop batch` reads an archive of thousands of
// documents from its file, one entry at a time (pipeline/zip_file.h), so its
// memory does not grow with the archive.
//
// The ReadAt contract is leveldb's RandomAccessFile::Read: the result views
// either the source's own storage or the caller's `scratch` string, so a
// memory source copies nothing and a file source reads into a buffer the
// caller reuses.
//
// Nothing in read/ touches the file system: file-backed sources live in
// pipeline/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/error.h"

namespace tonghop::read {

class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // The size in bytes, fixed when the source was opened.
  virtual std::uint64_t size() const = 0;

  // Exactly `length` bytes starting at `offset`. The view points into the
  // source's own storage (valid while the source lives) or into `scratch`,
  // which the call may resize and overwrite (valid until `scratch` changes);
  // callers must assume the latter.
  // Errors (Error::where left empty for the caller to fill): kCorrupt when
  // the range is not inside size() or the bytes are gone (a file cut short
  // after it was opened), kIo when the system cannot read them.
  // Thread-safety: const; implementations allow concurrent calls.
  virtual Result<std::string_view> ReadAt(std::uint64_t offset, std::size_t length,
                                          std::string& scratch) const = 0;
};

// Bytes in memory, viewed without copying (scratch is never touched). The
// bytes must outlive the source.
class MemoryByteSource final : public ByteSource {
 public:
  explicit MemoryByteSource(std::string_view bytes) : bytes_(bytes) {}

  std::uint64_t size() const override { return bytes_.size(); }
  Result<std::string_view> ReadAt(std::uint64_t offset, std::size_t length,
                                  std::string& scratch) const override;

 private:
  std::string_view bytes_;
};

// The kCorrupt error for a read that ends past `size` (the same words for
// every source).
Error ReadPastEnd();

}  // namespace tonghop::read
