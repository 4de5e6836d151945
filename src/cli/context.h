// What every subcommand gets: the message language, the output streams and
// whether stderr is a terminal (progress bars only then).
#pragma once

#include <iostream>
#include <string>

#include "common/error.h"
#include "common/lang.h"

namespace tonghop::cli {

struct Context {
  Lang lang = Lang::kVi;
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  bool err_is_terminal = false;
  bool quiet = false;

  // Prints "tonghop: <where>: <what>" to err. A text of several lines (a
  // campaign file's line-numbered problems) prints as one such line each.
  void ReportError(const Error& error) const;
  // Prints "tonghop: <text>" to err.
  void Warn(const LocalizedText& text) const;
  // ReportError, then the exit code for the error's kind (ExitCodeFor): for
  // `return ctx.Fail(result.error());` where a command stops on an error.
  int Fail(const Error& error) const;
  // Prints a usage error and returns 2, the exit code for bad usage.
  int UsageError(LocalizedText text) const;
  const std::string& T(const LocalizedText& text) const { return text.In(lang); }
};

}  // namespace tonghop::cli
