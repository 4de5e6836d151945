#include "text/legacy.h"

#include <gtest/gtest.h>

#include "reference_tables.h"
#include "text/letters.h"
#include "text/utf8.h"

namespace tonghop::text {
namespace {

std::string Decode(std::string_view s, LegacyEncoding e, bool capitals = false) {
  return DecodeLegacy(s, FontEncoding{e, capitals});
}

// windows-1252 reading of a byte, written here independently of the library.
std::string Cp1252(uint8_t byte) {
  static const char32_t high[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  AppendUtf8(out, byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char32_t{byte});
  return out;
}

TEST(LegacyTest, Tcvn3EveryTableEntryBothWays) {
  int rows = 0;
  for (const auto& row : reference::kT1) {
    ++rows;
    EXPECT_EQ(Decode(row.docx, LegacyEncoding::kTcvn3), row.regular) << int(row.byte);
    EXPECT_EQ(Decode(row.docx, LegacyEncoding::kTcvn3, true), row.capitals) << int(row.byte);
    EXPECT_EQ(EncodeLegacy(row.regular, LegacyEncoding::kTcvn3), row.docx) << int(row.byte);
    // Ă Â Ê Ô Ơ Ư Đ have codes 0xA1–0xA7 (seven below their lower case);
    // toned capitals have none and take the lower-case code, as typed in a
    // .VnTimeH face.
    const uint8_t capital_byte = row.byte >= 0xA8 && row.byte <= 0xAE ? row.byte - 7 : row.byte;
    EXPECT_EQ(EncodeLegacy(row.capitals, LegacyEncoding::kTcvn3), Cp1252(capital_byte))
        << int(row.byte);
  }
  EXPECT_EQ(rows, 74);
}

TEST(LegacyTest, Tcvn3CapitalsHaveTheirOwnCodesOnlyForSeven) {
  EXPECT_EQ(EncodeLegacy("ĂÂÊÔƠƯĐ", LegacyEncoding::kTcvn3), "¡¢£¤¥¦§");
  EXPECT_EQ(EncodeLegacy("ăâêôơưđ", LegacyEncoding::kTcvn3), "¨©ª«¬\u00AD®");
}

TEST(LegacyTest, Tcvn3KeepsCp1252PunctuationAndUnmappedBytes) {
  EXPECT_EQ(Decode("“Hµ Néi” – §iÒu 1…", LegacyEncoding::kTcvn3), "“Hà Nội” – Điều 1…");
  // Bytes TCVN3 (ABC) leaves unmapped stay as they are: ¯ ° ± ² ³ ´ º ¿ À Á Â Ã Ä Å Í Ù Ú Û à ð ÿ.
  const std::string unmapped = "¯°±²³´º¿ÀÁÂÃÄÅÍÙÚÛàðÿ";
  EXPECT_EQ(Decode(unmapped, LegacyEncoding::kTcvn3), unmapped);
  EXPECT_EQ(Decode("a\u00A0b", LegacyEncoding::kTcvn3), "a\u00A0b");
}

TEST(LegacyTest, VniEveryTableEntryBothWays) {
  int rows = 0;
  for (const auto& row : reference::kT2) {
    ++rows;
    EXPECT_EQ(Decode(row.encoded, LegacyEncoding::kVni), row.letter) << row.letter;
    EXPECT_EQ(EncodeLegacy(row.letter, LegacyEncoding::kVni), row.encoded) << row.letter;
  }
  EXPECT_EQ(rows, 134);
}

TEST(LegacyTest, VniToleratesMismatchedCasePairs) {
  EXPECT_EQ(Decode("Aù", LegacyEncoding::kVni), "Á");
  EXPECT_EQ(Decode("aÙ", LegacyEncoding::kVni), "á");
  EXPECT_EQ(Decode("VIEät", LegacyEncoding::kVni), "VIỆt");
  EXPECT_EQ(Decode("ÔØ", LegacyEncoding::kVni), "Ờ");
  EXPECT_EQ(Decode("ôØ", LegacyEncoding::kVni), "ờ");
}

TEST(LegacyTest, VniIsGreedyAndLeavesOrphanMarks) {
  EXPECT_EQ(Decode("ñöôïc ngöôøi", LegacyEncoding::kVni), "được người");
  EXPECT_EQ(Decode("yï", LegacyEncoding::kVni), "yï");  // ỵ is the single byte î
  EXPECT_EQ(Decode("ù", LegacyEncoding::kVni), "ù");    // a mark alone stays
  EXPECT_EQ(Decode("eê", LegacyEncoding::kVni), "eê");  // breve only on a
  EXPECT_EQ(Decode("uâ", LegacyEncoding::kVni), "uâ");  // circumflex only on a e o
}

TEST(LegacyTest, ViqrEveryTableEntryBothWays) {
  int rows = 0;
  for (const auto& row : reference::kT3) {
    ++rows;
    EXPECT_EQ(Decode(row.encoded, LegacyEncoding::kViqr), row.letter) << row.letter;
    EXPECT_EQ(EncodeLegacy(row.letter, LegacyEncoding::kViqr), row.encoded) << row.letter;
  }
  EXPECT_EQ(rows, 134);
  EXPECT_EQ(Decode("dd DD Dd", LegacyEncoding::kViqr), "đ Đ Đ");
  EXPECT_EQ(EncodeLegacy("đĐ", LegacyEncoding::kViqr), "ddDD");
}

TEST(LegacyTest, ViqrEscapesAndAddresses) {
  EXPECT_EQ(
      Decode("To^i ye^u tie^'ng nu+o+'c to^i tu+` khi mo+'i ra ddo+`i\\.", LegacyEncoding::kViqr),
      "Tôi yêu tiếng nước tôi từ khi mới ra đời.");
  EXPECT_EQ(Decode("O^ng te^n gi`\\? To^i te^n la` Ted\\dy Thu.y\\.", LegacyEncoding::kViqr),
            "Ông tên gì? Tôi tên là Teddy Thụy.");
  // After a tone, ? and . are punctuation again.
  EXPECT_EQ(Decode("ddi.?", LegacyEncoding::kViqr), "đị?");
  EXPECT_EQ(Decode("xem http://vi.wikipedia.org/a? hay ban@mail.vn.", LegacyEncoding::kViqr),
            "xem http://vi.wikipedia.org/a? hay ban@mail.vn.");
  EXPECT_EQ(Decode("u*", LegacyEncoding::kViqr), "ư");
}

TEST(LegacyTest, ViqrRoundTripsLiteralMarks) {
  for (std::string_view s : {"Tôi tên là Teddy.", "Hà Nội (2020)?", "a^b d\\d", "Cờ+ sao: 5'",
                             "ăn ở? Đi đâu.", "C:\\Temp"}) {
    EXPECT_EQ(Decode(EncodeLegacy(s, LegacyEncoding::kViqr), LegacyEncoding::kViqr), s) << s;
  }
}

TEST(LegacyTest, VpsEveryTableEntryBothWays) {
  int rows = 0;
  for (const auto& row : reference::kT4) {
    ++rows;
    EXPECT_EQ(Decode(row.docx, LegacyEncoding::kVps), row.unicode) << int(row.byte);
    EXPECT_EQ(EncodeLegacy(row.unicode, LegacyEncoding::kVps), row.docx) << int(row.byte);
  }
  EXPECT_EQ(rows, 111);
}

TEST(LegacyTest, VisciiEveryTableEntryBothWays) {
  int rows = 0;
  for (const auto& row : reference::kT6) {
    ++rows;
    EXPECT_EQ(Decode(Cp1252(row.byte), LegacyEncoding::kViscii), row.unicode) << int(row.byte);
    EXPECT_EQ(EncodeLegacy(row.unicode, LegacyEncoding::kViscii), Cp1252(row.byte))
        << int(row.byte);
  }
  EXPECT_EQ(rows, 103);
  // Undefined cp1252 bytes may arrive as the C1 control itself.
  EXPECT_EQ(Decode("\u0081", LegacyEncoding::kViscii), "Ắ");
}

TEST(LegacyTest, FingerprintWordsBothWays) {
  for (const auto& row : reference::kF) {
    EXPECT_EQ(Decode(row.tcvn3, LegacyEncoding::kTcvn3), row.unicode) << row.unicode;
    EXPECT_EQ(Decode(row.vni, LegacyEncoding::kVni), row.unicode) << row.unicode;
    EXPECT_EQ(Decode(row.viqr, LegacyEncoding::kViqr), row.unicode) << row.unicode;
    EXPECT_EQ(EncodeLegacy(row.unicode, LegacyEncoding::kVni), row.vni) << row.unicode;
    EXPECT_EQ(EncodeLegacy(row.unicode, LegacyEncoding::kViqr), row.viqr) << row.unicode;
    if (std::string_view(row.unicode) != "Điều") {  // Đ has its own code, the rest is lower case
      EXPECT_EQ(EncodeLegacy(row.unicode, LegacyEncoding::kTcvn3), row.tcvn3) << row.unicode;
    }
  }
}

TEST(LegacyTest, ReferenceVectors) {
  EXPECT_EQ(Decode("Céng hßa x· héi chñ nghÜa ViÖt Nam", LegacyEncoding::kTcvn3),
            "Cộng hòa xã hội chủ nghĩa Việt Nam");
  EXPECT_EQ(Decode("§éc lËp - Tù do - H¹nh phóc", LegacyEncoding::kTcvn3),
            "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(Decode("T«i tªn lµ NguyÔn V¨n Thö", LegacyEncoding::kTcvn3),
            "Tôi tên là Nguyễn Văn Thử");
  EXPECT_EQ(Decode("B¶o Th¾ng, B¸t X¸t, Hµ Néi", LegacyEncoding::kTcvn3),
            "Bảo Thắng, Bát Xát, Hà Nội");
  EXPECT_EQ(Decode("Tr\u00ADêng §¹i häc B¸ch khoa", LegacyEncoding::kTcvn3),
            "Trường Đại học Bách khoa");
  EXPECT_EQ(Decode("M\u00ADêng Kh\u00AD¬ng", LegacyEncoding::kTcvn3), "Mường Khương");
  EXPECT_EQ(Decode("®¬n tr×nh b¸o", LegacyEncoding::kTcvn3, true), "ĐƠN TRÌNH BÁO");
  EXPECT_EQ(Decode("§¥N TR×NH B¸O", LegacyEncoding::kTcvn3, true), "ĐƠN TRÌNH BÁO");
  EXPECT_EQ(Decode("Xin chaøo caùc baïn", LegacyEncoding::kVni), "Xin chào các bạn");
  EXPECT_EQ(Decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc",
                   LegacyEncoding::kVni),
            "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(Decode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", LegacyEncoding::kVni),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

TEST(LegacyTest, EveryLetterRoundTrips) {
  std::string all;
  for (char base : {'a', 'e', 'i', 'o', 'u', 'y'}) {
    for (Shape shape : {Shape::kNone, Shape::kBreve, Shape::kCircumflex, Shape::kHorn}) {
      for (int tone = 0; tone < 6; ++tone) {
        for (bool upper : {false, true}) {
          if (char32_t c = ComposeVietLetter(base, shape, static_cast<Tone>(tone), upper)) {
            AppendUtf8(all, c);
          }
        }
      }
    }
  }
  all += "đĐ";
  for (LegacyEncoding e : {LegacyEncoding::kVni, LegacyEncoding::kViqr, LegacyEncoding::kVps,
                           LegacyEncoding::kViscii}) {
    int missing = 0;
    for (size_t i = 0; i < all.size();) {
      const size_t start = i;
      NextCodePoint(all, i);
      const std::string letter = all.substr(start, i - start);
      const std::string encoded = EncodeLegacy(letter, e);
      if (Decode(encoded, e) == letter) continue;
      EXPECT_EQ(encoded, letter) << LegacyEncodingName(e);  // else: no code for it, kept
      ++missing;
    }
    EXPECT_EQ(missing, 0) << LegacyEncodingName(e);
  }
  // VPS (recode's table) has no Ỗ: it passes through, and decodes as itself.
  EXPECT_EQ(EncodeLegacy("Ỗ", LegacyEncoding::kVps), "Ỗ");
  // TCVN3 has lower case only (plus seven capitals): round trip through the
  // capitals face for the upper-case letters.
  std::string lower, upper;
  for (size_t i = 0; i < all.size();) {
    char32_t c = NextCodePoint(all, i);
    AppendUtf8(lower, ToLowerLetter(c));
    AppendUtf8(upper, ToUpperLetter(c));
  }
  EXPECT_EQ(Decode(EncodeLegacy(lower, LegacyEncoding::kTcvn3), LegacyEncoding::kTcvn3), lower);
  EXPECT_EQ(Decode(EncodeLegacy(upper, LegacyEncoding::kTcvn3), LegacyEncoding::kTcvn3, true),
            upper);
}

TEST(LegacyTest, UnicodeRunsAreLeftAlone) {
  std::string out;
  EXPECT_FALSE(AppendDecoded(out, "Hà Nội", FontEncoding{LegacyEncoding::kTcvn3, false}));
  EXPECT_EQ(out, "Hà Nội");
  out.clear();
  EXPECT_FALSE(AppendDecoded(out, "Cộng hòa", FontEncoding{LegacyEncoding::kTcvn3, true}));
  EXPECT_EQ(out, "Cộng hòa");
  out.clear();
  EXPECT_FALSE(AppendDecoded(out, "Vie\u0323\u0302t", FontEncoding{LegacyEncoding::kVni, false}));
  EXPECT_FALSE(AppendDecoded(out, "Céng hßa", FontEncoding{}));  // no legacy font
  EXPECT_EQ(out, "Vie\u0323\u0302tCéng hßa");
  EXPECT_TRUE(HoldsUnicodeVietnamese("ư"));
  EXPECT_FALSE(HoldsUnicodeVietnamese("Céng hßa ®ã"));
}

TEST(LegacyTest, AppendDecodedAppendsAndReportsChange) {
  std::string out = "Sè: ";
  EXPECT_TRUE(AppendDecoded(out, "90/KH-L§L§", FontEncoding{LegacyEncoding::kTcvn3, false}));
  EXPECT_EQ(out, "Sè: 90/KH-LĐLĐ");
  EXPECT_FALSE(AppendDecoded(out, " trong", FontEncoding{LegacyEncoding::kTcvn3, false}));
  EXPECT_TRUE(AppendDecoded(out, " ban", FontEncoding{LegacyEncoding::kTcvn3, true}));
  EXPECT_EQ(out, "Sè: 90/KH-LĐLĐ trong BAN");
}

TEST(LegacyTest, FontNamesGiveEncodings) {
  auto check = [](std::string_view font, LegacyEncoding e, bool capitals) {
    FontEncoding f = EncodingOfFont(font);
    EXPECT_EQ(f.encoding, e) << font;
    EXPECT_EQ(f.capitals, capitals) << font;
  };
  check(".VnTime", LegacyEncoding::kTcvn3, false);
  check(".VnArial", LegacyEncoding::kTcvn3, false);
  check(".VnCentury Schoolbook", LegacyEncoding::kTcvn3, false);
  check(".vntime", LegacyEncoding::kTcvn3, false);
  check(" .VnTimeH ", LegacyEncoding::kTcvn3, true);
  check(".VnArialH", LegacyEncoding::kTcvn3, true);
  check("VNI-Times", LegacyEncoding::kVni, false);
  check("VNI-Helve", LegacyEncoding::kVni, false);
  check("vni-times", LegacyEncoding::kVni, false);
  check("VI Times", LegacyEncoding::kViscii, false);
  check("VI Times H", LegacyEncoding::kViscii, true);
  check("VPS Times", LegacyEncoding::kVps, false);
  for (std::string_view f : {"Times New Roman", "Arial", "", ".Vn", "VNI", "Verdana", "VnTime",
                             "Vietnam Sans", "Aptos"}) {
    check(f, LegacyEncoding::kNone, false);
  }
}

TEST(LegacyTest, EncodingNames) {
  EXPECT_STREQ(LegacyEncodingName(LegacyEncoding::kTcvn3), "TCVN3");
  EXPECT_STREQ(LegacyEncodingName(LegacyEncoding::kNone), "");
  EXPECT_EQ(ParseLegacyEncoding("TCVN3"), LegacyEncoding::kTcvn3);
  EXPECT_EQ(ParseLegacyEncoding("abc"), LegacyEncoding::kTcvn3);
  EXPECT_EQ(ParseLegacyEncoding("vni"), LegacyEncoding::kVni);
  EXPECT_EQ(ParseLegacyEncoding("unicode"), LegacyEncoding::kNone);
  EXPECT_FALSE(ParseLegacyEncoding("latin1"));
}

}  // namespace
}  // namespace tonghop::text
