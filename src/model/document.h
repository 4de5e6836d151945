// model::Document: what a reader (src/read) makes of one input file, whatever
// its format: the blocks a clerk sees in Word, in reading order.
//
// Plain data: no I/O, no library types. All text is UTF-8, NFC, with legacy
// font encodings already converted (src/text). In paragraph text a tab is
// '\t' and a manual line break (w:br, w:cr) is '\n'.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "model/finding.h"

namespace tonghop::model {

enum class Alignment { kUnset, kLeft, kCenter, kRight, kJustify };

// Where a block came from inside the document.
enum class Story {
  kBody,     // the main text
  kTextBox,  // a text box (shape) anchored in the body; emitted once, after its anchor paragraph
};

struct Paragraph {
  std::string text;
  // The list or heading number Word displays before the text, computed from
  // numbering definitions ("I.", "1.", "a)"), without the separator that
  // follows it. Empty when the paragraph is not numbered. A label typed by the
  // author stays in `text`.
  std::string number_label;
  std::string style_id;    // e.g. "Heading1"; empty for the default style
  std::string style_name;  // e.g. "heading 1" (Word's built-in names are English)
  // 1..9 from w:outlineLvl (direct or through the style chain) or a built-in
  // "heading N" style; 0 for body text.
  int heading_level = 0;
  Alignment alignment = Alignment::kUnset;
  // Every visible character is bold / italic / upper-case (layout hints for
  // field extraction; false for an empty paragraph).
  bool all_bold = false;
  bool all_italic = false;
  Story story = Story::kBody;

  // number_label and text as displayed: "I. ĐẶC ĐIỂM" (a space joins them).
  std::string DisplayText() const;
};

struct Table;

// A block is a paragraph or a table.
using Block = std::variant<Paragraph, Table>;

struct Cell {
  std::vector<Block> blocks;
  int grid_span = 1;  // columns covered (w:gridSpan)
  int row_span = 1;   // rows covered (w:vMerge restart + continuations)
  // Cell's text, paragraphs joined by '\n' (nested tables row by row).
  std::string Text() const;
};

struct Row {
  // Real cells only: a merged cell appears once, in the row where it starts;
  // continuation cells of a vertical merge are not repeated.
  std::vector<Cell> cells;
  bool header = false;  // w:tblHeader
};

struct Table {
  std::vector<Row> rows;
  bool has_borders = true;  // false for the borderless layout tables of a header block
  Story story = Story::kBody;
};

struct CoreProperties {
  std::string title;
  std::string subject;
  std::string creator;
  std::string description;
  std::string keywords;
  std::string last_modified_by;
  std::string created;  // ISO 8601 as stored, e.g. "2020-07-05T09:12:00Z"
  std::string modified;
  std::string application;  // docProps/app.xml Application, when present
};

// Input formats tonghop reads (record.md source.format).
enum class Format { kDocx, kFlatOpc, kWord2003, kReportXml };
const char* FormatName(Format format);  // "docx", "flat-opc", "word2003", "report-xml"

struct Document {
  Format format = Format::kDocx;
  std::vector<Block> body;
  // Page headers and footers (each part once, in section order) and
  // foot/endnotes, kept apart from the body.
  std::vector<Block> headers;
  std::vector<Block> footers;
  std::vector<Block> notes;
  CoreProperties properties;
  // Reading findings (legacy-encoding-converted, unsupported-content ...).
  std::vector<Finding> findings;
};

// Calls fn(const Paragraph&) for every paragraph of blocks in reading order,
// descending into table cells (row by row, cell by cell). Iterative: no
// recursion depth limit applies.
template <typename Fn>
void ForEachParagraph(const std::vector<Block>& blocks, Fn&& fn);

}  // namespace tonghop::model

#include "model/document_inl.h"
