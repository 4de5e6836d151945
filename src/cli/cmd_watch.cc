// tonghop watch INBOX --campaign C.xml [--data-dir D] [--store URI]
//               [--poll SECONDS] [--once] [--settle MS] [--log FILE]
#include <stdlib.h>

#include <cmath>
#include <fstream>
#include <memory>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/intake_command.h"
#include "pipeline/clock.h"
#include "pipeline/fs.h"
#include "pipeline/inbox.h"
#include "pipeline/watch.h"

namespace tonghop::cli {
namespace {

constexpr std::int64_t kDefaultSettleMs = 3000;
constexpr std::int64_t kRescanMs = 30000;      // safety net beside inotify
constexpr std::int64_t kNetworkPollMs = 5000;  // shares without inotify
constexpr std::string_view kLockName = ".tonghop-watch.lock";

std::optional<double> ParseNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value) || value < 0) return std::nullopt;
  return value;
}

}  // namespace

int RunWatch(const std::vector<std::string>& args, Context& ctx) {
  IntakeFlags flags;
  std::optional<std::string> poll, settle, log_path;
  bool once = false;
  std::vector<std::string> positionals;
  ArgParser parser(
      "tonghop watch INBOX --campaign C.xml [--poll SECONDS] [--once] [--settle MS] [--log FILE]",
      Msg("Theo dõi thư mục INBOX: mọi tệp được chép, chuyển hay lưu vào (kể cả ghi chậm qua mạng) "
          "được đọc khi đã ghi xong, lưu vào kho rồi chuyển sang INBOX/.done/ (tệp lỗi sang "
          "INBOX/.failed/ kèm TÊN.reason.txt); tệp nén ZIP được đọc từng văn bản bên trong như "
          "`tonghop batch`. Chịu được khởi động lại và kill -9: không mất, không đếm trùng. Dừng "
          "gọn khi nhận SIGINT/SIGTERM. Mỗi văn bản một dòng nhật ký: thời điểm, tệp, đơn vị, kỳ, "
          "kết quả.",
          "Watches the folder INBOX: every file copied, moved or saved into it (also written "
          "slowly over a share) is read once complete, stored, then moved to INBOX/.done/ (bad "
          "files to INBOX/.failed/ with NAME.reason.txt); a ZIP archive has each document inside "
          "read as `tonghop batch` does. Survives restarts and kill -9: nothing lost, nothing "
          "counted twice. Stops cleanly on SIGINT/SIGTERM. One log line per document: time, "
          "file, unit, period, outcome."));
  AddIntakeFlags(parser, &flags, /*with_jobs=*/false);
  parser.Option("--poll", &poll, "SECONDS",
                Msg("không dùng inotify, quét lại thư mục mỗi SECONDS giây (ổ mạng)",
                    "no inotify: rescan the folder every SECONDS seconds (network shares)"));
  parser.Flag(
      "--once", &once,
      Msg("xử lý những tệp đang có rồi thoát", "process the files that are there, then exit"));
  parser.Option(
      "--settle", &settle, "MS",
      Msg("tệp phải đứng yên (cỡ và thời điểm sửa) MS mili giây mới được đọc (mặc định 3000)",
          "a file is read once its size and mtime have not changed for MS milliseconds "
          "(default 3000)"));
  parser.Option("--log", &log_path, "FILE",
                Msg("ghi nhật ký vào FILE (nối thêm) thay vì stderr",
                    "append the log to FILE instead of stderr"));
  parser.Positionals(&positionals);
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (positionals.size() != 1) {
    return ctx.UsageError(Msg("Cần đúng một thư mục INBOX", "Exactly one INBOX folder is needed"));
  }
  std::optional<double> poll_seconds;
  if (poll) {
    poll_seconds = ParseNumber(*poll);
    if (!poll_seconds || *poll_seconds < 0.01 || *poll_seconds > 86400) {
      return ctx.UsageError(
          Msg("--poll cần số giây từ 0.01 đến 86400", "--poll needs seconds from 0.01 to 86400"));
    }
  }
  std::int64_t settle_ms = kDefaultSettleMs;
  if (settle) {
    std::optional<double> value = ParseNumber(*settle);
    if (!value || *value > 3600 * 1000) {
      return ctx.UsageError(Msg("--settle cần số mili giây từ 0 đến 3600000",
                                "--settle needs milliseconds from 0 to 3600000"));
    }
    settle_ms = static_cast<std::int64_t>(*value);
  }
  Result<pipeline::RunnerOptions> runner_options = RunnerOptionsFrom(flags);
  if (!runner_options.ok()) return ctx.Fail(runner_options.error());

  char* resolved = ::realpath(positionals[0].c_str(), nullptr);
  if (!resolved) {
    return ctx.Fail(MakeError(ErrorCode::kConfig, Msg("Không có thư mục này", "No such folder"),
                              positionals[0]));
  }
  const std::string inbox(resolved);
  ::free(resolved);
  pipeline::FileSystem& fs = pipeline::RealFileSystem();
  Result<std::optional<pipeline::FileInfo>> info = fs.Stat(inbox);
  if (!info.ok() || !*info || (*info)->type != pipeline::FileType::kDirectory) {
    return ctx.Fail(
        MakeError(ErrorCode::kConfig, Msg("Không phải thư mục", "Not a folder"), positionals[0]));
  }

  Result<CampaignStore> session = OpenIntakeStore(flags);
  if (!session.ok()) return ctx.Fail(session.error());
  Result<pipeline::LockFile> lock =
      pipeline::LockFile::Acquire(pipeline::JoinPath(inbox, kLockName));
  if (!lock.ok()) return ctx.Fail(lock.error());

  std::ofstream log_file;
  if (log_path) {
    log_file.open(*log_path, std::ios::app);
    if (!log_file) {
      return ctx.Fail(
          MakeError(ErrorCode::kConfig,
                    Msg("Không mở được tệp nhật ký để ghi", "Cannot open the log file for writing"),
                    *log_path));
    }
  }
  std::ostream& log = log_path ? static_cast<std::ostream&>(log_file) : ctx.err;

  pipeline::StopSignals::Install();
  const int stop_fd = pipeline::StopSignals::Fd();
  std::unique_ptr<pipeline::Waker> waker;
  std::int64_t rescan_ms = kRescanMs;
  if (poll_seconds) {
    waker = pipeline::MakePollWaker(stop_fd);
    rescan_ms = static_cast<std::int64_t>(*poll_seconds * 1000);
  } else if (once) {
    waker = pipeline::MakePollWaker(stop_fd);  // --once works on what is there: no events needed
  } else if (pipeline::IsNetworkFileSystem(inbox)) {
    ctx.Warn(Msg("thư mục nằm trên ổ mạng, inotify không thấy thay đổi ở đó: quét lại mỗi 5 giây",
                 "the folder is on a network share where inotify sees no changes: rescanning "
                 "every 5 seconds"));
    waker = pipeline::MakePollWaker(stop_fd);
    rescan_ms = kNetworkPollMs;
  } else {
    Result<std::unique_ptr<pipeline::Waker>> inotify = pipeline::MakeInotifyWaker(stop_fd);
    if (inotify.ok()) {
      waker = std::move(*inotify);
    } else {
      ctx.Warn(Msg(inotify.error().what.vi + ": quét lại mỗi 5 giây",
                   inotify.error().what.en + ": rescanning every 5 seconds"));
      waker = pipeline::MakePollWaker(stop_fd);
      rescan_ms = kNetworkPollMs;
    }
  }

  pipeline::InboxOptions options;
  options.inbox = inbox;
  options.settle_ms = settle_ms;
  options.give_up_on_errors = once;
  options.lang = ctx.lang;
  options.read = runner_options->read;
  pipeline::Inbox reconciler(pipeline::RealFileSystem(), pipeline::RealClock(), *session->store,
                             session->campaign, options, [&log](const pipeline::InboxEvent& e) {
                               log << pipeline::FormatInboxEvent(e) << '\n' << std::flush;
                             });
  if (!ctx.quiet) {
    ctx.Warn(Msg("theo dõi " + inbox + " (" + waker->Kind() + ", chờ ổn định " +
                     std::to_string(settle_ms) + " ms)",
                 "watching " + inbox + " (" + waker->Kind() + ", settle " +
                     std::to_string(settle_ms) + " ms)"));
  }
  pipeline::WatchLoopOptions loop;
  loop.once = once;
  loop.rescan_ms = rescan_ms;
  loop.on_error = [&ctx](const Error& e) { ctx.ReportError(e); };
  Status ran = pipeline::RunWatch(reconciler, *waker, pipeline::RealClock(), loop,
                                  [] { return pipeline::StopSignals::Requested(); });
  if (!ran.ok()) return ctx.Fail(ran.error());
  if (!ctx.quiet && pipeline::StopSignals::Requested()) {
    ctx.Warn(Msg("đã dừng theo yêu cầu", "stopped on request"));
  }
  return 0;
}

}  // namespace tonghop::cli
