#include "read/report_xml.h"

namespace tonghop::read {

Result<model::Document> ReadReportXml(std::string_view, const ReadOptions&) {
  return MakeError(ErrorCode::kUnsupportedFormat, Msg("chưa hỗ trợ", "not supported yet"));
}

}  // namespace tonghop::read
