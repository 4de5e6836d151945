// A progress bar on stderr for long work (ingest, batch): drawn only when
// stderr is a terminal and --quiet is not given (spec/cli.md), redrawn at
// most ten times a second, cleared before any message is printed and at the
// end so that it never mixes with other output.
//
//   [##########··········]  412/2000  nop.zip!/Tam Đường/bc-so-ket.docx
//
// Not thread-safe: called from the thread that stores documents.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "cli/context.h"

namespace tonghop::cli {

class Progress {
 public:
  explicit Progress(const Context& ctx);
  ~Progress() { Finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  bool enabled() const { return enabled_; }
  // The number of items to do; may grow (archives inside archives).
  void AddTotal(std::size_t items);
  // One more item done; `label` names it.
  void Step(std::string_view label);
  // Erases the bar so that a message can be printed; the next Step draws it again.
  void Clear();
  // Erases the bar for good.
  void Finish();

  // The bar's line for these numbers, `width` columns at most (no control
  // characters). Public for tests.
  static std::string Render(std::size_t done, std::size_t total, std::string_view label,
                            std::size_t width);

 private:
  void Draw();

  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  std::size_t done_ = 0;
  std::size_t total_ = 0;
  std::string label_;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace tonghop::cli
