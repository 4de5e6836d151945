// The intake runner behind `ingest` and `batch`: documents are prepared
// (SHA-256, read, analyse: intake.h) on a small thread pool and stored from
// the caller's thread in the order they were submitted, one transaction
// each. A bounded number of documents is in flight at any time, so memory
// does not grow with the number of documents.
//
// A bad document is a failed outcome (reported, counted, skipped); a store
// error stops the run: later documents are not stored, Finish() returns the
// error, and the command exits 4.
//
// Not thread-safe: one thread submits and finishes.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "campaign/campaign.h"
#include "check/campaign_keys.h"
#include "common/error.h"
#include "pipeline/intake.h"
#include "read/reader.h"
#include "store/store.h"

namespace tonghop::pipeline {

struct RunnerOptions {
  read::ReadOptions read;
  // Threads preparing documents. 0: one per core but one, which the storing
  // thread keeps busy (measured: on 2 cores, 1 worker + the storing thread
  // beats 2 workers + the storing thread by ~10%, bench/pipeline_batch.sh).
  unsigned threads = 0;
  std::size_t max_in_flight = 0;  // 0: 2 × threads + 2
  check::Assignment assigned;     // --unit/--period for every document of the run
};

class IntakeRunner {
 public:
  // Called on the caller's thread for every document, in submission order,
  // after it was stored (or failed).
  using OnOutcome = std::function<void(const DocumentOutcome&)>;

  // `store` and `campaign` must outlive the runner.
  IntakeRunner(store::Store& store, const campaign::Campaign& campaign, RunnerOptions options,
               OnOutcome on_outcome);
  ~IntakeRunner();
  IntakeRunner(const IntakeRunner&) = delete;
  IntakeRunner& operator=(const IntakeRunner&) = delete;

  // Queues a document. May block while the pool is full; earlier documents
  // are stored meanwhile (and reported through on_outcome).
  void Submit(std::string bytes, Origin origin);
  // A document that failed before it could be read (an unreadable file, a
  // refused archive entry), reported in its place in the order.
  void SubmitFailure(std::string path, Error error);
  // Stores what is still queued. Returns the store error that stopped the
  // run, if any.
  Status Finish();

  // True once a store error stopped the run: callers may stop feeding.
  bool stopped() const { return store_error_.has_value(); }
  const Summary& summary() const { return summary_; }

 private:
  struct Prepared;
  void Handle(Prepared&& prepared);

  store::Store& store_;
  const campaign::Campaign& campaign_;
  const check::CampaignKeys keys_;  // built once, shared by the preparing threads
  RunnerOptions options_;
  OnOutcome on_outcome_;
  Summary summary_;
  std::optional<Error> store_error_;
  class Pool;
  std::unique_ptr<Pool> pool_;
};

}  // namespace tonghop::pipeline
