// tonghop batch ARCHIVE... --campaign C.xml [--data-dir D] [--store URI] [--jobs N]
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/intake_command.h"
#include "pipeline/archive.h"
#include "pipeline/files.h"

namespace tonghop::cli {
namespace {

bool IsZipName(std::string_view name) {
  if (name.size() < 4) return false;
  std::string ext(name.substr(name.size() - 4));
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext == ".zip";
}

class BatchVisitor final : public pipeline::ArchiveVisitor {
 public:
  BatchVisitor(pipeline::IntakeRunner& runner, Progress& progress)
      : runner_(runner), progress_(progress) {}

  void Opened(const std::string& path, std::size_t items, bool nested) override {
    progress_.AddTotal(items);
    if (nested) progress_.Step(path);  // the nested archive's own entry is done
  }
  void Document(pipeline::ArchiveDocument&& document) override {
    runner_.Submit(std::move(document.bytes),
                   pipeline::Origin{std::move(document.path), std::move(document.received)});
  }
  void Refused(Error error) override {
    std::string where = error.where;
    runner_.SubmitFailure(std::move(where), std::move(error));
  }
  bool Stop() override { return runner_.stopped(); }

 private:
  pipeline::IntakeRunner& runner_;
  Progress& progress_;
};

}  // namespace

int RunBatch(const std::vector<std::string>& args, Context& ctx) {
  IntakeFlags flags;
  std::vector<std::string> paths;
  ArgParser parser(
      "tonghop batch ARCHIVE... --campaign C.xml [--data-dir D]",
      Msg("Đọc các văn bản trong tệp nén ZIP (và thư mục chứa tệp ZIP) vào kho dữ liệu, như "
          "`tonghop ingest`. Đọc được tệp nén lồng nhau và tên tiếng Việt dù có đánh dấu UTF-8 hay "
          "không (CP1258, CP437); thời điểm nhận là thời gian ghi trong tệp nén (giờ Việt Nam). "
          "Không giải nén ra đĩa: tên “../”, đường dẫn tuyệt đối, liên kết và bom nén không ghi "
          "được "
          "gì; mục mã hoá được báo lỗi.",
          "Reads the documents inside ZIP archives (and folders of them) into the store, like "
          "`tonghop ingest`. Nested archives and Vietnamese names are read whether or not the "
          "archive marks them UTF-8 (CP1258, CP437); the time received is the entry's time in "
          "the archive (Vietnam time). Nothing is extracted to disk: `../` names, absolute "
          "paths, links and zip bombs cannot write anything; encrypted entries are reported."));
  AddIntakeFlags(parser, &flags);
  AddAssignFlags(parser, &flags);
  parser.Positionals(&paths);
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (paths.empty()) {
    return ctx.UsageError(
        Msg("Cần ít nhất một tệp nén hoặc thư mục", "At least one archive or folder is needed"));
  }
  Result<std::unique_ptr<IntakeRun>> started = IntakeRun::Start(flags, ctx);
  if (!started.ok()) return ctx.Fail(started.error());
  IntakeRun& run = **started;
  pipeline::IntakeRunner& runner = run.runner();
  Progress& progress = run.progress();

  pipeline::InputList inputs = pipeline::ListInputs(paths, IsZipName);
  run.SubmitProblems(std::move(inputs.problems));
  const pipeline::ArchiveLimits limits = pipeline::DefaultArchiveLimits();
  BatchVisitor visitor(runner, progress);
  for (const std::string& path : inputs.files) {
    if (runner.stopped()) break;
    Status walked = pipeline::WalkArchiveFile(path, path, limits, visitor);
    if (!walked.ok()) {
      progress.AddTotal(1);
      runner.SubmitFailure(path, walked.take_error());
    }
  }
  return run.Finish();
}

}  // namespace tonghop::cli
