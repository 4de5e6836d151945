// The file system as the pipeline sees it: a small interface so that the
// inbox watcher's logic (pipeline/inbox.h) runs against an in-memory fake in
// tests, including simulated crashes between any two steps.
//
// Paths are plain UTF-8 strings with '/' separators, as the caller built them
// (JoinPath); nothing here resolves or canonicalises them.
//
// Failure: ErrorCode::kIo with the path in Error::where and the system's
// reason in both languages; kLimitExceeded for a file over a size limit.
// Thread-safety: RealFileSystem() is stateless and safe from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace tonghop::pipeline {

enum class FileType { kRegular, kDirectory, kSymlink, kOther };

// What lstat(2) says; symlinks are reported, never followed.
struct FileInfo {
  FileType type = FileType::kRegular;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;  // last data change
  std::int64_t ctime_ns = 0;  // last status change: the last write, or the rename into the folder
  std::uint64_t dev = 0;
  std::uint64_t inode = 0;

  bool operator==(const FileInfo&) const = default;
};

struct DirEntry {
  std::string name;
  FileType type = FileType::kRegular;  // without following symlinks
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // nullopt when nothing is at `path`.
  virtual Result<std::optional<FileInfo>> Stat(const std::string& path) = 0;
  // The entries of a folder without "." and "..", sorted by name (bytes).
  virtual Result<std::vector<DirEntry>> List(const std::string& dir) = 0;
  // The whole regular file (a symlink is refused). kLimitExceeded when it is
  // larger than max_bytes: checked before reading and while reading, so a
  // file that grows meanwhile never costs more than max_bytes of memory.
  virtual Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) = 0;
  // SHA-256 (64 lower-case hex digits) of a regular file of any size, read
  // in chunks.
  virtual Result<std::string> Sha256File(const std::string& path) = 0;
  // Creates the folder and its missing parents (no error when it exists).
  virtual Status MakeDirs(const std::string& dir) = 0;
  // Renames a file without ever replacing one: false (and nothing changed)
  // when `to` exists. Both paths must be on one file system.
  virtual Result<bool> RenameNoReplace(const std::string& from, const std::string& to) = 0;
  // Writes `bytes` to `path` so that readers see the old file or the whole
  // new one: a temporary file beside it, fsync, rename over.
  virtual Status WriteFileAtomic(const std::string& path, std::string_view bytes) = 0;
  // Removes a file; no error when it is already gone.
  virtual Status Remove(const std::string& path) = 0;
  // fsync(2) on a folder, so that renames into and out of it survive a
  // power cut.
  virtual Status SyncDir(const std::string& dir) = 0;
};

// The operating system's file system (POSIX calls).
FileSystem& RealFileSystem();

// "a" + "b" → "a/b"; an empty side gives the other; no doubled '/'.
std::string JoinPath(std::string_view a, std::string_view b);
// The part before the last '/', "" when there is none.
std::string ParentPath(std::string_view path);
// The part after the last '/'.
std::string_view BaseName(std::string_view path);

// An exclusive advisory lock (flock) on a file, held until the object dies
// or the process ends (also by kill -9). Used so that two watchers never work
// on one inbox.
class LockFile {
 public:
  // kIo when the file cannot be created; kConfig when another process holds
  // the lock.
  static Result<LockFile> Acquire(const std::string& path);
  LockFile(LockFile&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  LockFile& operator=(LockFile&& other) noexcept;
  LockFile(const LockFile&) = delete;
  LockFile& operator=(const LockFile&) = delete;
  ~LockFile();

 private:
  explicit LockFile(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace tonghop::pipeline
