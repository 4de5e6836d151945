#include "pipeline/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tonghop::pipeline {

Result<MappedFile> MappedFile::Open(const std::string& path, std::uint64_t max_bytes) {
  auto io_error = [&](int err) {
    if (err == ENOENT) return MakeError(ErrorCode::kIo, Msg("Không có tệp này", "No such file"), path);
    std::string reason = std::strerror(err);
    return MakeError(ErrorCode::kIo,
                     Msg("Không mở được tệp (" + reason + ")", "Cannot open the file (" + reason + ")"),
                     path);
  };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return io_error(errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return io_error(err);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return MakeError(ErrorCode::kIo, Msg("Đây là thư mục, không phải tệp", "This is a folder, not a file"),
                     path);
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return MakeError(ErrorCode::kIo, Msg("Không phải tệp thông thường", "Not a regular file"), path);
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Tệp quá lớn (" + std::to_string(st.st_size) + " byte, giới hạn " +
                             std::to_string(max_bytes) + ")",
                         "File too large (" + std::to_string(st.st_size) + " bytes, limit " +
                             std::to_string(max_bytes) + ")"),
                     path);
  }
  MappedFile file;
  file.size_ = static_cast<std::size_t>(st.st_size);
  file.mtime_ns_ = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (file.size_ > 0) {
    void* data = ::mmap(nullptr, file.size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
      int err = errno;
      ::close(fd);
      return io_error(err);
    }
    file.data_ = data;
    // Entries are read front to back.
    ::madvise(data, file.size_, MADV_SEQUENTIAL);
  }
  ::close(fd);  // the mapping keeps the file
  return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(other.data_), size_(other.size_), mtime_ns_(other.mtime_ns_) {
  other.data_ = nullptr;
  other.size_ = 0;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_) ::munmap(data_, size_);
    data_ = other.data_;
    size_ = other.size_;
    mtime_ns_ = other.mtime_ns_;
    other.data_ = nullptr;
    other.size_ = 0;
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(data_, size_);
}

void MappedFile::Release(std::uint64_t offset, std::uint64_t length) const {
  if (!data_ || offset >= size_) return;
  const std::uint64_t page = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
  std::uint64_t end = std::min<std::uint64_t>(size_, offset + length);
  std::uint64_t start = offset / page * page;
  end = (end + page - 1) / page * page;
  // A clean private file mapping: dropped pages are read from the file
  // again if touched, so dropping a neighbour's page costs time, not data.
  ::madvise(static_cast<char*>(data_) + start, end - start, MADV_DONTNEED);
}

}  // namespace tonghop::pipeline
