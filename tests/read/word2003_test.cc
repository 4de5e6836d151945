// Word 2003 XML (w:wordDocument): the hand-written fixture and the
// LibreOffice-made documents of the synthetic corpus.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "read/wml_test_util.h"
#include "read/word2003_reader.h"

namespace tonghop::read {
namespace {

using testing::DocumentText;
using testing::ReadTestFile;

model::Document Read2003(const std::string& xml, const ReadOptions& options = {}) {
  Result<model::Document> doc = ReadWord2003(xml, options);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().Describe(Lang::kEn));
  return doc.ok() ? std::move(*doc) : model::Document{};
}

TEST(Word2003Test, HandWrittenDocumentReadsAsWordShowsIt) {
  std::string xml = ReadTestFile("word2003.xml");
  ASSERT_FALSE(xml.empty());
  model::Document doc = Read2003(xml);
  EXPECT_EQ(doc.format, model::Format::kWord2003);
  EXPECT_EQ(DocumentText(doc),
            "LĐLĐ HUYỆN PHONG THỔ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 35/BC-LĐLĐ | Phong Thổ, ngày 20 tháng 6 năm 2020\n"
            "BÁO CÁO\n"
            "DỰ THẢO\n"
            "I. ĐẶC ĐIỂM, TÌNH HÌNH\n"
            "Số: 35 đoàn viên\n"
            "a) Tuyên truyền\txem trang tin\n"
            "b) Thi đua\ndòng hai\n"
            "II. KẾT QUẢ\n"
            "1. Trang 1\n"
            "- gạch đầu dòng\n"
            "1 | Công đoàn cơ sở | 27\n"
            "Đoàn viên\n"
            "--- header ---\n"
            "ĐẦU TRANG\n"
            "--- footer ---\n"
            "Trang 1\n"
            "--- notes ---\n"
            "Số liệu đến 15/6.\n");
  const auto& header_table = std::get<model::Table>(doc.body.at(0));
  EXPECT_FALSE(header_table.has_borders);
  const auto& heading = std::get<model::Paragraph>(doc.body.at(3));
  EXPECT_EQ(heading.text, "ĐẶC ĐIỂM, TÌNH HÌNH");
  EXPECT_EQ(heading.heading_level, 1);
  EXPECT_EQ(heading.style_name, "heading 1");
  EXPECT_TRUE(heading.all_bold);
  EXPECT_EQ(std::get<model::Paragraph>(doc.body.at(2)).story, model::Story::kTextBox);
  EXPECT_EQ(doc.properties.title, "Báo cáo 2003");
  EXPECT_EQ(doc.properties.creator, "Văn thư");
}

TEST(Word2003Test, KeepHiddenTextShowsStyleHiddenRuns) {
  ReadOptions keep;
  keep.keep_hidden_text = true;
  model::Document doc = Read2003(ReadTestFile("word2003.xml"), keep);
  EXPECT_NE(DocumentText(doc).find("Số: 35 đoàn viênHIDDEN"), std::string::npos);
}

TEST(Word2003Test, NotAWordDocumentIsRefused) {
  Result<model::Document> doc = ReadWord2003(R"(<w:document xmlns:w="urn:x"/>)", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kCorrupt);
}

// LibreOffice's "MS Word 2003 XML" export writes w:lists but no w:listPr on
// the paragraphs; its headings carry their numbers as typed text, which is
// what the truth expects. Nothing may be added in front of them.
TEST(Word2003Test, LibreOfficeExportsKeepTheirTypedHeadingNumbers) {
  std::filesystem::path dir = std::filesystem::path(TONGHOP_SHARED_DIR) / "corpus/synthetic/docs";
  if (!std::filesystem::exists(dir / "012-phong-tho-bc1.xml")) GTEST_SKIP() << "no shared corpus";
  std::ifstream in(dir / "012-phong-tho-bc1.xml", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  model::Document doc = Read2003(ss.str());
  std::vector<std::string> headings;
  model::ForEachParagraph(doc.body, [&](const model::Paragraph& p) {
    if (p.heading_level > 0) headings.push_back(p.DisplayText());
  });
  ASSERT_GE(headings.size(), 5u);
  EXPECT_EQ(headings[0], "I. ĐẶC ĐIỂM, TÌNH HÌNH");
  EXPECT_EQ(headings[2], "1. Công tác tuyên truyền, phát động phong trào thi đua");
  std::string text = DocumentText(doc);
  EXPECT_NE(text.find("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ | Độc lập - Tự do - Hạnh phúc"),
            std::string::npos);
  EXPECT_NE(text.find("Số: 67/BC-LĐLĐ"), std::string::npos) << text;
}

}  // namespace
}  // namespace tonghop::read
