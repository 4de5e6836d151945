#include "pipeline/files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace tonghop::pipeline {

Result<std::string> ReadWholeFile(const std::string& path, std::uint64_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    std::string reason = std::strerror(errno);
    if (errno == ENOENT) {
      return MakeError(ErrorCode::kIo, Msg("Không có tệp này", "No such file"), path);
    }
    return MakeError(ErrorCode::kIo, Msg("Không mở được tệp (" + reason + ")",
                                         "Cannot open the file (" + reason + ")"), path);
  }
  if (S_ISDIR(st.st_mode)) {
    return MakeError(ErrorCode::kIo, Msg("Đây là thư mục, không phải tệp", "This is a folder, not a file"), path);
  }
  if (!S_ISREG(st.st_mode)) {
    return MakeError(ErrorCode::kIo, Msg("Không phải tệp thông thường", "Not a regular file"), path);
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

}  // namespace tonghop::pipeline
