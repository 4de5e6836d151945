#include "extract/text_util.h"

#include "text/fold.h"
#include "text/letters.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

bool IsBlankAt(std::string_view text, size_t pos, size_t* next) {
  if (text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r') {
    *next = pos + 1;
    return true;
  }
  return text::IsSpaceAt(text, pos, next);
}

}  // namespace

std::string_view Trim(std::string_view text) {
  size_t begin = 0;
  size_t next = 0;
  while (begin < text.size() && IsBlankAt(text, begin, &next)) begin = next;
  size_t end = text.size();
  while (end > begin) {
    size_t k = end;
    text::PrevCodePoint(text, k);
    size_t after = 0;
    if (!IsBlankAt(text, k, &after)) break;
    end = k;
  }
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
    if (IsBlankAt(text, i, &next)) {
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

std::vector<Piece> SplitPieces(std::string_view text, bool split_wide_spaces) {
  std::vector<Piece> pieces;
  size_t i = 0;
  bool line_start = true;
  int index_in_line = 0;
  bool gap = false;
  while (i < text.size()) {
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

LetterStats CountLetters(std::string_view text) {
  LetterStats stats;
  for (size_t i = 0; i < text.size();) {
    char32_t c = text::NextCodePoint(text, i);
    if (!text::IsLetterChar(c)) continue;
    ++stats.letters;
    if (text::ToLowerLetter(c) != c) ++stats.upper;
  }
  return stats;
}

bool IsMostlyUpper(std::string_view text, int min_letters) {
  LetterStats s = CountLetters(text);
  return s.letters >= min_letters && s.upper * 10 >= s.letters * 9;
}

bool IsAllUpper(std::string_view text) {
  LetterStats s = CountLetters(text);
  return s.letters >= 2 && s.upper == s.letters;
}

bool IsPlaceholder(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t next = 0;
    if (IsBlankAt(text, i, &next)) {
      i = next;
      continue;
    }
    char32_t c = text::NextCodePoint(text, i);
    switch (c) {
      case '.': case '_': case '-': case '*': case '=': case '~': case 'o': case 'O': case '0':
      case 0x2026:  // …
      case 0x2013: case 0x2014: case 0x2012: case 0x2015:  // dashes
      case 0x2022:  // •
        continue;
      default:
        return false;
    }
  }
  return true;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t next = 0;
    while (i < text.size() && IsBlankAt(text, i, &next)) i = next;
    size_t begin = i;
    while (i < text.size() && !IsBlankAt(text, i, &next)) ++i;
    if (i > begin) words.push_back(text.substr(begin, i - begin));
  }
  return words;
}

std::string FoldPrefix(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  return text::FoldKey(text);
}

bool KeyStartsWith(std::string_view folded, std::string_view key_prefix) {
  if (key_prefix.empty() || folded.substr(0, key_prefix.size()) != key_prefix) return false;
  if (folded.size() == key_prefix.size()) return true;
  size_t k = key_prefix.size();
  size_t last = key_prefix.size();
  return !(text::IsWordCharacter(text::NextCodePoint(folded, k)) &&
           text::IsWordCharacter(text::PrevCodePoint(key_prefix, last)));
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
