// DetectLegacyEncoding: the high bar for text without a legacy font.
#include <gtest/gtest.h>

#include "reference_tables.h"
#include "text/legacy.h"

namespace tonghop::text {
namespace {

TEST(DetectTest, FindsTcvn3Lines) {
  for (std::string_view line : {
           "Céng hßa x· héi chñ nghÜa ViÖt Nam",
           "§éc lËp - Tù do - H¹nh phóc",
           "T«i tªn lµ NguyÔn V¨n Thö",
           "B¸o c¸o",
           "ViÖt Nam",
           "Hµ Néi",
           "Thùc hiÖn KÕ ho¹ch sè 141/KH-L§L§ ngµy 14/01/2020 cña Ban Th\u00ADêng vô Liªn ®oµn",
           "Toµn ngµnh hiÖn cã 135 c«ng ®oµn c¬ së víi 3.375 ®oµn viªn.",
           "kÕ ho¹ch",
           "céng hßa x· héi chñ nghÜa viÖt nam",
           "Néi dung",  // one word, but ộ is only Vietnamese
           "Sè l\u00ADîng",
       }) {
    EXPECT_EQ(DetectLegacyEncoding(line), LegacyEncoding::kTcvn3) << line;
  }
}

TEST(DetectTest, FindsVniLines) {
  for (std::string_view line : {
           "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
           "Ñoäc laäp - Töï do - Haïnh phuùc",
           "Xin chaøo caùc baïn",
           "Baùo caùo",
           "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM",
           "Lai Chaâu, ngaøy 11 thaùng 12 naêm 2020",
           "Ñaõ ñeà nghò khen thöôûng 25 taäp theå vaø 73 caù nhaân coù thaønh tích xuaát saéc.",
           "Vieät Nam",
           "Nôi nhaän:",
       }) {
    EXPECT_EQ(DetectLegacyEncoding(line), LegacyEncoding::kVni) << line;
  }
}

TEST(DetectTest, AmbiguousSingleWordsStayUndecided) {
  // "Löu" is VNI "Lưu" but also TCVN3 "Lửu": both read as syllables.
  EXPECT_EQ(DetectLegacyEncoding("- Löu: VT."), LegacyEncoding::kNone);
}

TEST(DetectTest, FingerprintWordsInContext) {
  for (const auto& row : reference::kF) {
    std::string tcvn3 = std::string("Trong n¨m ") + row.tcvn3 + " th\u00AD¬ng m¹i";
    std::string vni = std::string("Trong naêm ") + row.vni + " thöông maïi";
    EXPECT_EQ(DetectLegacyEncoding(tcvn3), LegacyEncoding::kTcvn3) << tcvn3;
    EXPECT_EQ(DetectLegacyEncoding(vni), LegacyEncoding::kVni) << vni;
  }
}

TEST(DetectTest, ViqrOnlyOnOverwhelmingEvidence) {
  EXPECT_EQ(DetectLegacyEncoding("To^i ye^u tie^'ng nu+o+'c to^i tu+` khi mo+'i ra ddo+`i\\. "
                                 "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam"),
            LegacyEncoding::kViqr);
  EXPECT_EQ(DetectLegacyEncoding("Vie^.t Nam"), LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacyEncoding("x^2 + y^2 = z^2; C++ (and a(b)) is fine? Yes. o+o+o"),
            LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacyEncoding("What's up? I can't go. Don't worry."), LegacyEncoding::kNone);
}

TEST(DetectTest, UnicodeVietnameseIsLeftAlone) {
  for (std::string_view line : {
           "Cộng hòa xã hội chủ nghĩa Việt Nam", "Báo cáo", "BÁO CÁO", "Tôi là sinh viên",
           "Tiêu chí", "Hà Giang", "Hoà Bình", "Toà án", "CÔNG TÁC", "Lào Cai, Sìn Hồ",
           "Kính gửi: Ban Thường vụ",
           "Vie\u0323\u0302t Nam",  // NFD
       }) {
    EXPECT_EQ(DetectLegacyEncoding(line), LegacyEncoding::kNone) << line;
  }
}

TEST(DetectTest, OtherLanguagesAreLeftAlone) {
  for (std::string_view line : {
           "Il a été là où il était.",
           "C'est là où nous allons, où vous êtes",
           "a où",
           "Le café où j'ai mangé était très cher, à Noël.",
           "München und Größe, Grüße aus Köln",
           "Straße, Fußgänger, Mädchen, schön",
           "El niño está aquí, señor; mañana será otro día.",
           "¿Qué pasó? ¡Corazón!",
           "Það er með góðum vilja.",
           "São Paulo, não, coração, ação",
           "naïve résumé café au lait",
           "Ærø og Østerbro, Ålborg",
           "The quick brown fox jumps over the lazy dog",
           "© 2020 ABC® · All rights reserved ¶ 3",
           "Café",
           "Zürich",
           "Ångström",
           "año",
           "sí",
           "qué",
           "Öl",
           "Bär",
           "Mädchen",
           "Señor",
           "où",
           "été",
           "Noël",
           "garçon",
           "Ñandú",
           "Øre",
       }) {
    EXPECT_EQ(DetectLegacyEncoding(line), LegacyEncoding::kNone) << line;
  }
}

TEST(DetectTest, NumbersAndSymbolsAreLeftAlone) {
  for (std::string_view line : {
           "Giá 5 × 3 · 2 = 30",
           "1.250,5 ± 0,5 °C",
           "½ + ¼ = ¾",
           "« 12 » ÷ 4",
           "§ 5, ¶ 2",
           "",
           "   ",
           "2020",
       }) {
    EXPECT_EQ(DetectLegacyEncoding(line), LegacyEncoding::kNone) << line;
  }
}

}  // namespace
}  // namespace tonghop::text
