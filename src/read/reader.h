// Reading a document: bytes in, model::Document out.
//
// The format is sniffed from the bytes, never from the file name: DOCX (OPC
// ZIP), Flat OPC (pkg:package), Word 2003 XML (w:wordDocument) and tonghop's
// report XML (schemas/report.xsd). Anything else is refused with
// ErrorCode::kUnsupportedFormat and a message naming what the file is (legacy
// .doc, encrypted Office file, ODT, PDF, image ...).
//
// Pure: no file system, no clock except the limits' wall-time budget.
// Thread-safe: documents may be read in parallel.
#pragma once

#include <string_view>

#include "common/error.h"
#include "model/document.h"
#include "read/limits.h"

namespace tonghop::read {

struct ReadOptions {
  ReadLimits limits;
  bool keep_hidden_text = false;  // w:vanish text is dropped unless asked
};

// What the bytes are. kUnknown and the refused kinds carry a description.
enum class Sniffed {
  kDocx,
  kFlatOpc,
  kWord2003,
  kReportXml,
  kUnsupported,
};

struct SniffResult {
  Sniffed kind = Sniffed::kUnsupported;
  LocalizedText description;  // for kUnsupported: what the file is, in words
};

SniffResult SniffFormat(std::string_view bytes);

Result<model::Document> ReadDocument(std::string_view bytes, const ReadOptions& options = {});

}  // namespace tonghop::read
