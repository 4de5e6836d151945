#include "pipeline/files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "pipeline/fs.h"

namespace tonghop::pipeline {

Result<std::string> ReadWholeFile(const std::string& path, std::uint64_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    std::string reason = std::strerror(errno);
    if (errno == ENOENT) {
      return MakeError(ErrorCode::kIo, Msg("Không có tệp này", "No such file"), path);
    }
    return MakeError(
        ErrorCode::kIo,
        Msg("Không mở được tệp (" + reason + ")", "Cannot open the file (" + reason + ")"), path);
  }
  if (S_ISDIR(st.st_mode)) {
    return MakeError(ErrorCode::kIo,
                     Msg("Đây là thư mục, không phải tệp", "This is a folder, not a file"), path);
  }
  if (!S_ISREG(st.st_mode)) {
    return MakeError(ErrorCode::kIo, Msg("Không phải tệp thông thường", "Not a regular file"),
                     path);
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Tệp quá lớn (" + std::to_string(st.st_size) + " byte, giới hạn " +
                             std::to_string(max_bytes) + ")",
                         "File too large (" + std::to_string(st.st_size) + " bytes, limit " +
                             std::to_string(max_bytes) + ")"),
                     path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return MakeError(ErrorCode::kIo, Msg("Không mở được tệp", "Cannot open the file"), path);
  }
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  // The file may have grown meanwhile: never read past the limit.
  return bytes;
}

Result<InputFile> ReadInputFile(const std::string& path, std::uint64_t max_bytes) {
  struct stat st {};
  std::int64_t mtime_ns = 0;
  if (::stat(path.c_str(), &st) == 0) {
    mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  }
  Result<std::string> bytes = ReadWholeFile(path, max_bytes);
  if (!bytes.ok()) return bytes.take_error();
  return InputFile{std::move(*bytes), mtime_ns};
}

namespace {

constexpr int kMaxFolderDepth = 32;

bool SkippedInFolder(std::string_view name) {
  return name.empty() || name.front() == '.' || name.rfind("~$", 0) == 0;
}

void WalkFolder(const std::string& dir, int depth,
                const std::function<bool(std::string_view)>& accept, InputList& out) {
  Result<std::vector<DirEntry>> listed = RealFileSystem().List(dir);
  if (!listed.ok()) {
    out.problems.push_back(listed.take_error());
    return;
  }
  for (const DirEntry& entry : *listed) {
    if (SkippedInFolder(entry.name)) continue;
    std::string path = JoinPath(dir, entry.name);
    FileType type = entry.type;
    if (type == FileType::kSymlink) {  // a link to a file is taken, a link to a folder is not
      struct stat st {};
      if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      type = FileType::kRegular;
    }
    if (type == FileType::kDirectory) {
      if (depth < kMaxFolderDepth) WalkFolder(path, depth + 1, accept, out);  // bounded
    } else if (type == FileType::kRegular && (!accept || accept(entry.name))) {
      out.files.push_back(std::move(path));
    }
  }
}

}  // namespace

InputList ListInputs(const std::vector<std::string>& paths,
                     const std::function<bool(std::string_view)>& accept) {
  InputList out;
  for (const std::string& path : paths) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      std::string reason = std::strerror(errno);
      out.problems.push_back(
          errno == ENOENT
              ? MakeError(ErrorCode::kIo,
                          Msg("Không có tệp hoặc thư mục này", "No such file or folder"), path)
              : MakeError(ErrorCode::kIo,
                          Msg("Không mở được (" + reason + ")", "Cannot open (" + reason + ")"),
                          path));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      WalkFolder(path, 0, accept, out);
    } else {
      out.files.push_back(path);
    }
  }
  return out;
}

}  // namespace tonghop::pipeline
