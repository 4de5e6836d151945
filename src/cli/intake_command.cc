#include "cli/intake_command.h"

namespace tonghop::cli {

void AddIntakeFlags(ArgParser& parser, IntakeFlags* flags, bool with_jobs) {
  AddCampaignFlag(parser, flags);
  AddStoreFlags(parser, flags, StoreAccess::kWrite);
  if (!with_jobs) return;
  parser.Option(
      "--jobs", &flags->jobs, "N",
      Msg("số luồng đọc văn bản (mặc định: số nhân CPU trừ một, nhân còn lại lưu vào kho)",
          "threads reading documents (default: CPU cores less one, which stores)"));
}

void AddAssignFlags(ArgParser& parser, IntakeFlags* flags) {
  parser.Option("--unit", &flags->unit, "ID",
                Msg("coi mọi văn bản là của đơn vị ID trong tệp đợt thi đua (khi tiêu đề văn "
                    "bản không ghi rõ đơn vị)",
                    "take every document as sent by the campaign's unit ID (when its header "
                    "does not say clearly)"));
  parser.Option(
      "--period", &flags->period, "ID",
      Msg("coi mọi văn bản là báo cáo của kỳ ID", "take every document as for period ID"));
}

Status CheckAssignment(const IntakeFlags& flags, const campaign::Campaign& campaign) {
  if (flags.unit && !campaign.FindUnit(*flags.unit)) {
    std::string ids;
    for (const campaign::Unit& u : campaign.units) ids += (ids.empty() ? "" : ", ") + u.id;
    return MakeError(
        ErrorCode::kUsage,
        Msg("--unit " + *flags.unit + ": không có đơn vị này trong tệp đợt thi đua (" + ids + ")",
            "--unit " + *flags.unit + ": no such unit in the campaign (" + ids + ")"));
  }
  if (flags.period && !campaign.FindPeriod(*flags.period)) {
    std::string ids;
    for (const campaign::Period& p : campaign.periods) ids += (ids.empty() ? "" : ", ") + p.id;
    return MakeError(
        ErrorCode::kUsage,
        Msg("--period " + *flags.period + ": không có kỳ báo cáo này trong tệp đợt thi đua (" +
                ids + ")",
            "--period " + *flags.period + ": no such period in the campaign (" + ids + ")"));
  }
  return OkStatus();
}

Result<pipeline::RunnerOptions> RunnerOptionsFrom(const IntakeFlags& flags) {
  pipeline::RunnerOptions options;
  options.assigned = check::Assignment{flags.unit, flags.period};
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

Result<std::unique_ptr<IntakeRun>> IntakeRun::Start(const IntakeFlags& flags, Context& ctx) {
  Result<pipeline::RunnerOptions> options = RunnerOptionsFrom(flags);
  if (!options.ok()) return options.take_error();
  Result<CampaignStore> session = OpenIntakeStore(flags);
  if (!session.ok()) return session.take_error();
  if (Status st = CheckAssignment(flags, session->campaign); !st.ok()) return st.error();
  return std::unique_ptr<IntakeRun>(new IntakeRun(ctx, std::move(*options), std::move(*session)));
}

IntakeRun::IntakeRun(Context& ctx, pipeline::RunnerOptions options, CampaignStore session)
    : ctx_(ctx),
      options_(std::move(options)),
      session_(std::move(session)),
      progress_(ctx),
      runner_(*session_.store, session_.campaign, options_,
              [this](const pipeline::DocumentOutcome& outcome) {
                if (outcome.outcome == pipeline::Outcome::kFailed && outcome.error) {
                  progress_.Clear();
                  ctx_.ReportError(*outcome.error);
                }
                progress_.Step(outcome.path);
              }) {}

void IntakeRun::SubmitProblems(std::vector<Error> problems) {
  progress_.AddTotal(problems.size());
  for (Error& problem : problems) {
    std::string where = problem.where;
    runner_.SubmitFailure(std::move(where), std::move(problem));
  }
}

int IntakeRun::Finish() {
  Status finished = runner_.Finish();
  progress_.Finish();
  if (!finished.ok()) ctx_.ReportError(finished.error());
  runner_.summary().Write(ctx_.out, ctx_.lang);
  return finished.ok() ? runner_.summary().ExitCode() : ExitCodeFor(finished.error().code);
}

}  // namespace tonghop::cli
