// Sniffing and dispatch (read/reader.h): the format from the bytes alone, and
// a refusal that names what the file is.
#include "read/reader.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "read/deadline.h"
#include "read/sniff.h"
#include "read/zip_builder.h"

namespace tonghop::read {
namespace {

using testing::MinimalDocx;
using testing::ZipBuilder;

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A minimal OLE compound file (512-byte sectors): header, one FAT sector, one
// directory sector with the given stream names, and a first stream sector.
std::string CompoundFile(const std::vector<std::string>& streams, std::uint16_t fib_flags = 0) {
  std::string f(512 * 4, '\0');
  auto put16 = [&f](std::size_t at, std::uint32_t v) {
    f[at] = static_cast<char>(v & 0xFF);
    f[at + 1] = static_cast<char>(v >> 8);
  };
  auto put32 = [&](std::size_t at, std::uint32_t v) {
    put16(at, v & 0xFFFF);
    put16(at + 2, v >> 16);
  };
  std::memcpy(f.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put16(0x18, 0x3E);
  put16(0x1A, 3);
  put16(0x1C, 0xFFFE);
  put16(0x1E, 9);  // 512-byte sectors
  put16(0x20, 6);
  put32(0x2C, 1);  // one FAT sector
  put32(0x30, 1);  // directory at sector 1
  put32(0x38, 4096);
  put32(0x3C, 0xFFFFFFFE);
  put32(0x44, 0xFFFFFFFE);
  for (int i = 0; i < 109; ++i) put32(0x4C + 4 * i, 0xFFFFFFFF);
  put32(0x4C, 0);  // FAT at sector 0
  // FAT (sector 0, file offset 512): sector 0 = FAT, 1 = end of directory chain, 2 = stream.
  for (int i = 0; i < 128; ++i) put32(512 + 4 * i, 0xFFFFFFFF);
  put32(512 + 0, 0xFFFFFFFD);
  put32(512 + 4, 0xFFFFFFFE);
  put32(512 + 8, 0xFFFFFFFE);
  // Directory (sector 1, offset 1024): root entry then the streams.
  auto entry = [&](int index, const std::string& name, int type, std::uint32_t start,
                   std::uint32_t size) {
    std::size_t e = 1024 + 128 * index;
    for (std::size_t i = 0; i < name.size(); ++i)
      put16(e + 2 * i, static_cast<unsigned char>(name[i]));
    put16(e + 0x40, static_cast<std::uint32_t>((name.size() + 1) * 2));
    f[e + 0x42] = static_cast<char>(type);
    put32(e + 0x74, start);
    put32(e + 0x78, size);
  };
  entry(0, "Root Entry", 5, 0xFFFFFFFE, 0);
  for (std::size_t i = 0; i < streams.size() && i < 3; ++i)
    entry(static_cast<int>(i + 1), streams[i], 2, 2, 8192);
  // Stream sector 2 (offset 1536): a FIB.
  put16(1536, 0xA5EC);
  put16(1536 + 0x0A, fib_flags);
  return f;
}

struct Case {
  const char* what;
  std::string bytes;
  const char* vi_fragment;
  ErrorCode code = ErrorCode::kUnsupportedFormat;
};

TEST(SniffTest, RefusedFormatsAreNamed) {
  std::vector<Case> cases = {
      {"doc", CompoundFile({"WordDocument", "1Table", "\x05SummaryInformation"}),
       "Word 97-2003 (.doc)"},
      {"encrypted doc", CompoundFile({"WordDocument", "1Table"}, 0x0100), "(.doc) có mật khẩu",
       ErrorCode::kEncrypted},
      {"encrypted docx", CompoundFile({"EncryptionInfo", "EncryptedPackage"}),
       "Văn bản Office có mật khẩu (đã mã hoá)", ErrorCode::kEncrypted},
      {"xls", CompoundFile({"Workbook"}), "Excel 97-2003 (.xls)"},
      {"ppt", CompoundFile({"PowerPoint Document"}), "PowerPoint 97-2003 (.ppt)"},
      {"pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "Tệp PDF"},
      {"png", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR", "Ảnh PNG"},
      {"jpeg", "\xFF\xD8\xFF\xE0\0\x10JFIF", "Ảnh JPEG"},
      {"gif", "GIF89a\x01\0\x01\0", "Ảnh GIF"},
      {"tiff", std::string("II*\0\x08\0\0\0", 8), "Ảnh TIFF"},
      {"bmp", std::string("BM\x36\x10\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0\x10\0\0\0\x10\0\0\0", 26),
       "Ảnh BMP"},
      {"rtf", "{\\rtf1\\ansi\\deff0 {\\fonttbl}", "Văn bản RTF (.rtf)"},
      {"html", "<!DOCTYPE html>\n<html lang=\"vi\"><head><title>Báo cáo</title></head></html>",
       "Trang web HTML"},
      {"word html", "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body/></html>",
       "(lưu từ Word)"},
      {"text", "BÁO CÁO\nSơ kết phong trào thi đua\n", "Văn bản thuần (.txt)"},
      {"empty", "", "Tệp rỗng"},
      {"fodt",
       "<?xml version=\"1.0\"?>\n<office:document "
       "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
       "office:1.0\" office:mimetype=\"application/vnd.oasis.opendocument.text\"/>",
       "OpenDocument dạng XML (.fodt)"},
      {"document.xml alone",
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
       "phần document.xml tách ra"},
      {"other xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"/>", "phần tử gốc <rss>"},
      {"rar", "Rar!\x1A\x07\x01\0", "Tệp nén RAR"},
      {"binary", std::string("\x00\x01\x02\x03garbage\x00\xFF", 13), "Không nhận ra loại tệp"},
  };
  for (const Case& c : cases) {
    SniffResult s = SniffFormat(c.bytes);
    EXPECT_EQ(s.kind, Sniffed::kUnsupported) << c.what;
    EXPECT_EQ(s.code, c.code) << c.what;
    EXPECT_NE(s.description.vi.find(c.vi_fragment), std::string::npos)
        << c.what << ": " << s.description.vi;
    EXPECT_FALSE(s.description.en.empty()) << c.what;
    Result<model::Document> doc = ReadDocument(c.bytes);
    ASSERT_FALSE(doc.ok()) << c.what;
    EXPECT_EQ(doc.error().code, c.code) << c.what;
    EXPECT_EQ(doc.error().what.vi, s.description.vi) << c.what;
  }
}

TEST(SniffTest, ZipPackagesByTheirContent) {
  auto sniff_zip = [](ZipBuilder zip) {
    std::string bytes = zip.Build();
    return SniffFormat(bytes);
  };
  EXPECT_EQ(sniff_zip(MinimalDocx()).kind, Sniffed::kDocx);

  ZipBuilder odt;
  odt.Add("mimetype", "application/vnd.oasis.opendocument.text", 0);
  odt.Add("content.xml", "<office:document-content/>");
  SniffResult s = sniff_zip(odt);
  EXPECT_EQ(s.kind, Sniffed::kUnsupported);
  EXPECT_NE(s.description.vi.find("Tài liệu OpenDocument (.odt)"), std::string::npos)
      << s.description.vi;

  ZipBuilder xlsx = MinimalDocx();
  xlsx.entries()[0].data =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
  xlsx.entries()[1].data =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  xlsx.entries()[2].name = "xl/workbook.xml";
  s = sniff_zip(xlsx);
  EXPECT_NE(s.description.vi.find("Bảng tính Excel (.xlsx)"), std::string::npos)
      << s.description.vi;

  ZipBuilder pptx = xlsx;
  pptx.entries()[0].data = "<Types/>";  // no content type: the folder decides
  pptx.entries()[1].data.replace(pptx.entries()[1].data.find("xl/workbook.xml"), 15,
                                 "ppt/presentation.xml");
  pptx.entries()[2].name = "ppt/presentation.xml";
  s = sniff_zip(pptx);
  EXPECT_NE(s.description.vi.find("PowerPoint (.pptx)"), std::string::npos) << s.description.vi;

  ZipBuilder archive;
  archive.Add("Báo cáo Tam Đường.docx", "PK...", 0).flags = 0x0800;
  archive.Add("Báo cáo Sìn Hồ.docx", "PK...", 0).flags = 0x0800;
  s = sniff_zip(archive);
  EXPECT_EQ(
      s.description.vi,
      "Tệp nén ZIP (2 tệp bên trong), không phải văn bản Word — dùng lệnh `tonghop batch` để đọc "
      "các văn bản trong tệp nén");
  EXPECT_TRUE(s.zip_of_files);
  EXPECT_FALSE(sniff_zip(pptx).zip_of_files);

  // A ZIP that cannot be opened safely reports why, with the ZIP error's code.
  ZipBuilder dup = MinimalDocx();
  dup.Add("word/document.xml", "<x/>");
  s = sniff_zip(dup);
  EXPECT_EQ(s.kind, Sniffed::kUnsupported);
  EXPECT_EQ(s.code, ErrorCode::kCorrupt);
  EXPECT_NE(s.description.en.find("two parts with the same name"), std::string::npos);
  EXPECT_FALSE(s.zip_of_files);
}

TEST(SniffTest, XmlFormatsByRootElementAfterAnyProlog) {
  std::string flat =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<?mso-application progid=\"Word.Document\"?>\n<!-- saved by Word -->\n"
      "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"/>";
  EXPECT_EQ(SniffFormat(flat).kind, Sniffed::kFlatOpc);
  std::string word2003 =
      "<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?>"
      "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\" "
      "xmlns:wx=\"http://schemas.microsoft.com/office/word/2003/auxHint\"/>";
  EXPECT_EQ(SniffFormat(word2003).kind, Sniffed::kWord2003);
  EXPECT_EQ(SniffFormat("<report xmlns=\"urn:tonghop:report:1\"/>").kind, Sniffed::kReportXml);
  // UTF-16 with a BOM, as some tools save XML.
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string(
           "<?xml version=\"1.0\" encoding=\"UTF-16\"?><report xmlns=\"urn:tonghop:report:1\"/>")) {
    utf16 += c;
    utf16 += '\0';
  }
  EXPECT_EQ(SniffFormat(utf16).kind, Sniffed::kReportXml);
}

TEST(SniffTest, DocxWithHostileContentTypesIsRefusedAtSniff) {
  ZipBuilder zip = MinimalDocx();
  zip.entries()[0].data =
      "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x SYSTEM "
      "\"http://evil.example/x\">]><Types/>";
  std::string bytes = zip.Build();
  Result<model::Document> doc = ReadDocument(bytes);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(doc.error().where, "/[Content_Types].xml");
}

TEST(SniffTest, InputSizeLimit) {
  ReadOptions options;
  options.limits.max_input_bytes = 10;
  Result<model::Document> doc = ReadDocument("0123456789AB", options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kLimitExceeded);
}

TEST(SniffTest, SharedCorpusFormats) {
  namespace fs = std::filesystem;
  fs::path corpus = fs::path(TONGHOP_SHARED_DIR) / "corpus";
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus";
  int checked = 0;
  for (const char* dir : {"synthetic/docs", "real"}) {
    if (!fs::exists(corpus / dir)) continue;
    for (const fs::directory_entry& f : fs::directory_iterator(corpus / dir)) {
      std::string ext = f.path().extension().string();
      if (ext != ".docx" && ext != ".doc" && ext != ".xml") continue;
      SniffResult s = SniffFormat(Slurp(f.path()));
      if (ext == ".docx") {
        EXPECT_EQ(s.kind, Sniffed::kDocx) << f.path() << ": " << s.description.en;
      } else if (ext == ".doc") {
        EXPECT_EQ(s.kind, Sniffed::kUnsupported) << f.path();
        EXPECT_NE(s.description.vi.find("(.doc)"), std::string::npos)
            << f.path() << ": " << s.description.vi;
      } else {
        EXPECT_TRUE(s.kind == Sniffed::kFlatOpc || s.kind == Sniffed::kWord2003) << f.path();
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 40);
}

}  // namespace
}  // namespace tonghop::read

namespace tonghop::read {
namespace {

TEST(DeadlineTest, ExpiresAndNamesTheBudget) {
  Deadline deadline(std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  EXPECT_TRUE(deadline.Expired());
  Status st = deadline.Check("/word/document.xml");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(st.error().where, "/word/document.xml");
  EXPECT_EQ(st.error().what.en, "Reading took longer than 0.001 s (time limit)");
  EXPECT_EQ(Deadline(std::chrono::milliseconds(5000)).Check().ok(), true);
  EXPECT_FALSE(Deadline::Never().Expired());
}

}  // namespace
}  // namespace tonghop::read
