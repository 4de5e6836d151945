#include "text/dates.h"

#include <gtest/gtest.h>

namespace tonghop::text {
namespace {

std::string Iso(std::string_view s) {
  auto d = ParseDate(s);
  return d ? d->Iso() : "<none>";
}

TEST(DatesTest, DayForms) {
  EXPECT_EQ(Iso("ngày 05 tháng 7 năm 2020"), "2020-07-05");
  EXPECT_EQ(Iso("Ngày 5 tháng 07, năm 2020"), "2020-07-05");
  EXPECT_EQ(Iso("NGÀY 5 THÁNG 7 NĂM 2020"), "2020-07-05");
  EXPECT_EQ(Iso("nga\u0300y 5 tha\u0301ng 7 na\u0306m 2020"), "2020-07-05");  // NFD keywords
  EXPECT_EQ(Iso("ngày\u00A005\u00A0tháng\u00A07\u00A0năm\u00A02020"), "2020-07-05");
  EXPECT_EQ(Iso("ngày 5/7/2020"), "2020-07-05");
  EXPECT_EQ(Iso("05/07/2020"), "2020-07-05");
  EXPECT_EQ(Iso("5-7-2020"), "2020-07-05");
  EXPECT_EQ(Iso("5.7.2020"), "2020-07-05");
  EXPECT_EQ(Iso("31/12/1999."), "1999-12-31");
}

TEST(DatesTest, MonthAndYearForms) {
  EXPECT_EQ(Iso("tháng 01/2020"), "2020-01");
  EXPECT_EQ(Iso("tháng 12-2020"), "2020-12");
  EXPECT_EQ(Iso("tháng 3 năm 2021"), "2021-03");
  EXPECT_EQ(Iso("năm 2020"), "2020");
  auto d = ParseDate("tháng 01/2020");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->precision, DatePrecision::kMonth);
  d = ParseDate("năm 2020");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->precision, DatePrecision::kYear);
}

TEST(DatesTest, CalendarValidity) {
  auto d = ParseDate("31/4/2020");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->valid);
  EXPECT_EQ(d->Iso(), "");
  EXPECT_EQ(Iso("29/02/2020"), "2020-02-29");
  EXPECT_EQ(Iso("29/02/2021"), "");
  EXPECT_EQ(Iso("29/02/1900"), "");
  EXPECT_EQ(Iso("29/02/2000"), "2000-02-29");
  EXPECT_EQ(Iso("ngày 0 tháng 7 năm 2020"), "");
  EXPECT_EQ(Iso("tháng 13/2020"), "");
  EXPECT_EQ(Iso("ngày 5 tháng 7 năm 1066"), "");  // outside 1800–2199
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2023, 2, 29));
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(DatesTest, BlanksAreRecognisedNotGuessed) {
  auto d = ParseDate("ngày … tháng … năm 2026");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->day_blank);
  EXPECT_TRUE(d->month_blank);
  EXPECT_FALSE(d->year_blank);
  EXPECT_EQ(d->year, 2026);
  EXPECT_FALSE(d->valid);
  EXPECT_EQ(d->Iso(), "");

  d = ParseDate("ngày    tháng 4 năm 2026");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->day_blank);
  EXPECT_FALSE(d->month_blank);
  EXPECT_EQ(d->month, 4);
  EXPECT_EQ(d->year, 2026);

  d = ParseDate("ngày ..... tháng ..... năm 20...");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->day_blank && d->month_blank && d->year_blank);
  EXPECT_EQ(d->year, 0);

  d = ParseDate("ngày ___ tháng ___ năm ____");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->day_blank && d->month_blank && d->year_blank);

  d = ParseDate("tháng … năm 2026");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->month_blank);
  EXPECT_EQ(d->precision, DatePrecision::kMonth);

  d = ParseDate("ngày 15 tháng 8 năm 200….");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->year_blank);
  EXPECT_EQ(d->day, 15);
}

TEST(DatesTest, LabelsAreNotDates) {
  EXPECT_TRUE(FindDates("Ngày tháng năm sinh: ").empty());
  EXPECT_TRUE(FindDates("năm người, tháng này").empty());
  EXPECT_TRUE(FindDates("1.250.000 đồng; 3.375 đoàn viên; 1/2 số phiếu").empty());
}

TEST(DatesTest, FindsDatesInText) {
  const std::string s =
      "Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 về phong trào năm 2020; báo cáo tháng "
      "01/2021 và ngày 5 tháng 7 năm 2020.";
  auto found = FindDates(s);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].Iso(), "2020-01-14");
  EXPECT_EQ(s.substr(found[0].begin, found[0].end - found[0].begin), "ngày 14/01/2020");
  EXPECT_EQ(found[1].Iso(), "2020");
  EXPECT_EQ(found[2].Iso(), "2021-01");
  EXPECT_EQ(found[3].Iso(), "2020-07-05");
  EXPECT_EQ(s.substr(found[3].begin, found[3].end - found[3].begin), "ngày 5 tháng 7 năm 2020");
}

TEST(DatesTest, PlaceAndDateLine) {
  auto pd = ParsePlaceDate("Tam Đường, ngày 05 tháng 7 năm 2020");
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place, "Tam Đường");
  EXPECT_EQ(pd->date.Iso(), "2020-07-05");

  pd = ParsePlaceDate("  TP. Lai Châu, ngày 11 tháng 12 năm 2020  ");
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place, "TP. Lai Châu");

  pd = ParsePlaceDate("Hà Nội, ngày      tháng  4 năm 2026");
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place, "Hà Nội");
  EXPECT_TRUE(pd->date.day_blank);
  EXPECT_EQ(pd->date.month, 4);

  pd = ParsePlaceDate("Thủ Dầu Một, ngày 5/7/2009");
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place, "Thủ Dầu Một");
  EXPECT_EQ(pd->date.Iso(), "2009-07-05");

  pd = ParsePlaceDate("ngày 05 tháng 7 năm 2020");
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place, "");

  // A date inside a sentence is not a place-and-date line.
  EXPECT_FALSE(ParsePlaceDate("Kế hoạch ngày 14/01/2020 của Ban Thường vụ"));
  EXPECT_FALSE(ParsePlaceDate("Hà Nội, năm 2020"));
}

TEST(DatesTest, NumericDateSyntax) {
  EXPECT_EQ(MatchNumericDate("x 05/07/2020", 2), 12u);
  EXPECT_EQ(MatchNumericDate("5.7.2020", 0), 8u);
  EXPECT_EQ(MatchNumericDate("5/7-2020", 0), 0u);
  EXPECT_EQ(MatchNumericDate("1.250.000", 0), 0u);
  EXPECT_EQ(MatchNumericDate("05/07/20", 0), 0u);
}

TEST(DatesTest, FormattedDatesFollowNd30) {
  EXPECT_EQ(FormatNumericDate(2020, 7, 5), "05/07/2020");
  EXPECT_EQ(FormatNumericDate(2020, 12, 31), "31/12/2020");
  EXPECT_EQ(FormatDateInWords(2020, 7, 5), "ngày 05 tháng 7 năm 2020");
  EXPECT_EQ(FormatDateInWords(2021, 2, 14), "ngày 14 tháng 02 năm 2021");
  EXPECT_EQ(FormatDateInWords(2021, 1, 9), "ngày 09 tháng 01 năm 2021");
  EXPECT_EQ(FormatDateInWords(2020, 12, 20), "ngày 20 tháng 12 năm 2020");
  // What it writes, ParseDate reads back.
  std::optional<DateMatch> d = ParseDate(FormatDateInWords(2021, 2, 14));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2021-02-14");
  d = ParseDate(FormatNumericDate(2020, 7, 5));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2020-07-05");
}

}  // namespace
}  // namespace tonghop::text
