// What `ingest`, `batch` and `watch` share: the flags that name the campaign
// and the store, opening them, and (ingest, batch) the run: a progress bar,
// each failure printed as it happens, the summary and the exit code.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/campaign_store.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "pipeline/runner.h"

namespace tonghop::cli {

struct IntakeFlags : CampaignStoreFlags {
  std::optional<std::string> jobs;
  std::optional<std::string> unit, period;  // --unit, --period
};

// --campaign, --data-dir, --store, and --jobs when the command reads in parallel.
void AddIntakeFlags(ArgParser& parser, IntakeFlags* flags, bool with_jobs = true);
// --unit ID and --period ID (ingest, batch): every document of the run is
// taken as sent by that unit / for that period (check::Assignment), for
// documents whose header does not say it clearly enough.
void AddAssignFlags(ArgParser& parser, IntakeFlags* flags);
// kUsage when --unit or --period is not an id of the campaign (the message
// lists the ids).
Status CheckAssignment(const IntakeFlags& flags, const campaign::Campaign& campaign);

// Runner options from the flags (--jobs); kUsage when --jobs is not 1 to 256.
Result<pipeline::RunnerOptions> RunnerOptionsFrom(const IntakeFlags& flags);

// Opens campaign and store for writing: kUsage without --campaign, else
// OpenCampaignStore's errors.
Result<CampaignStore> OpenIntakeStore(const IntakeFlags& flags);

// One run of `ingest` or `batch`: campaign and store open, the progress bar,
// and the runner, which prints each failure as it happens (one line,
// `tonghop: FILE: reason`, the bar cleared first). Used from one thread.
class IntakeRun {
 public:
  // Checks --jobs and --campaign, opens campaign and store, checks --unit
  // and --period, starts the runner. Errors: RunnerOptionsFrom's, then
  // OpenIntakeStore's, then CheckAssignment's.
  static Result<std::unique_ptr<IntakeRun>> Start(const IntakeFlags& flags, Context& ctx);
  IntakeRun(const IntakeRun&) = delete;
  IntakeRun& operator=(const IntakeRun&) = delete;

  pipeline::IntakeRunner& runner() { return runner_; }
  Progress& progress() { return progress_; }
  const pipeline::RunnerOptions& options() const { return options_; }

  // Inputs that could not be listed (pipeline::InputList::problems), each a
  // failure in the summary; counted in the progress total.
  void SubmitProblems(std::vector<Error> problems);
  // Stores what is queued, clears the bar, prints the summary (stdout) and
  // returns the exit code (the summary's; 4 when the store failed).
  int Finish();

 private:
  IntakeRun(Context& ctx, pipeline::RunnerOptions options, CampaignStore session);

  Context& ctx_;
  pipeline::RunnerOptions options_;
  CampaignStore session_;
  Progress progress_;
  pipeline::IntakeRunner runner_;
};

}  // namespace tonghop::cli
