#include "cli/intake_command.h"

namespace tonghop::cli {

void AddIntakeFlags(ArgParser& parser, IntakeFlags* flags, bool with_jobs) {
  AddCampaignFlag(parser, flags);
  parser.Option("--data-dir", &flags->data_dir, "D",
                Msg("thư mục dữ liệu (mặc định ./tonghop-data)",
                    "data folder (default ./tonghop-data)"));
  parser.Option("--store", &flags->store, "URI",
                Msg("kho dữ liệu: sqlite: (mặc định) hoặc sqlite:ĐƯỜNG_DẪN",
                    "the store: sqlite: (default) or sqlite:PATH"));
  if (!with_jobs) return;
  parser.Option("--jobs", &flags->jobs, "N",
                Msg("số luồng đọc văn bản (mặc định: số nhân CPU trừ một, nhân còn lại lưu vào kho)",
                    "threads reading documents (default: CPU cores less one, which stores)"));
}

Result<pipeline::RunnerOptions> RunnerOptionsFrom(const IntakeFlags& flags) {
  pipeline::RunnerOptions options;
  if (flags.jobs) {
    unsigned jobs = 0;
    for (char c : *flags.jobs) {
      if (c < '0' || c > '9' || jobs > 1000) {
        jobs = 0;
        break;
      }
      jobs = jobs * 10 + static_cast<unsigned>(c - '0');
    }
    if (jobs == 0 || jobs > 256) {
      return MakeError(ErrorCode::kUsage, Msg("--jobs cần một số từ 1 đến 256",
                                              "--jobs needs a number from 1 to 256"));
    }
    options.threads = jobs;
  }
  return options;
}

Result<CampaignStore> OpenIntakeStore(const IntakeFlags& flags) {
  if (!flags.campaign) {
    return MakeError(ErrorCode::kUsage, Msg("Cần --campaign C.xml (tệp đợt thi đua)",
                                            "--campaign C.xml (the campaign file) is required"));
  }
  return OpenCampaignStore(flags, StoreAccess::kWrite);
}

pipeline::IntakeRunner::OnOutcome ReportOutcomes(Context& ctx, Progress& progress) {
  return [&ctx, &progress](const pipeline::DocumentOutcome& outcome) {
    if (outcome.outcome == pipeline::Outcome::kFailed && outcome.error) {
      progress.Clear();
      ctx.ReportError(*outcome.error);
    }
    progress.Step(outcome.path);
  };
}

int FinishIntake(pipeline::IntakeRunner& runner, Progress& progress, Context& ctx) {
  Status finished = runner.Finish();
  progress.Finish();
  if (!finished.ok()) ctx.ReportError(finished.error());
  runner.summary().Write(ctx.out, ctx.lang);
  return finished.ok() ? runner.summary().ExitCode() : ExitCodeFor(finished.error().code);
}

}  // namespace tonghop::cli
