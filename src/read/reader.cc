#include "read/reader.h"

namespace tonghop::read {

// Placeholder until the reader issue lands: nothing is recognised yet.
SniffResult SniffFormat(std::string_view) {
  return SniffResult{Sniffed::kUnsupported, Msg("chưa hỗ trợ", "not supported yet")};
}

Result<model::Document> ReadDocument(std::string_view bytes, const ReadOptions&) {
  SniffResult sniffed = SniffFormat(bytes);
  return MakeError(ErrorCode::kUnsupportedFormat, sniffed.description);
}

}  // namespace tonghop::read
