// Headings and the section tree (NĐ 30/2020 Phụ lục I §II.6đ: Phần,
// Chương, mục I., khoản 1., điểm a)), with the labels the reader sees,
// whether typed by the author ("I.", "I-", "I/", "1.", "a)", "A.",
// "PHẦN THỨ NHẤT", "Phần I", "Chương II", "Điều 3.") or produced by Word's
// automatic numbering (Paragraph::number_label). Labels lose their trailing
// separator: "I." → "I", "a)" → "a".
//
// Levels follow the order in which label kinds nest in the document (a kind
// seen inside another is one level deeper), with the NĐ 30 ranking deciding
// when a higher kind appears after a lower one. Style outline levels,
// bold and all-capitals are the hints that tell a heading from a numbered
// body paragraph. Pure; one pass over the lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lines.h"
#include "model/record.h"

namespace tonghop::extract {

enum class LabelKind {
  kPart,         // PHẦN I, PHẦN THỨ NHẤT
  kChapter,      // Chương I
  kUpperLetter,  // A. B. C.
  kRoman,        // I. II. III.
  kArticle,      // Điều 1.
  kArabic,       // 1. 2.
  kArabicMulti,  // 1.1. 2.3
  kLowerLetter,  // a) b) đ)
};

struct HeadingLabel {
  LabelKind kind = LabelKind::kArabic;
  std::string label;       // as displayed, without the separator: "I", "PHẦN THỨ NHẤT"
  size_t title_begin = 0;  // byte offset of the title text after the label
};

// The label a paragraph's text starts with, when it has one.
std::optional<HeadingLabel> ParseHeadingLabel(std::string_view text);

// The label Word displays from automatic numbering ("I.", "1.", "a)"); bullets
// ("•", "-") give nullopt.
std::optional<HeadingLabel> ParseNumberLabel(std::string_view number_label);

// The heading tree of lines [begin, end): paragraphs outside tables.
std::vector<model::Section> ExtractSections(const BodyLines& lines, size_t begin, size_t end);

}  // namespace tonghop::extract
