#include "extract/sections.h"

#include <algorithm>

#include "extract/text_util.h"
#include "text/classify.h"
#include "text/fold.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

constexpr size_t kMaxHeadingBytes = 300;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsRomanLetter(char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }

// Value of an upper-case Roman numeral up to 89, or 0 when malformed.
int RomanValue(std::string_view s) {
  static const char* const kRomans[] = {
      "I",   "II",   "III",   "IV",   "V",   "VI",   "VII",   "VIII",   "IX",   "X",
      "XI",  "XII",  "XIII",  "XIV",  "XV",  "XVI",  "XVII",  "XVIII",  "XIX",  "XX",
      "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"};
  for (size_t i = 0; i < std::size(kRomans); ++i) {
    if (s == kRomans[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

// After a label: a separator (. - / ) :) then a blank, or the end.
// Returns the offset of the title, or npos when the label is not followed
// properly. `require_separator` for numerals ("1 tháng" is not a label).
size_t AfterSeparator(std::string_view text, size_t pos, bool require_separator,
                      std::string_view separators) {
  bool separator = false;
  if (pos < text.size() && separators.find(text[pos]) != std::string_view::npos) {
    separator = true;
    ++pos;
  } else if (pos + 2 < text.size() && static_cast<unsigned char>(text[pos]) == 0xE2 &&
             static_cast<unsigned char>(text[pos + 1]) == 0x80 &&
             (static_cast<unsigned char>(text[pos + 2]) == 0x93 ||
              static_cast<unsigned char>(text[pos + 2]) == 0x94)) {
    separator = true;  // en or em dash
    pos += 3;
  }
  if (require_separator && !separator) return std::string_view::npos;
  if (pos >= text.size()) return pos;
  size_t next = 0;
  if (text[pos] == '\t' || text[pos] == '\n' || text::IsSpaceAt(text, pos, &next)) {
    size_t k = pos;
    while (k < text.size()) {
      if (text[k] == '\t' || text[k] == '\n') {
        ++k;
      } else if (text::IsSpaceAt(text, k, &next)) {
        k = next;
      } else {
        break;
      }
    }
    return k;
  }
  return std::string_view::npos;
}

// "PHẦN THỨ NHẤT", "Phần I", "Chương 2", "Điều 3": a keyword and its ordinal.
std::optional<HeadingLabel> WordLabel(std::string_view text) {
  struct Keyword {
    const char* key;
    LabelKind kind;
  };
  static const Keyword kKeywords[] = {
      {"phần", LabelKind::kPart}, {"chương", LabelKind::kChapter}, {"điều", LabelKind::kArticle}};
  const std::string_view head = text.substr(0, std::min<size_t>(text.size(), 64));
  // Most paragraphs start with another word: fold the first word alone
  // before splitting the rest.
  size_t first_end = 0;
  while (first_end < head.size() && !text::IsSpaceAt(head, first_end)) ++first_end;
  const std::string first = text::FoldKey(head.substr(0, first_end));
  for (const Keyword& kw : kKeywords) {
    if (first != kw.key) continue;
    std::vector<std::string_view> words = Words(head);
    if (words.size() < 2) return std::nullopt;
    // The ordinal: a Roman or Arabic numeral, or "thứ <word>".
    std::string_view second = words[1];
    size_t label_end;
    std::string_view bare = TrimEnd(second, ".:-)");
    std::string second_key = text::FoldKey(second);
    if (RomanValue(bare) > 0 || (!bare.empty() && std::all_of(bare.begin(), bare.end(), IsDigit))) {
      label_end = static_cast<size_t>(bare.data() - text.data()) + bare.size();
    } else if (second_key == "thứ" && words.size() >= 3 && kw.kind != LabelKind::kArticle) {
      std::string_view third = TrimEnd(words[2], ".:-)");
      label_end = static_cast<size_t>(third.data() - text.data()) + third.size();
    } else {
      return std::nullopt;
    }
    size_t title = AfterSeparator(text, label_end, false, ".:-)");
    if (title == std::string_view::npos) return std::nullopt;
    HeadingLabel h;
    h.kind = kw.kind;
    h.label = CollapseSpaces(text.substr(0, label_end));
    h.title_begin = title;
    return h;
  }
  return std::nullopt;
}

}  // namespace

std::optional<HeadingLabel> ParseHeadingLabel(std::string_view raw) {
  std::string_view text = Trim(raw);
  size_t offset = static_cast<size_t>(text.data() - raw.data());
  if (text.empty()) return std::nullopt;
  auto shift = [&](std::optional<HeadingLabel> h) {
    if (h) h->title_begin += offset;
    return h;
  };
  if (auto w = WordLabel(text)) return shift(w);

  // Roman numerals and capital letters: I. II- III/ A. B)
  size_t i = 0;
  while (i < text.size() && i < 8 && text[i] >= 'A' && text[i] <= 'Z') ++i;
  if (i > 0) {
    std::string_view word = text.substr(0, i);
    bool roman = RomanValue(word) > 0;
    if (roman || i == 1) {
      size_t title = AfterSeparator(text, i, true, ".-/):");
      if (title != std::string_view::npos && title < text.size()) {
        HeadingLabel h;
        h.kind = roman ? LabelKind::kRoman : LabelKind::kUpperLetter;
        if (i == 1 && !IsRomanLetter(text[0])) h.kind = LabelKind::kUpperLetter;
        h.label = std::string(word);
        h.title_begin = title;
        return shift(h);
      }
    }
    return std::nullopt;
  }
  // Arabic numerals: 1. 2- 3/ 4) and 1.1. 1.2
  if (IsDigit(text[0])) {
    size_t j = 0;
    int groups = 0;
    while (true) {
      size_t start = j;
      while (j < text.size() && IsDigit(text[j]) && j - start < 3) ++j;
      if (j == start || j - start > 2 || (j < text.size() && IsDigit(text[j]))) return std::nullopt;
      ++groups;
      if (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) {
        ++j;
        continue;
      }
      break;
    }
    size_t title = AfterSeparator(text, j, groups == 1, ".-/):");
    if (title == std::string_view::npos || title >= text.size()) return std::nullopt;
    HeadingLabel h;
    h.kind = groups == 1 ? LabelKind::kArabic : LabelKind::kArabicMulti;
    h.label = std::string(text.substr(0, j));
    h.title_begin = title;
    return shift(h);
  }
  // Lower-case letters of the Vietnamese alphabet: a) b) đ), also "a." (but
  // not "v.v." — "etc.").
  size_t k = 0;
  char32_t c = text::NextCodePoint(text, k);
  bool lower = (c >= 'a' && c <= 'z') || c == 0x0111;
  if (lower && !(c == 'v' && k < text.size() && text[k] == '.')) {
    size_t title = AfterSeparator(text, k, true, ").");
    if (title != std::string_view::npos && title < text.size()) {
      HeadingLabel h;
      h.kind = LabelKind::kLowerLetter;
      h.label = std::string(text.substr(0, k));
      h.title_begin = title;
      return shift(h);
    }
  }
  return std::nullopt;
}

std::optional<HeadingLabel> ParseNumberLabel(std::string_view number_label) {
  std::string_view t = Trim(number_label);
  if (t.empty()) return std::nullopt;
  std::string probe(t);
  probe += " x";  // a title after it, so the label grammar applies
  std::optional<HeadingLabel> h = ParseHeadingLabel(probe);
  if (!h) {
    // Labels without a separator ("I", "1") as some numbering formats show them.
    probe = std::string(t) + ". x";
    h = ParseHeadingLabel(probe);
  }
  if (h) h->title_begin = 0;
  return h;
}

namespace {

int Rank(LabelKind kind) {
  switch (kind) {
    case LabelKind::kPart:
      return 0;
    case LabelKind::kChapter:
      return 1;
    case LabelKind::kUpperLetter:
      return 2;
    case LabelKind::kRoman:
      return 3;
    case LabelKind::kArticle:
      return 4;
    case LabelKind::kArabic:
      return 5;
    case LabelKind::kArabicMulti:
      return 6;
    case LabelKind::kLowerLetter:
      return 7;
  }
  return 8;
}

// The next letter of the capital-letter sequence A B C D Đ E G H I K … for
// telling "I." after "H." (a letter) from "I." after nothing (a numeral).
bool FollowsLetter(std::string_view previous, std::string_view label) {
  static const std::string_view kOrder = "ABCDEGHIKLMNOPQRSTUVXY";
  if (previous.size() != 1 || label.size() != 1) return false;
  size_t p = kOrder.find(previous[0]);
  return p != std::string_view::npos && p + 1 < kOrder.size() && kOrder[p + 1] == label[0];
}

struct Candidate {
  HeadingLabel label;
  bool labelled = true;
  int style_level = 0;  // for unlabelled styled headings
  std::string title;
};

// Heading hints: an outline level, bold, or an all-capitals title.
bool LooksLikeHeading(const model::Paragraph& p, std::string_view title, LabelKind kind) {
  if (title.size() > kMaxHeadingBytes) return false;
  if (p.heading_level > 0 || p.all_bold) return true;
  if (text::IsMostlyUpper(title, 3)) return true;
  // A top-level label on a short line that does not end a sentence.
  bool top = kind == LabelKind::kPart || kind == LabelKind::kChapter || kind == LabelKind::kRoman ||
             kind == LabelKind::kUpperLetter;
  std::string_view t = Trim(title);
  return top && !t.empty() && t.size() < 120 && t.back() != '.' && t.back() != ';';
}

std::string CleanTitle(std::string_view text) { return CollapseSpaces(TrimEnd(text, ":;")); }

}  // namespace

std::vector<model::Section> ExtractSections(const BodyLines& body, size_t begin, size_t end) {
  std::vector<model::Section> roots;
  // Kinds currently open, outermost first; the last capital-letter label.
  struct Open {
    int rank;
    LabelKind kind;
    int style_level;
  };
  std::vector<Open> stack;
  std::vector<model::Section*> path;  // open section at each depth
  std::string last_upper_letter;
  end = std::min(end, body.lines.size());
  for (size_t i = begin; i < end; ++i) {
    const Line& line = body.lines[i];
    if (line.in_table()) continue;
    const model::Paragraph& p = *line.paragraph;
    std::string_view text = p.text;
    Candidate c;
    std::optional<HeadingLabel> label;
    if (!p.number_label.empty()) {
      label = ParseNumberLabel(p.number_label);
      if (!label) continue;  // a bullet
      c.title = CleanTitle(text);
    } else {
      label = ParseHeadingLabel(text);
      if (label) c.title = CleanTitle(text.substr(label->title_begin));
    }
    if (label) {
      c.label = *label;
    } else {
      // An unnumbered paragraph in a heading style.
      std::string_view t = Trim(text);
      if (p.heading_level <= 0 || p.heading_level > 6 || t.empty() || t.size() > 150) continue;
      if (t.front() == '-' || t.front() == '+' || t.front() == '*' || text::IsPlaceholder(t))
        continue;
      c.labelled = false;
      c.style_level = p.heading_level;
      c.title = CleanTitle(t);
    }
    // A label alone on its line ("PHẦN I", "Chương II"): the title is the next line.
    if (c.labelled && c.title.empty()) {
      if (i + 1 < end && !body.lines[i + 1].in_table() &&
          body.lines[i + 1].paragraph->number_label.empty() &&
          !ParseHeadingLabel(body.lines[i + 1].text())) {
        std::string_view next = Trim(body.lines[i + 1].text());
        if (!next.empty() && next.size() < kMaxHeadingBytes) {
          c.title = CleanTitle(next);
          ++i;
        }
      }
      if (c.title.empty()) continue;
    }
    if (c.labelled && !LooksLikeHeading(p, c.title, c.label.kind)) continue;
    if (!c.labelled && !(p.all_bold || text::IsMostlyUpper(c.title, 3) || p.heading_level <= 3))
      continue;

    // Resolve I/V/X after a capital-letter sequence.
    if (c.labelled && c.label.kind == LabelKind::kRoman &&
        FollowsLetter(last_upper_letter, c.label.label)) {
      c.label.kind = LabelKind::kUpperLetter;
    }
    if (c.labelled && c.label.kind == LabelKind::kUpperLetter) last_upper_letter = c.label.label;

    int rank = c.labelled ? Rank(c.label.kind) : 10 + c.style_level;
    LabelKind kind = c.labelled ? c.label.kind : LabelKind::kArabic;
    int style_level = c.labelled ? 0 : c.style_level;
    // Find the kind among the open ones; else close deeper-ranked kinds and open it.
    size_t depth = stack.size();
    for (size_t k = 0; k < stack.size(); ++k) {
      if (stack[k].rank == rank && stack[k].kind == kind && stack[k].style_level == style_level) {
        depth = k;
        break;
      }
    }
    if (depth == stack.size()) {
      while (!stack.empty() && stack.back().rank >= rank) stack.pop_back();
      depth = stack.size();
      stack.push_back(Open{rank, kind, style_level});
    } else {
      stack.resize(depth + 1);
    }
    model::Section section;
    section.label = c.labelled ? c.label.label : "";
    section.title = c.title;
    section.level = static_cast<int>(depth) + 1;
    path.resize(std::min(path.size(), depth));
    std::vector<model::Section>* siblings = &roots;
    // Attach under the nearest open ancestor (levels may be skipped).
    while (!path.empty() && path.size() > depth) path.pop_back();
    if (!path.empty()) siblings = &path.back()->children;
    if (path.size() < depth) section.level = static_cast<int>(path.size()) + 1;
    siblings->push_back(std::move(section));
    path.push_back(&siblings->back());
  }
  return roots;
}

}  // namespace tonghop::extract
