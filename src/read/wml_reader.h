// WordprocessingML (the body of a DOCX or Flat OPC package) → model::Document.
//
// What is read, and from where (docx.md §0): the main part found through
// /_rels/.rels; styles, numbering and (lazily, for theme fonts) the theme
// through the main part's relationships; the header and footer parts
// referenced by every w:sectPr, each part once, in section order; footnotes
// then endnotes without their separators; docProps/core.xml and app.xml.
// Nothing else is opened (no glossary, comments, customXml data, external
// targets). Elements are matched by namespace URI, Transitional or Strict
// (wml_xml.h). The story walker (wml_body.h) decides what text Word shows.
//
// Failure: errors from the package and the main part (kCorrupt,
// kLimitExceeded ...) stop the read; a styles, numbering, header, footer or
// notes part that cannot be parsed is skipped with an unsupported-content
// finding. Findings also report legacy-encoding conversions, unknown w:sym
// characters, unsupported number formats and w:altChunk content.
//
// Pure (no I/O beyond the Package) and thread-safe across documents.
#pragma once

#include "common/error.h"
#include "model/document.h"
#include "read/package.h"
#include "read/reader.h"

namespace tonghop::read {

// Reads the main document part of `package` (found through its
// relationships), with styles, numbering, headers/footers, notes and core
// properties. `format` is recorded in the Document (docx or flat-opc).
Result<model::Document> ReadWordprocessingMl(const Package& package, model::Format format,
                                             const ReadOptions& options);

}  // namespace tonghop::read
