#include "read/byte_source.h"

namespace tonghop::read {

Error ReadPastEnd() {
  return MakeError(ErrorCode::kCorrupt,
                   Msg("Dữ liệu hết sớm hơn dự kiến (tệp bị cắt cụt hoặc bị ghi lại trong khi đọc)",
                       "The data ends too early (the file was cut short or rewritten while being "
                       "read)"));
}

Result<std::string_view> MemoryByteSource::ReadAt(std::uint64_t offset, std::size_t length,
                                                  std::string& /*scratch*/) const {
  if (offset > bytes_.size() || length > bytes_.size() - offset) return ReadPastEnd();
  return bytes_.substr(static_cast<std::size_t>(offset), length);
}

}  // namespace tonghop::read
