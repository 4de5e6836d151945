// tonghop's own report XML (schemas/report.xsd, namespace
// urn:tonghop:report:1): a plan or report written as structured data —
// header fields, title, subject, cited documents, sections with paragraphs,
// metric tables, signer, recipients — instead of a Word file.
//
// ReadReportXml validates the document against the embedded report.xsd
// (libxml2, no network, no DTD; CheckXml runs first) and lays it out as a
// model::Document shaped like a real administrative document (NĐ 30/2020):
// the header block as a borderless two-column table (issuer and "Số:" on the
// left, national motto and place-date on the right), the document type title
// and subject, the citing sentences, numbered headings (number_label,
// heading_level), metric tables with a header row, and the signature block
// with "Nơi nhận:" — so that field extraction reads it like any DOCX.
//
// Errors: kCorrupt with "dòng N: ..." / "line N: ..." for schema or XML
// errors; the XmlGuard errors. Pure, thread-safe.
#pragma once

#include <string_view>

#include "common/error.h"
#include "model/document.h"
#include "read/reader.h"

namespace tonghop::read {

inline constexpr std::string_view kReportXmlNamespace = "urn:tonghop:report:1";

Result<model::Document> ReadReportXml(std::string_view xml, const ReadOptions& options = {});

}  // namespace tonghop::read
