#include "read/wml_reader.h"

namespace tonghop::read {

// Placeholder until the WordprocessingML reader lands.
Result<model::Document> ReadWordprocessingMl(const Package&, model::Format, const ReadOptions&) {
  return MakeError(ErrorCode::kUnsupportedFormat, Msg("chưa hỗ trợ", "not supported yet"));
}

}  // namespace tonghop::read
