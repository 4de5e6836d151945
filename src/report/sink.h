// Where renderers write their bytes. A renderer never opens files: it writes
// through a Sink, so the same code fills a string (tests, benchmarks), a
// stream or a file that the CLI replaces atomically.
//
// Failure: Write returns an Error (kIo for a file that cannot be written);
// the renderer stops and returns it. Not thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "common/error.h"

namespace tonghop::report {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual Status Write(std::string_view bytes) = 0;
};

// Appends to a string owned by the caller (which must outlive the sink).
class StringSink final : public Sink {
 public:
  explicit StringSink(std::string& out) : out_(out) {}
  Status Write(std::string_view bytes) override {
    out_.append(bytes);
    return OkStatus();
  }

 private:
  std::string& out_;
};

// Writes to a stream owned by the caller; a failed stream gives kIo.
class OstreamSink final : public Sink {
 public:
  explicit OstreamSink(std::ostream& out) : out_(out) {}
  Status Write(std::string_view bytes) override;

 private:
  std::ostream& out_;
};

}  // namespace tonghop::report
