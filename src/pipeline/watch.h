// The watch loop around an Inbox (pipeline/inbox.h): what wakes it, when it
// rescans, when it stops.
//
// Discovery never depends on events: the loop rescans the inbox at start-up,
// on every wake-up by an event (inotify: IN_CLOSE_WRITE, IN_MOVED_TO,
// IN_CREATE), on a queue overflow, and every rescan_ms as a safety net. The
// polling waker (network shares, `--poll`) has no events: it only rescans
// every rescan_ms. Between wake-ups the loop sleeps until the next candidate
// is due (its settle time) or the next periodic rescan.
//
// Stopping: SIGINT/SIGTERM (StopSignals) end the loop after the current
// document; a second signal kills the process at once (default action).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/error.h"
#include "pipeline/clock.h"
#include "pipeline/inbox.h"

namespace tonghop::pipeline {

enum class Wake { kTimeout, kChange, kOverflow, kStop };

class Waker {
 public:
  virtual ~Waker() = default;
  // Blocks until something may have changed, timeout_ms passed, or a stop
  // was requested.
  virtual Wake Wait(std::int64_t timeout_ms) = 0;
  // The folders to watch from now on (the inbox and its subfolders).
  virtual void WatchFolders(const std::vector<std::string>& /*folders*/) {}
  virtual const char* Kind() const = 0;  // "inotify", "poll"
};

// inotify on the folders; stop_fd (StopSignals::Fd) becoming readable means
// stop. kIo when inotify is not available.
Result<std::unique_ptr<Waker>> MakeInotifyWaker(int stop_fd);
// Only timeouts and stop.
std::unique_ptr<Waker> MakePollWaker(int stop_fd);

// True when `path` is on a file system whose changes inotify may not see
// (NFS, SMB/CIFS, FUSE mounts such as sshfs): such inboxes are polled.
bool IsNetworkFileSystem(const std::string& path);

// SIGINT and SIGTERM request a stop: a flag and a pipe that becomes readable
// (so a waiting poll(2) wakes up). Install() is idempotent.
class StopSignals {
 public:
  static void Install();
  static bool Requested();
  static int Fd();
};

struct WatchLoopOptions {
  bool once = false;               // process what is there (after its settle time), then return
  std::int64_t rescan_ms = 30000;  // periodic rescan (the poll interval when polling)
  // Problems the loop itself meets (the inbox cannot be listed); the inbox
  // logs its own.
  std::function<void(const Error&)> on_error;
};

// Recover, rescan, process, wait, … until `stop_requested` says so or, with
// `once`, nothing is left. An error only when the journal or the inbox
// cannot be read at start-up.
Status RunWatch(Inbox& inbox, Waker& waker, const Clock& clock, const WatchLoopOptions& options,
                const std::function<bool()>& stop_requested);

}  // namespace tonghop::pipeline
