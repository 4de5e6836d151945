#include "pipeline/runner.h"

#include <thread>

#include "pipeline/ordered_pool.h"

namespace tonghop::pipeline {

struct IntakeRunner::Prepared {
  std::string path;
  Result<model::Record> record;
};

class IntakeRunner::Pool : public OrderedPool<IntakeRunner::Prepared> {
 public:
  using OrderedPool<IntakeRunner::Prepared>::OrderedPool;
};

namespace {

unsigned ThreadCount(unsigned asked) {
  if (asked > 0) return asked;
  unsigned cores = std::thread::hardware_concurrency();
  return cores <= 2 ? 1 : cores - 1;
}

}  // namespace

IntakeRunner::IntakeRunner(store::Store& store, const campaign::Campaign& campaign,
                           RunnerOptions options, OnOutcome on_outcome)
    : store_(store),
      campaign_(campaign),
      keys_(campaign),
      options_(std::move(options)),
      on_outcome_(std::move(on_outcome)) {
  options_.threads = ThreadCount(options_.threads);
  if (options_.max_in_flight == 0) options_.max_in_flight = 2 * options_.threads + 2;
  pool_ = std::make_unique<Pool>(options_.threads, options_.max_in_flight);
}

IntakeRunner::~IntakeRunner() = default;

void IntakeRunner::Submit(std::string bytes, Origin origin) {
  auto job = [this, bytes = std::move(bytes), origin = std::move(origin)]() -> Prepared {
    return Prepared{origin.path,
                    PrepareDocument(bytes, origin, keys_, options_.read, options_.assigned)};
  };
  pool_->Submit(std::move(job), [this](Prepared&& p) { Handle(std::move(p)); });
}

void IntakeRunner::SubmitFailure(std::string path, Error error) {
  auto job = [path = std::move(path), error = std::move(error)]() -> Prepared {
    return Prepared{path, error};
  };
  pool_->Submit(std::move(job), [this](Prepared&& p) { Handle(std::move(p)); });
}

Status IntakeRunner::Finish() {
  pool_->Drain([this](Prepared&& p) { Handle(std::move(p)); });
  if (store_error_) return *store_error_;
  return OkStatus();
}

void IntakeRunner::Handle(Prepared&& prepared) {
  if (store_error_) return;  // stopped: drop what was prepared after the failure
  DocumentOutcome outcome;
  if (!prepared.record.ok()) {
    outcome = FailedOutcome(prepared.path, prepared.record.take_error());
  } else {
    Result<DocumentOutcome> stored = StoreRecord(store_, campaign_.id, *prepared.record);
    if (!stored.ok()) {
      store_error_ = stored.take_error();
      return;
    }
    outcome = std::move(*stored);
  }
  summary_.Add(outcome);
  if (on_outcome_) on_outcome_(outcome);
}

}  // namespace tonghop::pipeline
