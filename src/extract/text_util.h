// Layout helpers of field extraction: trimming, splitting a paragraph into
// the pieces a clerk sees (tab stops, wide space runs, manual line breaks),
// words, joining. What counts as a space, a letter or a capital, fold keys
// and placeholders come from src/text (scan.h, classify.h, fold.h).
// Pure, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tonghop::extract {

// Without leading/trailing blanks (text::IsSpaceAt: ASCII blanks, tabs, line
// breaks and fixed-width spaces).
std::string_view Trim(std::string_view text);

// Trim() plus trailing characters of `chars` (e.g. ":;").
std::string_view TrimEnd(std::string_view text, std::string_view chars);

// Runs of white space (including tabs and newlines) collapsed to one space,
// trimmed.
std::string CollapseSpaces(std::string_view text);

// A piece of a paragraph as laid out: text between tabs, runs of four or more
// spaces, or manual line breaks. `leading_gap` tells that blank space (a tab
// or spaces) came before the piece on its line; `line_start` that it is the
// first piece of a visual line.
struct Piece {
  std::string_view text;  // trimmed, never empty
  bool leading_gap = false;
  bool line_start = false;
  int index_in_line = 0;  // 0 for the first piece of a visual line
};
// With split_wide_spaces false, only tabs and line breaks separate pieces.
// At most max_pieces pieces, the first ones (a caller that looks at the first
// piece of long paragraphs asks for one).
std::vector<Piece> SplitPieces(std::string_view text, bool split_wide_spaces = true,
                               size_t max_pieces = static_cast<size_t>(-1));

// Words separated by white space.
std::vector<std::string_view> Words(std::string_view text);

// True when the text contains a decimal digit.
bool HasDigit(std::string_view text);

// Joins with single spaces, skipping empty parts.
std::string JoinSpaced(const std::vector<std::string>& parts);

}  // namespace tonghop::extract
