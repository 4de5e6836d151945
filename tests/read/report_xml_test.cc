#include "read/report_xml.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/document_text.h"

namespace tonghop::read {
namespace {

using model::Paragraph;
using model::Table;

std::string Sample(const char* name) {
  std::ifstream in(std::filesystem::path(TONGHOP_SOURCE_DIR) / "samples/report-xml" / name,
                   std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Report(const std::string& body, const std::string& extra_header = "",
                   const std::string& doc_type = "BC") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<report xmlns=\"urn:tonghop:report:1\" version=\"1\">\n"
         "  <header>\n"
         "    <issuer><parent>LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU</parent>\n"
         "      <name>LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÌN HỒ</name></issuer>\n"
         "    <number>7</number><symbol>" +
         doc_type + "-LĐLĐ</symbol><doc-type>" + doc_type +
         "</doc-type>\n"
         "    <place>Sìn Hồ</place><date>2020-01-02</date>" +
         extra_header +
         "\n"
         "  </header>\n"
         "  <title>BÁO CÁO</title>\n"
         "  <subject>  Sơ kết\n     đợt 1  </subject>\n" +
         body +
         "  <signer><position>CHỦ TỊCH</position><name>Giàng A Páo</name></signer>\n"
         "</report>\n";
}

std::string Text(const model::Document& doc) {
  std::ostringstream out;
  model::WriteDocumentText(out, doc);
  return out.str();
}

TEST(ReportXmlTest, SampleReportIsLaidOutLikeAnAdministrativeDocument) {
  Result<model::Document> doc = ReadReportXml(Sample("phong-tho-bc-so-ket-dot-1-2020.xml"));
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  EXPECT_EQ(doc->format, model::Format::kReportXml);
  ASSERT_GE(doc->body.size(), 10u);

  // Header block: a borderless 2×2 table.
  const Table& header = std::get<Table>(doc->body[0]);
  EXPECT_FALSE(header.has_borders);
  ASSERT_EQ(header.rows.size(), 2u);
  EXPECT_EQ(header.rows[0].cells[0].Text(),
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ");
  EXPECT_EQ(header.rows[0].cells[1].Text(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(header.rows[1].cells[0].Text(), "Số: 32/BC-LĐLĐ");
  EXPECT_EQ(header.rows[1].cells[1].Text(), "Phong Thổ, ngày 06 tháng 7 năm 2020");

  EXPECT_EQ(std::get<Paragraph>(doc->body[1]).text, "BÁO CÁO");
  EXPECT_TRUE(std::get<Paragraph>(doc->body[1]).all_bold);
  EXPECT_EQ(std::get<Paragraph>(doc->body[2]).text,
            "Sơ kết phong trào thi đua đợt 1 năm 2020 “Mừng Đảng quang vinh - Mừng sinh nhật Bác”");
  EXPECT_EQ(std::get<Paragraph>(doc->body[3]).text,
            "Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu.");
  EXPECT_EQ(std::get<Paragraph>(doc->body[4])
                .text.rfind("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020", 0),
            0u);

  // Headings: number labels and levels as Word would show them.
  std::vector<std::string> headings;
  const Table* metrics = nullptr;
  for (const model::Block& block : doc->body) {
    if (const auto* p = std::get_if<Paragraph>(&block); p && p->heading_level > 0) {
      headings.push_back(std::to_string(p->heading_level) + " " + p->DisplayText());
    }
    if (const auto* t = std::get_if<Table>(&block); t && t->has_borders) metrics = t;
  }
  ASSERT_GE(headings.size(), 5u);
  EXPECT_EQ(headings[0], "1 I. ĐẶC ĐIỂM TÌNH HÌNH");
  EXPECT_EQ(headings[1], "2 1. Thuận lợi");
  EXPECT_NE(std::find(headings.begin(), headings.end(), "1 V. ĐỀ XUẤT, KIẾN NGHỊ"), headings.end());

  // The metric table: header row, then TT | label | value | unit.
  ASSERT_NE(metrics, nullptr);
  ASSERT_EQ(metrics->rows.size(), 8u);
  EXPECT_TRUE(metrics->rows[0].header);
  EXPECT_EQ(metrics->rows[0].cells[1].Text(), "Chỉ tiêu");
  EXPECT_EQ(metrics->rows[2].cells[1].Text(), "Số đoàn viên");
  EXPECT_EQ(metrics->rows[2].cells[2].Text(), "1.962");
  EXPECT_EQ(metrics->rows[4].cells[2].Text(), "185,5");
  EXPECT_EQ(metrics->rows[4].cells[3].Text(), "triệu đồng");

  // Signature block: Nơi nhận on the left, signer on the right.
  const Table& signature = std::get<Table>(doc->body.back());
  EXPECT_FALSE(signature.has_borders);
  EXPECT_EQ(signature.rows[0].cells[0].Text(),
            "Nơi nhận:\n- LĐLĐ tỉnh (B/c);\n- Thường trực Huyện ủy (B/c);\n- Lưu: VT.");
  EXPECT_EQ(signature.rows[0].cells[1].Text(), "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nLò Văn Thắng");
}

TEST(ReportXmlTest, SamplePlanWithGeneratedCitationAndLetteredPoints) {
  Result<model::Document> doc = ReadReportXml(Sample("cdn-y-te-kh-2020.xml"));
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  std::string text = Text(*doc);
  EXPECT_NE(text.find("Số: 05/KH-CĐN | Lai Châu, ngày 12 tháng 02 năm 2020\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\nThực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ "
                      "tỉnh Lai Châu.\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\na) Thi đua “Mừng Đảng quang vinh - Mừng sinh nhật Bác”\n"),
            std::string::npos)
      << text;
}

TEST(ReportXmlTest, WhiteSpaceIsCollapsedAndNumbersWrittenTheVietnameseWay) {
  std::string xml = Report(
      "  <body><metrics><metric><label>a</label><value>1250.50</value></metric>"
      "<metric><label>b</label><value>-0003</value></metric>"
      "<metric><label>c</label><value>.5</value></metric>"
      "<metric><label>d</label><value>1000000</value></metric></metrics></body>\n");
  Result<model::Document> doc = ReadReportXml(xml);
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  EXPECT_EQ(std::get<Paragraph>(doc->body[2]).text, "Sơ kết đợt 1");
  EXPECT_EQ(std::get<model::Table>(doc->body[0]).rows[1].cells[1].Text(),
            "Sìn Hồ, ngày 02 tháng 01 năm 2020");
  const Table& metrics = std::get<Table>(doc->body[3]);
  EXPECT_EQ(metrics.rows[1].cells[2].Text(), "1.250,5");
  EXPECT_EQ(metrics.rows[2].cells[2].Text(), "-3");
  EXPECT_EQ(metrics.rows[3].cells[2].Text(), "0,5");
  EXPECT_EQ(metrics.rows[4].cells[2].Text(), "1.000.000");
}

TEST(ReportXmlTest, CongVanPutsTheSubjectUnderTheNumber) {
  std::string xml = Report("  <body><p>Nội dung.</p></body>\n", "", "CV");
  xml.replace(xml.find("  <title>BÁO CÁO</title>\n"), 26, "");
  Result<model::Document> doc = ReadReportXml(xml);
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  EXPECT_EQ(std::get<Table>(doc->body[0]).rows[1].cells[0].Text(),
            "Số: 7/CV-LĐLĐ\nV/v Sơ kết đợt 1");
  EXPECT_EQ(std::get<Paragraph>(doc->body[1]).text, "Nội dung.");
}

TEST(ReportXmlTest, SchemaErrorsGiveLineNumbers) {
  std::string missing_signer = Report("  <body><p>x</p></body>\n");
  missing_signer.replace(missing_signer.find("  <signer>"),
                         missing_signer.find("</signer>") + 10 - missing_signer.find("  <signer>"),
                         "");
  Result<model::Document> doc = ReadReportXml(missing_signer);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kCorrupt);
  // libxml2 reports a missing child on the parent's start tag (line 2).
  EXPECT_EQ(
      doc.error().what.vi,
      "XML báo cáo không đúng lược đồ report.xsd: dòng 2: Element '{urn:tonghop:report:1}report': "
      "Missing child element(s). Expected is ( {urn:tonghop:report:1}signer ).");
  EXPECT_EQ(doc.error().what.en.rfind("The report XML does not match report.xsd: line 2: ", 0), 0u)
      << doc.error().what.en;

  std::string bad_date = Report("  <body><p>x</p></body>\n");
  bad_date.replace(bad_date.find("2020-01-02"), 10, "02/01/2020");
  doc = ReadReportXml(bad_date);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().what.en.find("line 7: "), std::string::npos) << doc.error().what.en;

  doc = ReadReportXml("<report xmlns=\"urn:tonghop:report:1\"><header>");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kCorrupt);
}

TEST(ReportXmlTest, DeepSectionsAndDoctypesAreRefusedBeforeValidation) {
  std::string sections;
  for (int i = 0; i < 300; ++i) sections += "<section><title>t</title>";
  for (int i = 0; i < 300; ++i) sections += "</section>";
  Result<model::Document> deep = ReadReportXml(Report("  <body>" + sections + "</body>\n"));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().code, ErrorCode::kLimitExceeded);

  std::string xxe = Report("  <body><p>&xxe;</p></body>\n");
  xxe.insert(xxe.find("<report"),
             "<!DOCTYPE report [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n");
  Result<model::Document> doctype = ReadReportXml(xxe);
  ASSERT_FALSE(doctype.ok());
  EXPECT_EQ(doctype.error().code, ErrorCode::kCorrupt);
  EXPECT_NE(doctype.error().what.en.find("DOCTYPE"), std::string::npos);
}

TEST(ReportXmlTest, ModeratelyNestedSectionsBecomeHeadingLevels) {
  std::string sections;
  for (int i = 0; i < 12; ++i)
    sections += "<section label=\"" + std::to_string(i + 1) + "\"><title>m" + std::to_string(i) +
                "</title>";
  for (int i = 0; i < 12; ++i) sections += "</section>";
  Result<model::Document> doc = ReadReportXml(Report("  <body>" + sections + "</body>\n"));
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  const Paragraph& first = std::get<Paragraph>(doc->body[3]);
  const Paragraph& last = std::get<Paragraph>(doc->body[14]);
  EXPECT_EQ(first.heading_level, 1);
  EXPECT_EQ(first.style_id, "Heading1");
  EXPECT_EQ(last.text, "m11");
  EXPECT_EQ(last.heading_level, 9);  // Word's deepest outline level
}

}  // namespace
}  // namespace tonghop::read
