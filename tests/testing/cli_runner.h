// Runs tonghop in-process for CLI tests, the way main() does: RunMain with
// string streams for stdin, stdout and stderr (not a terminal: no progress
// bar), messages in Vietnamese unless the arguments say --lang en.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace tonghop::testing {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

// `tonghop args...` with `input` on stdin.
inline CliRun Tonghop(std::vector<std::string> args, const std::string& input = "") {
  std::ostringstream out, err;
  std::istringstream in(input);
  cli::Context ctx{Lang::kVi, out, err, in, false, false};
  args.insert(args.begin(), "tonghop");
  int code = cli::RunMain(args, ctx);
  return {code, out.str(), err.str()};
}

}  // namespace tonghop::testing
