// Safety limits for reading one untrusted document. Every reader enforces
// them; going over one is an ErrorCode::kLimitExceeded error naming the limit.
#pragma once

#include <chrono>
#include <cstdint>

namespace tonghop::read {

struct ReadLimits {
  std::uint64_t max_input_bytes = 200ull << 20;  // the file itself
  std::uint32_t max_zip_entries = 10000;
  std::uint64_t max_part_bytes = 256ull << 20;          // one inflated part
  std::uint64_t max_total_inflated_bytes = 1ull << 30;  // all parts read from one package
  // Inflated/compressed ratio over the whole package, and per entry for
  // entries of at least ratio_floor_bytes (small blank parts legitimately
  // compress 300-1000:1).
  std::uint32_t max_total_ratio = 200;
  std::uint32_t max_entry_ratio = 1100;
  std::uint64_t ratio_floor_bytes = 1ull << 20;
  std::uint32_t max_xml_depth = 256;                   // element nesting in the walker
  std::uint64_t max_text_chars = 50ull * 1000 * 1000;  // extracted text
  std::chrono::milliseconds max_time{5000};            // wall time for one document
};

}  // namespace tonghop::read
