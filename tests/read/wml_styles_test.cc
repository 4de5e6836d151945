// Styles, fonts and the XML layer under the reader: canonical names by
// namespace URI, markup compatibility, effective run fonts.
#include "read/wml_styles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/wml_test_util.h"
#include "read/wml_xml.h"

namespace tonghop::read {
namespace {

using ::testing::ElementsAre;
using testing::PackageBuilder;
using testing::ReadPackage;

std::unique_ptr<wml::XmlPart> Parse(std::string xml, wml::Dialect dialect = wml::Dialect::kOoxml) {
  auto part = wml::ParseXmlPart(std::move(xml), "/test.xml", dialect, ReadLimits{});
  EXPECT_TRUE(part.ok()) << (part.ok() ? "" : part.error().Describe(Lang::kEn));
  return part.ok() ? std::move(*part) : nullptr;
}

TEST(WmlXmlTest, NamesAreCanonicalByNamespaceNotPrefix) {
  auto part = Parse(
      R"(<ns0:document xmlns:ns0="http://purl.oclc.org/ooxml/wordprocessingml/main">)"
      R"(<ns0:body><ns0:p><ns0:r><ns0:t ns0:x="1">a</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>)");
  pugi::xml_node t = part->root().child("w:body").child("w:p").child("w:r").child("w:t");
  ASSERT_TRUE(t);
  EXPECT_STREQ(t.attribute("w:x").value(), "1");
}

TEST(WmlXmlTest, DefaultNamespaceGetsThePrefix) {
  auto part = Parse(
      R"(<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body/></document>)");
  EXPECT_TRUE(wml::NameIs(part->root(), "w:document"));
  EXPECT_TRUE(part->root().child("w:body"));
}

TEST(WmlXmlTest, ForeignNamespaceWithAWordPrefixNeverMatches) {
  auto part = Parse(
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:body><x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>)"
      R"(<w:p xmlns:w="urn:other"/></w:body></w:document>)");
  pugi::xml_node body = part->root().child("w:body");
  std::vector<std::string> names;
  for (pugi::xml_node n : body.children()) names.push_back(n.name());
  EXPECT_THAT(names, ElementsAre("w:p", "_:p"));
}

TEST(WmlXmlTest, LocallyDeclaredPrefixesInChoiceRequires) {
  auto part = Parse(
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
      R"( xmlns:s="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">)"
      R"(<mc:Choice Requires="s"><w:t>choice</w:t></mc:Choice><mc:Fallback><w:t>fallback</w:t></mc:Fallback>)"
      R"(</mc:AlternateContent></w:document>)");
  pugi::xml_node branch = wml::SelectAlternateContent(part->root().child("mc:AlternateContent"));
  ASSERT_TRUE(branch);
  EXPECT_STREQ(branch.child("w:t").child_value(), "choice");
}

TEST(WmlXmlTest, RequiresListsAreUnderstoodOnlyWhenAllPrefixesAre) {
  EXPECT_TRUE(wml::RequiresUnderstood("wps"));
  EXPECT_TRUE(wml::RequiresUnderstood("wpg wps w14"));
  EXPECT_FALSE(wml::RequiresUnderstood("wps wpi"));
  EXPECT_FALSE(wml::RequiresUnderstood(""));
  EXPECT_FALSE(wml::RequiresUnderstood("_"));
}

TEST(WmlXmlTest, OnOffValues) {
  auto part = Parse(
      R"(<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:b/><w:i w:val="0"/><w:caps w:val="false"/><w:strike w:val="on"/><w:vanish w:val="off"/></w:x>)");
  pugi::xml_node x = part->root();
  EXPECT_EQ(wml::OnOff(x.child("w:b")), true);
  EXPECT_EQ(wml::OnOff(x.child("w:i")), false);
  EXPECT_EQ(wml::OnOff(x.child("w:caps")), false);
  EXPECT_EQ(wml::OnOff(x.child("w:strike")), true);
  EXPECT_EQ(wml::OnOff(x.child("w:vanish")), false);
  EXPECT_EQ(wml::OnOff(x.child("w:u")), std::nullopt);
}

TEST(WmlXmlTest, DoctypeAndMalformedXmlAreRefused) {
  auto doctype =
      wml::ParseXmlPart(R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>)",
                        "/p.xml", wml::Dialect::kOoxml, ReadLimits{});
  ASSERT_FALSE(doctype.ok());
  EXPECT_EQ(doctype.error().code, ErrorCode::kCorrupt);
  auto broken = wml::ParseXmlPart("<x><y></x>", "/p.xml", wml::Dialect::kOoxml, ReadLimits{});
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().where, "/p.xml");
}

TEST(WmlXmlTest, CanonicalizingDeepDocumentsIsBoundedNotRecursive) {
  std::string xml = R"(<w:document xmlns:w="urn:x">)";
  for (int i = 0; i < 200000; ++i) xml += "<a>";
  for (int i = 0; i < 200000; ++i) xml += "</a>";
  xml += "</w:document>";
  auto part = wml::ParseXmlPart(xml, "/deep.xml", wml::Dialect::kOoxml, ReadLimits{});
  ASSERT_FALSE(part.ok());
  EXPECT_EQ(part.error().code, ErrorCode::kLimitExceeded);
}

constexpr const char* kStyles =
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>)"
    R"(</w:rPr></w:rPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Legacy"><w:name w:val="Legacy"/><w:basedOn w:val="Normal"/>)"
    R"(<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="LegacyCaps"><w:name w:val="Legacy caps"/><w:basedOn w:val="Legacy"/>)"
    R"(<w:rPr><w:rFonts w:hAnsi=".VnTimeH"/></w:rPr></w:style>)"
    R"(<w:style w:type="character" w:styleId="Vni"><w:name w:val="Vni"/><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/>)"
    R"(<w:rPr><w:b/></w:rPr></w:style>)"
    R"(</w:styles>)";

TEST(WmlStylesTest, EffectiveFontThroughDefaultsThemeStylesAndDirectFormatting) {
  auto part = Parse(kStyles);
  int theme_loads = 0;
  wml::StyleSheet styles(part->root(), wml::Dialect::kOoxml, [&theme_loads] {
    ++theme_loads;
    wml::ThemeFonts fonts;
    fonts.minor_latin = "Calibri";
    return fonts;
  });
  EXPECT_EQ(styles.FontOf(styles.Paragraph("").run, false), "Calibri");  // docDefaults theme
  EXPECT_EQ(theme_loads, 1);
  const wml::RunProps& legacy = styles.Paragraph("Legacy").run;
  EXPECT_EQ(styles.FontOf(legacy, true), ".VnTime");
  // hAnsi governs the non-ASCII characters, ascii the ASCII ones.
  const wml::RunProps& caps = styles.Paragraph("LegacyCaps").run;
  EXPECT_EQ(styles.FontOf(caps, true), ".VnTimeH");
  EXPECT_EQ(styles.FontOf(caps, false), ".VnTime");
  // A character style over a paragraph style, then direct formatting.
  wml::RunProps run = legacy;
  run.Overlay(styles.Character("Vni"));
  EXPECT_EQ(styles.FontOf(run, true), "VNI-Times");
  wml::RunProps direct;
  direct.h_ansi = wml::FontSlot{"Times New Roman", wml::ThemeSlot::kNone};
  run.Overlay(direct);
  EXPECT_EQ(styles.FontOf(run, true), "Times New Roman");
  EXPECT_EQ(styles.FontOf(run, false), "VNI-Times");
  EXPECT_EQ(theme_loads, 1);
}

TEST(WmlStylesTest, BasedOnCyclesAreCut) {
  auto part = Parse(kStyles);
  wml::StyleSheet styles(part->root(), wml::Dialect::kOoxml);
  EXPECT_EQ(styles.Paragraph("Loop1").run.bold, 1);
  EXPECT_EQ(styles.Paragraph("Loop1").name, "Loop1");
}

TEST(WmlStylesTest, UnknownStyleBehavesAsTheDefault) {
  auto part = Parse(kStyles);
  wml::StyleSheet styles(part->root(), wml::Dialect::kOoxml);
  EXPECT_EQ(styles.Paragraph("Missing").name, "");
  EXPECT_EQ(styles.Paragraph("").name, "Normal");
}

TEST(WmlStylesTest, StrictDocumentReadsLikeTransitional) {
  const char* strict_ns = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  MemoryPackage pkg;
  pkg.AddPart(
      "/_rels/.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/>)"
      R"(</Relationships>)");
  pkg.AddPart(
      "/word/_rels/document.xml.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="r2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="styles.xml"/>)"
      R"(<Relationship Id="r3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/numbering" Target="numbering.xml"/>)"
      R"(</Relationships>)");
  pkg.AddPart("/word/styles.xml",
              std::string("<s:styles xmlns:s=\"") + strict_ns +
                  R"("><s:style s:type="paragraph" s:styleId="H1"><s:name s:val="heading 1"/>)"
                  R"(<s:pPr><s:numPr><s:numId s:val="1"/></s:numPr></s:pPr></s:style></s:styles>)");
  pkg.AddPart(
      "/word/numbering.xml",
      std::string("<numbering xmlns=\"") + strict_ns + R"(" xmlns:v="urn:x" xmlns:s=")" +
          strict_ns +
          R"("><abstractNum s:abstractNumId="0"><lvl s:ilvl="0"><start s:val="1"/><numFmt s:val="upperRoman"/>)"
          R"(<lvlText s:val="%1."/></lvl></abstractNum><num s:numId="1"><abstractNumId s:val="0"/></num></numbering>)");
  pkg.AddPart(
      "/word/document.xml",
      std::string("<ns0:document xmlns:ns0=\"") + strict_ns +
          R"("><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val="H1"/></ns0:pPr><ns0:r><ns0:t>ĐẶC ĐIỂM</ns0:t></ns0:r></ns0:p>)"
          R"(</ns0:body></ns0:document>)");
  model::Document doc = ReadPackage(pkg);
  ASSERT_EQ(doc.body.size(), 1u);
  const auto& p = std::get<model::Paragraph>(doc.body[0]);
  EXPECT_EQ(p.DisplayText(), "I. ĐẶC ĐIỂM");
  EXPECT_EQ(p.heading_level, 1);
  EXPECT_EQ(p.style_name, "heading 1");
}

}  // namespace
}  // namespace tonghop::read
