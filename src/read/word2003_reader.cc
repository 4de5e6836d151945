#include "read/word2003_reader.h"

namespace tonghop::read {

// Placeholder until the Word 2003 reader lands.
Result<model::Document> ReadWord2003(std::string_view, const ReadOptions&) {
  return MakeError(ErrorCode::kUnsupportedFormat, Msg("chưa hỗ trợ", "not supported yet"));
}

}  // namespace tonghop::read
