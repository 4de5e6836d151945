// The story walker, one WordprocessingML construct per test (docx.md §3).
#include "read/wml_body.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/wml_reader.h"
#include "read/wml_test_util.h"

namespace tonghop::read {
namespace {

using testing::BodyParagraphs;
using ::testing::ElementsAre;
using testing::PackageBuilder;
using testing::ReadPackage;

std::vector<std::string> Paragraphs(std::string body, ReadOptions options = {}) {
  return BodyParagraphs(ReadPackage(PackageBuilder().Body(std::move(body)).Build(), options));
}

model::Document Read(std::string body, std::string styles = {}) {
  return ReadPackage(PackageBuilder().Body(std::move(body)).Styles(std::move(styles)).Build());
}

const model::Paragraph& FirstParagraph(const model::Document& doc) {
  return std::get<model::Paragraph>(doc.body.at(0));
}

TEST(WmlBodyTest, RunsSplitByProofErrAndBookmarksJoinWithoutSeparators) {
  EXPECT_THAT(Paragraphs(R"(<w:p><w:r><w:t>Pho</w:t></w:r><w:proofErr w:type="spellStart"/>)"
                         R"(<w:r><w:t>ng</w:t></w:r><w:bookmarkStart w:id="1" w:name="x"/>)"
                         R"(<w:r w:rsidR="00A1"><w:t xml:space="preserve"> trào</w:t></w:r>)"
                         R"(<w:bookmarkEnd w:id="1"/><w:proofErr w:type="spellEnd"/></w:p>)"),
              ElementsAre("Phong trào"));
}

TEST(WmlBodyTest, WhitespaceOnlyRunsAreKept) {
  EXPECT_THAT(
      Paragraphs(R"(<w:p><w:r><w:t>Foo</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>)"
                 R"(<w:r><w:t>Bar</w:t></w:r></w:p>)"),
      ElementsAre("Foo Bar"));
}

TEST(WmlBodyTest, UnpreservedEdgeWhitespaceIsTrimmedAsWordDoes) {
  EXPECT_THAT(Paragraphs(R"(<w:p><w:r><w:t> a </w:t></w:r><w:r><w:t>b</w:t></w:r></w:p>)"),
              ElementsAre("ab"));
}

TEST(WmlBodyTest, TabsBreaksAndHyphens) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:t>A</w:t><w:cr/><w:t>B</w:t><w:br/><w:t>C</w:t><w:tab/>)"
          R"(<w:t>D</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>)"
          R"(<w:t>E</w:t></w:r></w:p>)"
          R"(<w:p><w:r><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/><w:t>z</w:t></w:r></w:p>)"),
      ElementsAre("A\nB\nC\tD\tE", "x\u2011yz"));
}

TEST(WmlBodyTest, PageBreakSeparatesTextButNeverStartsAParagraph) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:br w:type="page"/><w:t>after</w:t></w:r></w:p>)"
          R"(<w:p><w:r><w:t>one</w:t><w:br w:type="page"/><w:t>two</w:t></w:r></w:p>)"
          R"(<w:p><w:r><w:t>end</w:t><w:br w:type="page"/></w:r></w:p>)"
          R"(<w:p><w:r><w:t>x</w:t><w:br w:type="column"/></w:r><w:r><w:t>y</w:t></w:r></w:p>)"),
      ElementsAre("after", "one\ntwo", "end", "x\ny"));
}

TEST(WmlBodyTest, SymbolsMapToUnicode) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:sym w:font="Symbol" w:char="F0B7"/>)"
          R"(<w:sym w:font="Symbol" w:char="61"/><w:sym w:font="Wingdings" w:char="F0A8"/></w:r></w:p>)"
          R"(<w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>)"
          "<w:t>\xEF\x83\xBC</w:t></w:r></w:p>"),
      ElementsAre("\u2611\u2022\u03B1\u25FB", "\u2714"));
}

TEST(WmlBodyTest, UnknownSymbolIsReportedNotPrintedAsPrivateUse) {
  model::Document doc =
      Read(R"(<w:p><w:r><w:t>a</w:t><w:sym w:font="Webdings" w:char="F021"/></w:r></w:p>)");
  EXPECT_EQ(FirstParagraph(doc).text, "a");
  ASSERT_EQ(doc.findings.size(), 1u);
  EXPECT_EQ(doc.findings[0].code, model::codes::kUnsupportedContent);
  EXPECT_EQ(doc.findings[0].Attr("what"), "w:sym Webdings F021");
}

TEST(WmlBodyTest, SimpleFieldShowsItsResult) {
  EXPECT_THAT(Paragraphs(R"(<w:p><w:fldSimple w:instr=" DOCPROPERTY Subject \* MERGEFORMAT ">)"
                         R"(<w:r><w:t>Phát động thi đua</w:t></w:r></w:fldSimple></w:p>)"),
              ElementsAre("Phát động thi đua"));
}

TEST(WmlBodyTest, ComplexFieldShowsResultNeverInstruction) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
          R"(<w:r><w:instrText xml:space="preserve"> CREATEDATE \@ "dd/MM/yyyy" </w:instrText></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
          R"(<w:r><w:t>04/02/2020</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"),
      ElementsAre("Ngày 04/02/2020"));
}

TEST(WmlBodyTest, NestedFieldsInsideTheInstructionStayHidden) {
  // IF { MERGEFIELD x } = "1" "yes" "no" → result "yes"; the inner field's
  // result belongs to the outer instruction.
  EXPECT_THAT(
      Paragraphs(R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
                 R"(<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>)"
                 R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
                 R"(<w:r><w:instrText> MERGEFIELD x </w:instrText></w:r>)"
                 R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>)"
                 R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
                 R"(<w:r><w:instrText xml:space="preserve"> = "1" "yes" "no" </w:instrText></w:r>)"
                 R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>yes</w:t></w:r>)"
                 R"(<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"),
      ElementsAre("yes"));
}

TEST(WmlBodyTest, NestedFieldInTheResultIsShown) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>HYPERLINK "x"</w:instrText>)"
          R"(<w:fldChar w:fldCharType="separate"/><w:t xml:space="preserve">Trang </w:t>)"
          R"(<w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText>)"
          R"(<w:fldChar w:fldCharType="separate"/><w:t>3</w:t><w:fldChar w:fldCharType="end"/>)"
          R"(<w:fldChar w:fldCharType="end"/></w:r></w:p>)"),
      ElementsAre("Trang 3"));
}

TEST(WmlBodyTest, FieldSpanningParagraphsKeepsBothParagraphs) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \o</w:instrText></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>I. Mục một</w:t></w:r></w:p>)"
          R"(<w:p><w:r><w:t>II. Mục hai</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"
          R"(<w:p><w:r><w:t>sau</w:t></w:r></w:p>)"),
      ElementsAre("I. Mục một", "II. Mục hai", "sau"));
}

TEST(WmlBodyTest, FieldWithoutSeparatorShowsNothing) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:t>a</w:t><w:fldChar w:fldCharType="begin"/><w:instrText>XE "b"</w:instrText>)"
          R"(<w:fldChar w:fldCharType="end"/><w:t>c</w:t></w:r></w:p>)"),
      ElementsAre("ac"));
}

TEST(WmlBodyTest, CheckboxFormFieldShowsItsState) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/>)"
          R"(<w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText>FORMCHECKBOX</w:instrText></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> Có</w:t></w:r></w:p>)"),
      ElementsAre("\u2612 Có"));
}

TEST(WmlBodyTest, WrappersAreTransparent) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:hyperlink r:id="rId9"><w:r><w:t>HYPER</w:t></w:r></w:hyperlink>)"
          R"(<w:smartTag w:uri="u" w:element="place"><w:r><w:t>SMART</w:t></w:r></w:smartTag>)"
          R"(<w:customXml w:element="x"><w:r><w:t>CUSTOM</w:t></w:r></w:customXml>)"
          R"(<w:dir w:val="ltr"><w:r><w:t>DIR</w:t></w:r></w:dir></w:p>)"),
      ElementsAre("HYPERSMARTCUSTOMDIR"));
}

TEST(WmlBodyTest, ContentControlsAtEveryLevel) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:sdt><w:sdtPr><w:alias w:val="block"/></w:sdtPr><w:sdtContent>)"
          R"(<w:p><w:r><w:t>BLOCK</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>-RUN</w:t></w:r></w:sdtContent></w:sdt></w:p>)"
          R"(</w:sdtContent></w:sdt>)"
          R"(<w:tbl><w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>CELL</w:t></w:r></w:p></w:tc>)"
          R"(</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>)"),
      ElementsAre("BLOCK-RUN", "CELL"));
}

TEST(WmlBodyTest, ContentControlShowingItsPlaceholderIsDropped) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:t xml:space="preserve">Họ tên: </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>)"
          R"(<w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt></w:p>)"
          R"(<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>txtHoten</w:t></w:r></w:p>)"
          R"(</w:sdtContent></w:sdt>)"),
      ElementsAre("Họ tên: "));
}

TEST(WmlBodyTest, TrackedChangesShowTheFinalView) {
  EXPECT_THAT(
      Paragraphs(R"(<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r>)"
                 R"(<w:del w:id="1" w:author="a"><w:r><w:delText>27</w:delText></w:r></w:del>)"
                 R"(<w:ins w:id="2" w:author="a"><w:r><w:t>20</w:t></w:r></w:ins>)"
                 R"(<w:moveFrom w:id="3" w:author="a"><w:r><w:t>MOVEDFROM</w:t></w:r></w:moveFrom>)"
                 R"(<w:moveTo w:id="4" w:author="a"><w:r><w:t>/BC</w:t></w:r></w:moveTo></w:p>)"),
      ElementsAre("Số: 20/BC"));
}

TEST(WmlBodyTest, DeletedFieldInstructionIsDropped) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:del w:id="1" w:author="a"><w:r>)"
          R"(<w:delInstrText>PAGE</w:delInstrText></w:r></w:del><w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
          R"(<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"),
      ElementsAre("7"));
}

TEST(WmlBodyTest, DeletedParagraphMarkMergesWithTheNextParagraph) {
  model::Document doc = Read(
      R"(<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">merged-with-</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve"> next</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>other</w:t></w:r></w:p>)");
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("merged-with- next", "other"));
  EXPECT_EQ(FirstParagraph(doc).alignment, model::Alignment::kCenter);  // the surviving mark's
}

TEST(WmlBodyTest, DeletedParagraphMarkBeforeATableStaysAParagraph) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>alone</w:t></w:r></w:p>)"
          R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"),
      ElementsAre("alone", "cell"));
}

TEST(WmlBodyTest, WholeDeletedParagraphDisappears) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:t>before</w:t></w:r></w:p>)"
          R"(<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>)"
          R"(<w:del w:id="2" w:author="a"><w:r><w:delText>Nội dung này đã bị xóa.</w:delText></w:r></w:del></w:p>)"
          R"(<w:p><w:r><w:t>after</w:t></w:r></w:p>)"),
      ElementsAre("before", "after"));
}

TEST(WmlBodyTest, HiddenTextIsDroppedUnlessAsked) {
  const std::string body =
      R"(<w:p><w:r><w:t xml:space="preserve">shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r>)"
      R"(<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>STYLEHIDDEN</w:t></w:r>)"
      R"(<w:r><w:rPr><w:rStyle w:val="Secret"/><w:vanish w:val="0"/></w:rPr><w:t>unhidden</w:t></w:r></w:p>)";
  const std::string styles =
      R"(<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>)";
  EXPECT_THAT(BodyParagraphs(Read(body, styles)), ElementsAre("shown unhidden"));
  ReadOptions keep;
  keep.keep_hidden_text = true;
  EXPECT_THAT(BodyParagraphs(ReadPackage(PackageBuilder().Body(body).Styles(styles).Build(), keep)),
              ElementsAre("shown HIDDENSTYLEHIDDENunhidden"));
}

TEST(WmlBodyTest, HiddenThroughTheParagraphStyleChain) {
  model::Document doc = Read(
      R"(<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr><w:r><w:t>invisible</w:t></w:r></w:p><w:p><w:r><w:t>ok</w:t></w:r></w:p>)",
      R"(<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:rPr><w:vanish/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Base"/></w:style>)");
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("ok"));  // the mark is hidden too: no empty line
}

TEST(WmlBodyTest, HiddenParagraphMarkWithHiddenTextRemovesTheParagraph) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>x</w:t></w:r></w:p>)"
          R"(<w:p><w:r><w:t>y</w:t></w:r></w:p>)"),
      ElementsAre("y"));
}

constexpr const char* kTextBoxRun =
    R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/>)"
    R"(<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>)"
    R"(<w:txbxContent><w:p><w:r><w:t>TEXTBOX</w:t></w:r></w:p><w:p><w:r><w:t>Số: 90/KH</w:t></w:r></w:p></w:txbxContent>)"
    R"(</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)"
    R"(<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>TEXTBOX</w:t></w:r></w:p>)"
    R"(<w:p><w:r><w:t>Số: 90/KH</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>)"
    R"(</mc:AlternateContent></w:r>)";

TEST(WmlBodyTest, TextBoxOnceAfterItsAnchorParagraph) {
  model::Document doc =
      Read(std::string(R"(<w:p><w:r><w:t xml:space="preserve">anchor </w:t></w:r>)") + kTextBoxRun +
           R"(<w:r><w:t>text</w:t></w:r></w:p><w:p><w:r><w:t>next</w:t></w:r></w:p>)");
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("anchor text", "TEXTBOX", "Số: 90/KH", "next"));
  EXPECT_EQ(std::get<model::Paragraph>(doc.body[0]).story, model::Story::kBody);
  EXPECT_EQ(std::get<model::Paragraph>(doc.body[1]).story, model::Story::kTextBox);
  EXPECT_EQ(std::get<model::Paragraph>(doc.body[3]).story, model::Story::kBody);
}

TEST(WmlBodyTest, TextBoxFallbackTakenWhenTheChoiceIsNotUnderstood) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><mc:AlternateContent xmlns:wpi="urn:ink"><mc:Choice Requires="wpi"><w:t>INK</w:t></mc:Choice>)"
          R"(<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>VML</w:t></w:r></w:p>)"
          R"(</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>)"),
      ElementsAre("", "VML"));
}

TEST(WmlBodyTest, ChoiceOnlyTextBoxIsRead) {
  // WPS Office writes Choice without Fallback.
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData>)"
          R"(<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>WPS</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>)"
          R"(</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>)"),
      ElementsAre("", "WPS"));
}

TEST(WmlBodyTest, TextBoxInsideATableCellStaysInTheCell) {
  model::Document doc =
      Read(std::string(R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r>)") + kTextBoxRun +
           R"(</w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>body</w:t></w:r></w:p>)");
  const auto& table = std::get<model::Table>(doc.body.at(0));
  EXPECT_EQ(table.rows.at(0).cells.at(0).Text(), "cell\nTEXTBOX\nSố: 90/KH");
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("cell", "TEXTBOX", "Số: 90/KH", "body"));
}

TEST(WmlBodyTest, TableMergedCellsAppearOnce) {
  model::Document doc = Read(
      R"(<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>)"
      R"(<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>AB</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr>)"
      R"(<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>)"
      R"(<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p><w:r><w:t>ignored</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)");
  const auto& table = std::get<model::Table>(doc.body.at(0));
  ASSERT_EQ(table.rows.size(), 3u);
  ASSERT_EQ(table.rows[0].cells.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[0].grid_span, 2);
  EXPECT_EQ(table.rows[0].cells[1].row_span, 3);
  EXPECT_EQ(table.rows[1].cells.size(), 2u);
  EXPECT_EQ(table.rows[2].cells.size(), 1u);
  EXPECT_EQ(testing::DocumentText(doc), "AB | C\na | b\ny\n");
}

TEST(WmlBodyTest, NestedTablesAreCellContent) {
  model::Document doc = Read(
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>outer</w:t></w:r></w:p>)"
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>in1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>in2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
      R"(<w:p/></w:tc><w:tc><w:p><w:r><w:t>right</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)");
  const auto& table = std::get<model::Table>(doc.body.at(0));
  const auto& cell = table.rows.at(0).cells.at(0);
  ASSERT_EQ(cell.blocks.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<model::Table>(cell.blocks[1]));
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("outer", "in1", "in2", "", "right"));
}

TEST(WmlBodyTest, DeletedRowsAndCellsAreDropped) {
  model::Document doc = Read(
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>keep</w:t></w:r></w:p></w:tc></w:tr>)"
      R"(<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>gone</w:t></w:r></w:p></w:tc></w:tr>)"
      R"(<w:tr><w:tc><w:tcPr><w:cellDel w:id="2" w:author="a"/></w:tcPr><w:p><w:r><w:t>gonecell</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:p><w:r><w:t>kept</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)");
  EXPECT_THAT(BodyParagraphs(doc), ElementsAre("keep", "kept"));
}

TEST(WmlBodyTest, BordersDecideHasBorders) {
  const std::string styles =
      R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>)"
      R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>)"
      R"(<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>)"
      R"(<w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>)";
  const char* cell = R"(<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>)";
  model::Document doc = Read(
      std::string(R"(<w:tbl><w:tblPr/>)") + cell + "</w:tbl>" +  // default style: none
          R"(<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>)" + cell +
          "</w:tbl>" +  // grid style
          R"(<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="nil"/>)"
          R"(<w:bottom w:val="none"/><w:insideH w:val="nil"/></w:tblBorders></w:tblPr>)" +
          cell + "</w:tbl>" +
          R"(<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr><w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr>)"
          R"(<w:p/></w:tc></w:tr></w:tbl>)",
      styles);
  ASSERT_EQ(doc.body.size(), 4u);
  EXPECT_FALSE(std::get<model::Table>(doc.body[0]).has_borders);
  EXPECT_TRUE(std::get<model::Table>(doc.body[1]).has_borders);
  EXPECT_FALSE(std::get<model::Table>(doc.body[2]).has_borders);
  EXPECT_TRUE(std::get<model::Table>(doc.body[3]).has_borders);
}

TEST(WmlBodyTest, ParagraphHintsFromRunsAndStyles) {
  model::Document doc = Read(
      R"(<w:p><w:pPr><w:pStyle w:val="Title1"/></w:pPr><w:r><w:t xml:space="preserve">KẾ </w:t></w:r>)"
      R"(<w:r><w:rPr><w:b w:val="true"/></w:rPr><w:t>HOẠCH</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>nghiêng</w:t></w:r>)"
      R"(<w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p>)",
      R"(<w:style w:type="paragraph" w:styleId="Title1"><w:name w:val="Tieu de"/><w:pPr><w:jc w:val="center"/></w:pPr>)"
      R"(<w:rPr><w:b/></w:rPr></w:style>)");
  const auto& title = std::get<model::Paragraph>(doc.body[0]);
  EXPECT_TRUE(title.all_bold);
  EXPECT_FALSE(title.all_italic);
  EXPECT_EQ(title.alignment, model::Alignment::kCenter);
  EXPECT_EQ(title.style_id, "Title1");
  EXPECT_EQ(title.style_name, "Tieu de");
  const auto& body = std::get<model::Paragraph>(doc.body[1]);
  EXPECT_TRUE(body.all_italic);  // whitespace does not count
  EXPECT_FALSE(body.all_bold);
  EXPECT_EQ(body.alignment, model::Alignment::kJustify);
  EXPECT_TRUE(body.style_id.empty());
}

TEST(WmlBodyTest, HeadingLevelFromOutlineOrBuiltInName) {
  model::Document doc = Read(
      R"(<w:p><w:pPr><w:pStyle w:val="berschrift2"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>c</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="Outline"/></w:pPr><w:r><w:t>d</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="berschrift2"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>e</w:t></w:r></w:p>)",
      R"(<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="berschrift2"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>)");
  std::vector<int> levels;
  model::ForEachParagraph(doc.body,
                          [&](const model::Paragraph& p) { levels.push_back(p.heading_level); });
  EXPECT_THAT(levels, ElementsAre(2, 2, 3, 1, 0));
}

TEST(WmlBodyTest, TextIsNormalized) {
  // NFD input, NBSP, zero-width space.
  EXPECT_THAT(Paragraphs("<w:p><w:r><w:t>So\xCC\x82\xCC\x81:\xC2\xA0"
                         "12\xE2\x80\x8B/KH</w:t></w:r></w:p>"),
              ElementsAre("Số: 12/KH"));
}

TEST(WmlBodyTest, MathTextIsRead) {
  EXPECT_THAT(
      Paragraphs(
          R"(<w:p><w:r><w:t xml:space="preserve">x = </w:t></w:r><m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath></w:p>)"),
      ElementsAre("x = a+b"));
}

TEST(WmlBodyTest, NestingBeyondTheDepthLimitIsRefused) {
  std::string body;
  for (int i = 0; i < 300; ++i) body += "<w:sdt><w:sdtContent>";
  body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
  for (int i = 0; i < 300; ++i) body += "</w:sdtContent></w:sdt>";
  Result<model::Document> doc =
      ReadWordprocessingMl(PackageBuilder().Body(body).Build(), model::Format::kDocx, {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kLimitExceeded);
}

}  // namespace
}  // namespace tonghop::read
