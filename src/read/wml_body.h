// The story walker: block content of WordprocessingML (w:body, a header or
// footer, a foot/endnote, a text box; or the same in Word 2003 XML) →
// model::Block values, as Word displays them in its final ("No Markup") view.
//
// One iterative pass over the tree with an explicit stack (no recursion the
// input controls; depth bounded by ReadLimits::max_xml_depth). What it does:
// - text = concatenation of w:t in document order through every transparent
//   wrapper (hyperlink, smartTag, customXml, sdt/sdtContent at block, run,
//   row and cell level, fldSimple, ins, moveTo, dir, bdo); whitespace-only
//   runs kept; w:tab/w:ptab → '\t', w:br/w:cr → '\n' (page and column breaks
//   only between text), w:noBreakHyphen → U+2011, w:softHyphen → U+00AD,
//   w:sym → Unicode;
// - fields show their cached result, never the instruction (a stack per
//   story: fields nest and span paragraphs); a checkbox form field shows
//   ☒/☐;
// - tracked changes resolved: w:del, w:moveFrom, w:delText, w:delInstrText
//   dropped; a paragraph whose mark is deleted merges with the next one; rows
//   with w:trPr/w:del dropped; w:cellDel cells dropped;
// - hidden text (effective w:vanish) dropped unless keep_hidden_text;
// - content controls showing their placeholder (w:showingPlcHdr) dropped;
// - text boxes (w:txbxContent via DrawingML or VML, one mc:AlternateContent
//   branch only) emitted as Story::kTextBox paragraphs after the paragraph
//   that anchors them;
// - tables: merged cells once (gridSpan, vMerge, legacy hMerge), gridBefore,
//   nested tables, has_borders from table style, tblBorders and tcBorders;
// - per run the effective font decides the legacy encoding (text::
//   EncodingOfFont / AppendDecoded) before anything else touches the text;
//   a paragraph with no legacy-font run goes through DetectLegacyEncoding;
//   then each paragraph is normalized once (text::NormalizeInPlace);
// - numbering labels (ListCounters), heading level, alignment, style, bold
//   and italic hints per paragraph.
//
// Not thread-safe; one StoryReader per story.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "common/error.h"
#include "model/document.h"
#include "read/reader.h"
#include "read/wml_numbering.h"
#include "read/wml_styles.h"
#include "read/wml_xml.h"

namespace tonghop::read::wml {

// State shared by all stories of one document.
struct ReadContext {
  ReadContext(StyleSheet& s, const NumberingDefinitions& n, const ReadOptions& o, Dialect d)
      : styles(s),
        numbering(n),
        options(o),
        dialect(d),
        deadline(std::chrono::steady_clock::now() + o.limits.max_time) {}

  StyleSheet& styles;
  const NumberingDefinitions& numbering;
  const ReadOptions& options;
  Dialect dialect;
  std::chrono::steady_clock::time_point deadline;

  // Findings for the document, each (code, attribute) once.
  std::vector<model::Finding> findings;
  std::set<std::string> reported;
  uint64_t text_bytes = 0;

  // Collected while walking, for the caller: section properties (header and
  // footer references; Word 2003 keeps the headers inline there) and Word
  // 2003 inline foot/endnotes, in document order.
  std::vector<pugi::xml_node> section_properties;
  std::vector<pugi::xml_node> inline_notes;

  // Adds a finding unless the same code+key was reported already.
  void Report(std::string_view code, std::string_view attr_name, std::string attr_value);
};

class StoryReader {
 public:
  // `counters` holds the list numbering state of this story (shared by the
  // body and its text boxes; separate for each header/footer and the notes).
  StoryReader(ReadContext& context, ListCounters& counters);
  ~StoryReader();
  StoryReader(const StoryReader&) = delete;
  StoryReader& operator=(const StoryReader&) = delete;

  // Reads the block-level children of `root` and appends the blocks to `out`.
  // Errors: kLimitExceeded (depth, text size, time).
  Status Read(pugi::xml_node root, std::vector<model::Block>& out);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tonghop::read::wml
