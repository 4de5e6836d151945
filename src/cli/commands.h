// The subcommand table. Each subcommand is one file, cmd_<name>.cc, with a
// Run function that parses its own flags (cli/args.h) and calls the stages.
// To add one: write cmd_<name>.cc, declare its Run here, add a row to
// AllCommands() in commands.cc and a CLI test in tests/cli/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/context.h"

namespace tonghop::cli {

using CommandFn = int (*)(const std::vector<std::string>& args, Context& ctx);

struct Command {
  std::string_view name;
  LocalizedText summary;
  CommandFn run;
};

const std::vector<Command>& AllCommands();

int RunInspect(const std::vector<std::string>& args, Context& ctx);
int RunText(const std::vector<std::string>& args, Context& ctx);
int RunIngest(const std::vector<std::string>& args, Context& ctx);
int RunBatch(const std::vector<std::string>& args, Context& ctx);
int RunWatch(const std::vector<std::string>& args, Context& ctx);
int RunStatus(const std::vector<std::string>& args, Context& ctx);
int RunReport(const std::vector<std::string>& args, Context& ctx);

// Runs the whole program: global options (--lang, --quiet, --version, --help),
// then the subcommand. Returns the process exit code.
int RunMain(const std::vector<std::string>& argv, Context& ctx);

}  // namespace tonghop::cli
