#include "read/flat_opc.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

namespace tonghop::read {
namespace {

constexpr const char* kRels =
    "<pkg:part pkg:name=\"/_rels/.rels\" pkg:contentType=\"application/"
    "vnd.openxmlformats-package.relationships+xml\"><pkg:xmlData>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
    "</pkg:xmlData></pkg:part>";

std::string Package(const std::string& parts, const std::string& root_attrs = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<?mso-application progid=\"Word.Document\"?>\n"
         "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"" +
         root_attrs + ">" + parts + "</pkg:package>";
}

TEST(FlatOpcTest, PartsBecomeAPackageReadLikeADocx) {
  std::string xml = Package(
      std::string(kRels) +
      "<pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"><pkg:xmlData>"
      "<w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      "<w:p><w:r><w:t>Báo cáo</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
      "<w:r><w:t>a &amp; b &lt; c</w:t></w:r></w:p></w:body></w:document>"
      "</pkg:xmlData></pkg:part>"
      "<pkg:part pkg:name=\"/word/media/image1.png\" pkg:contentType=\"image/png\" "
      "pkg:compression=\"store\"><pkg:binaryData>iVBORw0K\r\nGgo=</pkg:binaryData></pkg:part>");
  Result<MemoryPackage> package = ReadFlatOpc(xml);
  ASSERT_TRUE(package.ok()) << package.error().Describe(Lang::kEn);
  EXPECT_EQ(package->PartNames(), (std::vector<std::string>{"/_rels/.rels", "/word/document.xml",
                                                            "/word/media/image1.png"}));
  Result<std::string> main = FindMainDocumentPart(*package);
  ASSERT_TRUE(main.ok()) << main.error().Describe(Lang::kEn);
  Result<std::string> document = package->ReadPart(*main);
  ASSERT_TRUE(document.ok());
  // The whitespace-only run survives; escapes are written back.
  EXPECT_NE(document->find("<w:t xml:space=\"preserve\"> </w:t>"), std::string::npos) << *document;
  EXPECT_NE(document->find("a &amp; b &lt; c"), std::string::npos);
  EXPECT_EQ(document->rfind("<w:document xmlns:w=", 0), 0u) << *document;
  EXPECT_EQ(*package->ReadPart("/word/media/image1.png"), "\x89PNG\r\n\x1A\n");
}

TEST(FlatOpcTest, NamespacesDeclaredOnTheWrapperAreCarriedOntoThePart) {
  std::string xml = Package(
      "<pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=\"x\"><pkg:xmlData>"
      "<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
      "</pkg:xmlData></pkg:part>",
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");
  Result<MemoryPackage> package = ReadFlatOpc(xml);
  ASSERT_TRUE(package.ok());
  std::string document = *package->ReadPart("/word/document.xml");
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(document.c_str()));
  EXPECT_STREQ(doc.document_element().attribute("xmlns:w").value(),
               "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
}

TEST(FlatOpcTest, BrokenPackagesAreRefused) {
  struct Case {
    std::string xml;
    ErrorCode code;
    const char* en_fragment;
  };
  std::string doc_part =
      "<pkg:part "
      "pkg:name=\"/word/document.xml\"><pkg:xmlData><w:document/></pkg:xmlData></pkg:part>";
  std::vector<Case> cases = {
      {"<pkg:package xmlns:pkg=\"urn:other\"/>", ErrorCode::kCorrupt, "not pkg:package"},
      {Package(""), ErrorCode::kCorrupt, "holds no parts"},
      {Package(
           doc_part +
           "<pkg:part pkg:name=\"/WORD/document.xml\"><pkg:xmlData><x/></pkg:xmlData></pkg:part>"),
       ErrorCode::kCorrupt, "two parts named /WORD/document.xml"},
      {Package("<pkg:part pkg:name=\"/a.bin\"><pkg:binaryData>@@@@</pkg:binaryData></pkg:part>"),
       ErrorCode::kCorrupt, "bad base64"},
      {Package("<pkg:part pkg:name=\"/a.xml\"></pkg:part>"), ErrorCode::kCorrupt, "has no data"},
      {Package(doc_part).substr(0, 120), ErrorCode::kCorrupt, "XML error"},
  };
  for (const Case& c : cases) {
    Result<MemoryPackage> package = ReadFlatOpc(c.xml);
    ASSERT_FALSE(package.ok()) << c.xml;
    EXPECT_EQ(package.error().code, c.code) << c.xml;
    EXPECT_NE(package.error().what.en.find(c.en_fragment), std::string::npos)
        << package.error().what.en;
  }
}

TEST(FlatOpcTest, PartLimits) {
  std::string big = Package("<pkg:part pkg:name=\"/a.bin\"><pkg:binaryData>" +
                            std::string(4000, 'A') + "</pkg:binaryData></pkg:part>");
  ReadLimits limits;
  limits.max_part_bytes = 1000;
  Result<MemoryPackage> package = ReadFlatOpc(big, limits);
  ASSERT_FALSE(package.ok());
  EXPECT_EQ(package.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(package.error().where, "/a.bin");

  std::string parts;
  for (int i = 0; i < 5; ++i) {
    parts += "<pkg:part pkg:name=\"/p" + std::to_string(i) +
             ".xml\"><pkg:xmlData><x/></pkg:xmlData></pkg:part>";
  }
  limits = ReadLimits{};
  limits.max_zip_entries = 4;
  Result<MemoryPackage> many = ReadFlatOpc(Package(parts), limits);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().code, ErrorCode::kLimitExceeded);

  limits = ReadLimits{};
  limits.max_total_inflated_bytes = 2500;
  std::string two =
      Package("<pkg:part pkg:name=\"/a\"><pkg:binaryData>" + std::string(2000, 'A') +
              "</pkg:binaryData></pkg:part><pkg:part pkg:name=\"/b\"><pkg:binaryData>" +
              std::string(2000, 'A') + "</pkg:binaryData></pkg:part>");
  Result<MemoryPackage> total = ReadFlatOpc(two, limits);
  ASSERT_FALSE(total.ok());
  EXPECT_EQ(total.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(total.error().where, "/b");
}

TEST(FlatOpcTest, Base64) {
  EXPECT_EQ(DecodeBase64("TWFu"), "Man");
  EXPECT_EQ(DecodeBase64("TWE="), "Ma");
  EXPECT_EQ(DecodeBase64("TQ=="), "M");
  EXPECT_EQ(DecodeBase64("TQ"), "M");
  EXPECT_EQ(DecodeBase64(" T W\r\nF u\t"), "Man");
  EXPECT_EQ(DecodeBase64(""), "");
  EXPECT_FALSE(DecodeBase64("TWF!"));
  EXPECT_FALSE(DecodeBase64("T"));
  EXPECT_FALSE(DecodeBase64("TQ==TQ=="));
}

TEST(FlatOpcTest, SyntheticCorpusFlatOpcFiles) {
  namespace fs = std::filesystem;
  fs::path docs = fs::path(TONGHOP_SHARED_DIR) / "corpus/synthetic/docs";
  if (!fs::exists(docs)) GTEST_SKIP() << "no shared corpus";
  for (const char* name : {"007-tan-uyen-kh.xml", "015-than-uyen-bc1.xml", "023-sin-ho-bc2.xml"}) {
    std::ifstream in(docs / name, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Result<MemoryPackage> package = ReadFlatOpc(buffer.str());
    ASSERT_TRUE(package.ok()) << name << ": " << package.error().Describe(Lang::kEn);
    Result<std::string> main = FindMainDocumentPart(*package);
    ASSERT_TRUE(main.ok()) << name;
    std::string document = *package->ReadPart(*main);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_buffer(document.data(), document.size())) << name;
    EXPECT_TRUE(doc.document_element().child("w:body")) << name;
    EXPECT_GT(doc.select_nodes("//w:t").size(), 20u) << name;
  }
}

}  // namespace
}  // namespace tonghop::read
