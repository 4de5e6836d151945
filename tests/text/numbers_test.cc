#include "text/numbers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace tonghop::text {
namespace {

TEST(NumbersTest, VietnameseNotation) {
  EXPECT_EQ(ParseNumber("39.000"), 39000);
  EXPECT_EQ(ParseNumber("1.250,5"), 1250.5);
  EXPECT_EQ(ParseNumber("2.350"), 2350);
  EXPECT_EQ(ParseNumber("12"), 12);
  EXPECT_EQ(ParseNumber("1,5"), 1.5);
  EXPECT_EQ(ParseNumber("0,75"), 0.75);
  EXPECT_EQ(ParseNumber("1.250.000"), 1250000);
  EXPECT_EQ(ParseNumber("1.250.000,25"), 1250000.25);
  EXPECT_EQ(ParseNumber("1,250"), 1.25);  // ambiguous: the Vietnamese reading wins
  EXPECT_EQ(ParseNumber(" 340,6 "), 340.6);
}

TEST(NumbersTest, TolerantForms) {
  EXPECT_EQ(ParseNumber("1 250"), 1250);
  EXPECT_EQ(ParseNumber("1\u00A0250\u00A0000"), 1250000);
  EXPECT_EQ(ParseNumber("1\u202F250,5"), 1250.5);
  EXPECT_EQ(ParseNumber("1,250.5"), 1250.5);     // English, unambiguous
  EXPECT_EQ(ParseNumber("1,250,000"), 1250000);  // English thousands
  EXPECT_EQ(ParseNumber("2.35"), 2.35);          // not a group of three: decimal point
}

TEST(NumbersTest, NotNumerals) {
  for (std::string_view s : {"", "abc", "1.2.3", "12a", "1.25.000", "1,2,3", "1.250,5,5", "1 25",
                             "12 2020", ",5", "5/7"}) {
    EXPECT_FALSE(ParseNumber(s).has_value()) << s;
  }
}

TEST(NumbersTest, FindsNumbersWithSpans) {
  const std::string s = "Toàn ngành hiện có 135 công đoàn cơ sở với 3.375 đoàn viên.";
  auto found = FindNumbers(s);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, 135);
  EXPECT_EQ(s.substr(found[0].number_begin, found[0].number_end - found[0].number_begin), "135");
  EXPECT_EQ(found[0].unit, "công đoàn cơ sở");
  EXPECT_EQ(found[1].value, 3375);
  EXPECT_EQ(found[1].unit, "đoàn viên");
  EXPECT_EQ(s.substr(found[1].begin, found[1].end - found[1].begin), "3.375 đoàn viên");
}

TEST(NumbersTest, QualifiersAndMoneyUnits) {
  const std::string s =
      "giá trị làm lợi ước tính 340,6 triệu đồng; gần 1.200 người, trên 85%, hơn 20 tỷ đồng, "
      "khoảng 5.000đ, đạt 12 tỉ, tới 3 nghìn đồng, 7 ngàn đồng";
  auto f = FindNumbers(s);
  ASSERT_EQ(f.size(), 8u);
  EXPECT_EQ(f[0].qualifier, "ước tính");
  EXPECT_EQ(f[0].value, 340.6);
  EXPECT_EQ(f[0].unit, "triệu đồng");
  EXPECT_EQ(f[0].base_unit, "đồng");
  EXPECT_DOUBLE_EQ(f[0].Scaled(), 340600000);
  EXPECT_EQ(s.substr(f[0].begin, f[0].end - f[0].begin), "ước tính 340,6 triệu đồng");
  EXPECT_EQ(f[1].qualifier, "gần");
  EXPECT_EQ(f[1].value, 1200);
  EXPECT_EQ(f[1].unit, "người");
  EXPECT_EQ(f[2].qualifier, "trên");
  EXPECT_EQ(f[2].unit, "%");
  EXPECT_EQ(f[3].qualifier, "hơn");
  EXPECT_EQ(f[3].unit, "tỷ đồng");
  EXPECT_DOUBLE_EQ(f[3].Scaled(), 20e9);
  EXPECT_EQ(f[4].qualifier, "khoảng");
  EXPECT_EQ(f[4].unit, "đ");
  EXPECT_EQ(f[4].base_unit, "đồng");
  EXPECT_EQ(f[4].value, 5000);
  EXPECT_EQ(f[5].qualifier, "đạt");
  EXPECT_EQ(f[5].unit, "tỉ");
  EXPECT_EQ(f[5].scale, 1e9);
  EXPECT_EQ(f[5].base_unit, "");
  EXPECT_EQ(f[6].qualifier, "tới");
  EXPECT_EQ(f[6].unit, "nghìn đồng");
  EXPECT_EQ(f[6].scale, 1e3);
  EXPECT_EQ(f[7].unit, "ngàn đồng");
  EXPECT_EQ(f[7].qualifier, "");
}

TEST(NumbersTest, UnitsMatchInAnyCase) {
  auto f = FindNumbers("Tổng: 12,5 TRIỆU ĐỒNG");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit, "triệu đồng");
  EXPECT_DOUBLE_EQ(f[0].Scaled(), 12.5e6);
  f = FindNumbers("Gần 30 %");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit, "%");
  EXPECT_EQ(f[0].qualifier, "gần");
}

TEST(NumbersTest, DatesCodesAndWordsAreNotNumbers) {
  const std::string s =
      "Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020; ngày 5.7.2020, 5-7-2020; 7h30; m2; COVID19; 15/20";
  auto f = FindNumbers(s);
  EXPECT_TRUE(f.empty()) << f.size() << " first: " << (f.empty() ? 0 : f[0].value);
}

TEST(NumbersTest, PlainSpaceGroupsOnlyWhenUnambiguous) {
  auto f = FindNumbers("Đợt 2 150 người");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].value, 2);
  EXPECT_EQ(f[1].value, 150);
  f = FindNumbers("1 250 người");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, 1250);
  f = FindNumbers("Tổng: 1 250 000 đồng");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, 1250000);
  f = FindNumbers("có 12\u00A0150 đoàn viên");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, 12150);
}

TEST(NumbersTest, SentencePunctuationIsNotPartOfTheNumber) {
  auto f = FindNumbers("năm 2020. Có 5, 6 và 7; tổng 18.");
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[0].value, 2020);
  EXPECT_EQ(f[1].value, 5);
  EXPECT_EQ(f[2].value, 6);
  EXPECT_EQ(f[3].value, 7);
  EXPECT_EQ(f[4].value, 18);
}

TEST(NumbersTest, FormatDecimalWritesVietnameseNotation) {
  EXPECT_EQ(FormatDecimal("1962"), "1.962");
  EXPECT_EQ(FormatDecimal("1250.50"), "1.250,5");
  EXPECT_EQ(FormatDecimal("-1250.5"), "-1.250,5");
  EXPECT_EQ(FormatDecimal("+007"), "7");
  EXPECT_EQ(FormatDecimal(".5"), "0,5");
  EXPECT_EQ(FormatDecimal("-0.000"), "0");
  EXPECT_EQ(FormatDecimal("1234567"), "1.234.567");
  EXPECT_EQ(FormatDecimal("1234567.25", NumberStyle::kEnglish), "1,234,567.25");
  // What it writes, ParseNumber reads back.
  for (std::string_view plain : {"1962", "1250.5", "0.25", "1234567.125"}) {
    EXPECT_EQ(ParseNumber(FormatDecimal(plain)), std::stod(std::string(plain))) << plain;
  }
}

TEST(NumbersTest, FormatNumberRoundsToTheGivenDecimals) {
  EXPECT_EQ(FormatNumber(1250.5), "1.250,5");
  EXPECT_EQ(FormatNumber(23252), "23.252");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(0.1 + 0.2), "0,3");
  EXPECT_EQ(FormatNumber(1.0 / 3), "0,333333");
  EXPECT_EQ(FormatNumber(1.0 / 3, 2), "0,33");
  EXPECT_EQ(FormatNumber(2.5, 0), "2");  // round half to even, as std::to_chars
  EXPECT_EQ(FormatNumber(1250.5, 6, NumberStyle::kEnglish), "1,250.5");
  EXPECT_EQ(FormatNumber(std::nan("")), "");
  EXPECT_EQ(FormatNumber(INFINITY), "");
  EXPECT_EQ(FormatNumber(1e-99, 1000).size(), 2u + 99u);     // "0,00…01"
  EXPECT_EQ(FormatNumber(1e-101, 1000), "0");                // at most 100 decimals
  EXPECT_EQ(FormatNumber(-1e300).size(), 1u + 301u + 100u);  // every double fits
}

TEST(NumbersTest, NumberInWords) {
  EXPECT_EQ(NumberInWords(0), "không");
  EXPECT_EQ(NumberInWords(1), "một");
  EXPECT_EQ(NumberInWords(10), "mười");
  EXPECT_EQ(NumberInWords(11), "mười một");
  EXPECT_EQ(NumberInWords(15), "mười lăm");
  EXPECT_EQ(NumberInWords(20), "hai mươi");
  EXPECT_EQ(NumberInWords(21), "hai mươi mốt");
  EXPECT_EQ(NumberInWords(25), "hai mươi lăm");
  EXPECT_EQ(NumberInWords(99), "chín mươi chín");
  EXPECT_EQ(NumberInWords(100), "100");
  EXPECT_EQ(NumberInWords(-1), "-1");
}

}  // namespace
}  // namespace tonghop::text
