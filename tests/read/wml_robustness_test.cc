// Structurally scrambled WordprocessingML: elements moved to places the
// schema never allows (cells in runs, field ends without begins, text boxes in
// tables, paragraphs in properties). The reader must neither crash nor loop;
// it returns a document (the XML stays well-formed). Run under ASan/UBSan in CI.
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <random>
#include <sstream>

#include "read/wml_reader.h"
#include "read/wml_test_util.h"
#include "read/word2003_reader.h"

namespace tonghop::read {
namespace {

std::string PartOf(const MemoryPackage& pkg, const char* name) { return *pkg.ReadPart(name); }

// Moves `moves` random elements under random other elements (never into their
// own subtree).
std::string Scramble(const std::string& xml, std::mt19937& rng, int moves) {
  pugi::xml_document doc;
  doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  std::vector<pugi::xml_node> elements;
  for (pugi::xpath_node n : doc.document_element().select_nodes(".//*"))
    elements.push_back(n.node());
  for (int m = 0; m < moves && elements.size() > 2; ++m) {
    pugi::xml_node a = elements[rng() % elements.size()];
    pugi::xml_node b = elements[rng() % elements.size()];
    bool inside = false;
    for (pugi::xml_node p = b; p; p = p.parent()) inside = inside || p == a;
    if (inside) continue;
    if (rng() % 2) {
      b.append_move(a);
    } else {
      b.prepend_move(a);
    }
  }
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw);
  return out.str();
}

TEST(WmlRobustnessTest, ScrambledDocumentsAreReadWithoutCrashing) {
  MemoryPackage probe = testing::LoadFlatOpc(testing::ReadTestFile("probe.xml"));
  const std::string document = PartOf(probe, "/word/document.xml");
  const std::string numbering = PartOf(probe, "/word/numbering.xml");
  const std::string styles = PartOf(probe, "/word/styles.xml");
  std::mt19937 rng(20200212);
  for (int round = 0; round < 150; ++round) {
    MemoryPackage pkg = probe;
    pkg.AddPart("/word/document.xml", Scramble(document, rng, 1 + round % 12));
    if (round % 3 == 0) pkg.AddPart("/word/numbering.xml", Scramble(numbering, rng, 3));
    if (round % 4 == 0) pkg.AddPart("/word/styles.xml", Scramble(styles, rng, 3));
    Result<model::Document> doc = ReadWordprocessingMl(pkg, model::Format::kDocx, {});
    ASSERT_TRUE(doc.ok()) << "round " << round << ": " << doc.error().Describe(Lang::kEn);
  }
}

TEST(WmlRobustnessTest, ScrambledWord2003DocumentsAreReadWithoutCrashing) {
  const std::string xml = testing::ReadTestFile("word2003.xml");
  std::mt19937 rng(20201226);
  for (int round = 0; round < 100; ++round) {
    std::string scrambled = Scramble(xml, rng, 1 + round % 10);
    Result<model::Document> doc = ReadWord2003(scrambled, {});
    ASSERT_TRUE(doc.ok()) << "round " << round << ": " << doc.error().Describe(Lang::kEn);
  }
}

TEST(WmlRobustnessTest, StyleAndNumberingCyclesTerminate) {
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/>)"
      R"(<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="numbering" w:styleId="L1"><w:name w:val="L1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="numbering" w:styleId="L2"><w:name w:val="L2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="L1"/></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="L2"/></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>)";
  model::Document doc = testing::ReadPackage(
      testing::PackageBuilder()
          .Styles(styles)
          .Numbering(numbering)
          .Body(R"(<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>)")
          .Build());
  EXPECT_EQ(testing::DocumentText(doc), "x\n");
}

}  // namespace
}  // namespace tonghop::read
