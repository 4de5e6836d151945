// A small ZIP writer over zlib: stored or deflated entries, a fixed DOS
// timestamp, CRC-32, sizes in the local headers (no data descriptors, no
// ZIP64, no extra fields), central directory and end record. The same
// entries added in the same order give the same bytes, which is what makes
// DOCX output reproducible. General purpose: nothing here knows OOXML.
//
//   std::string bytes;
//   StringSink sink(bytes);
//   ZipWriter zip(sink);
//   zip.Add("[Content_Types].xml", xml);              // deflated
//   zip.Add("image.png", png, ZipMethod::kStored);
//   zip.Finish();
//
// Each entry is compressed in memory and written at once (entries of a
// report are small). Names are UTF-8; the UTF-8 flag (bit 11) is set for a
// name outside ASCII.
//
// Failure: kInternal for a bad name (empty, absolute, "..", backslash,
// duplicate) or a call after Finish; kLimitExceeded past the classic ZIP
// limits (65 535 entries, 4 GiB per entry or archive); a Sink error as is.
// After an error the archive is unusable. Not thread-safe.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "report/sink.h"

namespace tonghop::report {

enum class ZipMethod { kStored, kDeflated };

// MS-DOS date and time as ZIP stores them (local time, 2-second steps).
struct DosDateTime {
  int year = 1980;  // 1980..2107
  int month = 1;
  int day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;

  std::uint16_t DosDate() const;
  std::uint16_t DosTime() const;
};

struct ZipWriterOptions {
  DosDateTime time;       // every entry gets this time; default 1980-01-01 00:00
  int deflate_level = 6;  // zlib level 1..9
};

class ZipWriter {
 public:
  explicit ZipWriter(Sink& sink, ZipWriterOptions options = {});
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  Status Add(std::string_view name, std::string_view data, ZipMethod method = ZipMethod::kDeflated);
  // Writes the central directory and the end record. Call once, last.
  Status Finish();

 private:
  struct Entry {
    std::string name;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
  };
  Status Emit(std::string_view bytes);

  Sink& sink_;
  ZipWriterOptions options_;
  std::vector<Entry> entries_;
  std::set<std::string, std::less<>> names_;
  std::uint64_t offset_ = 0;
  bool finished_ = false;
  std::string header_;  // reused for headers
};

// Deflates `data` as a raw deflate stream (no zlib/gzip wrapper), the form a
// ZIP entry with method 8 holds.
Result<std::string> DeflateRaw(std::string_view data, int level);

}  // namespace tonghop::report
