// Small text helpers of field extraction: trimming, splitting a paragraph
// into the pieces a clerk sees (tab stops, wide space runs, manual line
// breaks), upper-case and placeholder tests, and prefix tests by fold key.
//
// Everything Vietnamese-specific (case mapping, fold keys, letters) comes
// from src/text; these are layout helpers on top of it. Candidates to move to
// src/text: IsMostlyUpper, IsPlaceholder (see the extract report).
// Pure, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tonghop::extract {

// Without leading/trailing ASCII blanks and fixed-width spaces.
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
std::vector<Piece> SplitPieces(std::string_view text, bool split_wide_spaces = true);

// Counts of letters (src/text's letter class) and of upper-case letters.
struct LetterStats {
  int letters = 0;
  int upper = 0;
};
LetterStats CountLetters(std::string_view text);

// True when the text has at least `min_letters` letters and at least 90 % of
// them are upper case ("LĐLĐ HUYỆN TAM ĐƯỜNG", "CĐCS Tr. THCS" is not).
bool IsMostlyUpper(std::string_view text, int min_letters = 2);

// True when every letter is upper case and there are at least two.
bool IsAllUpper(std::string_view text);

// True for text made only of fill-in marks and rules: dots, ellipses,
// underscores, dashes, asterisks, "o0o", spaces ("…………", "____", "-----").
bool IsPlaceholder(std::string_view text);

// Words separated by white space.
std::vector<std::string_view> Words(std::string_view text);

// The fold key of the first `max_bytes` bytes of text (cut at a character
// boundary): cheap prefix tests on long paragraphs.
std::string FoldPrefix(std::string_view text, size_t max_bytes = 96);

// True when folded (a fold key) starts with key_prefix (a fold key) and the
// match ends at a word boundary.
bool KeyStartsWith(std::string_view folded, std::string_view key_prefix);

// True when the text contains a decimal digit.
bool HasDigit(std::string_view text);

// Joins with single spaces, skipping empty parts.
std::string JoinSpaced(const std::vector<std::string>& parts);

}  // namespace tonghop::extract
