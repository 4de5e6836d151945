#include "text/normalize.h"

#include <gtest/gtest.h>

namespace tonghop::text {
namespace {

TEST(NormalizeTest, AsciiAndCleanNfcAreUntouched) {
  EXPECT_EQ(NormalizeText("Plain ASCII, 2020."), "Plain ASCII, 2020.");
  EXPECT_EQ(NormalizeText("Cộng hòa xã hội chủ nghĩa Việt Nam"),
            "Cộng hòa xã hội chủ nghĩa Việt Nam");
  EXPECT_EQ(NormalizeText(""), "");
}

TEST(NormalizeTest, DecomposedTextIsComposed) {
  // NFD (macOS): tiếng = t i e U+0302 U+0301 n g; việt = v i e U+0323 U+0302 t.
  EXPECT_EQ(NormalizeText("Tie\u0302\u0301ng Vie\u0323\u0302t"), "Tiếng Việt");
  // Unikey "Unicode tổ hợp": precomposed shape + combining tone.
  EXPECT_EQ(NormalizeText("Vi\u00EA\u0323t"), "Việt");
  EXPECT_EQ(NormalizeText("u\u031B\u0300"), "ừ");
  EXPECT_EQ(NormalizeText("o\u0301\u031B"), "ớ");  // the horn reorders itself (ccc 216)
  EXPECT_EQ(NormalizeText("a\u0340"), "à");        // deprecated tone mark
}

TEST(NormalizeTest, ToneTypedBeforeShapeIsComposed) {
  // NFC alone leaves these as é+U+0302, á+U+0306, ã+U+0302.
  EXPECT_EQ(NormalizeText("e\u0301\u0302"), "ế");
  EXPECT_EQ(NormalizeText("a\u0301\u0306"), "ắ");
  EXPECT_EQ(NormalizeText("a\u0303\u0302"), "ẫ");
  EXPECT_EQ(NormalizeText("O\u0300\u0302"), "Ồ");
  EXPECT_EQ(NormalizeText("\u00E9\u0302"), "ế");  // precomposed é, then the circumflex
  EXPECT_EQ(NormalizeText("Ti\u00E9\u0302ng vi\u1EB9\u0302t"), "Tiếng việt");
  EXPECT_EQ(NormalizeText("a\u0323\u0306"), "ặ");
}

TEST(NormalizeTest, FixedSpacesBecomeSpaces) {
  EXPECT_EQ(NormalizeText("Số\u00A0101"), "Số 101");
  EXPECT_EQ(NormalizeText("1\u202F250"), "1 250");
  EXPECT_EQ(NormalizeText("a\u2007b\u2009c\u3000d"), "a b c d");
  EXPECT_EQ(NormalizeText("tab\tstays\nnewline too"), "tab\tstays\nnewline too");
}

TEST(NormalizeTest, InvisibleCharactersAreRemoved) {
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBF"
                          "Báo\u200B cáo\u00AD\u200C\u200D\u2060\u200E\u200F"),
            "Báo cáo");
}

TEST(NormalizeTest, EthInAVietnameseWordBecomesDStroke) {
  EXPECT_EQ(NormalizeText("\u00D0ảm bảo"), "Đảm bảo");
  EXPECT_EQ(NormalizeText("ÐẠI HỘI"), "ĐẠI HỘI");
  EXPECT_EQ(NormalizeText("\u00F0iều 5"), "điều 5");
  EXPECT_EQ(NormalizeText("\u0189oàn"), "Đoàn");
  // Decomposed input is composed first, then judged.
  EXPECT_EQ(NormalizeText("\u00D0a\u0323i"), "Đại");
}

TEST(NormalizeTest, IcelandicEthStays) {
  EXPECT_EQ(NormalizeText("Það er með góðum"), "Það er með góðum");
  EXPECT_EQ(NormalizeText("Guðrún Aðalsteinsdóttir"), "Guðrún Aðalsteinsdóttir");
}

TEST(NormalizeTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(NormalizeText("a\xFF"
                          "b"),
            "a\uFFFDb");
  EXPECT_EQ(NormalizeText("\xC3"), "\uFFFD");                      // truncated sequence
  EXPECT_EQ(NormalizeText("x\xE1\xBA"), "x\uFFFD");                // truncated 3-byte
  EXPECT_EQ(NormalizeText("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");  // surrogate: maximal subparts
  EXPECT_EQ(NormalizeText("ok \uFFFD"), "ok \uFFFD");              // a real U+FFFD is kept
}

TEST(NormalizeTest, CaseAndTonePlacementAreKept) {
  EXPECT_EQ(NormalizeText("Khánh Hòa và Khánh Hoà"), "Khánh Hòa và Khánh Hoà");
  EXPECT_EQ(NormalizeText("THỦY LỢI"), "THỦY LỢI");
}

TEST(NormalizeTest, InPlaceMatchesCopy) {
  std::string s = "Vie\u0323\u0302t\u00A0Nam";
  NormalizeInPlace(s);
  EXPECT_EQ(s, "Việt Nam");
}

TEST(NormalizeTest, OtherScriptsSurvive) {
  EXPECT_EQ(NormalizeText("Ελληνικά 中文 한국어 \u1100\u1161"), "Ελληνικά 中文 한국어 \uAC00");
  EXPECT_EQ(NormalizeText("e\u0301 n\u0303"), "é ñ");
}

}  // namespace
}  // namespace tonghop::text
