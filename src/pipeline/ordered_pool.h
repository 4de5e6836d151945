// A small thread pool that gives results back in the order jobs were
// submitted, with a bound on the jobs in flight.
//
// Batch reads and analyses documents on all cores but stores them from one
// thread in input order: the caller submits jobs and receives each result
// through `ready` on its own thread, oldest first. At most max_in_flight jobs
// (queued, running or finished but not yet handed back) exist at any time;
// Submit waits for the oldest one when the pool is full. That bound is what
// keeps memory flat however long the input is.
//
// Exceptions thrown by a job propagate out of Submit/Drain on the caller's
// thread (wrap jobs that must not throw). Not thread-safe: one thread
// submits and drains. The destructor waits for running jobs and discards
// results not yet handed back.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace tonghop::pipeline {

template <typename Out>
class OrderedPool {
 public:
  // threads == 0 runs every job inline inside Submit.
  OrderedPool(unsigned threads, std::size_t max_in_flight)
      : max_in_flight_(std::max<std::size_t>(1, max_in_flight)) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : workers_) t.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Queues `job` (a callable returning Out). While max_in_flight results
  // are pending, first hands the oldest to `ready` (waiting for it).
  template <typename Job, typename Ready>
  void Submit(Job&& job, Ready&& ready) {
    while (pending_.size() >= max_in_flight_) HandBackOldest(ready);
    std::packaged_task<Out()> task(std::forward<Job>(job));
    pending_.push_back(task.get_future());
    if (workers_.empty()) {
      task();
    } else {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        queue_.push_back(std::move(task));
      }
      wake_.notify_one();
    }
  }

  // Hands back every pending result, in order.
  template <typename Ready>
  void Drain(Ready&& ready) {
    while (!pending_.empty()) HandBackOldest(ready);
  }

  std::size_t in_flight() const { return pending_.size(); }

 private:
  template <typename Ready>
  void HandBackOldest(Ready& ready) {
    std::future<Out> oldest = std::move(pending_.front());
    pending_.pop_front();
    ready(oldest.get());
  }

  void Work() {
    for (;;) {
      std::packaged_task<Out()> task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, nothing left
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      task();
    }
  }

  const std::size_t max_in_flight_;
  std::deque<std::future<Out>> pending_;  // caller's thread only
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::packaged_task<Out()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace tonghop::pipeline
