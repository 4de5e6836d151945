// WordprocessingML (the body of a DOCX or Flat OPC package) → model::Document.
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
