#include "report/format.h"

#include <gtest/gtest.h>

#include <cmath>

namespace tonghop::report {
namespace {

TEST(FormatTest, VietnameseNotationGroupsThousandsWithDotsAndUsesADecimalComma) {
  EXPECT_EQ(FormatNumberVi(1250.5), "1.250,5");
  EXPECT_EQ(FormatNumberVi(23252), "23.252");
  EXPECT_EQ(FormatNumberVi(1590.75), "1.590,75");
  EXPECT_EQ(FormatNumberVi(0), "0");
  EXPECT_EQ(FormatNumberVi(-0.0), "0");
  EXPECT_EQ(FormatNumberVi(999), "999");
  EXPECT_EQ(FormatNumberVi(1000), "1.000");
  EXPECT_EQ(FormatNumberVi(1234567.25), "1.234.567,25");
  EXPECT_EQ(FormatNumberVi(-7), "-7");
  EXPECT_EQ(FormatNumberVi(-1250.5), "-1.250,5");
  EXPECT_EQ(FormatNumberVi(0.25), "0,25");
  EXPECT_EQ(FormatNumberVi(0.1 + 0.2), "0,3");  // at most 6 decimals
  EXPECT_EQ(FormatNumberVi(1.0 / 3), "0,333333");
  EXPECT_EQ(FormatNumberVi(std::nan("")), "");
}

TEST(FormatTest, EnglishAndPlainNotation) {
  EXPECT_EQ(FormatNumberEn(1250.5), "1,250.5");
  EXPECT_EQ(FormatNumberHuman(23252, Lang::kEn), "23,252");
  EXPECT_EQ(FormatNumberHuman(23252, Lang::kVi), "23.252");
  EXPECT_EQ(FormatNumberPlain(1250.5), "1250.5");
  EXPECT_EQ(FormatNumberPlain(23252), "23252");
  EXPECT_EQ(FormatNumberPlain(-0.0), "0");
  EXPECT_EQ(FormatNumberPlain(1e21), "1000000000000000000000");  // never an exponent
  EXPECT_EQ(FormatNumberPlain(0.000001), "0.000001");
}

TEST(FormatTest, DatesAndInstants) {
  EXPECT_EQ(FormatDateVi({2020, 7, 5}), "05/07/2020");
  EXPECT_EQ(FormatIsoDateHuman("2020-07-05", Lang::kVi), "05/07/2020");
  EXPECT_EQ(FormatIsoDateHuman("2020-07-05", Lang::kEn), "2020-07-05");
  EXPECT_EQ(FormatIsoDateHuman("05/07/2020?", Lang::kVi), "05/07/2020?");  // kept as is
  // 2020-07-05T02:12:00Z is 09:12 in Vietnam.
  EXPECT_EQ(FormatInstantHuman(1593915120, Lang::kVi), "05/07/2020 09:12");
  EXPECT_EQ(FormatInstantHuman(1593915120, Lang::kEn), "2020-07-05 09:12");
}

TEST(FormatTest, PlaceDateLineFollowsNd30LeadingZeros) {
  EXPECT_EQ(PlaceDateLine("Lai Châu", campaign::Date{2020, 7, 5}),
            "Lai Châu, ngày 05 tháng 7 năm 2020");
  EXPECT_EQ(PlaceDateLine("Lai Châu", campaign::Date{2020, 1, 14}),
            "Lai Châu, ngày 14 tháng 01 năm 2020");
  EXPECT_EQ(PlaceDateLine("Lai Châu", campaign::Date{2020, 12, 31}),
            "Lai Châu, ngày 31 tháng 12 năm 2020");
  EXPECT_EQ(PlaceDateLine("Lai Châu", std::nullopt), "Lai Châu, ngày … tháng … năm …");
  EXPECT_EQ(PlaceDateLine("", std::nullopt), "ngày … tháng … năm …");
}

TEST(FormatTest, StatusLabels) {
  UnitRow row;
  row.status = UnitStatus::kOnTime;
  EXPECT_EQ(StatusLabel(row, Lang::kVi), "Đúng hạn");
  EXPECT_EQ(StatusLabel(row, Lang::kEn), "On time");
  row.status = UnitStatus::kLate;
  row.days_late = 3;
  EXPECT_EQ(StatusLabel(row, Lang::kVi), "Muộn 3 ngày");
  EXPECT_EQ(StatusLabel(row, Lang::kEn), "3 days late");
  row.days_late = 1;
  EXPECT_EQ(StatusLabel(row, Lang::kEn), "1 day late");
  row.status = UnitStatus::kMissing;
  row.days_late = 0;
  EXPECT_EQ(StatusLabel(row, Lang::kVi), "Chưa nộp");
  row.not_yet_due = true;
  EXPECT_EQ(StatusLabel(row, Lang::kVi), "Chưa đến hạn");
  EXPECT_EQ(StatusLabel(row, Lang::kEn), "Not yet due");
}

TEST(FormatTest, NumberSymbolAndPlanCitation) {
  DocumentRef d;
  EXPECT_EQ(NumberSymbol(d), "");
  d.number = "25";
  EXPECT_EQ(NumberSymbol(d), "25");
  d.symbol = "BC-LĐLĐ";
  EXPECT_EQ(NumberSymbol(d), "25/BC-LĐLĐ");
  campaign::PlanRef plan{"141", "KH-LĐLĐ", campaign::Date{2020, 1, 14}};
  EXPECT_EQ(PlanCitation(plan), "Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020");
}

TEST(FormatTest, XmlSafeDropsControlsAndRepairsUtf8) {
  EXPECT_TRUE(IsXmlSafe("Tam Đường\ttab\nline"));
  EXPECT_EQ(XmlSafe("a\x01"
                    "b\x1f"
                    "c"),
            "abc");
  EXPECT_EQ(XmlSafe("x\xff"
                    "y"),
            "x\xEF\xBF\xBDy");
  EXPECT_EQ(XmlSafe("\xEF\xBF\xBE"), "");                      // U+FFFE
  EXPECT_EQ(XmlSafe("\xC3\xA0"), "\xC3\xA0");                  // à
  EXPECT_EQ(XmlSafe("\xC0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong NUL
  EXPECT_EQ(XmlSafe("a\xE1\xBB"), "a\xEF\xBF\xBD");            // a cut-off ạ: one U+FFFD
  EXPECT_FALSE(IsXmlSafe("a\xE1\xBB"));
}

TEST(FormatTest, DisplayWidthCountsColumnsNotBytes) {
  EXPECT_EQ(DisplayWidth("Tam Đường"), 9);
  EXPECT_EQ(DisplayWidth("Mường Tè"), 8);
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1);  // e + combining acute
  EXPECT_EQ(DisplayWidth("中文"), 4);
  EXPECT_EQ(DisplayWidth("─"), 1);
}

}  // namespace
}  // namespace tonghop::report
