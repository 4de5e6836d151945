// Reading input files from disk, within the size limit, for the commands that
// take paths (inspect, ingest). The rest of the pipeline reaches the file
// system through pipeline/fs.h.
#pragma once

#include <cstdint>
#include <string>

#include "common/error.h"

namespace tonghop::pipeline {

// The whole file. kIo when it cannot be opened or is not a regular file;
// kLimitExceeded when it is larger than max_bytes (checked before reading).
Result<std::string> ReadWholeFile(const std::string& path, std::uint64_t max_bytes);

}  // namespace tonghop::pipeline
