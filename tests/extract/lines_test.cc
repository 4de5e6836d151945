// The body as lines: table positions with merged cells, nested tables, text
// boxes, and bounded bookkeeping for hostile spans.
#include "extract/lines.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"

namespace tonghop::extract {
namespace {

using namespace testing;  // the document builders of doc_builder.h

TEST(LinesTest, MergedCellsGetTheirGridColumns) {
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({TextCell("a", 1, 2), TextCell("b", 2)});
  rows.push_back({TextCell("c"), TextCell("d")});  // "a" still covers column 0
  model::Document doc =
      DocBuilder().Text("trước").Add(TableOf(std::move(rows))).Text("sau").Build();
  BodyLines b = FlattenBody(doc);
  ASSERT_EQ(b.lines.size(), 6u);
  EXPECT_FALSE(b.lines[0].in_table());
  EXPECT_EQ(b.lines[1].column, 0);
  EXPECT_EQ(b.lines[2].column, 1);
  EXPECT_EQ(b.lines[3].text(), "c");
  EXPECT_EQ(b.lines[3].column, 1);
  EXPECT_EQ(b.lines[4].column, 2);
  EXPECT_EQ(b.lines[4].row, 1);
  ASSERT_EQ(b.tables.size(), 1u);
  EXPECT_EQ(b.tables[0].columns, 3);
  EXPECT_EQ(b.tables[0].first_line, 1u);
  EXPECT_EQ(b.tables[0].end_line, 5u);
  CellGrid g = BuildGrid(*b.tables[0].table);
  ASSERT_EQ(g.rows, 2);
  EXPECT_EQ(g.At(1, 0), g.At(0, 0));
  EXPECT_EQ(g.At(0, 1), g.At(0, 2));
  EXPECT_NE(g.At(1, 1), g.At(0, 1));
}

TEST(LinesTest, NestedTablesReadIntoTheirCell) {
  model::Cell outer = CellOf({Para("ngoài")});
  outer.blocks.emplace_back(testing::TextTable({{"trong 1", "trong 2"}}));
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({TextCell("trái"), std::move(outer)});
  model::Document doc = DocBuilder().Add(TableOf(std::move(rows))).Build();
  BodyLines b = FlattenBody(doc);
  ASSERT_EQ(b.lines.size(), 4u);
  EXPECT_EQ(b.lines[3].text(), "trong 2");
  EXPECT_EQ(b.lines[3].column, 1);
  EXPECT_EQ(b.lines[3].cell, 1);
  EXPECT_EQ(b.tables.size(), 1u);
}

TEST(LinesTest, HostileSpansStayBounded) {
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({TextCell("x", 1 << 30), TextCell("y", 1 << 30, 1 << 30)});
  model::Document doc = DocBuilder().Add(TableOf(std::move(rows))).Build();
  BodyLines b = FlattenBody(doc);
  EXPECT_LE(b.tables[0].columns, kMaxGridColumns);
  CellGrid g = BuildGrid(*b.tables[0].table);
  EXPECT_LE(static_cast<long>(g.rows) * g.columns, kMaxGridCells);
}

}  // namespace
}  // namespace tonghop::extract
