#include "text/syllable.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace tonghop::text {
namespace {

TEST(SyllableTest, RealSyllablesAreValid) {
  for (std::string_view w :
       {"a",      "ở",     "ba",    "nghiêng", "người",  "được",  "khuỷu",  "quý",   "quỳnh",
        "quyết",  "quốc",  "quà",   "gì",      "gìn",    "giữa",  "giường", "già",   "hoàng",
        "thuyền", "khuya", "ngoài", "xoay",    "oanh",   "huỳnh", "xoong",  "boong", "việt",
        "tiếng",  "học",   "phúc",  "Đảm",     "đường",  "rượu",  "khoẻ",   "khỏe",  "hòa",
        "hoà",    "thủy",  "thuỷ",  "ngoẹo",   "yêu",    "yên",   "khuấy",  "thuở",  "kỹ",
        "kẻ",     "ghi",   "nghe",  "trường",  "chuyện", "ách",   "ếch",    "uých",  "NAM",
        "Việt",   "mười",  "năm",   "hạnh",    "phúc",   "lập",   "Cộng",   "hòa",   "xã",
        "hội",    "chủ",   "nghĩa", "ươn",     "tuần"}) {
    EXPECT_TRUE(IsVietnameseSyllable(w)) << w;
  }
}

TEST(SyllableTest, NonSyllablesAreInvalid) {
  for (std::string_view w :
       {"",    "ce",   "ci",       "cê",      "ghu",  "nge",     "ngi",   "ka",       "qa",   "q",
        "oự",  "ộtộ",  "grưße",    "mỹnchen", "bỏo",  "tat",     "tàt",   "ănh",      "ach",  "ing",
        "xyz", "tiê",  "tă",       "où",      "été",  "München", "señor", "Það",      "bc",   "ngh",
        "ai-", "cafộ", "Internet", "wifi",    "hòaa", "aaa",     "ếch1",  "nghiêngg", "thêm2"}) {
    EXPECT_FALSE(IsVietnameseSyllable(w)) << w;
  }
}

TEST(SyllableTest, StopCodasTakeOnlySacOrNang) {
  EXPECT_TRUE(IsVietnameseSyllable("hoạt"));
  EXPECT_TRUE(IsVietnameseSyllable("tốt"));
  EXPECT_FALSE(IsVietnameseSyllable("tồt"));
  EXPECT_FALSE(IsVietnameseSyllable("hoảt"));
  EXPECT_FALSE(IsVietnameseSyllable("tôt"));
}

TEST(SyllableTest, ParseFindsClusterAndTone) {
  std::u32string w = ToU32("nghiêng");
  auto p = ParseSyllable(w);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->nucleus_begin, 3u);
  EXPECT_EQ(p->nucleus_end, 5u);
  EXPECT_EQ(p->tone_letter, -1);
  p = ParseSyllable(ToU32("quý"));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->nucleus_begin, 2u);  // qu is the onset
  EXPECT_EQ(p->tone_letter, 2);
  EXPECT_EQ(p->tone, Tone::kAcute);
}

std::string Placed(std::string_view word, ToneStyle style) {
  std::u32string w = ToU32(word);
  PlaceTone(w, style);
  return ToUtf8(w);
}

TEST(SyllableTest, OldAndNewStyleDifferOnlyInOpenOaOeUy) {
  // The 15 lower-case pairs of the reference (§2.2), and capitals.
  const char* pairs[][2] = {{"hòa", "hoà"},   {"hóa", "hoá"}, {"hỏa", "hoả"},   {"hõa", "hoã"},
                            {"họa", "hoạ"},   {"xòe", "xoè"}, {"khóe", "khoé"}, {"khỏe", "khoẻ"},
                            {"nõe", "noẽ"},   {"lọe", "loẹ"}, {"tùy", "tuỳ"},   {"thúy", "thuý"},
                            {"thủy", "thuỷ"}, {"lũy", "luỹ"}, {"tụy", "tuỵ"},   {"Hòa", "Hoà"},
                            {"ỦY", "UỶ"},     {"Ủy", "Uỷ"},   {"HÓA", "HOÁ"}};
  for (const auto& p : pairs) {
    EXPECT_EQ(Placed(p[0], ToneStyle::kNew), p[1]) << p[0];
    EXPECT_EQ(Placed(p[1], ToneStyle::kNew), p[1]) << p[1];
    EXPECT_EQ(Placed(p[1], ToneStyle::kOld), p[0]) << p[1];
    EXPECT_EQ(Placed(p[0], ToneStyle::kOld), p[0]) << p[0];
  }
}

TEST(SyllableTest, ClosedAndOtherSyllablesKeepTheirPlace) {
  for (std::string_view w : {"hoàng", "hoạch", "huỳnh", "thuyết", "quý",  "quỳnh", "quà",  "gì",
                             "giá",   "huế",   "thuở",  "mía",    "lúa",  "mưa",   "biển", "nhuộm",
                             "được",  "ngoài", "khuỷu", "người",  "rượu", "cứu",   "gửi"}) {
    EXPECT_EQ(Placed(w, ToneStyle::kNew), w) << w;
    EXPECT_EQ(Placed(w, ToneStyle::kOld), w) << w;
  }
}

TEST(SyllableTest, MisplacedTonesAreMoved) {
  EXPECT_EQ(Placed("qúy", ToneStyle::kNew), "quý");
  EXPECT_EQ(Placed("qùy", ToneStyle::kOld), "quỳ");
  EXPECT_EQ(Placed("baỏ", ToneStyle::kNew), "bảo");
  EXPECT_EQ(Placed("lựơng", ToneStyle::kNew), "lượng");
  EXPECT_EQ(Placed("nghịêm", ToneStyle::kNew), "nghiệm");
  EXPECT_EQ(Placed("hòang", ToneStyle::kOld), "hoàng");
  EXPECT_EQ(Placed("gìa", ToneStyle::kNew), "già");
}

TEST(SyllableTest, ApplyToneStyleOnText) {
  EXPECT_EQ(ApplyToneStyle("Khánh Hòa, thủy lợi; Hoàng Quý (hòa-bình) 2020", ToneStyle::kNew),
            "Khánh Hoà, thuỷ lợi; Hoàng Quý (hoà-bình) 2020");
  EXPECT_EQ(ApplyToneStyle("Luật Thuỷ sản, uỷ ban", ToneStyle::kOld), "Luật Thủy sản, ủy ban");
  EXPECT_EQ(ApplyToneStyle("où été München", ToneStyle::kNew), "où été München");
}

}  // namespace
}  // namespace tonghop::text
