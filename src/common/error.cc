#include "common/error.h"

namespace tonghop {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage:
      return "usage";
    case ErrorCode::kConfig:
      return "config";
    case ErrorCode::kUnsupportedFormat:
      return "unsupported-format";
    case ErrorCode::kCorrupt:
      return "corrupt";
    case ErrorCode::kEncrypted:
      return "encrypted";
    case ErrorCode::kLimitExceeded:
      return "limit-exceeded";
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kStore:
      return "store";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

int ExitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage:
    case ErrorCode::kConfig:
      return 2;
    case ErrorCode::kUnsupportedFormat:
    case ErrorCode::kCorrupt:
    case ErrorCode::kEncrypted:
    case ErrorCode::kLimitExceeded:
    case ErrorCode::kIo:
      return 3;
    case ErrorCode::kStore:
    case ErrorCode::kInternal:
      return 4;
  }
  return 4;
}

std::string Error::Describe(Lang lang) const {
  const std::string& text = what.In(lang);
  if (where.empty()) return text;
  return where + ": " + text;
}

}  // namespace tonghop
