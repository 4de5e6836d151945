#include "model/document_text.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tonghop::model {
namespace {

Paragraph P(std::string text, std::string label = "") {
  Paragraph p;
  p.text = std::move(text);
  p.number_label = std::move(label);
  return p;
}

Cell C(std::vector<std::string> lines) {
  Cell c;
  for (auto& l : lines) c.blocks.emplace_back(P(l));
  return c;
}

TEST(DocumentTextTest, ParagraphsWithLabelsOneALine) {
  Document d;
  d.body.emplace_back(P("ĐẶC ĐIỂM TÌNH HÌNH", "I."));
  d.body.emplace_back(P("dòng một\ndòng hai"));
  std::ostringstream out;
  WriteDocumentText(out, d);
  EXPECT_EQ(out.str(), "I. ĐẶC ĐIỂM TÌNH HÌNH\ndòng một\ndòng hai\n");
}

TEST(DocumentTextTest, TableCellsSideBySideLikeWordShowsThem) {
  Table t;
  Row r;
  r.cells.push_back(C({"LĐLĐ TỈNH LAI CHÂU", "LĐLĐ HUYỆN TAM ĐƯỜNG", "Số: 25/BC-LĐLĐ"}));
  r.cells.push_back(C({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Độc lập - Tự do - Hạnh phúc"}));
  t.rows.push_back(r);
  Document d;
  d.body.emplace_back(t);
  std::ostringstream out;
  WriteDocumentText(out, d);
  EXPECT_EQ(out.str(),
            "LĐLĐ TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "LĐLĐ HUYỆN TAM ĐƯỜNG | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 25/BC-LĐLĐ | \n");
}

TEST(DocumentTextTest, HeadersAndFootersFollowTheBodyUnderMarkers) {
  Document d;
  d.body.emplace_back(P("thân"));
  d.footers.emplace_back(P("trang 1"));
  std::ostringstream out;
  WriteDocumentText(out, d);
  EXPECT_EQ(out.str(), "thân\n--- footer ---\ntrang 1\n");
}

TEST(DocumentTextTest, ForEachParagraphVisitsCellsInReadingOrder) {
  Table inner;
  Row ir;
  ir.cells.push_back(C({"c"}));
  inner.rows.push_back(ir);
  Cell with_table;
  with_table.blocks.emplace_back(P("b"));
  with_table.blocks.emplace_back(inner);
  Table outer;
  Row r1;
  r1.cells.push_back(C({"a"}));
  r1.cells.push_back(with_table);
  outer.rows.push_back(r1);
  std::vector<Block> blocks;
  blocks.emplace_back(outer);
  blocks.emplace_back(P("d"));
  std::string seen;
  ForEachParagraph(blocks, [&](const Paragraph& p) { seen += p.text; });
  EXPECT_EQ(seen, "abcd");
}

}  // namespace
}  // namespace tonghop::model
