// The wall-time budget of reading one document (ReadLimits::max_time),
// checked between steps (parts, phases), never by a thread or a signal.
#pragma once

#include <chrono>

#include "common/error.h"

namespace tonghop::read {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  // A deadline `budget` from now; a zero or negative budget never expires.
  explicit Deadline(std::chrono::milliseconds budget)
      : budget_(budget), end_(Clock::now() + budget) {}
  static Deadline Never() { return Deadline(std::chrono::milliseconds(0)); }

  bool Expired() const { return budget_.count() > 0 && Clock::now() >= end_; }

  // OkStatus, or kLimitExceeded naming the budget when it has run out.
  Status Check(std::string_view where = {}) const {
    if (!Expired()) return OkStatus();
    std::string seconds = std::to_string(budget_.count() / 1000.0);
    seconds.erase(seconds.find_last_not_of('0') + 1);
    if (!seconds.empty() && seconds.back() == '.') seconds.pop_back();
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Đọc văn bản quá " + seconds + " giây (giới hạn thời gian)",
                         "Reading took longer than " + seconds + " s (time limit)"),
                     std::string(where));
  }

 private:
  std::chrono::milliseconds budget_;
  Clock::time_point end_;
};

}  // namespace tonghop::read
