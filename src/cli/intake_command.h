// What `ingest`, `batch` and `watch` share: the flags that name the campaign
// and the store, opening them, printing each failure as it happens (one line,
// `tonghop: FILE: reason`, the progress bar cleared first), and the summary
// with the exit code at the end.
#pragma once

#include <optional>
#include <string>

#include "cli/args.h"
#include "cli/campaign_store.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "pipeline/runner.h"

namespace tonghop::cli {

struct IntakeFlags : CampaignStoreFlags {
  std::optional<std::string> jobs;
};

// --campaign, --data-dir, --store, and --jobs when the command reads in parallel.
void AddIntakeFlags(ArgParser& parser, IntakeFlags* flags, bool with_jobs = true);

// Runner options from the flags (--jobs); kUsage when --jobs is not 1 to 256.
Result<pipeline::RunnerOptions> RunnerOptionsFrom(const IntakeFlags& flags);

// Opens campaign and store for writing: kUsage without --campaign, else
// OpenCampaignStore's errors.
Result<CampaignStore> OpenIntakeStore(const IntakeFlags& flags);

// The runner's on_outcome for a command: failures printed, progress stepped.
pipeline::IntakeRunner::OnOutcome ReportOutcomes(Context& ctx, Progress& progress);

// Finishes the run: stores what is queued, clears the bar, prints the
// summary (stdout) and returns the exit code (4 when the store failed).
int FinishIntake(pipeline::IntakeRunner& runner, Progress& progress, Context& ctx);

}  // namespace tonghop::cli
