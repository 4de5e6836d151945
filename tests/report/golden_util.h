// Golden files under tests/data/report/golden. Set TONGHOP_UPDATE_GOLDEN=1
// to rewrite them from the current output (then review the diff).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "report_fixture.h"

namespace tonghop::report::testing {

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = GoldenDir() + "/" + name;
  if (std::getenv("TONGHOP_UPDATE_GOLDEN")) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << actual;
    return;
  }
  const std::string expected = ReadFileOrEmpty(path);
  ASSERT_FALSE(expected.empty()) << "no golden file " << path
                                 << " (run with TONGHOP_UPDATE_GOLDEN=1 to create it)";
  if (expected == actual) return;
  // Say where they part, not the whole file.
  size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  size_t line = 1 + static_cast<size_t>(std::count(expected.begin(), expected.begin() + at, '\n'));
  size_t from = at > 80 ? at - 80 : 0;
  ADD_FAILURE() << name << " differs from its golden file at byte " << at << " (line " << line
                << ")\n  expected: …" << expected.substr(from, 160) << "\n  actual:   …"
                << actual.substr(from, 160);
}

}  // namespace tonghop::report::testing
