// Hand-written WordprocessingML documents (tests/data/wml/*.xml, Flat OPC)
// read end to end: the whole `inspect --text` rendering is asserted.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/wml_test_util.h"

namespace tonghop::read {
namespace {

using testing::DocumentText;
using testing::LoadFlatOpc;
using testing::ReadPackage;
using testing::ReadTestFile;

TEST(WmlFixturesTest, ProbeDocumentReadsAsWordShowsIt) {
  std::string xml = ReadTestFile("probe.xml");
  ASSERT_FALSE(xml.empty());
  model::Document doc = ReadPackage(LoadFlatOpc(xml));
  EXPECT_EQ(DocumentText(doc),
            "I. ĐẶC ĐIỂM\n"
            "P1 ins:INSERTED\n"
            "P2 move:MOVEDTO\n"
            "P3 cr:A\nB\nC\tD\n"
            "P4 fldSimple:SIMPLEFIELD\n"
            "P5 field:FIELDRESULT\n"
            "P6 sdt:INLINESDT\n"
            "BLOCKSDT\n"
            "P7 hidden:\n"
            "P8 sym:\u2611\u2022\n"
            "P9 textbox:\n"
            "TEXTBOX\n"
            "P10 smarttag:SMARTTAGCUSTOMXML\n"
            "P11 merged-with- next\n"
            "P12  x\u2011y()z\n"
            "P13 link:HYPERLINK\n"
            "II. KẾT QUẢ\n"
            "1. Công tác tuyên truyền\n"
            "a) điểm một\n"
            "b) điểm hai\n"
            "TT | Nội dung | Số lượng\n"
            "1 | Tổng số đoàn viên | 1.242\n"
            "Giá trị làm lợi | 2.917,5\n"
            "Cộng | 2.919\n"
            "--- header ---\n"
            "Trang 2\n"
            "FIRSTPAGEHEADER\n"
            "--- footer ---\n"
            "FOOTER\n"
            "--- notes ---\n"
            " Chú thích một.\n");
  const auto& heading = std::get<model::Paragraph>(doc.body.at(0));
  EXPECT_EQ(heading.heading_level, 1);
  EXPECT_EQ(heading.number_label, "I.");
  EXPECT_EQ(heading.style_name, "heading 1");
  EXPECT_TRUE(heading.all_bold);
  const model::Table* table = nullptr;
  for (const model::Block& b : doc.body) {
    if (const auto* t = std::get_if<model::Table>(&b)) table = t;
  }
  ASSERT_NE(table, nullptr);
  EXPECT_TRUE(table->has_borders);
  EXPECT_TRUE(table->rows.at(0).header);
  EXPECT_EQ(table->rows.at(1).cells.at(0).row_span, 2);
  EXPECT_EQ(table->rows.at(3).cells.at(0).grid_span, 2);
  EXPECT_EQ(doc.properties.title, "Báo cáo thử");
  EXPECT_EQ(doc.properties.subject, "SIMPLEFIELD");
  EXPECT_EQ(doc.properties.creator, "Văn thư");
  EXPECT_EQ(doc.properties.created, "2020-07-05T09:12:00Z");
  EXPECT_EQ(doc.properties.application, "Microsoft Office Word");
  EXPECT_TRUE(doc.findings.empty());
}

TEST(WmlFixturesTest, StrictNumberingThroughStylesLinksAndOverrides) {
  std::string xml = ReadTestFile("strict-numbering.xml");
  ASSERT_FALSE(xml.empty());
  model::Document doc = ReadPackage(LoadFlatOpc(xml));
  EXPECT_EQ(DocumentText(doc),
            "Chương I QUY ĐỊNH CHUNG\n"
            "Điều 1. Phạm vi điều chỉnh\n"
            "a) khoản một;\n"
            "b) khoản hai;\n"
            "c) khoản ba;\n"
            "d) khoản bốn;\n"
            "đ) khoản năm.\n"
            "Điều 2. Đối tượng áp dụng\n"
            "đ) restarted at đ\n"
            "Chương II QUY ĐỊNH CỤ THỂ\n"
            "Điều 3. Trách nhiệm\n"
            "2.3.1 legal numbering\n");
  std::vector<int> levels;
  model::ForEachParagraph(doc.body,
                          [&](const model::Paragraph& p) { levels.push_back(p.heading_level); });
  EXPECT_THAT(levels, ::testing::ElementsAre(1, 2, 0, 0, 0, 0, 0, 2, 0, 1, 2, 3));
}

}  // namespace
}  // namespace tonghop::read
