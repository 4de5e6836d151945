#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

namespace tonghop::cli {
namespace {

std::size_t TerminalWidth() {
  struct winsize ws {};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

// Code points, which is what a terminal shows for NFC Vietnamese.
std::size_t Columns(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The last `columns` code points of s, with "…" in front when cut.
std::string Tail(std::string_view s, std::size_t columns) {
  if (Columns(s) <= columns) return std::string(s);
  if (columns == 0) return {};
  std::size_t keep = columns - 1;
  std::size_t pos = s.size();
  while (keep > 0 && pos > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    --keep;
  }
  return "…" + std::string(s.substr(pos));
}

}  // namespace

Progress::Progress(const Context& ctx)
    : err_(ctx.err), enabled_(ctx.err_is_terminal && !ctx.quiet) {}

void Progress::AddTotal(std::size_t items) { total_ += items; }

void Progress::Step(std::string_view label) {
  ++done_;
  if (!enabled_) return;
  label_.assign(label);
  auto now = std::chrono::steady_clock::now();
  if (shown_ && done_ < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  err_ << '\r' << Render(done_, total_, label_, TerminalWidth() - 1) << "\033[K" << std::flush;
  shown_ = true;
}

void Progress::Clear() {
  if (!enabled_ || !shown_) return;
  err_ << "\r\033[K" << std::flush;
  shown_ = false;
}

void Progress::Finish() { Clear(); }

std::string Progress::Render(std::size_t done, std::size_t total, std::string_view label,
                             std::size_t width) {
  constexpr std::size_t kBar = 20;
  total = std::max(total, done);
  std::size_t filled = total == 0 ? 0 : done * kBar / total;
  std::string line = "[";
  for (std::size_t i = 0; i < kBar; ++i) line += i < filled ? "#" : "·";
  std::string count = std::to_string(done) + "/" + std::to_string(total);
  line += "]  " + count + "  ";
  std::size_t used = Columns(line);
  if (used >= width) return line;  // a very narrow terminal: the bar alone
  return line + Tail(label, width - used);
}

}  // namespace tonghop::cli
