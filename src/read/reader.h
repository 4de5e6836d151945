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
  // For kUnsupported: what the file is and what to do, in words a clerk
  // understands ("Văn bản Word 97-2003 (.doc) — hãy mở bằng Word và lưu lại
  // thành .docx"), and the error code ReadDocument returns for it:
  // kUnsupportedFormat, kEncrypted (password-protected Office file),
  // kCorrupt or kLimitExceeded (a ZIP that cannot even be opened safely).
  LocalizedText description;
  ErrorCode code = ErrorCode::kUnsupportedFormat;
  // For kUnsupported: the bytes are a ZIP archive of files, not an Office or
  // OpenDocument package (pipeline/archive.h reads the documents inside).
  bool zip_of_files = false;
};

// Identifies the format from the bytes alone (a ZIP's central directory and
// its package relationships are read, within the default ReadLimits).
SniffResult SniffFormat(std::string_view bytes);

// Sniffs, then reads with the reader for the format, within options.limits
// (input size, package limits, XML guard, the wall-time budget checked
// between parts). Refusals carry the SniffResult's code and description.
Result<model::Document> ReadDocument(std::string_view bytes, const ReadOptions& options = {});

}  // namespace tonghop::read
