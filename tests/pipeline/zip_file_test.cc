// A ZIP archive read from its file (FileByteSource under read::ZipArchive)
// must see exactly what the same bytes in memory show. The reader's own
// checks over any source are tested in tests/read/zip_test.cc
// (ZipSourceTest); here, the file: real reads, a missing file, a file cut
// short after opening, and the batch walk.
#include "pipeline/zip_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pipeline/archive.h"
#include "pipeline_test_util.h"
#include "read/zip_builder.h"
#include "read/zip_shapes.h"

namespace tonghop::pipeline::testing {
namespace {

using tonghop::testing::ZipBuilder;

TEST(ZipFileTest, SeesWhatZipArchiveSees) {
  TempDir dir;
  read::ZipLimits limits = DefaultArchiveLimits().zip;
  for (const tonghop::testing::ZipShape& shape : tonghop::testing::ZipShapes()) {
    SCOPED_TRACE(shape.label);
    WriteFile(dir.path() / "a.zip", shape.bytes);
    Result<read::ZipArchive> memory = read::ZipArchive::Open(shape.bytes, limits);
    Result<read::ZipArchive> file = OpenZipFile(dir.File("a.zip"), limits);
    tonghop::testing::ExpectSameArchive(memory, file);
    if (!memory.ok() && !file.ok()) {
      // Errors of the archive itself name the file.
      const std::string& inside = memory.error().where;
      EXPECT_EQ(file.error().where,
                inside.empty() ? dir.File("a.zip") : dir.File("a.zip") + ": " + inside);
    }
  }
}

TEST(ZipFileTest, MissingFileIsAnIoError) {
  Result<read::ZipArchive> r = OpenZipFile("/nonexistent/a.zip", DefaultArchiveLimits().zip);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kIo);
  EXPECT_EQ(r.error().where, "/nonexistent/a.zip");
}

TEST(ZipFileTest, OnlyRegularFilesAreOpened) {
  TempDir dir;
  Result<read::ZipArchive> folder = OpenZipFile(dir.path().string(), DefaultArchiveLimits().zip);
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().code, ErrorCode::kIo);
  EXPECT_EQ(folder.error().where, dir.path().string());
  ASSERT_EQ(::mkfifo(dir.File("pipe.zip").c_str(), 0600), 0);
  Result<read::ZipArchive> fifo =
      OpenZipFile(dir.File("pipe.zip"), DefaultArchiveLimits().zip);  // no hang
  ASSERT_FALSE(fifo.ok());
  EXPECT_EQ(fifo.error().code, ErrorCode::kIo);
}

TEST(ZipFileTest, ReadsOutsideTheFileAreCorrupt) {
  TempDir dir;
  WriteFile(dir.path() / "f", "0123456789");
  Result<std::unique_ptr<FileByteSource>> source = FileByteSource::Open(dir.File("f"));
  ASSERT_TRUE(source.ok());
  EXPECT_EQ((*source)->size(), 10u);
  std::string scratch;
  Result<std::string_view> middle = (*source)->ReadAt(3, 4, scratch);
  ASSERT_TRUE(middle.ok());
  EXPECT_EQ(*middle, "3456");
  Result<std::string_view> past = (*source)->ReadAt(8, 3, scratch);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().code, ErrorCode::kCorrupt);
}

TEST(ZipFileTest, FileCutShortAfterOpeningIsCorruptNotACrash) {
  TempDir dir;
  ZipBuilder z;
  z.Add("a.docx", DocxWith("a"));
  z.Add("b.docx", DocxWith("b"));
  WriteFile(dir.path() / "a.zip", z.Build());
  Result<read::ZipArchive> r = OpenZipFile(dir.File("a.zip"), DefaultArchiveLimits().zip);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(::truncate(dir.File("a.zip").c_str(), 40), 0);
  Result<std::string> b = r->Read(r->entries()[1]);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ErrorCode::kCorrupt);
}

TEST(ZipFileTest, WalkingTheFileGivesWhatWalkingTheBytesGives) {
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
    void Document(ArchiveDocument&& d) override {
      out.push_back(d.path + " " + std::to_string(d.bytes.size()));
    }
    void Refused(Error e) override { out.push_back(e.where + " " + ErrorCodeName(e.code)); }
    std::vector<std::string> out;
  } memory, file;
  ASSERT_TRUE(WalkArchive(bytes, "nop.zip", DefaultArchiveLimits(), memory).ok());
  ASSERT_TRUE(WalkArchiveFile(dir.File("a.zip"), "nop.zip", DefaultArchiveLimits(), file).ok());
  EXPECT_EQ(memory.out, file.out);
  EXPECT_EQ(file.out.size(), 4u);
  Status bad =
      WalkArchiveFile(dir.File("missing.zip"), "missing.zip", DefaultArchiveLimits(), file);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "missing.zip");
}

}  // namespace
}  // namespace tonghop::pipeline::testing
