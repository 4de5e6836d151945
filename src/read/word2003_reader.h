// Word 2003 XML ("w:wordDocument", namespace
// http://schemas.microsoft.com/office/word/2003/wordml) → model::Document.
//
// The same story walker as WordprocessingML (wml_body.h) in its Word 2003
// dialect: wx:sect / wx:sub-section wrappers, w:hlink, smart tags in
// document namespaces, aml:annotation revisions (Word.Insertion kept,
// Word.Deletion dropped), w:vmerge / w:hmerge, on/off values. Numbering comes
// from w:lists (w:listDef levels with numeric w:nfc, w:list w:ilfo with
// overrides) and w:pPr/w:listPr (w:ilvl, w:ilfo, or through the style);
// Word's own rendered label w:listPr/wx:t wx:val is used when present.
// Headers and footers are read from inside each w:sectPr (identical ones
// once), foot/endnotes from where they sit inline, metadata from
// o:DocumentProperties. LibreOffice's "MS Word 2003 XML" export writes
// w:lists but no w:listPr: its headings keep the numbers typed in their text
// and get no label.
//
// Errors: kCorrupt (malformed XML, not a w:wordDocument), kLimitExceeded.
// Pure and thread-safe across documents.
#pragma once

#include <string_view>

#include "common/error.h"
#include "model/document.h"
#include "read/reader.h"

namespace tonghop::read {

Result<model::Document> ReadWord2003(std::string_view xml, const ReadOptions& options);

}  // namespace tonghop::read
