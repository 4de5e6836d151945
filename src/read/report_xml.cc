#include "read/report_xml.h"

#include <algorithm>
#include <pugixml.hpp>
#include <vector>

#include "common/xml_schema.h"
#include "read/xml_guard.h"
#include "text/dates.h"
#include "text/normalize.h"
#include "text/numbers.h"

namespace tonghop::read {
namespace {

using model::Alignment;
using model::Cell;
using model::Paragraph;
using model::Row;
using model::Table;

std::string_view LocalName(const char* qname) {
  std::string_view n(qname);
  std::size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_element && LocalName(n.name()) == local) return n;
  }
  return {};
}

// Element text with XML white space collapsed and trimmed, then the text
// layer's clean-up (NFC, NBSP, invisible characters).
std::string Clean(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool pending_space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  text::NormalizeInPlace(out);
  return out;
}

std::string TextOf(pugi::xml_node node) { return node ? Clean(node.child_value()) : std::string(); }

Paragraph Para(std::string text, Alignment alignment = Alignment::kJustify, bool bold = false,
               bool italic = false) {
  Paragraph p;
  p.text = std::move(text);
  p.alignment = alignment;
  p.all_bold = bold && !p.text.empty();
  p.all_italic = italic && !p.text.empty();
  return p;
}

struct Date {
  int year = 0, month = 0, day = 0;
};

int Digits(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

Date ParseDate(std::string_view iso) {  // schema-valid xs:date: YYYY-MM-DD[zone]
  Date d;
  std::size_t dash = iso.find('-', 1);
  if (dash == std::string_view::npos || dash > 9 || iso.size() < dash + 6) return d;
  d.year = Digits(iso.substr(0, dash));
  d.month = Digits(iso.substr(dash + 1, 2));
  d.day = Digits(iso.substr(dash + 4, 2));
  return d;
}

// "Phong Thổ, ngày 06 tháng 7 năm 2020".
std::string PlaceAndDate(const std::string& place, const Date& d) {
  return place + ", " + text::FormatDateInWords(d.year, d.month, d.day);
}

std::string DocTypeName(std::string_view code) {
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"BC", "Báo cáo"},       {"KH", "Kế hoạch"},
      {"QĐ", "Quyết định"},    {"CV", "Công văn"},
      {"HD", "Hướng dẫn"},     {"TB", "Thông báo"},
      {"NQ", "Nghị quyết"},    {"CT", "Chỉ thị"},
      {"CTr", "Chương trình"}, {"TTr", "Tờ trình"},
      {"BB", "Biên bản"},      {"QC", "Quy chế"},
      {"KL", "Kết luận"},      {"GM", "Giấy mời"},
      {"CĐ", "Công điện"},     {"PA", "Phương án"},
      {"ĐA", "Đề án"},         {"QyĐ", "Quy định"},
      {"HĐ", "Hợp đồng"},      {"GGT", "Giấy giới thiệu"},
  };
  for (const auto& [c, name] : kNames) {
    if (c == code) return std::string(name);
  }
  return "Văn bản";
}

// "I" → "I.", "1" → "1.", "a" → "a)" (NĐ 30: mục, khoản, điểm).
std::string NumberLabel(std::string_view label) {
  if (label.empty()) return {};
  bool lower_letters = std::all_of(label.begin(), label.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;  // đ
  });
  return std::string(label) + (lower_letters ? ")" : ".");
}

Table MetricsTable(pugi::xml_node metrics) {
  Table table;
  Row header;
  header.header = true;
  for (const char* title : {"TT", "Chỉ tiêu", "Số lượng", "Đơn vị tính"}) {
    Cell cell;
    cell.blocks.emplace_back(Para(title, Alignment::kCenter, true));
    header.cells.push_back(std::move(cell));
  }
  table.rows.push_back(std::move(header));
  int index = 0;
  for (pugi::xml_node m = metrics.first_child(); m; m = m.next_sibling()) {
    if (m.type() != pugi::node_element || LocalName(m.name()) != "metric") continue;
    Row row;
    std::string cells[4] = {std::to_string(++index), TextOf(Child(m, "label")),
                            text::FormatDecimal(Clean(Child(m, "value").child_value())),
                            TextOf(Child(m, "unit"))};
    const Alignment align[4] = {Alignment::kCenter, Alignment::kLeft, Alignment::kRight,
                                Alignment::kCenter};
    for (int i = 0; i < 4; ++i) {
      Cell cell;
      cell.blocks.emplace_back(Para(std::move(cells[i]), align[i]));
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Cell CellOf(std::vector<Paragraph> paragraphs) {
  Cell cell;
  for (Paragraph& p : paragraphs) cell.blocks.emplace_back(std::move(p));
  return cell;
}

void AppendHeaderBlock(model::Document& doc, pugi::xml_node report, bool cong_van) {
  pugi::xml_node header = Child(report, "header");
  pugi::xml_node issuer = Child(header, "issuer");
  std::vector<Paragraph> left;
  if (pugi::xml_node parent = Child(issuer, "parent"))
    left.push_back(Para(TextOf(parent), Alignment::kCenter));
  left.push_back(Para(TextOf(Child(issuer, "name")), Alignment::kCenter, true));
  std::vector<Paragraph> right = {
      Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Alignment::kCenter, true),
      Para("Độc lập - Tự do - Hạnh phúc", Alignment::kCenter, true),
  };
  std::string number = TextOf(Child(header, "number"));
  std::vector<Paragraph> number_cell = {
      Para("Số: " + (number.empty() ? std::string("    ") : number) + "/" +
               TextOf(Child(header, "symbol")),
           Alignment::kCenter)};
  if (cong_van)
    number_cell.push_back(Para("V/v " + TextOf(Child(report, "subject")), Alignment::kCenter));
  std::vector<Paragraph> date_cell = {
      Para(PlaceAndDate(TextOf(Child(header, "place")),
                        ParseDate(Clean(Child(header, "date").child_value()))),
           Alignment::kCenter, false, true)};

  Table table;
  table.has_borders = false;
  Row first, second;
  first.cells.push_back(CellOf(std::move(left)));
  first.cells.push_back(CellOf(std::move(right)));
  second.cells.push_back(CellOf(std::move(number_cell)));
  second.cells.push_back(CellOf(std::move(date_cell)));
  table.rows.push_back(std::move(first));
  table.rows.push_back(std::move(second));
  doc.body.emplace_back(std::move(table));
}

void AppendBody(model::Document& doc, pugi::xml_node body) {
  // Iterative walk: each frame is the next sibling to visit at one nesting
  // level (the XML guard has already bounded the depth).
  struct Frame {
    pugi::xml_node next;
    int depth;
  };
  std::vector<Frame> stack = {{body.first_child(), 0}};
  while (!stack.empty()) {
    pugi::xml_node node = stack.back().next;
    int depth = stack.back().depth;
    if (!node) {
      stack.pop_back();
      continue;
    }
    stack.back().next = node.next_sibling();
    if (node.type() != pugi::node_element) continue;
    std::string_view name = LocalName(node.name());
    if (name == "p") {
      doc.body.emplace_back(Para(TextOf(node)));
    } else if (name == "metrics") {
      if (pugi::xml_node caption = Child(node, "caption")) {
        doc.body.emplace_back(Para(TextOf(caption), Alignment::kCenter, true));
      }
      doc.body.emplace_back(MetricsTable(node));
    } else if (name == "section") {
      int level = std::min(depth + 1, 9);
      Paragraph heading =
          Para(TextOf(Child(node, "title")), Alignment::kJustify, level <= 2, level >= 3);
      heading.number_label = NumberLabel(node.attribute("label").value());
      heading.heading_level = level;
      heading.style_id = "Heading" + std::to_string(level);
      heading.style_name = "heading " + std::to_string(level);
      doc.body.emplace_back(std::move(heading));
      stack.push_back({node.first_child(), depth + 1});  // its title is skipped below
    }
  }
}

void AppendSignatureBlock(model::Document& doc, pugi::xml_node report) {
  std::vector<Paragraph> left;
  if (pugi::xml_node recipients = Child(report, "recipients")) {
    left.push_back(Para("Nơi nhận:", Alignment::kLeft, true, true));
    for (pugi::xml_node r = recipients.first_child(); r; r = r.next_sibling()) {
      if (r.type() == pugi::node_element) left.push_back(Para("- " + TextOf(r), Alignment::kLeft));
    }
  }
  pugi::xml_node signer = Child(report, "signer");
  std::vector<Paragraph> right;
  if (pugi::xml_node authority = Child(signer, "authority")) {
    right.push_back(Para(TextOf(authority), Alignment::kCenter, true));
  }
  right.push_back(Para(TextOf(Child(signer, "position")), Alignment::kCenter, true));
  right.push_back(Para(TextOf(Child(signer, "name")), Alignment::kCenter, true));
  Table table;
  table.has_borders = false;
  Row row;
  row.cells.push_back(CellOf(std::move(left)));
  row.cells.push_back(CellOf(std::move(right)));
  table.rows.push_back(std::move(row));
  doc.body.emplace_back(std::move(table));
}

model::Document Convert(pugi::xml_node report) {
  model::Document doc;
  doc.format = model::Format::kReportXml;
  std::string doc_type = Clean(Child(Child(report, "header"), "doc-type").child_value());
  bool cong_van = doc_type == "CV";
  std::string subject = TextOf(Child(report, "subject"));
  AppendHeaderBlock(doc, report, cong_van);
  if (pugi::xml_node title = Child(report, "title")) {
    doc.body.emplace_back(Para(TextOf(title), Alignment::kCenter, true));
  }
  if (!cong_van) doc.body.emplace_back(Para(subject, Alignment::kCenter, true));

  if (pugi::xml_node addressees = Child(report, "addressees")) {
    std::vector<std::string> names;
    for (pugi::xml_node a = addressees.first_child(); a; a = a.next_sibling()) {
      if (a.type() == pugi::node_element) names.push_back(TextOf(a));
    }
    if (names.size() == 1) {
      doc.body.emplace_back(Para("Kính gửi: " + names[0] + ".", Alignment::kCenter));
    } else {
      doc.body.emplace_back(Para("Kính gửi:", Alignment::kCenter));
      for (std::size_t i = 0; i < names.size(); ++i) {
        doc.body.emplace_back(
            Para("- " + names[i] + (i + 1 == names.size() ? "." : ";"), Alignment::kLeft));
      }
    }
  }

  if (pugi::xml_node references = Child(report, "references")) {
    for (pugi::xml_node r = references.first_child(); r; r = r.next_sibling()) {
      if (r.type() != pugi::node_element) continue;
      std::string sentence = TextOf(r);
      if (sentence.empty()) {
        sentence = "Thực hiện " + DocTypeName(r.attribute("doc-type").value()) + " số " +
                   Clean(r.attribute("number").value()) + "/" +
                   Clean(r.attribute("symbol").value());
        if (std::string_view date = r.attribute("date").value(); !date.empty()) {
          const Date d = ParseDate(date);
          sentence += " ngày " + text::FormatNumericDate(d.year, d.month, d.day);
        }
        if (std::string issuer = Clean(r.attribute("issuer").value()); !issuer.empty()) {
          sentence += " của " + issuer;
        }
        sentence += ".";
      }
      doc.body.emplace_back(Para(std::move(sentence), Alignment::kJustify, false, true));
    }
  }

  AppendBody(doc, Child(report, "body"));
  AppendSignatureBlock(doc, report);
  doc.properties.title = subject;
  doc.properties.creator = TextOf(Child(Child(Child(report, "header"), "issuer"), "name"));
  doc.properties.application = "tonghop report XML";
  return doc;
}

const Result<XmlSchema>& ReportSchema() {
  static const Result<XmlSchema> schema =
      XmlSchema::Compile(EmbeddedSchema("report.xsd"), "report.xsd");
  return schema;
}

}  // namespace

Result<model::Document> ReadReportXml(std::string_view xml, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  if (Status st = CheckXml(xml, XmlGuardLimits{limits.max_input_bytes, limits.max_xml_depth});
      !st.ok()) {
    return st.take_error();
  }
  const Result<XmlSchema>& schema = ReportSchema();
  if (!schema.ok()) return schema.error();
  std::vector<XmlIssue> issues = schema->Validate(xml);
  if (!issues.empty()) {
    std::string vi = "XML báo cáo không đúng lược đồ report.xsd: ";
    std::string en = "The report XML does not match report.xsd: ";
    std::size_t shown = std::min<std::size_t>(issues.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) {
      std::string sep = i == 0 ? "" : "; ";
      std::string line = std::to_string(issues[i].line);
      vi += sep + "dòng " + line + ": " + issues[i].message;
      en += sep + "line " + line + ": " + issues[i].message;
    }
    if (issues.size() > shown) {
      vi += " (và " + std::to_string(issues.size() - shown) + " lỗi khác)";
      en += " (and " + std::to_string(issues.size() - shown) + " more)";
    }
    return MakeError(ErrorCode::kCorrupt, Msg(std::move(vi), std::move(en)));
  }
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_auto);
  if (!parsed) {
    return MakeError(ErrorCode::kCorrupt,
                     Msg(std::string("XML báo cáo hỏng: ") + parsed.description(),
                         std::string("Broken report XML: ") + parsed.description()));
  }
  return Convert(doc.document_element());
}

}  // namespace tonghop::read
