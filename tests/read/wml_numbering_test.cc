// Automatic numbering (docx.md §3.13–3.14): formats, counters, restarts,
// style-chain numbering, numStyleLink, overrides.
#include "read/wml_numbering.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/wml_test_util.h"

namespace tonghop::read {
namespace {

using ::testing::ElementsAre;
using testing::PackageBuilder;
using testing::ReadPackage;
using wml::FormatNumber;
using wml::NumFormat;

TEST(WmlNumberingFormatTest, RomanLettersAndZeros) {
  EXPECT_EQ(FormatNumber(4, NumFormat::kUpperRoman), "IV");
  EXPECT_EQ(FormatNumber(1994, NumFormat::kUpperRoman), "MCMXCIV");
  EXPECT_EQ(FormatNumber(9, NumFormat::kLowerRoman), "ix");
  EXPECT_EQ(FormatNumber(1, NumFormat::kLowerLetter), "a");
  EXPECT_EQ(FormatNumber(26, NumFormat::kUpperLetter), "Z");
  EXPECT_EQ(FormatNumber(27, NumFormat::kUpperLetter), "AA");
  EXPECT_EQ(FormatNumber(28, NumFormat::kLowerLetter), "bb");  // Word repeats, not Excel's "ab"
  EXPECT_EQ(FormatNumber(53, NumFormat::kUpperLetter), "AAA");
  EXPECT_EQ(FormatNumber(78, NumFormat::kUpperLetter), "ZZZ");
  EXPECT_EQ(FormatNumber(7, NumFormat::kDecimalZero), "07");
  EXPECT_EQ(FormatNumber(12, NumFormat::kDecimalZero), "12");
  EXPECT_EQ(FormatNumber(7, NumFormat::kCustomPadded, 3), "007");
  EXPECT_EQ(FormatNumber(3, NumFormat::kOrdinal), "3rd");
  EXPECT_EQ(FormatNumber(12, NumFormat::kOrdinal), "12th");
  EXPECT_EQ(FormatNumber(2, NumFormat::kDecimalEnclosedCircle), "\u2461");
  EXPECT_EQ(FormatNumber(5, NumFormat::kNone), "");
}

TEST(WmlNumberingFormatTest, VietnameseLetterSequence) {
  std::vector<std::string> letters;
  for (int i = 1; i <= 8; ++i)
    letters.push_back(FormatNumber(i, NumFormat::kLowerVietnameseLetter));
  EXPECT_THAT(letters, ElementsAre("a", "b", "c", "d", "đ", "e", "g", "h"));
  EXPECT_EQ(FormatNumber(23, NumFormat::kLowerVietnameseLetter), "y");
  EXPECT_EQ(FormatNumber(24, NumFormat::kLowerVietnameseLetter), "aa");
  EXPECT_EQ(FormatNumber(5, NumFormat::kUpperVietnameseLetter), "Đ");
}

TEST(WmlNumberingFormatTest, VietnameseCounting) {
  EXPECT_EQ(FormatNumber(1, NumFormat::kVietnameseCounting), "một");
  EXPECT_EQ(FormatNumber(15, NumFormat::kVietnameseCounting), "mười lăm");
  EXPECT_EQ(FormatNumber(21, NumFormat::kVietnameseCounting), "hai mươi mốt");
  EXPECT_EQ(FormatNumber(30, NumFormat::kVietnameseCounting), "ba mươi");
}

TEST(WmlNumberingFormatTest, ParsesFormatsAndCustomSamples) {
  int pad = 0;
  bool known = false;
  EXPECT_EQ(wml::ParseNumFormat("upperRoman", "", pad, known), NumFormat::kUpperRoman);
  EXPECT_TRUE(known);
  EXPECT_EQ(wml::ParseNumFormat("custom", "001, 002, 003, ...", pad, known),
            NumFormat::kCustomPadded);
  EXPECT_EQ(pad, 3);
  EXPECT_EQ(wml::ParseNumFormat("custom", "a, b, c, d, đ, ...", pad, known),
            NumFormat::kLowerVietnameseLetter);
  EXPECT_EQ(wml::ParseNumFormat("custom", "A, B, C, D, Đ, ...", pad, known),
            NumFormat::kUpperVietnameseLetter);
  EXPECT_EQ(wml::ParseNumFormat("chineseCounting", "", pad, known), NumFormat::kDecimal);
  EXPECT_FALSE(known);
  EXPECT_EQ(wml::ParseWord2003Nfc(4, known), NumFormat::kLowerLetter);
  EXPECT_EQ(wml::ParseWord2003Nfc(255, known), NumFormat::kNone);
  EXPECT_EQ(wml::ParseWord2003Nfc(23, known), NumFormat::kBullet);
}

std::string Lvl(int ilvl, const char* fmt, const char* text, int start = 1,
                std::string extra = {}) {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" +
         std::to_string(start) + "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text +
         "\"/>" + extra + "</w:lvl>";
}

std::string P(const std::string& text, int num_id, int ilvl) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::vector<std::string> Labels(const model::Document& doc) {
  std::vector<std::string> out;
  model::ForEachParagraph(doc.body,
                          [&](const model::Paragraph& p) { out.push_back(p.number_label); });
  return out;
}

// The outline numbering of a Vietnamese report: I. / 1. / a)
const std::string kOutline = "<w:abstractNum w:abstractNumId=\"0\">" + Lvl(0, "upperRoman", "%1.") +
                             Lvl(1, "decimal", "%2.") + Lvl(2, "lowerLetter", "%3)") +
                             Lvl(3, "decimal", "%1.%2.%4", 1, "<w:isLgl/>") + "</w:abstractNum>" +
                             "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

TEST(WmlNumberingTest, OutlineLabelsCountAndRestartDeeperLevels) {
  model::Document doc = ReadPackage(PackageBuilder()
                                        .Numbering(kOutline)
                                        .Body(P("MỤC ĐÍCH", 1, 0) + P("a", 1, 1) + P("b", 1, 1) +
                                              P("x", 1, 2) + P("y", 1, 2) + P("NỘI DUNG", 1, 0) +
                                              P("c", 1, 1) + P("z", 1, 2) + P("legal", 1, 3))
                                        .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("I.", "1.", "2.", "a)", "b)", "II.", "1.", "a)", "2.1.1"));
  EXPECT_EQ(std::get<model::Paragraph>(doc.body[0]).DisplayText(), "I. MỤC ĐÍCH");
}

TEST(WmlNumberingTest, CountersArePerAbstractNumAcrossNumIds) {
  std::string numbering =
      kOutline + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>" +
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
      "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>";
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Numbering(numbering)
          .Body(P("a", 1, 0) + P("b", 2, 0) + P("c", 3, 0) + P("d", 3, 0) + P("e", 1, 0))
          .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("I.", "II.", "V.", "VI.", "VII."));
}

TEST(WmlNumberingTest, LvlRestartZeroNeverRestarts) {
  std::string numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Lvl(0, "upperRoman", "%1.") +
                          Lvl(1, "decimal", "%2.", 1, "<w:lvlRestart w:val=\"0\"/>") +
                          "</w:abstractNum>" +
                          "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  model::Document doc =
      ReadPackage(PackageBuilder()
                      .Numbering(numbering)
                      .Body(P("a", 1, 0) + P("b", 1, 1) + P("c", 1, 0) + P("d", 1, 1))
                      .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("I.", "1.", "II.", "2."));
}

TEST(WmlNumberingTest, NumberingThroughTheStyleChainAndLevelPStyle) {
  std::string numbering = "<w:abstractNum w:abstractNumId=\"7\">" +
                          Lvl(0, "upperRoman", "%1.", 1, "<w:pStyle w:val=\"Heading1\"/>") +
                          Lvl(1, "decimal", "%2.", 1, "<w:pStyle w:val=\"Heading2\"/>") +
                          "</w:abstractNum>" +
                          "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"7\"/></w:num>";
  std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>)"
      R"(<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>)"
      R"(<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="NoNum"><w:name w:val="No number"/><w:basedOn w:val="Heading1"/>)"
      R"(<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>)";
  auto h = [](const char* style, const char* text) {
    return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr><w:r><w:t>" + text +
           "</w:t></w:r></w:p>";
  };
  model::Document doc =
      ReadPackage(PackageBuilder()
                      .Styles(styles)
                      .Numbering(numbering)
                      .Body(h("Heading1", "A") + h("Heading2", "B") + h("Heading2", "C") +
                            h("NoNum", "plain") + h("Heading1", "D") + h("Heading2", "E"))
                      .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("I.", "1.", "2.", "", "II.", "1."));
  std::vector<int> levels;
  model::ForEachParagraph(doc.body,
                          [&](const model::Paragraph& p) { levels.push_back(p.heading_level); });
  EXPECT_THAT(levels, ElementsAre(1, 2, 2, 1, 1, 2));
}

TEST(WmlNumberingTest, NumStyleLinkFollowsTheNumberingStyle) {
  // Word's list styles: abstractNum 1 only links to style "ListVN", whose
  // numPr points at num 2 → abstractNum 2 holding the real levels.
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ListVN\"/></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"2\"><w:styleLink w:val=\"ListVN\"/>" +
      Lvl(0, "lowerLetter", "%1)") + "</w:abstractNum>" +
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>";
  std::string styles = R"(<w:style w:type="numbering" w:styleId="ListVN"><w:name w:val="ListVN"/>)"
                       R"(<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>)";
  model::Document doc = ReadPackage(PackageBuilder()
                                        .Styles(styles)
                                        .Numbering(numbering)
                                        .Body(P("x", 1, 0) + P("y", 1, 0))
                                        .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("a)", "b)"));
}

TEST(WmlNumberingTest, NumStyleLinkLoopIsCut) {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"Loop\"/>" +
      Lvl(0, "decimal", "%1.") +
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
  std::string styles = R"(<w:style w:type="numbering" w:styleId="Loop"><w:name w:val="Loop"/>)"
                       R"(<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  model::Document doc =
      ReadPackage(PackageBuilder().Styles(styles).Numbering(numbering).Body(P("x", 1, 0)).Build());
  EXPECT_THAT(Labels(doc), ElementsAre("1."));
}

TEST(WmlNumberingTest, LevelOverrideAndCustomFormatInAlternateContent) {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:numFmt w:val=\"custom\" w:format=\"001, "
      "002, 003, ...\"/>"
      "</mc:Choice><mc:Fallback><w:numFmt w:val=\"decimal\"/></mc:Fallback></mc:AlternateContent>"
      "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"custom\" w:format=\"a, b, c, d, đ, ...\"/><w:lvlText "
      "w:val=\"%1)\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">" +
      Lvl(0, "decimalZero", "Điều %1.", 8) +
      "</w:lvlOverride></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>";
  std::string body = P("x", 1, 0) + P("y", 2, 0);
  for (int i = 0; i < 6; ++i) body += P("v", 3, 0);
  model::Document doc = ReadPackage(PackageBuilder().Numbering(numbering).Body(body).Build());
  EXPECT_THAT(Labels(doc), ElementsAre("001.", "Điều 02.", "a)", "b)", "c)", "d)", "đ)", "e)"));
}

TEST(WmlNumberingTest, BulletsAndNoneAndMissingNumbering) {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
      "w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\xB7\"/><w:rPr><w:rFonts w:ascii=\"Symbol\" "
      "w:hAnsi=\"Symbol\"/></w:rPr></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText "
      "w:val=\"-\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"none\"/><w:lvlText "
      "w:val=\"\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  model::Document doc = ReadPackage(
      PackageBuilder()
          .Numbering(numbering)
          .Body(P("a", 1, 0) + P("b", 1, 1) + P("c", 1, 2) + P("d", 9, 0) + P("e", 0, 0))
          .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("\u2022", "-", "", "", ""));
}

TEST(WmlNumberingTest, UnsupportedFormatFallsBackToDecimalAndIsReported) {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\">" + Lvl(0, "chineseCounting", "%1.") +
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  model::Document doc =
      ReadPackage(PackageBuilder().Numbering(numbering).Body(P("a", 1, 0) + P("b", 1, 0)).Build());
  EXPECT_THAT(Labels(doc), ElementsAre("1.", "2."));
  ASSERT_EQ(doc.findings.size(), 1u);
  EXPECT_EQ(doc.findings[0].Attr("what"), "numFmt chineseCounting");
}

TEST(WmlNumberingTest, LabelsInTablesAndTextBoxesShareTheBodyCounters) {
  model::Document doc =
      ReadPackage(PackageBuilder()
                      .Numbering(kOutline)
                      .Body(P("one", 1, 0) + "<w:tbl><w:tr><w:tc>" + P("two", 1, 0) +
                            "</w:tc></w:tr></w:tbl>" + P("three", 1, 0))
                      .Build());
  EXPECT_THAT(Labels(doc), ElementsAre("I.", "II.", "III."));
}

}  // namespace
}  // namespace tonghop::read
