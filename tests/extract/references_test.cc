// Citations of other documents in the content.
#include "extract/references.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"

namespace tonghop::extract {
namespace {

TEST(ReferencesTest, ThucHienKeHoach) {
  auto refs = FindReferences(
      "Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh "
      "về việc "
      "phát động phong trào thi đua năm 2020;");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].doc_type, "KH");
  EXPECT_EQ(refs[0].number, "141");
  EXPECT_EQ(refs[0].symbol, "KH-LĐLĐ");
  EXPECT_EQ(refs[0].date, "2020-01-14");
  EXPECT_EQ(refs[0].text, "Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020");
}

TEST(ReferencesTest, CanCuWithCommaAndWordedDate) {
  auto refs = FindReferences(
      "Căn cứ Kế hoạch số 141/KH-LĐLĐ, ngày 14 tháng 01 năm 2020 của Ban Thường vụ LĐLĐ tỉnh Lai "
      "Châu;");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].date, "2020-01-14");
  EXPECT_EQ(refs[0].text, "Kế hoạch số 141/KH-LĐLĐ, ngày 14 tháng 01 năm 2020");
}

TEST(ReferencesTest, PartyLegalAndUntypedCitations) {
  auto refs = FindReferences(
      "Tiếp tục thực hiện Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư, Luật Công đoàn số "
      "50/2024/QH15 và "
      "văn bản số 64/CYT.");
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].doc_type, "CT");
  EXPECT_EQ(refs[0].symbol, "CT/TW");
  EXPECT_EQ(refs[0].date, "2025-07-23");
  EXPECT_FALSE(refs[1].doc_type);  // Luật: no type code
  EXPECT_EQ(refs[1].number, "50");
  EXPECT_EQ(refs[1].symbol, "QH15");
  EXPECT_EQ(refs[1].text, "Luật Công đoàn số 50/2024/QH15");
  EXPECT_EQ(refs[2].symbol, "CYT");
  EXPECT_FALSE(refs[2].date);
}

TEST(ReferencesTest, BoLuat) {
  auto refs = FindReferences("- Căn cứ Bộ luật Lao động số 45/2019/QH14;");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].text, "Bộ luật Lao động số 45/2019/QH14");
  EXPECT_FALSE(refs[0].doc_type);
}

TEST(ReferencesTest, TypeFromSymbolWhenNoName) {
  auto refs = FindReferences("theo 1689/QĐ-TLĐ ngày 12/11/2019");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].doc_type, "QĐ");
  EXPECT_EQ(refs[0].date, "2019-11-12");
}

TEST(ReferencesTest, DatesAloneAreNotCitations) {
  EXPECT_TRUE(FindReferences("Số liệu tính đến ngày 30/6/2020, tăng 12/15 chỉ tiêu.").empty());
}

TEST(ReferencesTest, RepeatedCitationKeptOnce) {
  model::Document doc =
      testing::DocBuilder()
          .Text("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ;")
          .Text("Theo Kế hoạch số 141/KH-LĐLĐ, các công đoàn cơ sở báo cáo.")
          .Add(testing::TextTable({{"Kế hoạch số 999/KH-X", "1"}}))
          .Build();
  BodyLines lines = FlattenBody(doc);
  auto refs = ExtractReferences(lines, 0, lines.lines.size());
  ASSERT_EQ(refs.size(), 1u);  // tables are data, not citations
  EXPECT_EQ(refs[0].date, "2020-01-14");
}

}  // namespace
}  // namespace tonghop::extract
