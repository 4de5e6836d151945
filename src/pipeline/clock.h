// Time for the pipeline, injected (STYLE 4): wall time in UTC seconds for
// what is recorded (the store's clock: received and ingested times), and a
// monotonic millisecond clock for waiting (the watcher's settle time,
// retries, periodic rescans). Tests use FakeClock and move time by hand, so
// watch-mode tests run in milliseconds without sleeping.
#pragma once

#include <atomic>
#include <cstdint>

#include "store/clock.h"

namespace tonghop::pipeline {

class Clock : public store::Clock {
 public:
  // Milliseconds from an arbitrary start; never goes back.
  virtual std::int64_t SteadyMs() const = 0;
};

// The system's clocks. Thread-safe; the instance lives forever.
const Clock& RealClock();

// A clock that says what it is told: wall = start + elapsed, steady = elapsed.
// Thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(std::int64_t start_utc_seconds) : start_ms_(start_utc_seconds * 1000) {}
  std::int64_t NowUtcSeconds() const override { return (start_ms_ + elapsed_ms_.load()) / 1000; }
  std::int64_t SteadyMs() const override { return elapsed_ms_.load(); }
  void AdvanceMs(std::int64_t ms) { elapsed_ms_.fetch_add(ms); }

 private:
  std::int64_t start_ms_;
  std::atomic<std::int64_t> elapsed_ms_{0};
};

}  // namespace tonghop::pipeline
