#include "model/document.h"

namespace tonghop::model {

std::string Paragraph::DisplayText() const {
  if (number_label.empty()) return text;
  if (text.empty()) return number_label;
  return number_label + " " + text;
}

std::string Cell::Text() const {
  std::string out;
  ForEachParagraph(blocks, [&](const Paragraph& p) {
    if (!out.empty()) out.push_back('\n');
    out += p.DisplayText();
  });
  return out;
}

const char* FormatName(Format format) {
  switch (format) {
    case Format::kDocx:
      return "docx";
    case Format::kFlatOpc:
      return "flat-opc";
    case Format::kWord2003:
      return "word2003";
    case Format::kReportXml:
      return "report-xml";
  }
  return "docx";
}

}  // namespace tonghop::model
