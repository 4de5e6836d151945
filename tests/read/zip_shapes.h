// Archives of every shape on which read::ZipArchive must give the same
// answer whatever its byte source (read/byte_source.h): real-world layouts
// (data descriptors, legacy and UTF-8 names, ZIP64, self-extractor prefixes,
// long comments) and hostile ones (encryption, unsupported methods, lying
// headers, bombs, overlap, local headers that disagree, truncation, not a
// ZIP at all). Used by the reader's source tests (tests/read/zip_test.cc)
// and the file source's (tests/pipeline/zip_file_test.cc).
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "read/zip.h"
#include "read/zip_builder.h"

namespace tonghop::testing {

struct ZipShape {
  std::string label;
  std::string bytes;
};

// A small valid DOCX whose text is `text` (distinct text, distinct bytes).
inline std::string DocxSaying(const std::string& text) {
  return MinimalDocx(
             "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
             "<w:body><w:p><w:r><w:t>" +
             text + "</w:t></w:r></w:p></w:body></w:document>")
      .Build();
}

// `size` bytes that do not compress (deflated, still about `size` bytes).
inline std::string Noise(std::size_t size, std::uint32_t seed) {
  std::string noise;
  noise.reserve(size);
  for (std::uint32_t x = seed; noise.size() < size;) {
    x = x * 1103515245u + 12345u;
    noise += static_cast<char>(x >> 16);
  }
  return noise;
}

inline std::vector<ZipShape> ZipShapes() {
  std::vector<ZipShape> shapes;
  shapes.push_back({"minimal docx", MinimalDocx().Build()});
  {
    ZipBuilder z;
    z.Add("a.docx", DocxSaying("a")).data_descriptor = true;  // LibreOffice writes every entry so
    z.Add("b.xml", "<x/>", 0).data_descriptor = true;
    z.Add(
        "K\xEA\xEC hoa\xF2"
        "ch.docx",
        DocxSaying("cp1258"));
    z.Add("Báo cáo.docx", DocxSaying("utf8")).flags = 0x0800;
    z.Add("thư mục/", "", 0);
    z.comment = "archive comment";
    shapes.push_back({"descriptors, names, comment", z.Build()});
  }
  {
    ZipBuilder z;
    z.Add("big.docx", DocxSaying("zip64")).zip64 = true;
    z.Add("d.docx", DocxSaying("zip64 + descriptor")).zip64 = true;
    z.entries()[1].data_descriptor = true;
    z.zip64_end = true;
    shapes.push_back({"zip64", z.Build()});
    z.prefix = std::string(3000, 'S');  // the ZIP64 record is then found before its locator
    shapes.push_back({"zip64 with prefix", z.Build()});
  }
  {
    ZipBuilder z;
    z.prefix = std::string(5000, 'S');  // a self-extractor stub
    z.Add("a.docx", DocxSaying("sfx"));
    shapes.push_back({"prefix", z.Build()});
    z.comment = std::string(65535, 'c');  // the end record as far from the end as it may be
    shapes.push_back({"prefix and longest comment", z.Build()});
  }
  {
    ZipBuilder z;
    z.Add("secret.docx", DocxSaying("x")).flags = 0x0001;
    z.Add("bzip2.docx", "BZh", 12);
    z.Add("crc.docx", DocxSaying("crc")).declared_crc = 1234;
    z.Add("liar.docx", std::string(100000, 'A')).declared_uncompressed = 100;
    z.Add("short.docx", "short").declared_uncompressed = 5000;
    z.Add("bomb.docx", std::string(16u << 20, '\0'));
    shapes.push_back({"bad entries", z.Build()});
  }
  {
    ZipBuilder z;
    z.Add("stored.txt", std::string(600000, 's'), 0);
    z.Add("noise.bin", Noise(600000, 1));  // deflated data larger than one read too
    shapes.push_back({"entries larger than one read", z.Build()});
  }
  {
    ZipBuilder z;
    z.Add("a.docx", DocxSaying("a"));
    ZipBuilder::Entry& twin = z.Add("b.docx", DocxSaying("a"));
    twin.central_only = true;
    twin.same_offset_as = 0;
    shapes.push_back({"overlap", z.Build()});
  }
  shapes.push_back({"Fifield bomb", FifieldBomb(10, 1 << 16)});
  {
    ZipBuilder z;
    z.Add("a.docx", DocxSaying("a")).local_name = "other.docx";
    shapes.push_back({"local name differs", z.Build()});
  }
  {
    ZipBuilder z;
    z.Add("a.docx", DocxSaying("a")).local_method = 0;
    shapes.push_back({"local method differs", z.Build()});
  }
  {
    ZipBuilder z;
    z.Add("a", "x");
    z.declared_count = 5000;
    shapes.push_back({"more entries declared than the directory holds", z.Build()});
  }
  std::string whole = MinimalDocx().Build();
  shapes.push_back({"truncated", whole.substr(0, whole.size() - 10)});
  shapes.push_back({"cut in the middle", whole.substr(0, whole.size() / 2)});
  shapes.push_back({"not a zip", "%PDF-1.4 not a zip"});
  shapes.push_back({"empty", ""});
  return shapes;
}

// What a read gave, in a form to compare: size and hash of the bytes, or
// the error.
inline std::string DescribeRead(const Result<std::string>& r) {
  return r.ok() ? "bytes:" + std::to_string(r->size()) + ":" +
                      std::to_string(std::hash<std::string>{}(*r))
                : "error:" + r.error().Describe(Lang::kEn);
}

// Expects `other` (the same bytes behind another source) to open, list and
// read exactly as `memory` does.
inline void ExpectSameArchive(Result<read::ZipArchive>& memory, Result<read::ZipArchive>& other) {
  ASSERT_EQ(memory.ok(), other.ok())
      << (memory.ok() ? other.error().Describe(Lang::kEn) : memory.error().Describe(Lang::kEn));
  if (!memory.ok()) {
    EXPECT_EQ(memory.error().code, other.error().code);
    EXPECT_EQ(memory.error().what.en, other.error().what.en);
    return;
  }
  EXPECT_EQ(memory->comment(), other->comment());
  EXPECT_EQ(memory->size(), other->size());
  EXPECT_EQ(memory->inflate_budget(), other->inflate_budget());
  ASSERT_EQ(memory->entries().size(), other->entries().size());
  for (std::size_t i = 0; i < memory->entries().size(); ++i) {
    const read::ZipEntry& m = memory->entries()[i];
    const read::ZipEntry& f = other->entries()[i];
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
    EXPECT_EQ(DescribeRead(memory->Read(m)), DescribeRead(other->Read(f))) << m.name;
  }
  EXPECT_EQ(memory->inflated_total(), other->inflated_total());
}

}  // namespace tonghop::testing
