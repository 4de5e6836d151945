// Legacy Vietnamese font encodings decided per run by the effective font
// (vietnamese-text.md §1.2) and decoded through src/text as the text is read.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/wml_test_util.h"

namespace tonghop::read {
namespace {

using testing::BodyParagraphs;
using ::testing::ElementsAre;
using testing::PackageBuilder;
using testing::ReadPackage;

std::vector<std::string> FindingEncodings(const model::Document& doc) {
  std::vector<std::string> out;
  for (const model::Finding& f : doc.findings) {
    if (f.code == model::codes::kLegacyEncodingConverted) out.emplace_back(f.Attr("encoding"));
  }
  return out;
}

TEST(WmlLegacyTest, DocumentDefaultFontDecodesTcvn3) {
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Styles(
              R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>)"
              R"(</w:rPr></w:rPrDefault></w:docDefaults>)")
          .Body("<w:p><w:r><w:t>Hµ Néi, ngµy 04 th¸ng 02 n¨m 2020</w:t></w:r></w:p>"
                "<w:p><w:r><w:t>Ban Th\xC2\xAD"
                "êng vô</w:t></w:r></w:p>")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc),
              ElementsAre("Hà Nội, ngày 04 tháng 02 năm 2020", "Ban Thường vụ"));
  EXPECT_THAT(FindingEncodings(doc), ElementsAre("TCVN3"));
}

TEST(WmlLegacyTest, ParagraphStyleChainDecodesVni) {
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Styles(
              R"(<w:style w:type="paragraph" w:styleId="Vni"><w:name w:val="Vni"/>)"
              R"(<w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:style>)"
              R"(<w:style w:type="paragraph" w:styleId="VniBody"><w:name w:val="Vni body"/><w:basedOn w:val="Vni"/></w:style>)")
          .Body(
              R"(<w:p><w:pPr><w:pStyle w:val="VniBody"/></w:pPr><w:r><w:t>COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM</w:t></w:r></w:p>)")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_THAT(FindingEncodings(doc), ElementsAre("VNI"));
}

TEST(WmlLegacyTest, CapitalsFaceUpperCases) {
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Body(R"(<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr>)"
                R"(<w:t>céng hßa x· héi chñ nghÜa viÖt nam</w:t></w:r></w:p>)")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
}

TEST(WmlLegacyTest, MixedRunsDecodeOnlyTheLegacyOnes) {
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Body(
              R"(<w:p><w:r><w:t xml:space="preserve">Lớp: </w:t></w:r>)"
              R"(<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>Hoï vaø teân</w:t></w:r></w:p>)")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("Lớp: Họ và tên"));
}

TEST(WmlLegacyTest, UnicodeTextInALegacyFontStaysAsIs) {
  // The real-corpus trap: .VnTime named in the run, text already Unicode.
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Body(R"(<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>)"
                R"(<w:t>Cộng hòa xã hội chủ nghĩa Việt Nam</w:t></w:r></w:p>)")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("Cộng hòa xã hội chủ nghĩa Việt Nam"));
  EXPECT_THAT(FindingEncodings(doc), ElementsAre());
}

TEST(WmlLegacyTest, HAnsiGovernsTheNonAsciiCharacters) {
  // ascii is a legacy font but hAnsi is Unicode: the Latin-1 look-alikes are
  // drawn with Times New Roman, so nothing is decoded.
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Body(
              R"(<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi="Times New Roman"/></w:rPr>)"
              R"(<w:t>Café crème</w:t></w:r></w:p>)")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("Café crème"));
}

TEST(WmlLegacyTest, FontlessTcvn3ParagraphIsDetected) {
  model::Document doc = ReadPackage(PackageBuilder()
                                        .Body("<w:p><w:r><w:t>Céng hßa x· héi chñ nghÜa ViÖt Nam, "
                                              "®éc lËp - tù do - h¹nh phóc</w:t></w:r></w:p>"
                                              "<w:p><w:r><w:t>Giá: 5 × 3 · 2 €</w:t></w:r></w:p>")
                                        .Build());
  EXPECT_THAT(BodyParagraphs(doc),
              ElementsAre("Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập - tự do - hạnh phúc",
                          "Giá: 5 × 3 · 2 €"));
}

TEST(WmlLegacyTest, NumberLabelInALegacyFontIsDecoded) {
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Numbering(
              "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
              "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"§iÒu %1.\"/>"
              "<w:rPr><w:rFonts w:ascii=\".VnTime\" "
              "w:hAnsi=\".VnTime\"/></w:rPr></w:lvl></w:abstractNum>"
              "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")
          .Body(R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>)"
                R"(<w:r><w:t>Phạm vi</w:t></w:r></w:p>)")
          .Build());
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("Điều 1. Phạm vi"));
}

}  // namespace
}  // namespace tonghop::read
