#include "pipeline/clock.h"

#include <chrono>

namespace tonghop::pipeline {
namespace {

class SystemClocks final : public Clock {
 public:
  std::int64_t NowUtcSeconds() const override { return store::SystemClock().NowUtcSeconds(); }
  std::int64_t SteadyMs() const override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
  }
};

}  // namespace

const Clock& RealClock() {
  static const SystemClocks clock;
  return clock;
}

}  // namespace tonghop::pipeline
