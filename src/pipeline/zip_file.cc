#include "pipeline/zip_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tonghop::pipeline {

Result<std::unique_ptr<FileByteSource>> FileByteSource::Open(const std::string& path) {
  // O_NONBLOCK: a FIFO named like an archive must not hang the batch.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT)
      return MakeError(ErrorCode::kIo, Msg("Không có tệp này", "No such file"), path);
    std::string reason = std::strerror(err);
    return MakeError(
        ErrorCode::kIo,
        Msg("Không mở được tệp (" + reason + ")", "Cannot open the file (" + reason + ")"), path);
  }
  std::unique_ptr<FileByteSource> source(new FileByteSource(fd, 0));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    return MakeError(ErrorCode::kIo, Msg("Không phải tệp thông thường", "Not a regular file"),
                     path);
  }
  source->size_ = static_cast<std::uint64_t>(st.st_size);
  return source;
}

FileByteSource::~FileByteSource() { ::close(fd_); }

Result<std::string_view> FileByteSource::ReadAt(std::uint64_t offset, std::size_t length,
                                                std::string& scratch) const {
  if (offset > size_ || length > size_ - offset) return read::ReadPastEnd();
  scratch.resize(length);
  std::size_t done = 0;
  while (done < length) {
    ssize_t n =
        ::pread(fd_, scratch.data() + done, length - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string reason = std::strerror(errno);
      return MakeError(ErrorCode::kIo, Msg("Không đọc được tệp (" + reason + ")",
                                           "Cannot read the file (" + reason + ")"));
    }
    if (n == 0) return read::ReadPastEnd();
    done += static_cast<std::size_t>(n);
  }
  return std::string_view(scratch.data(), length);
}

Result<read::ZipArchive> OpenZipFile(const std::string& path, const read::ZipLimits& limits) {
  Result<std::unique_ptr<FileByteSource>> source = FileByteSource::Open(path);
  if (!source.ok()) return source.take_error();
  Result<read::ZipArchive> archive = read::ZipArchive::Open(std::move(*source), limits);
  if (!archive.ok()) {
    Error e = archive.take_error();
    e.where = e.where.empty() ? path : path + ": " + e.where;
    return e;
  }
  return archive;
}

}  // namespace tonghop::pipeline
