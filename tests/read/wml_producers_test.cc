// Documents made by real producers (tests/data/wml/make.sh): LibreOffice
// 7.4 from lo-report.fodt and pandoc 2.17 from pandoc-report.md, read end to
// end through ReadDocument (ZIP, sniffing, the WordprocessingML reader).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "read/reader.h"
#include "read/wml_test_util.h"

namespace tonghop::read {
namespace {

using testing::DocumentText;
using ::testing::ElementsAre;
using testing::ReadTestFile;

model::Document ReadFile(const char* name) {
  std::string bytes = ReadTestFile(name);
  EXPECT_FALSE(bytes.empty()) << name;
  Result<model::Document> doc = ReadDocument(bytes);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().Describe(Lang::kEn));
  return doc.ok() ? std::move(*doc) : model::Document{};
}

TEST(WmlProducersTest, LibreOfficeOutlineNumberingListsTablesAndHeaders) {
  model::Document doc = ReadFile("lo-report.docx");
  EXPECT_EQ(doc.format, model::Format::kDocx);
  EXPECT_EQ(DocumentText(doc),
            "LĐLĐ TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "LĐLĐ HUYỆN PHONG THỔ | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 35/BC-LĐLĐ | Phong Thổ, ngày 20 tháng 6 năm 2020\n"
            "BÁO CÁO\n"
            "Sơ kết phong trào thi đua đợt 1 năm 2020\n"
            "I. ĐẶC ĐIỂM, TÌNH HÌNH\n"
            "Toàn huyện có 27 công đoàn cơ sở.\n"
            "II. KẾT QUẢ ĐẠT ĐƯỢC\n"
            "1. Công tác tuyên truyền\n"
            "a) Tuyên truyền trực tiếp\n"
            "b) Tuyên truyền qua mạng xã hội\n"
            "2. Kết quả thực hiện\n"
            "- Tổng số đoàn viên: 1.242;\n"
            "- Giá trị làm lợi: 2.917,5 triệu đồng.\n"
            "TT | Nội dung | Số lượng\n"
            "1 | Tổng số công đoàn cơ sở | 27\n"
            "Tổng số đoàn viên | 1.242\n"
            "Giá trị làm lợi (triệu đồng) | 2.917,5\n"
            "III. ĐỀ XUẤT, KIẾN NGHỊ\n"
            "1) Hỗ trợ kinh phí tổ chức hội nghị;\n"
            "2) Tăng cường tập huấn.\n"
            "--- header ---\n"
            "Trang 1\n"
            "--- footer ---\n"
            "LĐLĐ huyện Phong Thổ\n"
            "--- notes ---\n"
            "Theo Kế hoạch số 141/KH-LĐLĐ.\n");
  std::vector<int> levels;
  std::vector<std::string> labels;
  model::ForEachParagraph(doc.body, [&](const model::Paragraph& p) {
    if (p.heading_level > 0) {
      levels.push_back(p.heading_level);
      labels.push_back(p.number_label);
    }
  });
  EXPECT_THAT(levels, ElementsAre(1, 1, 2, 3, 3, 2, 1));
  EXPECT_THAT(labels, ElementsAre("I.", "II.", "1.", "a)", "b)", "2.", "III."));
  ASSERT_TRUE(std::holds_alternative<model::Table>(doc.body.at(0)));
  EXPECT_FALSE(std::get<model::Table>(doc.body[0]).has_borders);  // the header block
  const model::Table* metrics = nullptr;
  for (const model::Block& b : doc.body) {
    if (const auto* t = std::get_if<model::Table>(&b); t && t->has_borders) metrics = t;
  }
  ASSERT_NE(metrics, nullptr);
  EXPECT_EQ(metrics->rows.at(1).cells.at(0).row_span, 2);
  EXPECT_EQ(metrics->rows.at(3).cells.at(0).grid_span, 2);
  const auto& title = std::get<model::Paragraph>(doc.body.at(1));
  EXPECT_EQ(title.alignment, model::Alignment::kCenter);
  EXPECT_TRUE(title.all_bold);
  EXPECT_EQ(doc.properties.title, "Báo cáo sơ kết");
  EXPECT_EQ(doc.properties.subject, "Sơ kết phong trào thi đua");
  EXPECT_NE(doc.properties.application.find("LibreOffice"), std::string::npos);
}

TEST(WmlProducersTest, PandocHeadingsListsTableAndFootnote) {
  model::Document doc = ReadFile("pandoc-report.docx");
  EXPECT_EQ(DocumentText(doc),
            "Báo cáo sơ kết\n"
            "Văn thư\n"
            "LĐLĐ HUYỆN TAM ĐƯỜNG\n"
            "Số: 20/BC-LĐLĐ\n"
            "Tam Đường, ngày 26 tháng 12 năm 2020\n"
            "I. ĐẶC ĐIỂM, TÌNH HÌNH\n"
            "Toàn huyện có 79 công đoàn cơ sở với 2.291 đoàn viên.\n"
            "II. KẾT QUẢ ĐẠT ĐƯỢC\n"
            "1. Công tác tuyên truyền\n"
            "1. Tuyên truyền trực tiếp;\n"
            "2. Tuyên truyền qua trang tin.\n"
            "\u2022 Gạch đầu dòng một;\n"
            "\u2022 Gạch đầu dòng hai.\n"
            "TT | Nội dung | Số lượng\n"
            "1 | Tổng số đoàn viên | 2.291\n"
            "2 | Giá trị làm lợi | 2.281,4\n"
            "--- notes ---\n"
            " Số liệu đến ngày 15/12/2020.\n");
  // pandoc keeps the typed "I." in the text: no computed label on headings.
  std::vector<std::string> headings;
  model::ForEachParagraph(doc.body, [&](const model::Paragraph& p) {
    if (p.heading_level > 0)
      headings.push_back(std::to_string(p.heading_level) + "|" + p.number_label + "|" + p.text);
  });
  EXPECT_THAT(headings, ElementsAre("1||I. ĐẶC ĐIỂM, TÌNH HÌNH", "1||II. KẾT QUẢ ĐẠT ĐƯỢC",
                                    "2||1. Công tác tuyên truyền"));
  EXPECT_EQ(doc.properties.creator, "Văn thư");
}

TEST(WmlProducersTest, FlatOpcFixtureReadsTheSameThroughReadDocument) {
  std::string xml = ReadTestFile("probe.xml");
  Result<model::Document> doc = ReadDocument(xml);
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  EXPECT_EQ(doc->format, model::Format::kFlatOpc);
  EXPECT_EQ(DocumentText(*doc), DocumentText(testing::ReadPackage(testing::LoadFlatOpc(xml))));
}

TEST(WmlProducersTest, Word2003FixtureReadsThroughReadDocument) {
  Result<model::Document> doc = ReadDocument(ReadTestFile("word2003.xml"));
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  EXPECT_EQ(doc->format, model::Format::kWord2003);
  EXPECT_NE(DocumentText(*doc).find("I. ĐẶC ĐIỂM, TÌNH HÌNH\n"), std::string::npos);
}

// The samples branch's producer documents (tests/data/producers) with the
// text its README works out by hand from their XML (expected/FILE.txt).
std::string Producers(const std::string& name) {
  std::ifstream in(std::string(TONGHOP_TEST_DATA) + "/producers/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string WithoutTrailingBlankLines(std::string text) {
  while (text.size() >= 2 && text.compare(text.size() - 2, 2, "\n\n") == 0) text.pop_back();
  return text;
}

TEST(WmlProducersTest, SamplesProducerDocumentsPrintTheExpectedText) {
  for (const char* name :
       {"lo-report.docx", "lo-report.flat.xml", "pandoc-plan.docx", "lo-report.word2003.xml"}) {
    SCOPED_TRACE(name);
    std::string bytes = Producers(name);
    ASSERT_FALSE(bytes.empty());
    Result<model::Document> doc = ReadDocument(bytes);
    ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
    std::string expected = Producers(std::string("expected/") + name + ".txt");
    ASSERT_FALSE(expected.empty());
    // expected/lo-report.word2003.xml.txt ends with one blank line more than
    // its document holds (one footnote of one paragraph); compared without it.
    EXPECT_EQ(WithoutTrailingBlankLines(DocumentText(*doc)), WithoutTrailingBlankLines(expected));
  }
}

}  // namespace
}  // namespace tonghop::read
