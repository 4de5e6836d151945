#include "text/abbreviations.h"

#include <gtest/gtest.h>

namespace tonghop::text {
namespace {

TEST(AbbreviationsTest, UnionAbbreviationsExpandOnFoldKeys) {
  EXPECT_EQ(ExpandAbbreviations(FoldKey("45 CĐCS")), "45 công đoàn cơ sở");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("LĐLĐ TP. LAI CHÂU")),
            "liên đoàn lao động thành phố lai châu");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("CĐN Giáo dục")), "công đoàn ngành giáo dục");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("UBND H. Tam Đường")), "uỷ ban nhân dân huyện tam đường");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("BCH, BTV và NLĐ")),
            "ban chấp hành, ban thường vụ và người lao động");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("CNVCLĐ")), "công nhân viên chức lao động");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("Liên đoàn LĐ tỉnh")), "liên đoàn lao động tỉnh");
}

TEST(AbbreviationsTest, OnlyWholeWordsExpand) {
  EXPECT_EQ(ExpandAbbreviations("tpcđcs"), "tpcđcs");
  EXPECT_EQ(ExpandAbbreviations("h.tam"), "h.tam");
  EXPECT_EQ(ExpandAbbreviations("(cđcs)"), "(cđcs)");  // opening punctuation is part of the word
  EXPECT_EQ(ExpandAbbreviations("các cđcs;"),
            "các công đoàn cơ sở;");  // closing punctuation is kept
  EXPECT_EQ(ExpandAbbreviations("cđcs):"), "công đoàn cơ sở):");
}

TEST(AbbreviationsTest, FormsTypedWithoutMarksExpand) {
  EXPECT_EQ(ExpandAbbreviations(FoldKey("45 CDCS")), "45 công đoàn cơ sở");
  EXPECT_EQ(ExpandAbbreviations(FoldKey("LDLD huyen")), "liên đoàn lao động huyen");
  EXPECT_EQ(ExpandAbbreviations("cd"), "công đoàn");
}

TEST(AbbreviationsTest, AppendsAfterExistingText) {
  std::string out = "x";
  AppendExpandedAbbreviations(out, "cđ tp");
  EXPECT_EQ(out, "xcông đoàn thành phố");
  out.clear();
  AppendExpandedAbbreviations(out, "");
  EXPECT_EQ(out, "");
}

TEST(AbbreviationsTest, ExpandedFoldKeyIsTheComparisonKeyOfNames) {
  EXPECT_EQ(ExpandedFoldKey("LĐLĐ TP. Lai Châu"), "liên đoàn lao động thành phố lai châu");
  EXPECT_EQ(ExpandedFoldKey("LĐLĐ TP. Lai Châu", {.no_marks = true}),
            "lien doan lao dong thanh pho lai chau");
  EXPECT_EQ(ExpandedFoldKey("LDLD TP LAI CHAU", {.no_marks = true}),
            "lien doan lao dong thanh pho lai chau");
  EXPECT_EQ(ExpandedFoldKey("Liên đoàn Lao động thành phố Lai Châu"),
            ExpandedFoldKey("LĐLĐ TP. LAI CHÂU"));
}

}  // namespace
}  // namespace tonghop::text
