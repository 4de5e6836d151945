// The piecewise ZIP file reader must see exactly what read::ZipArchive sees
// in the same bytes: a differential test over real-world and hostile shapes.
#include "pipeline/zip_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "pipeline/archive.h"
#include "pipeline_test_util.h"
#include "read/zip_builder.h"

namespace tonghop::pipeline::testing {
namespace {

using tonghop::testing::ZipBuilder;

std::string Describe(const Result<std::string>& r) {
  return r.ok() ? "bytes:" + std::to_string(r->size()) + ":" + std::to_string(std::hash<std::string>{}(*r))
                : std::string("error:") + ErrorCodeName(r.error().code);
}

// Opens `bytes` both ways and compares every entry and every read.
void ExpectSameAsZipArchive(const std::string& bytes, const std::string& label) {
  SCOPED_TRACE(label);
  TempDir dir;
  WriteFile(dir.path() / "a.zip", bytes);
  read::ZipLimits limits = DefaultArchiveLimits().zip;
  Result<read::ZipArchive> memory = read::ZipArchive::Open(bytes, limits);
  Result<ZipFileReader> file = ZipFileReader::Open(dir.File("a.zip"), limits);
  ASSERT_EQ(memory.ok(), file.ok()) << (memory.ok() ? file.error().Describe(Lang::kEn)
                                                    : memory.error().Describe(Lang::kEn));
  if (!memory.ok()) {
    EXPECT_EQ(memory.error().code, file.error().code);
    return;
  }
  ASSERT_EQ(memory->entries().size(), file->entries().size());
  for (std::size_t i = 0; i < memory->entries().size(); ++i) {
    const read::ZipEntry& m = memory->entries()[i];
    const read::ZipEntry& f = file->entries()[i];
    EXPECT_EQ(m.raw_name, f.raw_name);
    EXPECT_EQ(m.name, f.name);
    EXPECT_EQ(m.name_encoding, f.name_encoding);
    EXPECT_EQ(m.flags, f.flags);
    EXPECT_EQ(m.method, f.method);
    EXPECT_EQ(m.dos_date, f.dos_date);
    EXPECT_EQ(m.dos_time, f.dos_time);
    EXPECT_EQ(m.crc32, f.crc32);
    EXPECT_EQ(m.compressed_size, f.compressed_size);
    EXPECT_EQ(m.uncompressed_size, f.uncompressed_size);
    EXPECT_EQ(m.local_header_offset, f.local_header_offset);
    EXPECT_EQ(m.data_offset, f.data_offset);
    EXPECT_EQ(m.encrypted, f.encrypted);
    EXPECT_EQ(m.is_directory, f.is_directory);
    EXPECT_EQ(m.is_symlink, f.is_symlink);
    EXPECT_EQ(m.zip64, f.zip64);
    EXPECT_EQ(Describe(memory->Read(m)), Describe(file->Read(f))) << m.name;
  }
}

TEST(ZipFileReaderTest, SeesWhatZipArchiveSees) {
  {
    ZipBuilder z = tonghop::testing::MinimalDocx();
    ExpectSameAsZipArchive(z.Build(), "minimal docx");
  }
  {
    ZipBuilder z;
    z.Add("a.docx", DocxWith("a")).data_descriptor = true;  // LibreOffice writes every entry so
    z.Add("b.xml", "<x/>", 0).data_descriptor = true;
    z.Add("K\xEA\xEC hoa\xF2" "ch.docx", DocxWith("cp1258"));
    z.Add("Báo cáo.docx", DocxWith("utf8")).flags = 0x0800;
    z.Add("thư mục/", "", 0);
    z.comment = "archive comment";
    ExpectSameAsZipArchive(z.Build(), "descriptors, names, comment");
  }
  {
    ZipBuilder z;
    z.Add("big.docx", DocxWith("zip64")).zip64 = true;
    z.Add("d.docx", DocxWith("zip64 + descriptor")).zip64 = true;
    z.entries()[1].data_descriptor = true;
    z.zip64_end = true;
    ExpectSameAsZipArchive(z.Build(), "zip64");
  }
  {
    ZipBuilder z;
    z.prefix = std::string(5000, 'S');  // a self-extractor stub
    z.Add("a.docx", DocxWith("sfx"));
    ExpectSameAsZipArchive(z.Build(), "prefix");
  }
  {
    ZipBuilder z;
    z.Add("secret.docx", DocxWith("x")).flags = 0x0001;
    z.Add("bzip2.docx", "BZh", 12);
    z.Add("crc.docx", DocxWith("crc")).declared_crc = 1234;
    z.Add("liar.docx", std::string(100000, 'A')).declared_uncompressed = 100;
    z.Add("bomb.docx", std::string(16u << 20, '\0'));
    ExpectSameAsZipArchive(z.Build(), "bad entries");
  }
  {
    ZipBuilder z;
    z.Add("a.docx", DocxWith("a"));
    ZipBuilder::Entry& twin = z.Add("b.docx", DocxWith("a"));
    twin.central_only = true;
    twin.same_offset_as = 0;
    ExpectSameAsZipArchive(z.Build(), "overlap");
  }
  {
    ZipBuilder z;
    z.Add("a.docx", DocxWith("a")).local_name = "other.docx";
    ExpectSameAsZipArchive(z.Build(), "local name differs");
  }
  {
    ZipBuilder z;
    z.Add("a.docx", DocxWith("a")).local_method = 0;
    ExpectSameAsZipArchive(z.Build(), "local method differs");
  }
  {
    std::string whole = tonghop::testing::MinimalDocx().Build();
    ExpectSameAsZipArchive(whole.substr(0, whole.size() - 10), "truncated");
    ExpectSameAsZipArchive("%PDF-1.4 not a zip", "not a zip");
    ExpectSameAsZipArchive("", "empty");
  }
}

TEST(ZipFileReaderTest, MissingFileIsAnIoError) {
  Result<ZipFileReader> r = ZipFileReader::Open("/nonexistent/a.zip", DefaultArchiveLimits().zip);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kIo);
  EXPECT_EQ(r.error().where, "/nonexistent/a.zip");
}

TEST(ZipFileReaderTest, FileCutShortAfterOpeningIsCorruptNotACrash) {
  TempDir dir;
  ZipBuilder z;
  z.Add("a.docx", DocxWith("a"));
  z.Add("b.docx", DocxWith("b"));
  WriteFile(dir.path() / "a.zip", z.Build());
  Result<ZipFileReader> r = ZipFileReader::Open(dir.File("a.zip"), DefaultArchiveLimits().zip);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(::truncate(dir.File("a.zip").c_str(), 40), 0);
  Result<std::string> b = r->Read(r->entries()[1]);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ErrorCode::kCorrupt);
}

TEST(ZipFileReaderTest, TheBudgetCoversTheWholeArchive) {
  TempDir dir;
  ZipBuilder z;
  for (int i = 0; i < 4; ++i) z.Add(std::to_string(i) + ".txt", std::string(400000, 'x'));
  WriteFile(dir.path() / "a.zip", z.Build());
  read::ZipLimits limits = DefaultArchiveLimits().zip;
  limits.max_total_bytes = 1000000;
  limits.max_total_ratio = 0;
  Result<ZipFileReader> r = ZipFileReader::Open(dir.File("a.zip"), limits);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->Read(r->entries()[0]).ok());
  EXPECT_TRUE(r->Read(r->entries()[1]).ok());
  Result<std::string> third = r->Read(r->entries()[2]);
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code, ErrorCode::kLimitExceeded);
}

TEST(ZipFileReaderTest, WalkingTheFileGivesWhatWalkingTheBytesGives) {
  ZipBuilder inner;
  inner.Add("x.docx", DocxWith("trong"));
  ZipBuilder z;
  z.Add("a.docx", DocxWith("a"));
  z.Add("../b.docx", DocxWith("b"));
  z.Add("in.zip", inner.Build(), 0);
  z.Add("bomb.docx", std::string(16u << 20, '\0'));
  std::string bytes = z.Build();
  TempDir dir;
  WriteFile(dir.path() / "a.zip", bytes);
  struct Paths final : ArchiveVisitor {
    void Document(ArchiveDocument&& d) override { out.push_back(d.path + " " + std::to_string(d.bytes.size())); }
    void Refused(Error e) override { out.push_back(e.where + " " + ErrorCodeName(e.code)); }
    std::vector<std::string> out;
  } memory, file;
  ASSERT_TRUE(WalkArchive(bytes, "nop.zip", DefaultArchiveLimits(), memory).ok());
  ASSERT_TRUE(WalkArchiveFile(dir.File("a.zip"), "nop.zip", DefaultArchiveLimits(), file).ok());
  EXPECT_EQ(memory.out, file.out);
  EXPECT_EQ(file.out.size(), 4u);
  Status bad = WalkArchiveFile(dir.File("missing.zip"), "missing.zip", DefaultArchiveLimits(), file);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "missing.zip");
}

}  // namespace
}  // namespace tonghop::pipeline::testing
