// The wall clock, injected so that stored times (ingested_at, journal
// timestamps) are deterministic in tests. Times are UTC seconds since
// 1970-01-01T00:00:00Z.
#pragma once

#include <atomic>
#include <cstdint>

namespace tonghop::store {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t NowUtcSeconds() const = 0;
};

// The system clock. Thread-safe; the instance lives forever.
const Clock& SystemClock();

// A clock that says what it is told. Thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(std::int64_t utc_seconds) : now_(utc_seconds) {}
  std::int64_t NowUtcSeconds() const override { return now_.load(); }
  void Set(std::int64_t utc_seconds) { now_.store(utc_seconds); }
  void Advance(std::int64_t seconds) { now_.fetch_add(seconds); }

 private:
  std::atomic<std::int64_t> now_;
};

}  // namespace tonghop::store
