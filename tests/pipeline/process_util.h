// Running the real tonghop binary (TONGHOP_BINARY) from tests: spawn with a
// working directory and output files, wait with a timeout, signal.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "pipeline_test_util.h"

namespace tonghop::pipeline::testing {

class Child {
 public:
  // Starts TONGHOP_BINARY with `args` in `cwd`; stdout and stderr go to the
  // given files (appended).
  static Child Start(const std::vector<std::string>& args, const std::string& cwd,
                     const std::string& out_file, const std::string& err_file) {
    std::vector<std::string> all{TONGHOP_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = ::fork();
    if (pid == 0) {  // only async-signal-safe calls until exec
      if (::chdir(cwd.c_str()) != 0) ::_exit(120);
      int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      if (out < 0 || err < 0) ::_exit(121);
      ::dup2(out, 1);
      ::dup2(err, 2);
      ::execv(argv[0], argv.data());
      ::_exit(122);
    }
    return Child(pid);
  }

  Child(Child&& other) noexcept : pid_(other.pid_) { other.pid_ = -1; }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      ::waitpid(pid_, &status, 0);
    }
  }

  void Signal(int sig) const {
    if (pid_ > 0) ::kill(pid_, sig);
  }

  // The exit code; 128 + signal when killed; -1 on timeout (then killed).
  int Wait(std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    auto until = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      int status = 0;
      pid_t done = ::waitpid(pid_, &status, WNOHANG);
      if (done == pid_) {
        pid_ = -1;
        if (WIFEXITED(status)) return WEXITSTATUS(status);
        if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
        return -2;
      }
      if (std::chrono::steady_clock::now() > until) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        pid_ = -1;
        return -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

 private:
  explicit Child(pid_t pid) : pid_(pid) {}
  pid_t pid_;
};

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs TONGHOP_BINARY to the end in `cwd`.
inline RunResult RunTonghop(const std::vector<std::string>& args, const std::string& cwd) {
  static int counter = 0;
  std::string base =
      "/tmp/tonghop-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::string out_file = base + ".out", err_file = base + ".err";
  RunResult r;
  {
    Child child = Child::Start(args, cwd, out_file, err_file);
    r.code = child.Wait();
  }
  r.out = ReadFileBytes(out_file);
  r.err = ReadFileBytes(err_file);
  ::unlink(out_file.c_str());
  ::unlink(err_file.c_str());
  return r;
}

// Polls `condition` every millisecond until it holds or `timeout` passes.
template <typename Condition>
bool WaitFor(Condition condition, std::chrono::milliseconds timeout = std::chrono::seconds(15)) {
  auto until = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

}  // namespace tonghop::pipeline::testing
