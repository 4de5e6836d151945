#include "read/package.h"

#include <gtest/gtest.h>

namespace tonghop::read {
namespace {

TEST(PackageTest, RelationshipsPartSitsBesideItsSource) {
  EXPECT_EQ(RelationshipsPartFor("/"), "/_rels/.rels");
  EXPECT_EQ(RelationshipsPartFor("/word/document.xml"), "/word/_rels/document.xml.rels");
}

TEST(PackageTest, TargetsResolveRelativeToTheSourceFolder) {
  EXPECT_EQ(ResolvePartName("/word/document.xml", "styles.xml"), "/word/styles.xml");
  EXPECT_EQ(ResolvePartName("/word/document.xml", "/customXml/item1.xml"), "/customXml/item1.xml");
  EXPECT_EQ(ResolvePartName("/word/document.xml", "../docProps/core.xml"), "/docProps/core.xml");
  EXPECT_EQ(ResolvePartName("/", "word/document2.xml"), "/word/document2.xml");
  EXPECT_EQ(ResolvePartName("/word/document.xml", "../../../../etc/passwd"), "/etc/passwd");
  EXPECT_EQ(ResolvePartName("/word/document.xml", "#_top"), "/word");
}

TEST(PackageTest, MainPartFoundThroughRelsNotByName) {
  MemoryPackage pkg;
  pkg.AddPart(
      "/_rels/.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/document2.xml"/>
</Relationships>)");
  pkg.AddPart("/word/document2.xml", "<w:document/>");
  auto main = FindMainDocumentPart(pkg);
  ASSERT_TRUE(main.ok());
  EXPECT_EQ(*main, "/word/document2.xml");
}

TEST(PackageTest, PartNamesCompareCaseInsensitively) {
  MemoryPackage pkg;
  pkg.AddPart("/Word/Document.xml", "x");
  EXPECT_TRUE(pkg.HasPart("/word/document.xml"));
  EXPECT_EQ(*pkg.ReadPart("/WORD/DOCUMENT.XML"), "x");
  EXPECT_FALSE(pkg.ReadPart("/word/other.xml").ok());
}

TEST(PackageTest, ExternalTargetsAreKeptAsWrittenAndMarked) {
  MemoryPackage pkg;
  pkg.AddPart(
      "/word/_rels/document.xml.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>
</Relationships>)");
  auto rels = ReadRelationships(pkg, "/word/document.xml");
  ASSERT_TRUE(rels.ok());
  ASSERT_EQ(rels->size(), 1u);
  EXPECT_TRUE((*rels)[0].external);
  EXPECT_EQ((*rels)[0].target, "file:///etc/passwd");
  EXPECT_EQ((*rels)[0].Kind(), "image");
}

TEST(PackageTest, NoMainPartIsAClearError) {
  MemoryPackage pkg;
  auto main = FindMainDocumentPart(pkg);
  ASSERT_FALSE(main.ok());
  EXPECT_EQ(main.error().code, ErrorCode::kCorrupt);
}

}  // namespace
}  // namespace tonghop::read
