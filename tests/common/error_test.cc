#include "common/error.h"

#include <gtest/gtest.h>

namespace tonghop {
namespace {

TEST(ErrorTest, ExitCodesFollowTheCliContract) {
  EXPECT_EQ(ExitCodeFor(ErrorCode::kUsage), 2);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kConfig), 2);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kUnsupportedFormat), 3);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kLimitExceeded), 3);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kEncrypted), 3);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kInternal), 4);
}

TEST(ErrorTest, DescribeJoinsWhereAndWhatInTheChosenLanguage) {
  Error e = MakeError(ErrorCode::kCorrupt, Msg("Tệp hỏng", "Broken file"), "a.docx");
  EXPECT_EQ(e.Describe(Lang::kVi), "a.docx: Tệp hỏng");
  EXPECT_EQ(e.Describe(Lang::kEn), "a.docx: Broken file");
  e.where.clear();
  EXPECT_EQ(e.Describe(Lang::kEn), "Broken file");
}

TEST(ResultTest, HoldsValueOrError) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = MakeError(ErrorCode::kIo, Msg("x", "y"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kIo);
}

TEST(LangTest, ParsesOnlyViAndEn) {
  EXPECT_EQ(ParseLang("vi"), Lang::kVi);
  EXPECT_EQ(ParseLang("EN"), Lang::kEn);
  EXPECT_FALSE(ParseLang("fr").has_value());
}

}  // namespace
}  // namespace tonghop
