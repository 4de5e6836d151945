#include "text/fold.h"

#include <gtest/gtest.h>

namespace tonghop::text {
namespace {

std::string NoMarks(std::string_view s) { return FoldKey(s, FoldOptions{true}); }

TEST(FoldTest, ToneStylesGiveOneKey) {
  const char* pairs[][2] = {{"hòa", "hoà"},       {"thủy", "thuỷ"},
                            {"khỏe", "khoẻ"},     {"Khánh Hòa", "Khánh Hoà"},
                            {"ủy ban", "uỷ ban"}, {"Thúy", "Thuý"},
                            {"họa sĩ", "hoạ sĩ"}, {"xòe", "xoè"},
                            {"tùy", "tuỳ"},       {"Luật Thủy lợi", "Luật Thuỷ lợi"},
                            {"HÒA", "HOÀ"},       {"qúy", "quý"}};
  for (const auto& p : pairs) {
    EXPECT_EQ(FoldKey(p[0]), FoldKey(p[1])) << p[0];
    EXPECT_EQ(NoMarks(p[0]), NoMarks(p[1])) << p[0];
  }
  EXPECT_EQ(FoldKey("Khánh Hòa"), "khánh hoà");
}

TEST(FoldTest, ClosedSyllablesAreUnaffected) {
  for (std::string_view w :
       {"hoàng", "quý", "huỳnh", "hoạch", "thuyết", "quỳnh", "ngoài", "người"}) {
    EXPECT_EQ(FoldKey(w), w);
  }
  EXPECT_EQ(FoldKey("hòang"), "hoàng");  // a misplaced tone is put back
  EXPECT_NE(FoldKey("hoàng"), FoldKey("hoà"));
}

TEST(FoldTest, CaseNormalisationAndEth) {
  EXPECT_EQ(FoldKey("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "cộng hoà xã hội chủ nghĩa việt nam");
  EXPECT_EQ(FoldKey("Vie\u0323\u0302t Nam"), "việt nam");  // NFD
  EXPECT_EQ(FoldKey("Vi\u00EA\u0323t"), "việt");           // Unikey composite
  EXPECT_EQ(FoldKey("Tie\u0301\u0302ng"), "tiếng");        // tone before circumflex
  EXPECT_EQ(FoldKey("\u00D0ẠI HỘI"), FoldKey("Đại hội"));
  EXPECT_EQ(FoldKey("ðiều"), "điều");
  EXPECT_EQ(FoldKey("e\u0301t\u00E9"), "été");
  EXPECT_EQ(FoldKey("Ελληνικά"), "ελληνικά");
}

TEST(FoldTest, DashesQuotesAndSpacesAreUnified) {
  const std::string key = FoldKey("Độc lập - Tự do - Hạnh phúc");
  for (std::string_view dash : {"\u2013", "\u2014", "\u2011", "\u2010", "\u2212", "\u2012"}) {
    std::string s = "Độc lập " + std::string(dash) + " Tự do " + std::string(dash) + " Hạnh phúc";
    EXPECT_EQ(FoldKey(s), key) << dash;
  }
  EXPECT_EQ(FoldKey("“Lao động giỏi”"), "\"lao động giỏi\"");
  EXPECT_EQ(FoldKey("«Lao động giỏi»"), "\"lao động giỏi\"");
  EXPECT_EQ(FoldKey("„x‟"), "\"x\"");
  EXPECT_EQ(FoldKey("‘x’ `y´"), "'x' 'y´");
  EXPECT_EQ(FoldKey("  Ban\u00A0\u00A0Thường\t vụ\n\u202F "), "ban thường vụ");
  EXPECT_EQ(FoldKey("Báo\u200B cáo\u00AD"), "báo cáo");
  EXPECT_EQ(FoldKey("v.v…"), "v.v...");
  EXPECT_EQ(FoldKey(""), "");
  EXPECT_EQ(FoldKey(" \t "), "");
}

TEST(FoldTest, NoMarksStripsEverything) {
  EXPECT_EQ(NoMarks("Đường Hồ Chí Minh"), "duong ho chi minh");
  EXPECT_EQ(NoMarks("Trường Đại học Bách khoa Hà Nội"), "truong dai hoc bach khoa ha noi");
  EXPECT_EQ(NoMarks("ðiều Ðại Ɖ"), "dieu dai d");
  EXPECT_EQ(NoMarks("Vie\u0323\u0302t"), "viet");
  EXPECT_EQ(NoMarks("Größe café naïve señor"), "große cafe naive senor");
  EXPECT_EQ(NoMarks("“Thủy lợi” – 2020"), "\"thuy loi\" - 2020");
  EXPECT_NE(FoldKey("Đường"), FoldKey("duong"));  // marks kept without the option
  EXPECT_EQ(NoMarks("Đường"), NoMarks("duong"));
}

TEST(FoldTest, MisplacedTonesAndLongWords) {
  EXPECT_EQ(FoldKey("chất lựơng, baỏ đảm, nghịêm thu"), "chất lượng, bảo đảm, nghiệm thu");
  const std::string long_word(40, 'A');
  EXPECT_EQ(FoldKey(long_word + "Ò"), std::string(40, 'a') + "ò");
}

TEST(FoldTest, AsciiIsLowerCasedAndCollapsed) {
  EXPECT_EQ(FoldKey("  KH-LDLD   So 90/KH  "), "kh-ldld so 90/kh");
  EXPECT_EQ(FoldKey("abc"), "abc");
}

TEST(FoldTest, InvalidUtf8BecomesReplacement) {
  EXPECT_EQ(FoldKey("A\xFF"
                    "B"),
            "a\uFFFDb");
}

TEST(FoldTest, OffsetsMapKeyBytesBackToTheInput) {
  const std::string input = "  Ban  THƯỜNG vụ Vie\u0323\u0302t";
  FoldedText f = FoldKeyWithOffsets(input);
  EXPECT_EQ(f.key, "ban thường vụ việt");
  ASSERT_EQ(f.offsets.size(), f.key.size() + 1);
  EXPECT_EQ(f.offsets.back(), input.size());
  const size_t at = f.key.find("thường");
  ASSERT_NE(at, std::string::npos);
  const size_t end = at + std::string("thường").size();
  EXPECT_EQ(input.substr(f.offsets[at], f.offsets[end] - f.offsets[at]), "THƯỜNG ");
  const size_t viet = f.key.find("việt");
  EXPECT_EQ(input.substr(f.offsets[viet]), "Vie\u0323\u0302t");
  // The same key as without offsets.
  EXPECT_EQ(FoldKey(input), f.key);
}

TEST(FoldTest, FoldedContainsRespectsWordBoundaries) {
  const std::string hay = FoldKey("Ban Chấp hành Công đoàn cơ sở, năm 2020: Hòa Bình");
  EXPECT_TRUE(FoldedContains(hay, FoldKey("chấp hành")));
  EXPECT_TRUE(FoldedContains(hay, FoldKey("CÔNG ĐOÀN")));
  EXPECT_TRUE(FoldedContains(hay, FoldKey("hoà bình")));
  EXPECT_TRUE(FoldedContains(hay, FoldKey("2020")));
  EXPECT_TRUE(FoldedContains(hay, FoldKey("cơ sở,")));
  EXPECT_FALSE(FoldedContains(hay, FoldKey("hành c")));
  EXPECT_FALSE(FoldedContains(hay, FoldKey("oàn")));
  EXPECT_FALSE(FoldedContains(hay, FoldKey("202")));
  EXPECT_FALSE(FoldedContains(hay, FoldKey("hoà bìn")));
  EXPECT_FALSE(FoldedContains(hay, ""));
  EXPECT_TRUE(FoldedContains("đoàn", "đoàn"));
  EXPECT_FALSE(FoldedContains("đoànviên", "đoàn"));
  // A later occurrence at a boundary is found after an earlier one inside a word.
  EXPECT_EQ(FoldedFind("hoàng hoà", "hoà"), std::string("hoàng ").size());
}

TEST(FoldTest, FoldedStartsWithEndsAtAWordBoundary) {
  const std::string key = FoldKey("Số: 25/BC-LĐLĐ");
  EXPECT_TRUE(FoldedStartsWith(key, "số"));
  EXPECT_TRUE(FoldedStartsWith(key, "số:"));
  EXPECT_TRUE(FoldedStartsWith("số", "số"));
  EXPECT_FALSE(FoldedStartsWith("sốt", "số"));
  EXPECT_FALSE(FoldedStartsWith("số2", "số"));  // digits are word characters
  EXPECT_TRUE(FoldedStartsWith("(ký tên)", "(ký"));
  EXPECT_TRUE(FoldedStartsWith("- a", "-"));  // a prefix ending in punctuation
  EXPECT_FALSE(FoldedStartsWith("số", "số 25"));
  EXPECT_FALSE(FoldedStartsWith("số", ""));
}

TEST(FoldTest, FoldKeyPrefixCutsAtACharacterBoundary) {
  EXPECT_EQ(FoldKeyPrefix("ĐÃ KÝ rồi", 4), "đã");  // Đ Ã are two bytes each
  EXPECT_EQ(FoldKeyPrefix("ĐÃ KÝ rồi", 3), "đ");   // no half Ã
  EXPECT_EQ(FoldKeyPrefix("ĐÃ KÝ", 100), "đã ký");
  EXPECT_EQ(FoldKeyPrefix("Việt", 10, {.no_marks = true}), "viet");
}

}  // namespace
}  // namespace tonghop::text
