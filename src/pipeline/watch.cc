#include "pipeline/watch.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <map>
#include <mutex>
#include <set>

namespace tonghop::pipeline {
namespace {

// ---- Stop signals -------------------------------------------------------

std::atomic<bool> g_stop{false};
int g_stop_pipe[2] = {-1, -1};

extern "C" void OnStopSignal(int) {
  g_stop.store(true);
  if (g_stop_pipe[1] >= 0) {
    const char byte = 1;
    ssize_t ignored = ::write(g_stop_pipe[1], &byte, 1);
    (void)ignored;
  }
}

// Returns kStop when stop_fd is readable, else what `other` says.
Wake PollFds(int stop_fd, int other_fd, std::int64_t timeout_ms, bool* other_ready) {
  struct pollfd fds[2];
  nfds_t n = 0;
  fds[n++] = {stop_fd, POLLIN, 0};
  if (other_fd >= 0) fds[n++] = {other_fd, POLLIN, 0};
  int timeout = static_cast<int>(std::clamp<std::int64_t>(timeout_ms, 0, INT_MAX));
  int ready = ::poll(fds, n, timeout);
  *other_ready = false;
  if (ready < 0) return errno == EINTR && g_stop.load() ? Wake::kStop : Wake::kTimeout;
  if (ready == 0) return Wake::kTimeout;
  if (stop_fd >= 0 && (fds[0].revents & POLLIN)) return Wake::kStop;
  *other_ready = n > 1 && (fds[1].revents & (POLLIN | POLLERR | POLLHUP));
  return Wake::kChange;
}

// ---- Wakers -------------------------------------------------------------

class PollWaker final : public Waker {
 public:
  explicit PollWaker(int stop_fd) : stop_fd_(stop_fd) {}
  Wake Wait(std::int64_t timeout_ms) override {
    bool unused = false;
    Wake w = PollFds(stop_fd_, -1, timeout_ms, &unused);
    return w == Wake::kStop ? Wake::kStop : Wake::kTimeout;
  }
  const char* Kind() const override { return "poll"; }

 private:
  int stop_fd_;
};

class InotifyWaker final : public Waker {
 public:
  InotifyWaker(int fd, int stop_fd) : fd_(fd), stop_fd_(stop_fd) {}
  ~InotifyWaker() override { ::close(fd_); }

  void WatchFolders(const std::vector<std::string>& folders) override {
    std::set<std::string> wanted(folders.begin(), folders.end());
    for (auto it = watches_.begin(); it != watches_.end();) {
      if (wanted.count(it->first)) {
        ++it;
      } else {
        ::inotify_rm_watch(fd_, it->second);
        it = watches_.erase(it);
      }
    }
    for (const std::string& folder : wanted) {
      if (watches_.count(folder)) continue;
      int wd = ::inotify_add_watch(
          fd_, folder.c_str(),
          IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR);
      // A folder that cannot be watched (gone, or out of watches) is still
      // covered by the periodic rescan.
      if (wd >= 0) watches_[folder] = wd;
    }
  }

  Wake Wait(std::int64_t timeout_ms) override {
    bool events = false;
    Wake w = PollFds(stop_fd_, fd_, timeout_ms, &events);
    if (w != Wake::kChange || !events) return w == Wake::kChange ? Wake::kTimeout : w;
    // Drain the queue; the events are only hints, their content is unused
    // except for overflow and watches the kernel dropped.
    alignas(struct inotify_event) char buffer[64 * 1024];
    bool overflow = false;
    for (;;) {
      ssize_t n = ::read(fd_, buffer, sizeof buffer);
      if (n <= 0) break;
      for (char* p = buffer; p < buffer + n;) {
        auto* e = reinterpret_cast<struct inotify_event*>(p);
        if (e->mask & (IN_Q_OVERFLOW | IN_IGNORED)) overflow = true;
        if (e->mask & IN_IGNORED) {
          for (auto it = watches_.begin(); it != watches_.end(); ++it) {
            if (it->second == e->wd) {
              watches_.erase(it);
              break;
            }
          }
        }
        p += sizeof(struct inotify_event) + e->len;
      }
    }
    return overflow ? Wake::kOverflow : Wake::kChange;
  }
  const char* Kind() const override { return "inotify"; }

 private:
  int fd_;
  int stop_fd_;
  std::map<std::string, int> watches_;
};

}  // namespace

Result<std::unique_ptr<Waker>> MakeInotifyWaker(int stop_fd) {
  int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) {
    std::string reason = std::strerror(errno);
    return MakeError(ErrorCode::kIo, Msg("Không dùng được inotify (" + reason + ")",
                                         "inotify is not available (" + reason + ")"));
  }
  return std::unique_ptr<Waker>(std::make_unique<InotifyWaker>(fd, stop_fd));
}

std::unique_ptr<Waker> MakePollWaker(int stop_fd) { return std::make_unique<PollWaker>(stop_fd); }

bool IsNetworkFileSystem(const std::string& path) {
  struct statfs st {};
  if (::statfs(path.c_str(), &st) != 0) return false;
  switch (static_cast<unsigned long>(st.f_type)) {
    case 0x6969UL:      // NFS
    case 0x517BUL:      // SMB
    case 0xFF534D42UL:  // CIFS
    case 0xFE534D42UL:  // SMB2
    case 0x65735546UL:  // FUSE (sshfs, rclone, …)
    case 0x564C5AUL:    // NCP
    case 0x73757245UL:  // Coda
    case 0x5346414FUL:  // AFS
    case 0x6B414653UL:  // kAFS
    case 0x01021997UL:  // v9fs (9p, WSL shares)
      return true;
    default:
      return false;
  }
}

void StopSignals::Install() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (::pipe2(g_stop_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
      g_stop_pipe[0] = g_stop_pipe[1] = -1;
    }
    struct sigaction action {};
    action.sa_handler = OnStopSignal;
    sigemptyset(&action.sa_mask);
    // A second signal gets the default action: the operator can always kill.
    action.sa_flags = SA_RESETHAND;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
  });
}

bool StopSignals::Requested() { return g_stop.load(); }
int StopSignals::Fd() { return g_stop_pipe[0]; }

Status RunWatch(Inbox& inbox, Waker& waker, const Clock& clock, const WatchLoopOptions& options,
                const std::function<bool()>& stop_requested) {
  if (Status st = inbox.Recover(); !st.ok()) return st;
  // Watch before listing, so that a file landing in between is seen by one
  // or the other; a folder found by a scan is watched and then scanned again.
  std::vector<std::string> watched = inbox.folders();
  waker.WatchFolders(watched);
  if (Status st = inbox.Rescan(); !st.ok()) return st;
  bool rescan = inbox.folders() != watched;
  std::int64_t last_scan = clock.SteadyMs();
  while (!stop_requested()) {
    if (rescan) {
      if (inbox.folders() != watched) {
        watched = inbox.folders();
        waker.WatchFolders(watched);
      }
      if (Status st = inbox.Rescan(); !st.ok() && options.on_error) options.on_error(st.error());
      last_scan = clock.SteadyMs();
      rescan = inbox.folders() != watched;  // new folders: watch them, then look again
      if (rescan) continue;
    }
    while (!stop_requested() && inbox.ProcessNext()) {
    }
    if (stop_requested()) break;
    if (options.once && inbox.pending() == 0) break;
    const std::int64_t now = clock.SteadyMs();
    std::int64_t next = options.once ? now + 3600 * 1000 : last_scan + options.rescan_ms;
    if (std::optional<std::int64_t> due = inbox.NextDueMs()) next = std::min(next, *due);
    Wake wake = waker.Wait(std::max<std::int64_t>(0, next - now));
    if (wake == Wake::kStop) break;
    // --once works on what was there at start; the candidates re-check themselves.
    if (!options.once &&
        (wake != Wake::kTimeout || clock.SteadyMs() >= last_scan + options.rescan_ms)) {
      rescan = true;
    }
  }
  return OkStatus();
}

}  // namespace tonghop::pipeline
