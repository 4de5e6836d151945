// How the story walker (wml_body.cc) sees each element: by canonical name
// (wml_xml.h), in the WordprocessingML or the Word 2003 vocabulary.
// Unknown names: drawing vocabularies (wp, a, wps, wpg, wpc, v, o, m …) are
// read through, to reach text boxes and math; unknown w:, mc:, wx:, aml: and
// unknown-namespace elements are skipped — except in Word 2003, where smart
// tags live in document-defined namespaces and are read through.
#pragma once

#include <cstdint>

#include "read/wml_xml.h"

namespace tonghop::read::wml {

enum class Tag : uint8_t {
  kSkip,     // not displayed: properties, deletions, instructions, markers
  kDescend,  // transparent: read its children in place
  kParagraph,
  kRun,
  kText,
  kTable,
  kRow,
  kCell,
  kSdt,
  kTab,
  kBreak,
  kCarriageReturn,
  kNoBreakHyphen,
  kSoftHyphen,
  kSym,
  kFieldChar,
  kTextBoxContent,
  kGraphic,  // w:drawing, w:pict, w:object: may hold text boxes
  kAlternateContent,
  kRuby,
  kSectionProperties,
  kAltChunk,
  kMathText,
  kAnnotation,  // Word 2003 aml:annotation (tracked changes, comments)
  kInlineNote,  // Word 2003 w:footnote / w:endnote inside a run
};

Tag TagOf(const char* name, Dialect dialect);

}  // namespace tonghop::read::wml
