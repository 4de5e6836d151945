#include "extract/text_util.h"

#include <algorithm>

#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::extract {
std::string_view Trim(std::string_view text) {
  const size_t begin = text::SkipSpaces(text, 0);
  const size_t end = std::max(begin, text::SkipSpacesBack(text, text.size()));
  return text.substr(begin, end - begin);
}

std::string_view TrimEnd(std::string_view text, std::string_view chars) {
  text = Trim(text);
  while (!text.empty() && chars.find(text.back()) != std::string_view::npos) {
    text = Trim(text.substr(0, text.size() - 1));
  }
  return text;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    size_t next = 0;
    if (text::IsSpaceAt(text, i, &next)) {
      pending_space = !out.empty();
      i = next;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

std::vector<Piece> SplitPieces(std::string_view text, bool split_wide_spaces, size_t max_pieces) {
  std::vector<Piece> pieces;
  size_t i = 0;
  bool line_start = true;
  int index_in_line = 0;
  bool gap = false;
  while (i < text.size() && pieces.size() < max_pieces) {
    // Skip blanks; a newline starts a new visual line.
    size_t spaces = 0;
    while (i < text.size()) {
      if (text[i] == '\n' || text[i] == '\r') {
        line_start = true;
        index_in_line = 0;
        gap = false;
        spaces = 0;
        ++i;
        continue;
      }
      size_t next = 0;
      if (text[i] == '\t') {
        gap = true;
        ++i;
        continue;
      }
      if (text::IsSpaceAt(text, i, &next)) {
        ++spaces;
        i = next;
        continue;
      }
      break;
    }
    if (spaces > 0) gap = true;
    if (i >= text.size()) break;
    // The piece runs until a tab, a newline or four spaces in a row.
    size_t begin = i;
    size_t end = i;
    while (i < text.size()) {
      if (text[i] == '\t' || text[i] == '\n' || text[i] == '\r') break;
      size_t next = 0;
      if (text::IsSpaceAt(text, i, &next)) {
        size_t run_end = next;
        int run = 1;
        size_t probe = next;
        while (probe < text.size() && text::IsSpaceAt(text, probe, &probe)) {
          ++run;
          run_end = probe;
        }
        if ((split_wide_spaces && run >= 4) || run_end >= text.size()) {
          i = run_end;
          break;
        }
        i = run_end;
        continue;
      }
      ++i;
      end = i;
    }
    // `end` was only advanced over non-space bytes: include whole characters.
    std::string_view piece = Trim(text.substr(begin, std::max(end, begin) - begin));
    if (!piece.empty()) {
      pieces.push_back(Piece{piece, gap, line_start, index_in_line});
      line_start = false;
      ++index_in_line;
    }
    gap = false;
  }
  return pieces;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t next = 0;
    while (i < text.size() && text::IsSpaceAt(text, i, &next)) i = next;
    size_t begin = i;
    while (i < text.size() && !text::IsSpaceAt(text, i, &next)) ++i;
    if (i > begin) words.push_back(text.substr(begin, i - begin));
  }
  return words;
}

bool HasDigit(std::string_view text) {
  for (char c : text) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

std::string JoinSpaced(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += p;
  }
  return out;
}

}  // namespace tonghop::extract
