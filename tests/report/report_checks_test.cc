// Properties every report must have, beyond its golden bytes: the XML is
// valid against consolidated.xsd, the JSON totals are the status totals,
// the CSV opens in Excel (BOM, CRLF, RFC 4180 quoting), the HTML is self-
// contained, the DOCX is a valid OPC package that LibreOffice opens and
// whose text holds every unit and every total.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "common/json_writer.h"
#include "common/xml_schema.h"
#include "golden_util.h"
#include "report/format.h"
#include "report/json_report.h"
#include "report/render.h"
#include "report_fixture.h"
#include "text/letters.h"
#include "zip_test_util.h"

namespace tonghop::report {
namespace {

using testing::Build;
using testing::ScenarioStore;

std::string RenderToString(Format format, const Consolidated& c,
                           const ReportOptions& options = {}) {
  std::string out;
  StringSink sink(out);
  Status st = Render(format, c, options, sink);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().Describe(Lang::kEn));
  return out;
}

TEST(ReportChecksTest, XmlValidatesAgainstTheConsolidatedSchema) {
  auto schema = XmlSchema::Compile(EmbeddedSchema("consolidated.xsd"), "consolidated.xsd");
  ASSERT_TRUE(schema.ok()) << schema.error().Describe(Lang::kEn);
  ScenarioStore s;
  for (const std::string period : {"dot-1", "dot-2", "all"}) {
    for (SortOrder sort : {SortOrder::kCampaign, SortOrder::kName}) {
      ReportOptions options;
      if (period == "all") {
        options.number = "12";
        options.date = campaign::Date{2020, 12, 31};
      }
      std::string xml = RenderToString(Format::kXml, Build(s.store(), period, sort), options);
      for (const XmlIssue& issue : schema->Validate(xml)) {
        ADD_FAILURE() << period << ": line " << issue.line << ": " << issue.message;
      }
    }
  }
}

TEST(ReportChecksTest, TheSchemaRejectsAWrongStatus) {
  auto schema = XmlSchema::Compile(EmbeddedSchema("consolidated.xsd"), "consolidated.xsd");
  ASSERT_TRUE(schema.ok());
  ScenarioStore s;
  std::string xml = RenderToString(Format::kXml, Build(s.store(), "dot-1"));
  size_t at = xml.find("status=\"late\"");
  ASSERT_NE(at, std::string::npos);
  xml.replace(at, 13, "status=\"soon\"");
  EXPECT_FALSE(schema->Validate(xml).empty());
}

Poco::JSON::Object::Ptr ParseJson(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string Stringify(const Poco::Dynamic::Var& v) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(v, out);
  return out.str();
}

TEST(ReportChecksTest, JsonReportHoldsTheStatusTotalsAndUnits) {
  ScenarioStore s;
  for (const std::string period : {"dot-1", "all"}) {
    Consolidated c = Build(s.store(), period);
    std::ostringstream status;
    JsonWriter w(status, 0);
    WriteStatusJson(w, c, Lang::kVi);
    auto status_json = ParseJson(status.str());
    auto report_json = ParseJson(RenderToString(Format::kJson, c));
    EXPECT_EQ(report_json->getValue<std::string>("campaign"),
              status_json->getValue<std::string>("campaign"));
    auto sp = status_json->getArray("periods");
    auto rp = report_json->getArray("periods");
    ASSERT_EQ(sp->size(), rp->size());
    for (size_t i = 0; i < sp->size(); ++i) {
      auto a = sp->getObject(static_cast<unsigned>(i));
      auto b = rp->getObject(static_cast<unsigned>(i));
      EXPECT_EQ(Stringify(a->get("totals")), Stringify(b->get("totals"))) << period;
      EXPECT_EQ(Stringify(a->get("units")), Stringify(b->get("units"))) << period;
      EXPECT_EQ(a->getValue<std::string>("due"), b->getValue<std::string>("due"));
    }
    // The status object has exactly the keys of spec/record.md.
    std::vector<std::string> keys;
    status_json->getNames(keys);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"campaign", "periods"}));
    auto p0 = sp->getObject(0);
    keys.clear();
    p0->getNames(keys);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"due", "id", "totals", "units"}));
    auto unit = p0->getArray("units")->getObject(0);
    keys.clear();
    unit->getNames(keys);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"days_late", "document", "findings", "metrics",
                                              "missing_sections", "name", "status", "unit"}));
    auto totals = p0->getObject("totals");
    keys.clear();
    totals->getNames(keys);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys,
              (std::vector<std::string>{"late", "metrics", "missing", "on_time", "submitted"}));
  }
}

// RFC 4180 fields of one CSV document (quotes doubled inside quoted fields).
std::vector<std::vector<std::string>> ParseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        field.push_back(ch);
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field.push_back(ch);
    }
  }
  if (rows.back().empty() && field.empty()) rows.pop_back();
  return rows;
}

TEST(ReportChecksTest, CsvHasABomCrlfAndRfc4180Quoting) {
  ScenarioStore s;
  std::string csv = RenderToString(Format::kCsv, Build(s.store(), "dot-1"));
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  ASSERT_GE(csv.size(), 5u);
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
  for (size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '\n') {
      EXPECT_EQ(csv[i - 1], '\r') << "bare LF at byte " << i;
    }
  }
  // The unit name with a comma and quotes is one quoted field.
  EXPECT_NE(csv.find(",\"Công đoàn \"\"Sìn Hồ\"\", khối cơ quan\","), std::string::npos);
  auto rows = ParseCsv(std::string_view(csv).substr(3));
  ASSERT_EQ(rows.size(), 5u);  // header, three units, totals
  for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size());
  EXPECT_EQ(rows[0][2], "Đơn vị");
  EXPECT_EQ(rows[2][2], "Công đoàn \"Sìn Hồ\", khối cơ quan");
  EXPECT_EQ(rows[2][3], "Muộn 3 ngày");
  EXPECT_EQ(rows[3][3], "Chưa nộp");
  EXPECT_EQ(rows[4][2], "Tổng cộng");
  auto column = [&](const std::string& header) {
    return static_cast<size_t>(std::find(rows[0].begin(), rows[0].end(), header) - rows[0].begin());
  };
  ASSERT_LT(column("Giá trị làm lợi (triệu đồng)"), rows[0].size());
  EXPECT_EQ(rows[4][column("Giá trị làm lợi (triệu đồng)")], "1590.75");  // plain numbers
  EXPECT_EQ(rows[4][column("Số đoàn viên")], "23252");
  EXPECT_EQ(rows[2][column("Sáng kiến")], "");  // not found in sin-ho's report
}

TEST(ReportChecksTest, CsvGuardsFormulaLikeText) {
  Consolidated c;
  c.campaign_id = "c";
  PeriodReport p;
  p.id = "p";
  UnitRow u;
  u.unit = "x";
  u.name = "=HYPERLINK(\"evil\")";
  p.units.push_back(u);
  p.totals.expected = 1;
  c.periods.push_back(p);
  std::string csv = RenderToString(Format::kCsv, c);
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"evil\"\")\","), std::string::npos) << csv;
}

TEST(ReportChecksTest, HtmlIsSelfContained) {
  ScenarioStore s;
  for (const std::string period : {"dot-1", "all"}) {
    std::string html = RenderToString(Format::kHtml, Build(s.store(), period));
    for (const char* forbidden :
         {"http", "src=", "href=", "<script", "<link", "url(", "@import", "<img", "<iframe"}) {
      EXPECT_EQ(html.find(forbidden), std::string::npos) << period << ": " << forbidden;
    }
    EXPECT_NE(html.find("<meta charset=\"utf-8\"/>"), std::string::npos);
    EXPECT_NE(html.find("<html lang=\"vi\">"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("class=\"legend\""), std::string::npos);
    EXPECT_NE(html.find("class=\"c s-on-time\""), std::string::npos);
    EXPECT_NE(html.find("class=\"c s-late\""), std::string::npos);
    EXPECT_NE(html.find("class=\"c s-missing\""), std::string::npos);
    EXPECT_NE(html.find("Công đoàn &quot;Sìn Hồ&quot;, khối cơ quan"), std::string::npos);
    EXPECT_NE(html.find("23.252"), std::string::npos);  // Vietnamese notation
    EXPECT_NE(html.find("1.590,75"), std::string::npos);
    // Polyglot markup: an XML parser reads it once the doctype is dropped.
    pugi::xml_document doc;
    std::string body = html.substr(html.find("<html"));
    EXPECT_TRUE(doc.load_string(body.c_str())) << period;
  }
}

TEST(ReportChecksTest, DocxIsAValidOpcPackage) {
  ScenarioStore s;
  std::string docx = RenderToString(Format::kDocx, Build(s.store(), "all"));
  std::vector<std::string> order;
  auto entries = testing::ReadZip(docx, &order);
  ASSERT_FALSE(order.empty());
  EXPECT_EQ(order.front(), "[Content_Types].xml");
  const std::string& types = entries["[Content_Types].xml"].data;
  for (const std::string& name : order) {
    pugi::xml_document doc;
    const auto& data = entries[name].data;
    EXPECT_TRUE(doc.load_buffer(data.data(), data.size())) << name;
    if (name.size() > 5 && name.substr(name.size() - 4) == ".xml" && name[0] != '[') {
      // Every XML part has a content type (an Override, rels by Default).
      EXPECT_NE(types.find("PartName=\"/" + name + "\""), std::string::npos) << name;
    }
  }
  EXPECT_EQ(entries.count("word/numbering.xml"), 0u);  // numbering only if used
  // Every relationship target exists.
  for (const std::string& rels :
       {std::string("_rels/.rels"), std::string("word/_rels/document.xml.rels")}) {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(entries[rels].data.c_str()));
    std::string base = rels == "_rels/.rels" ? "" : "word/";
    for (pugi::xml_node r : doc.child("Relationships").children("Relationship")) {
      EXPECT_EQ(entries.count(base + r.attribute("Target").value()), 1u)
          << r.attribute("Target").value();
    }
  }
  const std::string& styles = entries["word/styles.xml"].data;
  EXPECT_NE(styles.find("w:ascii=\"Times New Roman\""), std::string::npos);
  EXPECT_NE(styles.find("<w:sz w:val=\"28\"/>"), std::string::npos);  // 14 pt
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(entries["word/document.xml"].data.c_str()));
  pugi::xml_node sect = doc.child("w:document").child("w:body").child("w:sectPr");
  EXPECT_STREQ(sect.child("w:pgSz").attribute("w:w").value(), "16838");  // A4, turned
  EXPECT_STREQ(sect.child("w:pgSz").attribute("w:h").value(), "11906");
  EXPECT_STREQ(sect.child("w:pgMar").attribute("w:left").value(), "1701");  // 30 mm
  EXPECT_STREQ(sect.child("w:pgMar").attribute("w:right").value(), "851");  // 15 mm
  EXPECT_STREQ(sect.child("w:pgMar").attribute("w:top").value(), "1134");   // 20 mm
  EXPECT_STREQ(sect.child("w:pgMar").attribute("w:bottom").value(), "1134");
  // Header table borderless; data tables bordered with a repeated header row.
  auto tables = doc.select_nodes("//w:tbl");
  ASSERT_GE(tables.size(), 4u);
  EXPECT_STREQ(tables.first()
                   .node()
                   .select_node("w:tblPr/w:tblBorders/w:top")
                   .node()
                   .attribute("w:val")
                   .value(),
               "nil");
  EXPECT_FALSE(doc.select_nodes("//w:tblStyle[@w:val='TableGrid']").empty());
  EXPECT_FALSE(doc.select_nodes("//w:trPr/w:tblHeader").empty());
  // dot-1's five figures go to a landscape appendix after the signature;
  // the portrait section before it keeps page 1 without a page number.
  auto sections = doc.select_nodes("//w:sectPr");
  ASSERT_EQ(sections.size(), 2u);
  pugi::xml_node portrait = sections[0].node();
  EXPECT_STREQ(portrait.parent().name(), "w:pPr");
  EXPECT_STREQ(portrait.child("w:pgSz").attribute("w:w").value(), "11906");
  EXPECT_TRUE(portrait.child("w:titlePg"));
  EXPECT_STREQ(sect.child("w:pgSz").attribute("w:orient").value(), "landscape");
  EXPECT_NE(entries["word/document.xml"].data.find(
                "(Số liệu chi tiết của từng đơn vị tại Phụ lục kèm theo.)"),
            std::string::npos);
}

// The text LibreOffice sees in a DOCX, or nullopt when soffice is absent.
std::optional<std::string> LibreOfficeText(const std::string& docx, const std::string& name) {
  if (std::system("command -v soffice > /dev/null 2>&1") != 0) return std::nullopt;
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("tonghop-lo-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path input = dir / (name + ".docx");
  std::ofstream(input, std::ios::binary) << docx;
  std::string cmd = "timeout 120 soffice -env:UserInstallation=file://" +
                    (dir / "profile").string() +
                    " --headless --convert-to 'txt:Text (encoded):UTF8' --outdir '" + dir.string() +
                    "' '" + input.string() + "' > '" + (dir / "log").string() + "' 2>&1";
  int rc = std::system(cmd.c_str());
  std::string text = testing::ReadFileOrEmpty((dir / (name + ".txt")).string());
  EXPECT_EQ(rc, 0) << testing::ReadFileOrEmpty((dir / "log").string());
  std::error_code ec;
  fs::remove_all(dir, ec);
  return text;
}

TEST(ReportChecksTest, LibreOfficeOpensTheDocxAndItsTextHoldsEveryUnitAndTotal) {
  ScenarioStore s;
  Consolidated c = Build(s.store(), "all");
  std::string docx = RenderToString(Format::kDocx, c);
  auto text = LibreOfficeText(docx, "all");
  if (!text) GTEST_SKIP() << "soffice is not on PATH";
  ASSERT_FALSE(text->empty()) << "LibreOffice produced no text";
  for (const char* expected :
       {"BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/BC-LĐLĐ",
        "Lai Châu, ngày … tháng … năm …", "I. TÌNH HÌNH NỘP BÁO CÁO", "II. KẾT QUẢ THỰC HIỆN",
        "III. NHỮNG VẤN ĐỀ CẦN LƯU Ý", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "TM. BAN THƯỜNG VỤ",
        "Tổng cộng"}) {
    EXPECT_NE(text->find(expected), std::string::npos) << expected;
  }
  for (const PeriodReport& p : c.periods) {
    for (const UnitRow& u : p.units) EXPECT_NE(text->find(u.name), std::string::npos) << u.name;
    const Totals& t = p.totals;
    std::string counts =
        "Số đơn vị phải báo cáo: " + std::to_string(t.expected) +
        "; đã nộp: " + std::to_string(t.submitted) + " (đúng hạn: " + std::to_string(t.on_time) +
        ", muộn: " + std::to_string(t.late) + "); chưa nộp: " + std::to_string(t.missing);
    EXPECT_NE(text->find(counts), std::string::npos) << counts;
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      if (!t.metric_reported[i]) continue;
      std::string total = FormatNumberVi(t.metrics[i]);
      EXPECT_NE(text->find(text::UpperFirst(p.metrics[i].label) + ": " + total), std::string::npos)
          << total;
    }
  }
  EXPECT_NE(text->find("23.252"), std::string::npos);
  EXPECT_NE(text->find("1.590,75"), std::string::npos);
  EXPECT_NE(text->find("Muộn 3 ngày"), std::string::npos);
}

}  // namespace
}  // namespace tonghop::report
