// A small command-line parser for subcommands: long options only
// (`--name value`, `--name=value`, boolean `--flag`), positional arguments,
// `--` ends options. Unknown options are usage errors (exit 2).
//
// A subcommand declares its flags, then
//   if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
// and checks what it requires with `return ctx.UsageError(...)`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/context.h"
#include "common/error.h"
#include "common/lang.h"

namespace tonghop::cli {

class ArgParser {
 public:
  // usage: one line such as "tonghop inspect FILE... [--text | --json]".
  ArgParser(std::string usage, LocalizedText summary);

  // A boolean flag. *value becomes true when present.
  void Flag(std::string name, bool* value, LocalizedText help);
  // An option with a value (last one wins).
  void Option(std::string name, std::optional<std::string>* value, std::string value_name,
              LocalizedText help);
  // An option that may repeat; values collected in order.
  void Repeated(std::string name, std::vector<std::string>* values, std::string value_name,
                LocalizedText help);
  // Positional arguments land here.
  void Positionals(std::vector<std::string>* values);

  // Parses args (without the program and subcommand names). Returns nullopt
  // when the command should go on; otherwise the exit code to stop with,
  // after printing: 2 after a usage error (on ctx.err), 0 after --help / -h
  // (Help on ctx.out).
  std::optional<int> ParseOrStop(const std::vector<std::string>& args, const Context& ctx);

  std::string Help(Lang lang) const;

 private:
  enum class Kind { kFlag, kOption, kRepeated };
  struct Spec {
    std::string name;
    Kind kind;
    bool* flag = nullptr;
    std::optional<std::string>* option = nullptr;
    std::vector<std::string>* repeated = nullptr;
    std::string value_name;
    LocalizedText help;
  };
  const Spec* Find(std::string_view name) const;
  Status Parse(const std::vector<std::string>& args);

  std::string usage_;
  LocalizedText summary_;
  std::vector<Spec> specs_;
  std::vector<std::string>* positionals_ = nullptr;
  bool help_requested_ = false;
};

}  // namespace tonghop::cli
