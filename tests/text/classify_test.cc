#include "text/classify.h"

#include <gtest/gtest.h>

namespace tonghop::text {
namespace {

TEST(ClassifyTest, CountsLettersAndCapitals) {
  LetterStats s = CountLetters("LĐLĐ Tam Đường, 2020");
  EXPECT_EQ(s.letters, 4 + 3 + 5);
  EXPECT_EQ(s.upper, 4 + 1 + 1);
  s = CountLetters("Vie\u0323\u0302t");  // combining marks count as (lower-case) letters
  EXPECT_EQ(s.letters, 6);
  EXPECT_EQ(s.upper, 1);
  EXPECT_EQ(CountLetters("12/BC - …").letters, 2);
  EXPECT_EQ(CountLetters("").letters, 0);
}

TEST(ClassifyTest, MostlyUpperTakesNinetyPercent) {
  EXPECT_TRUE(IsMostlyUpper("LĐLĐ HUYỆN TAM ĐƯỜNG"));
  EXPECT_TRUE(IsMostlyUpper("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAm"));  // 1 of 28 lower
  EXPECT_TRUE(IsMostlyUpper("CĐCS Tr. THCS"));                       // 9 of 10
  EXPECT_FALSE(IsMostlyUpper("CĐCS Trường THCS"));                   // 9 of 14
  EXPECT_FALSE(IsMostlyUpper("Liên đoàn"));
  EXPECT_FALSE(IsMostlyUpper("A"));  // fewer letters than the minimum
  EXPECT_TRUE(IsMostlyUpper("A", 1));
  EXPECT_FALSE(IsMostlyUpper("TM. BCH", 6));
  EXPECT_FALSE(IsMostlyUpper("12/2020"));
}

TEST(ClassifyTest, HasLetter) {
  EXPECT_TRUE(HasLetter("12/BC"));
  EXPECT_TRUE(HasLetter("…đ"));
  EXPECT_FALSE(HasLetter("12/2020 - …"));
  EXPECT_FALSE(HasLetter(""));
}

TEST(ClassifyTest, PlaceholdersAreFillInMarksAndRules) {
  for (std::string_view p : {"…………", "____", "-----", "o0o", "- o0o -", "***", "=====", "~~~",
                             "• • •", "\t.....\u00A0___\n", "\u2013\u2014", ""}) {
    EXPECT_TRUE(IsPlaceholder(p)) << p;
  }
  for (std::string_view p : {"…/BC", "Số: ….", "ngày ….", "x", "12", "oOo Hà Nội"}) {
    EXPECT_FALSE(IsPlaceholder(p)) << p;
  }
}

TEST(ClassifyTest, FillInMarks) {
  EXPECT_TRUE(IsFillInMark('.'));
  EXPECT_TRUE(IsFillInMark('_'));
  EXPECT_TRUE(IsFillInMark(U'…'));
  EXPECT_FALSE(IsFillInMark('-'));
  EXPECT_FALSE(IsFillInMark(' '));
}

}  // namespace
}  // namespace tonghop::text
