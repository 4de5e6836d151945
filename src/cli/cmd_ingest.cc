// tonghop ingest PATH... --campaign C.xml [--data-dir D] [--store URI] [--jobs N]
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/intake_command.h"
#include "pipeline/files.h"
#include "pipeline/intake.h"

namespace tonghop::cli {

int RunIngest(const std::vector<std::string>& args, Context& ctx) {
  IntakeFlags flags;
  std::vector<std::string> paths;
  ArgParser parser(
      "tonghop ingest PATH... --campaign C.xml [--data-dir D]",
      Msg("Đọc các tệp và thư mục (cả thư mục con) vào kho dữ liệu. Mỗi văn bản được lưu một lần "
          "theo nội dung (SHA-256): bản sao là “trùng”, bản mới hơn của cùng đơn vị và kỳ thay thế "
          "bản cũ. Thời điểm nhận là thời điểm sửa đổi của tệp. Bỏ qua tệp ẩn, ~$* và .~lock*.",
          "Reads files and folders (recursively) into the store. Each document is stored once by "
          "content (SHA-256): a copy is a duplicate, a newer document of the same unit and period "
          "supersedes the older. The time received is the file's modification time. Hidden "
          "files, ~$* and .~lock* are skipped."));
  AddIntakeFlags(parser, &flags);
  AddAssignFlags(parser, &flags);
  parser.Positionals(&paths);
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (paths.empty()) {
    return ctx.UsageError(
        Msg("Cần ít nhất một tệp hoặc thư mục", "At least one file or folder is needed"));
  }
  Result<std::unique_ptr<IntakeRun>> started = IntakeRun::Start(flags, ctx);
  if (!started.ok()) return ctx.Fail(started.error());
  IntakeRun& run = **started;
  pipeline::IntakeRunner& runner = run.runner();

  pipeline::InputList inputs = pipeline::ListInputs(paths);
  run.progress().AddTotal(inputs.files.size());
  run.SubmitProblems(std::move(inputs.problems));
  const std::uint64_t max_bytes = run.options().read.limits.max_input_bytes;
  for (const std::string& file : inputs.files) {
    if (runner.stopped()) break;
    Result<pipeline::InputFile> input = pipeline::ReadInputFile(file, max_bytes);
    if (!input.ok()) {
      runner.SubmitFailure(file, input.take_error());
      continue;
    }
    runner.Submit(std::move(input->bytes),
                  pipeline::Origin{file, pipeline::ReceivedFromUnixNs(input->mtime_ns)});
  }
  return run.Finish();
}

}  // namespace tonghop::cli
