// What `ingest` and `batch` share: the flags that name the campaign and the
// store, opening them, printing each failure as it happens (one line,
// `tonghop: FILE: reason`, the progress bar cleared first), and the summary
// with the exit code at the end.
#pragma once

#include <optional>
#include <string>

#include "cli/args.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "pipeline/runner.h"
#include "pipeline/session.h"

namespace tonghop::cli {

struct IntakeFlags {
  std::optional<std::string> campaign;
  std::optional<std::string> data_dir;
  std::optional<std::string> store;
  std::optional<std::string> jobs;
};

// --campaign, --data-dir, --store, and --jobs when the command reads in parallel.
void AddIntakeFlags(ArgParser& parser, IntakeFlags* flags, bool with_jobs = true);

// Checks the flags and opens campaign and store. On failure prints the
// error and returns the exit code in *exit_code (2 for usage and campaign
// problems, 4 for the store).
std::optional<pipeline::Session> OpenIntakeSession(const IntakeFlags& flags, Context& ctx,
                                                   int* exit_code);

// Runner options from the flags (--jobs); nullopt after printing a usage error.
std::optional<pipeline::RunnerOptions> RunnerOptionsFrom(const IntakeFlags& flags, Context& ctx);

// The runner's on_outcome for a command: failures printed, progress stepped.
pipeline::IntakeRunner::OnOutcome ReportOutcomes(Context& ctx, Progress& progress);

// Finishes the run: stores what is queued, clears the bar, prints the
// summary (stdout) and returns the exit code (4 when the store failed).
int FinishIntake(pipeline::IntakeRunner& runner, Progress& progress, Context& ctx);

}  // namespace tonghop::cli
