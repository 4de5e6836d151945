#include "read/zip_package.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "read/zip_builder.h"

namespace tonghop::read {
namespace {

using testing::MinimalDocx;
using testing::ZipBuilder;

TEST(ZipPackageTest, LibreOfficeStyleDataDescriptorsAndContentTypesLast) {
  ZipBuilder zip = MinimalDocx();
  // LibreOffice: every entry flag 0x0808, [Content_Types].xml written last.
  std::rotate(zip.entries().begin(), zip.entries().begin() + 1, zip.entries().end());
  for (ZipBuilder::Entry& e : zip.entries()) {
    e.data_descriptor = true;
    e.flags = 0x0800;
  }
  std::string bytes = zip.Build();
  Result<ZipPackage> package = ZipPackage::Open(bytes);
  ASSERT_TRUE(package.ok()) << package.error().Describe(Lang::kEn);
  EXPECT_EQ(package->PartNames(), (std::vector<std::string>{"/_rels/.rels", "/word/document.xml",
                                                            "/[Content_Types].xml"}));
  Result<std::string> main = FindMainDocumentPart(*package);
  ASSERT_TRUE(main.ok()) << main.error().Describe(Lang::kEn);
  EXPECT_EQ(*main, "/word/document.xml");
  Result<std::string> xml = package->ReadPart(*main);
  ASSERT_TRUE(xml.ok());
  EXPECT_NE(xml->find("<w:body/>"), std::string::npos);
}

TEST(ZipPackageTest, PartNamesAreCaseInsensitiveAndDirectoriesAreNotParts) {
  ZipBuilder zip;
  zip.Add("word/", "", 0);
  zip.Add("Word/Media/Image1.PNG", "png-bytes", 0);
  std::string bytes = zip.Build();
  Result<ZipPackage> package = ZipPackage::Open(bytes);
  ASSERT_TRUE(package.ok());
  EXPECT_EQ(package->PartNames(), std::vector<std::string>{"/Word/Media/Image1.PNG"});
  EXPECT_TRUE(package->HasPart("/word/media/image1.png"));
  EXPECT_FALSE(package->HasPart("/word/"));
  Result<std::string> png = package->ReadPart("/WORD/MEDIA/IMAGE1.png");
  ASSERT_TRUE(png.ok());
  EXPECT_EQ(*png, "png-bytes");
  Result<std::string> missing = package->ReadPart("/word/document.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(missing.error().what.en, "Missing part /word/document.xml");
}

TEST(ZipPackageTest, DuplicatePartNamesAreRefused) {
  for (const char* second : {"word/document.xml", "WORD/Document.xml"}) {
    ZipBuilder zip = MinimalDocx();
    zip.Add(second, "<w:document>the other text</w:document>");
    std::string bytes = zip.Build();
    Result<ZipPackage> package = ZipPackage::Open(bytes);
    ASSERT_FALSE(package.ok()) << second;
    EXPECT_EQ(package.error().code, ErrorCode::kCorrupt);
    EXPECT_EQ(package.error().what.en,
              "The package has two parts with the same name (/word/document.xml and /" +
                  std::string(second) + ") — the file was tampered with and is refused for safety");
  }
}

TEST(ZipPackageTest, PartErrorsNameThePart) {
  ZipBuilder zip = MinimalDocx();
  zip.entries()[2].declared_crc = 1;
  std::string bytes = zip.Build();
  Result<ZipPackage> package = ZipPackage::Open(bytes);
  ASSERT_TRUE(package.ok());
  Result<std::string> xml = package->ReadPart("/word/document.xml");
  ASSERT_FALSE(xml.ok());
  EXPECT_EQ(xml.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(xml.error().where, "/word/document.xml");
}

TEST(ZipPackageTest, PerPartAndTotalLimitsComeFromReadLimits) {
  ZipBuilder zip = MinimalDocx("<w:document>" + std::string(300000, 'x') + "</w:document>");
  std::string bytes = zip.Build();
  ReadLimits limits;
  limits.max_part_bytes = 200000;
  Result<ZipPackage> package = ZipPackage::Open(bytes, limits);
  ASSERT_TRUE(package.ok());
  EXPECT_TRUE(package->ReadPart("/_rels/.rels").ok());
  Result<std::string> big = package->ReadPart("/word/document.xml");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::kLimitExceeded);

  limits = ReadLimits{};
  limits.max_zip_entries = 2;
  Result<ZipPackage> too_many = ZipPackage::Open(bytes, limits);
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.error().code, ErrorCode::kLimitExceeded);
}

std::string DeepXml(int depth) {
  std::string xml =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";
  xml.reserve(depth * 8 + 100);
  for (int i = 0; i < depth; ++i) xml += "<w:p>";
  for (int i = 0; i < depth; ++i) xml += "</w:p>";
  return xml + "</w:document>";
}

TEST(ZipPackageTest, A200000DeepPartIsRefusedQuickly) {
  ZipBuilder zip = MinimalDocx(DeepXml(200000));
  std::string bytes = zip.Build();
  // So repetitive a part also trips the package ratio limit (2.2 MB from a
  // few KB); turn that off to see the depth guard itself.
  ReadLimits limits;
  limits.max_total_ratio = 0;
  Result<ZipPackage> package = ZipPackage::Open(bytes, limits);
  ASSERT_TRUE(package.ok());
  auto start = std::chrono::steady_clock::now();
  Result<std::string> xml = package->ReadPart("/word/document.xml");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(xml.ok());
  EXPECT_EQ(xml.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(xml.error().where, "/word/document.xml");
  EXPECT_EQ(xml.error().what.en, "The XML nests deeper than 256 levels");
  EXPECT_LT(elapsed, std::chrono::milliseconds(500));
}

TEST(ZipPackageTest, DoctypeWithExternalEntityIsRefused) {
  ZipBuilder zip = MinimalDocx(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "
      "\"file:///etc/passwd\">]>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>");
  std::string bytes = zip.Build();
  Result<ZipPackage> package = ZipPackage::Open(bytes);
  ASSERT_TRUE(package.ok());
  Result<std::string> xml = package->ReadPart("/word/document.xml");
  ASSERT_FALSE(xml.ok());
  EXPECT_EQ(xml.error().code, ErrorCode::kCorrupt);
  EXPECT_NE(xml.error().what.en.find("DOCTYPE"), std::string::npos);
  // Binary parts are not XML and are not scanned.
  ZipBuilder media;
  media.Add("word/media/a.bin", std::string("\x89PNG<!DOCTYPE", 13), 0);
  std::string media_bytes = media.Build();
  Result<ZipPackage> with_media = ZipPackage::Open(media_bytes);
  ASSERT_TRUE(with_media.ok());
  EXPECT_TRUE(with_media->ReadPart("/word/media/a.bin").ok());
}

// Every DOCX of the shared corpus (Word, LibreOffice, WPS, pandoc-made):
// opens, finds its main part, and every part reads with a correct CRC.
TEST(ZipPackageTest, EveryCorpusDocxReadsCompletely) {
  namespace fs = std::filesystem;
  fs::path shared(TONGHOP_SHARED_DIR);
  if (!fs::exists(shared / "corpus")) GTEST_SKIP() << "no shared corpus";
  int files = 0;
  for (const char* dir : {"corpus/synthetic/docs", "corpus/real"}) {
    if (!fs::exists(shared / dir)) continue;
    for (const fs::directory_entry& f : fs::directory_iterator(shared / dir)) {
      if (f.path().extension() != ".docx") continue;
      std::ifstream in(f.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      std::string bytes = buffer.str();
      Result<ZipPackage> package = ZipPackage::Open(bytes);
      ASSERT_TRUE(package.ok()) << f.path() << ": " << package.error().Describe(Lang::kEn);
      Result<std::string> main = FindMainDocumentPart(*package);
      ASSERT_TRUE(main.ok()) << f.path();
      for (const std::string& part : package->PartNames()) {
        Result<std::string> data = package->ReadPart(part);
        ASSERT_TRUE(data.ok()) << f.path() << " " << part << ": "
                               << data.error().Describe(Lang::kEn);
      }
      ++files;
    }
  }
  EXPECT_GT(files, 20);
}

}  // namespace
}  // namespace tonghop::read
