#include "report/sink.h"

namespace tonghop::report {

Status OstreamSink::Write(std::string_view bytes) {
  out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out_) {
    return MakeError(ErrorCode::kIo, Msg("Không ghi được dữ liệu ra", "Cannot write the output"));
  }
  return OkStatus();
}

}  // namespace tonghop::report
