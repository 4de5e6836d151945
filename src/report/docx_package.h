// The OPC package around a WordprocessingML report: content types,
// package and document relationships, styles (Times New Roman 14, the
// report's paragraph and table styles), settings, a page-number header
// (centred, not on page 1: NĐ 30 PL I §IV) and core/app properties. No
// numbering part: the report types its labels (I., 1.) itself.
//
// Deterministic: entries in a fixed order with a fixed ZIP time
// (1980-01-01 00:00); dcterms:created only when the report has a date.
#pragma once

#include <optional>
#include <string>

#include "campaign/campaign.h"
#include "common/error.h"
#include "report/sink.h"

namespace tonghop::report {

// Style ids that word/styles.xml defines (docx_report.cc uses them).
namespace docx_style {
inline constexpr const char* kNormal = "Normal";
inline constexpr const char* kBody = "BodyText";        // justified, first-line indent
inline constexpr const char* kHeading1 = "Heading1";    // I. TÌNH HÌNH …
inline constexpr const char* kHeading2 = "Heading2";    // 1. Đợt …
inline constexpr const char* kTitle = "Title";          // BÁO CÁO
inline constexpr const char* kTableText = "TableText";  // 12 pt cell text
inline constexpr const char* kTableGrid = "TableGrid";  // bordered table
inline constexpr const char* kHeader = "Header";        // page header
}  // namespace docx_style

struct DocxParts {
  std::string document_xml;  // word/document.xml, complete
  std::string title;         // core properties
  std::string subject;
  std::string creator;
  std::string generator;  // app.xml Application
  std::optional<campaign::Date> created;
};

// The relationship id the document's sectPr uses for the page-number header.
inline constexpr const char* kHeaderRelId = "rIdHeader1";

Status WriteDocxPackage(const DocxParts& parts, Sink& sink);

}  // namespace tonghop::report
