// Reading input files from disk, within the size limit, for the commands that
// take paths (inspect, ingest). The rest of the pipeline reaches the file
// system through pipeline/fs.h.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace tonghop::pipeline {

// The whole file. kIo when it cannot be opened or is not a regular file;
// kLimitExceeded when it is larger than max_bytes (checked before reading).
Result<std::string> ReadWholeFile(const std::string& path, std::uint64_t max_bytes);

// A file named by the user (symlinks followed), with its modification time
// (the received time of a file given on the command line).
struct InputFile {
  std::string bytes;
  std::int64_t mtime_ns = 0;
};
Result<InputFile> ReadInputFile(const std::string& path, std::uint64_t max_bytes);

// The files to take from PATH... arguments: a file stands for itself (even
// a dot-file: the user named it); a folder for every file below it, in name
// order, skipping dot-files and dot-folders, Office owner files (`~$*`) and
// LibreOffice locks (`.~lock*`), and not following links to folders.
// `accept(name)` filters the files found in folders (e.g. only *.zip); null
// accepts all. Paths that do not exist or folders that cannot be read are
// returned as errors in `problems`, in order, and the walk goes on.
struct InputList {
  std::vector<std::string> files;
  std::vector<Error> problems;
};
InputList ListInputs(const std::vector<std::string>& paths,
                     const std::function<bool(std::string_view name)>& accept = {});

}  // namespace tonghop::pipeline
