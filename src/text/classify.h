// What a piece of text is made of, for the layout heuristics of extraction:
// letters and capitals ("LĐLĐ HUYỆN TAM ĐƯỜNG" is a header line, "CĐCS Trường
// THCS" is not mostly upper case), fill-in placeholders ("…………", "____").
// Letters are IsLetterChar's (scan.h: Vietnamese and other alphabetic
// letters, combining marks); a capital is IsUpperLetter's (letters.h).
// All functions are pure and thread-safe.
#pragma once

#include <string_view>

namespace tonghop::text {

struct LetterStats {
  int letters = 0;
  int upper = 0;
};
LetterStats CountLetters(std::string_view utf8);

bool HasLetter(std::string_view utf8);

// True when the text has at least `min_letters` letters and at least 90 % of
// them are upper case.
bool IsMostlyUpper(std::string_view utf8, int min_letters = 2);

// The marks a template leaves where the writer fills something in: '.', '_'
// and '…' ("Số: …/BC", "ngày ..... tháng").
bool IsFillInMark(char32_t c);

// True for text made only of fill-in marks, rules and blanks: dots,
// ellipses, underscores, dashes, asterisks, '=', '~', bullets, "o0o",
// spaces, tabs and line breaks ("…………", "____", "-----", "o0o"; also "").
bool IsPlaceholder(std::string_view utf8);

}  // namespace tonghop::text
