// The one error type inside the library, and Result<T>.
//
// Stages return Result<T>; adapters turn Poco exceptions, libxml2 callbacks and
// ICU UErrorCodes into an Error at the boundary. Only src/cli maps an
// ErrorCode to a process exit code (see ExitCodeFor). Problems a document may
// legitimately have (a missing section, a late report) are not errors: they are
// model::Finding values carried in the record.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "common/lang.h"

namespace tonghop {

enum class ErrorCode {
  kUsage,              // bad command line (exit 2)
  kConfig,             // bad configuration, e.g. a campaign file that fails its schema (exit 2)
  kUnsupportedFormat,  // not a document we read: .doc, PDF, image, ODT ... (exit 3)
  kCorrupt,            // a document we read, but broken (exit 3)
  kEncrypted,          // password-protected document or encrypted ZIP entry (exit 3)
  kLimitExceeded,      // over a safety limit: size, ratio, entries, depth, time (exit 3)
  kIo,                 // the file system refused (exit 3)
  kStore,              // the store (database) failed (exit 4)
  kInternal,           // a bug (exit 4)
};

// A stable kebab-case name for the code, used in JSON output and logs.
const char* ErrorCodeName(ErrorCode code);

// Process exit code for an error, per the CLI contract (spec/cli.md).
int ExitCodeFor(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  // Where: a path, a part inside a package, a line:column. May be empty.
  std::string where;
  LocalizedText what;

  // "where: what" in the chosen language (just "what" when where is empty).
  std::string Describe(Lang lang) const;
};

inline Error MakeError(ErrorCode code, LocalizedText what, std::string where = {}) {
  return Error{code, std::move(where), std::move(what)};
}

// Holds either a value or an Error. Cheap to move; check ok() before value().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<T>(data_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(data_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(data_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<Error>(data_);
  }
  Error&& take_error() {
    assert(!ok());
    return std::get<Error>(std::move(data_));
  }

 private:
  std::variant<T, Error> data_;
};

// Result for operations with no value.
struct Ok {};
using Status = Result<Ok>;
inline Status OkStatus() { return Ok{}; }

}  // namespace tonghop
