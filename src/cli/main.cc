// tonghop: the command-line entry point. Everything happens in RunMain
// (cli/commands.cc); this file only wires the process to it.
#include <unistd.h>

#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv, argv + argc);
  tonghop::cli::Context ctx{tonghop::Lang::kVi,         std::cout, std::cerr, std::cin,
                            isatty(STDERR_FILENO) == 1, false};
  try {
    int code = tonghop::cli::RunMain(args, ctx);
    std::cout.flush();
    return code;
  } catch (const std::exception& e) {
    std::cerr << "tonghop: lỗi nội bộ / internal error: " << e.what() << '\n';
    return 4;
  }
}
