#include "pipeline/fs.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tonghop::pipeline {
namespace {

Error IoError(const std::string& path, const char* action_vi, const char* action_en, int err) {
  std::string reason = std::strerror(err);
  return MakeError(ErrorCode::kIo,
                   Msg(std::string(action_vi) + " (" + reason + ")",
                       std::string(action_en) + " (" + reason + ")"),
                   path);
}

FileType TypeOf(mode_t mode) {
  if (S_ISREG(mode)) return FileType::kRegular;
  if (S_ISDIR(mode)) return FileType::kDirectory;
  if (S_ISLNK(mode)) return FileType::kSymlink;
  return FileType::kOther;
}

FileInfo InfoOf(const struct stat& st) {
  FileInfo info;
  info.type = TypeOf(st.st_mode);
  info.size = static_cast<std::uint64_t>(st.st_size);
  info.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  info.ctime_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
  info.dev = static_cast<std::uint64_t>(st.st_dev);
  info.inode = static_cast<std::uint64_t>(st.st_ino);
  return info;
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
};

// Opens a regular file for reading without following a symlink.
Result<int> OpenRegular(const std::string& path, struct stat* st) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT) {
      return MakeError(ErrorCode::kIo, Msg("Không có tệp này", "No such file"), path);
    }
    if (err == ELOOP) {
      return MakeError(ErrorCode::kIo,
                       Msg("Đây là liên kết tượng trưng (symlink), không phải tệp",
                           "This is a symbolic link, not a file"),
                       path);
    }
    return IoError(path, "Không mở được tệp", "Cannot open the file", err);
  }
  Fd guard(fd);
  if (::fstat(fd, st) != 0)
    return IoError(path, "Không đọc được tệp", "Cannot read the file", errno);
  if (S_ISDIR(st->st_mode)) {
    return MakeError(ErrorCode::kIo,
                     Msg("Đây là thư mục, không phải tệp", "This is a folder, not a file"), path);
  }
  if (!S_ISREG(st->st_mode)) {
    return MakeError(ErrorCode::kIo, Msg("Không phải tệp thông thường", "Not a regular file"),
                     path);
  }
  return guard.release();
}

Error TooLarge(const std::string& path, std::uint64_t size, std::uint64_t max_bytes) {
  return MakeError(ErrorCode::kLimitExceeded,
                   Msg("Tệp quá lớn (" + std::to_string(size) + " byte, giới hạn " +
                           std::to_string(max_bytes) + ")",
                       "File too large (" + std::to_string(size) + " bytes, limit " +
                           std::to_string(max_bytes) + ")"),
                   path);
}

class PosixFileSystem final : public FileSystem {
 public:
  Result<std::optional<FileInfo>> Stat(const std::string& path) override {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      if (errno == ENOENT || errno == ENOTDIR) return std::optional<FileInfo>();
      return IoError(path, "Không xem được tệp", "Cannot stat the file", errno);
    }
    return std::optional<FileInfo>(InfoOf(st));
  }

  Result<std::vector<DirEntry>> List(const std::string& dir) override {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return IoError(dir, "Không đọc được thư mục", "Cannot read the folder", errno);
    std::vector<DirEntry> out;
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      DirEntry entry{name, FileType::kOther};
      switch (e->d_type) {
        case DT_REG:
          entry.type = FileType::kRegular;
          break;
        case DT_DIR:
          entry.type = FileType::kDirectory;
          break;
        case DT_LNK:
          entry.type = FileType::kSymlink;
          break;
        case DT_UNKNOWN: {  // some file systems (XFS without ftype, network) do not say
          struct stat st {};
          if (::lstat(JoinPath(dir, name).c_str(), &st) == 0) entry.type = TypeOf(st.st_mode);
          break;
        }
        default:
          break;
      }
      out.push_back(std::move(entry));
    }
    int err = errno;
    ::closedir(d);
    if (err != 0) return IoError(dir, "Không đọc được thư mục", "Cannot read the folder", err);
    std::sort(out.begin(), out.end(),
              [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    return out;
  }

  Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) override {
    struct stat st {};
    Result<int> opened = OpenRegular(path, &st);
    if (!opened.ok()) return opened.error();
    Fd fd(*opened);
    std::uint64_t size = static_cast<std::uint64_t>(st.st_size);
    if (size > max_bytes) return TooLarge(path, size, max_bytes);
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(size));
    std::size_t have = 0;
    for (;;) {
      if (have == bytes.size()) {
        // The file may have grown since fstat: keep reading, within the limit.
        if (bytes.size() >= max_bytes + 1) break;
        bytes.resize(std::min<std::uint64_t>(max_bytes + 1, std::max<std::size_t>(have * 2, 4096)));
      }
      ssize_t n = ::read(fd.get(), bytes.data() + have, bytes.size() - have);
      if (n < 0) {
        if (errno == EINTR) continue;
        return IoError(path, "Không đọc được tệp", "Cannot read the file", errno);
      }
      if (n == 0) break;
      have += static_cast<std::size_t>(n);
    }
    if (have > max_bytes) return TooLarge(path, have, max_bytes);
    bytes.resize(have);
    return bytes;
  }

  Result<std::string> Sha256File(const std::string& path) override {
    struct stat st {};
    Result<int> opened = OpenRegular(path, &st);
    if (!opened.ok()) return opened.error();
    Fd fd(*opened);
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    std::string buffer(1 << 16, '\0');
    for (;;) {
      ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return IoError(path, "Không đọc được tệp", "Cannot read the file", errno);
      }
      if (n == 0) break;
      engine.update(buffer.data(), static_cast<unsigned>(n));
    }
    return Poco::DigestEngine::digestToHex(engine.digest());
  }

  Status MakeDirs(const std::string& dir) override {
    if (dir.empty()) return OkStatus();
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) return OkStatus();
      return IoError(dir, "Không tạo được thư mục", "Cannot create the folder", ENOTDIR);
    }
    if (Status parent = MakeDirs(ParentPath(dir)); !parent.ok()) return parent;
    if (::mkdir(dir.c_str(), 0775) != 0 && errno != EEXIST) {
      return IoError(dir, "Không tạo được thư mục", "Cannot create the folder", errno);
    }
    return OkStatus();
  }

  Result<bool> RenameNoReplace(const std::string& from, const std::string& to) override {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
      return true;
    }
    int err = errno;
    if (err == EEXIST) return false;
    if (err != EINVAL && err != ENOSYS && err != EOPNOTSUPP) {
      return IoError(from, "Không chuyển được tệp", "Cannot move the file", err);
    }
    // A file system without RENAME_NOREPLACE (some network shares): a hard
    // link fails on an existing name; without hard links, look first.
    if (::link(from.c_str(), to.c_str()) == 0) {
      if (::unlink(from.c_str()) != 0) {
        return IoError(from, "Không chuyển được tệp", "Cannot move the file", errno);
      }
      return true;
    }
    if (errno == EEXIST) return false;
    struct stat st {};
    if (::lstat(to.c_str(), &st) == 0) return false;
    if (::rename(from.c_str(), to.c_str()) != 0) {
      return IoError(from, "Không chuyển được tệp", "Cannot move the file", errno);
    }
    return true;
  }

  Status WriteFileAtomic(const std::string& path, std::string_view bytes) override {
    std::string temp = JoinPath(
        ParentPath(path), "." + std::string(BaseName(path)) + ".tmp" + std::to_string(::getpid()));
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0664);
    if (fd < 0) return IoError(path, "Không ghi được tệp", "Cannot write the file", errno);
    Fd guard(fd);
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::unlink(temp.c_str());
        return IoError(path, "Không ghi được tệp", "Cannot write the file", err);
      }
      done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::rename(temp.c_str(), path.c_str()) != 0) {
      int err = errno;
      ::unlink(temp.c_str());
      return IoError(path, "Không ghi được tệp", "Cannot write the file", err);
    }
    return OkStatus();
  }

  Status Remove(const std::string& path) override {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
      return IoError(path, "Không xoá được tệp", "Cannot remove the file", errno);
    }
    return OkStatus();
  }

  Status SyncDir(const std::string& dir) override {
    int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return IoError(dir, "Không mở được thư mục", "Cannot open the folder", errno);
    Fd guard(fd);
    // Some file systems refuse fsync on a folder (EINVAL): nothing more to do there.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
      return IoError(dir, "Không đồng bộ được thư mục", "Cannot sync the folder", errno);
    }
    return OkStatus();
  }
};

}  // namespace

FileSystem& RealFileSystem() {
  static PosixFileSystem fs;
  return fs;
}

std::string JoinPath(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  std::string out(a);
  if (out.back() != '/') out += '/';
  while (!b.empty() && b.front() == '/') b.remove_prefix(1);
  out += b;
  return out;
}

std::string ParentPath(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  if (slash == 0) return "/";
  return std::string(path.substr(0, slash));
}

std::string_view BaseName(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

Result<LockFile> LockFile::Acquire(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0664);
  if (fd < 0) return IoError(path, "Không tạo được tệp khoá", "Cannot create the lock file", errno);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) {
      return MakeError(ErrorCode::kConfig,
                       Msg("Một tiến trình tonghop watch khác đang theo dõi thư mục này",
                           "Another tonghop watch process is watching this folder"),
                       path);
    }
    return IoError(path, "Không khoá được tệp", "Cannot lock the file", err);
  }
  return LockFile(fd);
}

LockFile& LockFile::operator=(LockFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

LockFile::~LockFile() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace tonghop::pipeline
