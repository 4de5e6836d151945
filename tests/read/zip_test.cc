#include "read/zip.h"

#include <gtest/gtest.h>

#include <memory>

#include "read/zip_builder.h"
#include "read/zip_shapes.h"

namespace tonghop::read {
namespace {

using testing::Crc32;
using testing::Put16;
using testing::Put32;
using testing::RawDeflate;
using testing::ZipBuilder;

ZipLimits NoTotalRatio() {
  ZipLimits limits;
  limits.max_total_ratio = 0;
  return limits;
}

std::string ReadOk(ZipArchive& archive, std::string_view name) {
  const ZipEntry* entry = archive.Find(name);
  EXPECT_NE(entry, nullptr) << name;
  if (entry == nullptr) return {};
  Result<std::string> data = archive.Read(*entry);
  EXPECT_TRUE(data.ok()) << name << ": " << (data.ok() ? "" : data.error().Describe(Lang::kEn));
  return data.ok() ? *data : std::string();
}

TEST(ZipTest, ReadsStoredAndDeflatedEntriesInAnyOrder) {
  ZipBuilder zip;
  zip.Add("word/document.xml", "<w:document>xin chào</w:document>", 8);
  zip.Add("[Content_Types].xml", "<Types/>", 0);
  zip.Add("empty.txt", "", 8);
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok()) << archive.error().Describe(Lang::kEn);
  ASSERT_EQ(archive->entries().size(), 3u);
  EXPECT_EQ(archive->entries()[0].name, "word/document.xml");
  EXPECT_EQ(ReadOk(*archive, "[Content_Types].xml"), "<Types/>");
  EXPECT_EQ(ReadOk(*archive, "word/document.xml"), "<w:document>xin chào</w:document>");
  EXPECT_EQ(ReadOk(*archive, "empty.txt"), "");
  EXPECT_EQ(archive->inflated_total(),
            8u + std::string("<w:document>xin chào</w:document>").size());
}

TEST(ZipTest, DataDescriptorEntriesAreReadThroughTheCentralDirectory) {
  // LibreOffice writes every entry like this: flags 0x0808, zeros in the
  // local header, sizes and CRC after the data.
  ZipBuilder zip;
  for (const char* name : {"mimetype-like", "word/styles.xml", "word/document.xml"}) {
    ZipBuilder::Entry& e = zip.Add(name, std::string(5000, 'x') + name);
    e.data_descriptor = true;
    e.flags = 0x0800;
  }
  std::string bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(bytes);
  ASSERT_TRUE(archive.ok()) << archive.error().Describe(Lang::kEn);
  EXPECT_TRUE(archive->entries()[1].has_data_descriptor());
  EXPECT_EQ(archive->entries()[1].flags, 0x0808);
  EXPECT_EQ(ReadOk(*archive, "word/document.xml"), std::string(5000, 'x') + "word/document.xml");
}

TEST(ZipTest, Zip64ExtraFieldsAndEndRecord) {
  ZipBuilder zip;
  zip.Add("a.xml", "<a>ZIP64</a>").zip64 = true;
  ZipBuilder::Entry& b = zip.Add("b.xml", "<b/>", 0);
  b.zip64 = true;
  b.data_descriptor = true;
  zip.zip64_end = true;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok()) << archive.error().Describe(Lang::kEn);
  EXPECT_TRUE(archive->entries()[0].zip64);
  EXPECT_EQ(ReadOk(*archive, "a.xml"), "<a>ZIP64</a>");
  EXPECT_EQ(ReadOk(*archive, "b.xml"), "<b/>");
}

TEST(ZipTest, LongCommentAndPrefixBytesAreTolerated) {
  ZipBuilder zip;
  zip.Add("x.txt", "hello");
  zip.comment = std::string(65535, 'c');
  zip.prefix = "#!/bin/sh\nexec unzip \"$0\"\n";  // a self-extractor stub
  std::string bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(bytes);
  ASSERT_TRUE(archive.ok()) << archive.error().Describe(Lang::kEn);
  EXPECT_EQ(archive->comment().size(), 65535u);
  EXPECT_EQ(archive->entries()[0].local_header_offset, zip.prefix.size());
  EXPECT_EQ(ReadOk(*archive, "x.txt"), "hello");
}

TEST(ZipTest, AnEmptyArchiveHasNoEntries) {
  std::string empty = ZipBuilder().Build();
  Result<ZipArchive> archive = ZipArchive::Open(empty);
  ASSERT_TRUE(archive.ok());
  EXPECT_TRUE(archive->entries().empty());
}

TEST(ZipTest, TruncatedAndGarbageInputsAreCorrupt) {
  std::string numbers;
  for (int i = 0; i < 10000; ++i) numbers += std::to_string(i * 7919 % 10007) + ' ';
  ZipBuilder zip;
  zip.Add("word/document.xml", numbers);
  std::string bytes = zip.Build();
  for (std::size_t cut : {bytes.size() - 1, bytes.size() / 2, std::size_t{30}, std::size_t{4}}) {
    Result<ZipArchive> archive = ZipArchive::Open(std::string_view(bytes).substr(0, cut));
    ASSERT_FALSE(archive.ok()) << cut;
    EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt) << cut;
  }
  std::string junk(4096, '\x5A');
  Result<ZipArchive> garbage = ZipArchive::Open(junk);
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.error().code, ErrorCode::kCorrupt);
  EXPECT_NE(garbage.error().what.en.find("end-of-central-directory"), std::string::npos);

  // Central directory damaged in the middle: signature overwritten.
  std::string damaged = bytes;
  std::size_t cd = damaged.find("PK\x01\x02");
  damaged[cd + 2] = 'X';
  Result<ZipArchive> broken = ZipArchive::Open(damaged);
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().code, ErrorCode::kCorrupt);

  // Deflate data damaged: inflate fails, not a crash.
  std::string bad_data = bytes;
  for (std::size_t i = 60; i < 80; ++i) bad_data[i] = '\xFF';
  Result<ZipArchive> opened = ZipArchive::Open(bad_data);
  ASSERT_TRUE(opened.ok());
  Result<std::string> read = opened->Read(opened->entries()[0]);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(read.error().where, "word/document.xml");
}

TEST(ZipTest, EntryCountLimit) {
  ZipBuilder zip;
  for (int i = 0; i < 6; ++i) zip.Add("f" + std::to_string(i), "x", 0);
  ZipLimits limits;
  limits.max_entries = 5;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes, limits);
  ASSERT_FALSE(archive.ok());
  EXPECT_EQ(archive.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(archive.error().what.en, "The archive has 6 entries, over the limit of 5");
  EXPECT_EQ(archive.error().what.vi, "Tệp nén có 6 mục, vượt giới hạn 5");

  limits.max_entries = 6;
  std::string again = zip.Build();
  EXPECT_TRUE(ZipArchive::Open(again, limits).ok());
}

TEST(ZipTest, AnEntryCountTheDirectoryCannotHoldIsCorrupt) {
  ZipBuilder zip;
  zip.Add("a", "x");
  zip.declared_count = 5000;  // claims far more entries than the bytes hold
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_FALSE(archive.ok());
  EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt);
}

TEST(ZipTest, PerEntrySizeLimit) {
  ZipBuilder zip;
  zip.Add("big.xml", std::string(2 << 20, 'a'));
  ZipLimits limits = NoTotalRatio();
  limits.max_entry_bytes = 1 << 20;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes, limits);
  ASSERT_TRUE(archive.ok());
  Result<std::string> data = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(data.error().what.en, "The part inflates to 2 MiB, over the per-part limit of 1 MiB");
  EXPECT_EQ(archive->inflated_total(), 0u);
}

TEST(ZipTest, ImpossibleCompressionRatioIsRefusedBeforeInflating) {
  ZipBuilder zip;
  ZipBuilder::Entry& e = zip.Add("bomb.xml", std::string(1000, 'a'));
  e.declared_uncompressed = 200ull << 20;  // 200 MiB from a few bytes: > 1100:1
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes, NoTotalRatio());
  ASSERT_TRUE(archive.ok());
  Result<std::string> data = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().code, ErrorCode::kLimitExceeded);
  EXPECT_NE(data.error().what.en.find("1100:1"), std::string::npos);
  EXPECT_NE(data.error().what.vi.find("bom nén"), std::string::npos);
}

TEST(ZipTest, HighButRealRatioPassesTheEntryCheckButNotThePackageRatio) {
  // 8 MiB of zeros deflates about 1030:1: a real (if suspicious) entry.
  ZipBuilder zip;
  zip.Add("blank.xml", std::string(8 << 20, '\0'));
  std::string bytes = zip.Build();
  ASSERT_LT(bytes.size(), 10000u);

  Result<ZipArchive> lenient = ZipArchive::Open(bytes, NoTotalRatio());
  ASSERT_TRUE(lenient.ok());
  EXPECT_EQ(ReadOk(*lenient, "blank.xml").size(), 8u << 20);

  // Default limits: the package may inflate to 200× its size (at least 1 MiB).
  Result<ZipArchive> archive = ZipArchive::Open(bytes);
  ASSERT_TRUE(archive.ok());
  Result<std::string> data = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(data.error().what.en,
            "Total inflated size exceeds 200 times the file size (a zip bomb)");
}

TEST(ZipTest, TotalInflateBudgetSpansReads) {
  ZipBuilder zip;
  zip.Add("a", std::string(600 << 10, 'a'), 0);
  zip.Add("b", std::string(600 << 10, 'b'), 0);
  ZipLimits limits = NoTotalRatio();
  limits.max_total_bytes = 1 << 20;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes, limits);
  ASSERT_TRUE(archive.ok());
  EXPECT_TRUE(archive->Read(archive->entries()[0]).ok());
  Result<std::string> second = archive->Read(archive->entries()[1]);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(second.error().what.en, "Total inflated size exceeds the limit of 1 MiB");
}

TEST(ZipTest, HeadersThatUnderstateTheSizeStopInflatingAtTheDeclaredSize) {
  ZipBuilder zip;
  ZipBuilder::Entry& e = zip.Add("lie.xml", std::string(4 << 20, 'z'));
  e.declared_uncompressed = 100;  // the data really inflates to 4 MiB
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes, NoTotalRatio());
  ASSERT_TRUE(archive.ok());
  std::uint64_t seen = 0;
  Status streamed = archive->Stream(archive->entries()[0], [&seen](std::string_view chunk) {
    seen += chunk.size();
    return OkStatus();
  });
  ASSERT_FALSE(streamed.ok());
  EXPECT_EQ(streamed.error().code, ErrorCode::kCorrupt);
  EXPECT_LE(seen, 100u);  // the sink never saw more than the header promised
  Result<std::string> data = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().code, ErrorCode::kCorrupt);
  EXPECT_NE(data.error().what.en.find("declared size"), std::string::npos) << data.error().what.en;
}

TEST(ZipTest, HeadersThatOverstateTheSizeAreCorrupt) {
  ZipBuilder zip;
  zip.Add("lie.xml", "short").declared_uncompressed = 5000;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  Result<std::string> data = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().code, ErrorCode::kCorrupt);
}

TEST(ZipTest, CrcMismatchIsCorrupt) {
  ZipBuilder zip;
  zip.Add("a.xml", "<a/>").declared_crc = 0x12345678;
  zip.Add("b.xml", "<b/>", 0).declared_crc = 0x12345678;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  for (const ZipEntry& entry : archive->entries()) {
    Result<std::string> data = archive->Read(entry);
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().code, ErrorCode::kCorrupt);
    EXPECT_EQ(data.error().what.en,
              "The ZIP container is broken or incomplete: CRC mismatch in the part");
  }
}

TEST(ZipTest, EncryptedEntriesAreListedButNotRead) {
  ZipBuilder zip;
  zip.Add("plain.txt", "ok");
  zip.Add("secret.docx", "garbage-ciphertext", 0).flags = 0x0001;
  ZipBuilder::Entry& aes = zip.Add("aes.docx", "x", 0);
  aes.method = 99;  // WinZip AES
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  EXPECT_EQ(ReadOk(*archive, "plain.txt"), "ok");
  for (const char* name : {"secret.docx", "aes.docx"}) {
    const ZipEntry* entry = archive->Find(name);
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(entry->encrypted);
    Result<std::string> data = archive->Read(*entry);
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().code, ErrorCode::kEncrypted);
    EXPECT_EQ(data.error().where, name);
    EXPECT_NE(data.error().what.vi.find("mật khẩu"), std::string::npos);
  }
}

TEST(ZipTest, UnsupportedMethodsAreRefusedPerEntry) {
  ZipBuilder zip;
  zip.Add("bzip2.xml", "BZh91AY&SY", 12);
  zip.Add("ok.xml", "<ok/>");
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  Result<std::string> data = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().code, ErrorCode::kUnsupportedFormat);
  EXPECT_NE(data.error().what.en.find("(12)"), std::string::npos);
  EXPECT_EQ(ReadOk(*archive, "ok.xml"), "<ok/>");
}

TEST(ZipTest, LocalHeaderMustAgreeWithTheCentralDirectory) {
  {
    ZipBuilder zip;
    zip.Add("word/document.xml", "<a/>").local_name = "word/evil.xml";
    std::string zip_bytes = zip.Build();
    Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
    ASSERT_FALSE(archive.ok());
    EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt);
    EXPECT_NE(archive.error().what.en.find("names another entry"), std::string::npos);
  }
  {
    ZipBuilder zip;
    zip.Add("word/document.xml", "<a/>").local_method = 0;
    std::string zip_bytes = zip.Build();
    Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
    ASSERT_FALSE(archive.ok());
    EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt);
  }
}

TEST(ZipTest, EntriesBeyondTheFileAreCorrupt) {
  ZipBuilder zip;
  zip.Add("a.xml", std::string(100, 'a'));
  std::string bytes = zip.Build();
  // Point the entry's local header offset far past the central directory.
  std::size_t cd = bytes.find("PK\x01\x02");
  bytes[cd + 42] = '\x00';
  bytes[cd + 43] = '\x00';
  bytes[cd + 44] = '\x10';
  bytes[cd + 45] = '\x00';
  Result<ZipArchive> archive = ZipArchive::Open(bytes);
  ASSERT_FALSE(archive.ok());
  EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt);

  // Compressed size running into the central directory.
  ZipBuilder zip2;
  zip2.Add("a.xml", std::string(100, 'a'), 0).compressed = std::string(100, 'a');
  std::string b2 = zip2.Build();
  std::size_t cd2 = b2.find("PK\x01\x02");
  b2[cd2 + 20] = '\x00';
  b2[cd2 + 21] = '\x10';  // 4096 bytes
  Result<ZipArchive> a2 = ZipArchive::Open(b2);
  ASSERT_FALSE(a2.ok());
  EXPECT_EQ(a2.error().code, ErrorCode::kCorrupt);
}

TEST(ZipTest, FifieldOverlappedBombIsRefusedAtOpen) {
  std::string bomb = testing::FifieldBomb(20, 1 << 20);
  Result<ZipArchive> archive = ZipArchive::Open(bomb);
  ASSERT_FALSE(archive.ok());
  EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt);
  EXPECT_NE(archive.error().what.en.find("overlap"), std::string::npos);
  EXPECT_NE(archive.error().what.vi.find("chồng lên nhau"), std::string::npos);
}

TEST(ZipTest, TwoDirectoryEntriesSharingOneLocalHeaderOverlap) {
  ZipBuilder zip;
  zip.Add("word/document.xml", std::string(1000, 'a'));
  ZipBuilder::Entry& twin = zip.Add("word/document.xml", std::string(1000, 'a'));
  twin.central_only = true;
  twin.same_offset_as = 0;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_FALSE(archive.ok());
  EXPECT_EQ(archive.error().code, ErrorCode::kCorrupt);
  EXPECT_NE(archive.error().what.en.find("overlap"), std::string::npos);
}

TEST(ZipTest, StreamDeliversTheSameBytesInChunks) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "<w:t>dòng " + std::to_string(i) + "</w:t>";
  ZipBuilder zip;
  zip.Add("d.xml", text);
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  std::string streamed;
  int chunks = 0;
  Status st = archive->Stream(archive->entries()[0], [&](std::string_view chunk) {
    EXPECT_LE(chunk.size(), 64u * 1024);
    streamed.append(chunk);
    ++chunks;
    return OkStatus();
  });
  ASSERT_TRUE(st.ok()) << st.error().Describe(Lang::kEn);
  EXPECT_EQ(streamed, text);
  EXPECT_GT(chunks, 1);
  // A sink may stop the read.
  Status stopped = archive->Stream(archive->entries()[0], [](std::string_view) -> Status {
    return MakeError(ErrorCode::kIo, Msg("đĩa đầy", "disk full"));
  });
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.error().code, ErrorCode::kIo);
}

TEST(ZipTest, EntryMetadata) {
  ZipBuilder zip;
  ZipBuilder::Entry& link = zip.Add("link", "target", 0);
  link.version_made_by = (3 << 8) | 30;
  link.external_attributes = 0120777u << 16;
  zip.Add("folder/", "", 0);
  ZipBuilder::Entry& dated = zip.Add("bc.docx", "x", 0);
  dated.dos_date = ((2020 - 1980) << 9) | (7 << 5) | 5;
  dated.dos_time = (9 << 11) | (12 << 5) | (30 / 2);
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  EXPECT_TRUE(archive->entries()[0].is_symlink);
  EXPECT_FALSE(archive->entries()[0].is_directory);
  EXPECT_TRUE(archive->entries()[1].is_directory);
  DosDateTime t = DecodeDosDateTime(archive->entries()[2].dos_date, archive->entries()[2].dos_time);
  EXPECT_EQ(t.year, 2020);
  EXPECT_EQ(t.month, 7);
  EXPECT_EQ(t.day, 5);
  EXPECT_EQ(t.hour, 9);
  EXPECT_EQ(t.minute, 12);
  EXPECT_EQ(t.second, 30);
}

TEST(ZipTest, CentralDirectoryLimit) {
  ZipBuilder zip;
  for (int i = 0; i < 30; ++i) zip.Add("part-" + std::to_string(i) + ".xml", "<a/>");
  std::string bytes = zip.Build();
  ZipLimits limits;
  limits.max_central_directory_bytes = 1000;  // 30 × (46 + 14) bytes do not fit
  Result<ZipArchive> archive = ZipArchive::Open(bytes, limits);
  ASSERT_FALSE(archive.ok());
  EXPECT_EQ(archive.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(archive.error().what.en, "The archive's central directory is larger than 1 MiB");
  limits.max_central_directory_bytes = 30 * (46 + 14);
  EXPECT_TRUE(ZipArchive::Open(bytes, limits).ok());
}

// --- Byte sources ----------------------------------------------------------

// A source that copies every read into the caller's scratch, as a file does.
// The test keeps a handle on its state: what was read, and mishaps to cause
// after the archive was opened.
class CopyingSource final : public ByteSource {
 public:
  struct State {
    std::size_t reads = 0;
    std::size_t largest_read = 0;
    std::size_t cut_to = std::string::npos;  // bytes past this are gone
    bool fail = false;                       // every read fails with kIo
  };

  explicit CopyingSource(std::string bytes) : bytes_(std::move(bytes)) {}
  std::uint64_t size() const override { return bytes_.size(); }
  Result<std::string_view> ReadAt(std::uint64_t offset, std::size_t length,
                                  std::string& scratch) const override {
    ++state_->reads;
    state_->largest_read = std::max(state_->largest_read, length);
    if (state_->fail) return MakeError(ErrorCode::kIo, Msg("lỗi đọc", "read error"));
    std::size_t held = std::min(bytes_.size(), state_->cut_to);
    if (offset > held || length > held - offset) return ReadPastEnd();
    scratch.assign(bytes_, static_cast<std::size_t>(offset), length);
    return std::string_view(scratch);
  }
  std::shared_ptr<State> state() const { return state_; }

 private:
  std::string bytes_;
  std::shared_ptr<State> state_ = std::make_shared<State>();
};

// Opens `bytes` behind a CopyingSource; `state` gets its handle.
Result<ZipArchive> OpenCopying(const std::string& bytes, const ZipLimits& limits,
                               std::shared_ptr<CopyingSource::State>* state = nullptr) {
  auto source = std::make_unique<CopyingSource>(bytes);
  if (state != nullptr) *state = source->state();
  return ZipArchive::Open(std::move(source), limits);
}

TEST(ZipSourceTest, MemoryViewsItsBytesWithoutCopying) {
  std::string bytes = "abcdef";
  MemoryByteSource source(bytes);
  std::string scratch;
  Result<std::string_view> view = source.ReadAt(2, 3, scratch);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(*view, "cde");
  EXPECT_EQ(view->data(), bytes.data() + 2);
  EXPECT_TRUE(scratch.empty());
  EXPECT_TRUE(source.ReadAt(6, 0, scratch).ok());
  Result<std::string_view> past = source.ReadAt(4, 3, scratch);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().code, ErrorCode::kCorrupt);
  EXPECT_FALSE(source.ReadAt(~0ull, 1, scratch).ok());
}

// One parser, whatever the source.
TEST(ZipSourceTest, ACopyingSourceSeesWhatMemorySees) {
  for (const testing::ZipShape& shape : testing::ZipShapes()) {
    SCOPED_TRACE(shape.label);
    Result<ZipArchive> memory = ZipArchive::Open(shape.bytes);
    Result<ZipArchive> copying = OpenCopying(shape.bytes, {});
    testing::ExpectSameArchive(memory, copying);
  }
}

TEST(ZipSourceTest, OpenReadsTheDirectoryAndReadsOneEntryInBoundedPieces) {
  ZipBuilder zip;
  for (int i = 0; i < 300; ++i)
    zip.Add("small-" + std::to_string(i) + ".xml", "<p>" + std::to_string(i) + "</p>");
  std::string noise = testing::Noise(2u << 20, 7);
  zip.Add("big-stored.bin", noise, 0);
  zip.Add("big-deflated.bin", noise);
  std::string bytes = zip.Build();
  std::shared_ptr<CopyingSource::State> state;
  Result<ZipArchive> archive = OpenCopying(bytes, NoTotalRatio(), &state);
  ASSERT_TRUE(archive.ok()) << archive.error().Describe(Lang::kEn);
  // The tail (end record, longest comment, ZIP64 locator), the directory,
  // then one small read per local header: never the entries' data.
  std::size_t cd_size = bytes.size() - 22 - bytes.find("PK\x01\x02");
  std::size_t tail = std::min<std::size_t>(bytes.size(), 20 + 22 + 65535);
  EXPECT_EQ(state->reads, 2u + 302u);
  EXPECT_EQ(state->largest_read, std::max(tail, cd_size));
  for (const char* name : {"big-stored.bin", "big-deflated.bin"}) {
    state->largest_read = 0;
    state->reads = 0;
    EXPECT_EQ(ReadOk(*archive, name), noise) << name;
    EXPECT_EQ(state->largest_read, 256u * 1024) << name;  // 2 MiB in 256 KiB pieces
    EXPECT_GE(state->reads, 8u) << name;
  }
}

TEST(ZipSourceTest, ASourceCutShortAfterOpeningIsCorruptNotACrash) {
  ZipBuilder z;
  z.Add("a.docx", testing::DocxSaying("a"));
  z.Add("b.docx", testing::DocxSaying("b"));
  std::shared_ptr<CopyingSource::State> state;
  Result<ZipArchive> archive = OpenCopying(z.Build(), {}, &state);
  ASSERT_TRUE(archive.ok());
  state->cut_to = 40;
  Result<std::string> b = archive->Read(archive->entries()[1]);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(b.error().where, "b.docx");
  EXPECT_EQ(archive->inflated_total(), 0u);
}

TEST(ZipSourceTest, SourceErrorsComeBackWithTheEntryName) {
  ZipBuilder z;
  z.Add("a.docx", testing::DocxSaying("a"));
  std::string bytes = z.Build();
  std::shared_ptr<CopyingSource::State> state;
  Result<ZipArchive> archive = OpenCopying(bytes, {}, &state);
  ASSERT_TRUE(archive.ok());
  state->fail = true;
  Result<std::string> a = archive->Read(archive->entries()[0]);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().code, ErrorCode::kIo);
  EXPECT_EQ(a.error().where, "a.docx");
  Status streamed =
      archive->Stream(archive->entries()[0], [](std::string_view) { return OkStatus(); });
  ASSERT_FALSE(streamed.ok());
  EXPECT_EQ(streamed.error().code, ErrorCode::kIo);

  auto failing = std::make_unique<CopyingSource>(bytes);
  failing->state()->fail = true;
  Result<ZipArchive> unopened = ZipArchive::Open(std::move(failing));
  ASSERT_FALSE(unopened.ok());
  EXPECT_EQ(unopened.error().code, ErrorCode::kIo);
  EXPECT_EQ(unopened.error().where, "");
}

TEST(ZipSourceTest, TheBudgetCoversTheWholeArchive) {
  ZipBuilder z;
  for (int i = 0; i < 4; ++i) z.Add(std::to_string(i) + ".txt", std::string(400000, 'x'));
  ZipLimits limits;
  limits.max_total_bytes = 1000000;
  limits.max_total_ratio = 0;
  Result<ZipArchive> r = OpenCopying(z.Build(), limits);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->Read(r->entries()[0]).ok());
  EXPECT_TRUE(r->Read(r->entries()[1]).ok());
  Result<std::string> third = r->Read(r->entries()[2]);
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code, ErrorCode::kLimitExceeded);
}

// --- Entry names -----------------------------------------------------------

constexpr const char* kName = "Báo cáo Tam Đường.docx";  // NFC

TEST(ZipNamesTest, Utf8FlagIsTrustedAndNormalisedToNfc) {
  DecodedName d = DecodeEntryName(kName, 0x0800, "");
  EXPECT_EQ(d.utf8, kName);
  EXPECT_EQ(d.encoding, NameEncoding::kUtf8Flag);
  // Decomposed (as macOS writes): B a U+0301 o ...
  DecodedName nfd = DecodeEntryName(
      "Ba\xCC\x81o ca\xCC\x81o Tam \xC4\x90u\xCC\x9Bo\xCC\x9B\xCC\x80ng.docx", 0, "");
  EXPECT_EQ(nfd.utf8, kName);
  EXPECT_EQ(nfd.encoding, NameEncoding::kUtf8Unflagged);
}

TEST(ZipNamesTest, WindowsVietnameseCodePage1258) {
  // What Windows with a Vietnamese locale writes: CP1258, the tone mark of
  // "ờ" as a combining byte after "ơ" (0xF5 0xCC).
  std::string cp1258 = "B\xE1o c\xE1o Tam \xD0\xFD\xF5\xCCng.docx";
  DecodedName d = DecodeEntryName(cp1258, 0, "");
  EXPECT_EQ(d.utf8, kName);
  EXPECT_EQ(d.encoding, NameEncoding::kCp1258);
  // Only precomposed Latin-1 letters, no tone bytes: still CP1258.
  EXPECT_EQ(DecodeEntryName("B\xE1o c\xE1o.docx", 0, "").utf8, "Báo cáo.docx");
  // Tone mark after a plain vowel: "Kế hoạch" = K e^ + acute ... "ho" a + dot below.
  EXPECT_EQ(DecodeEntryName("K\xEA\xEC hoa\xF2"
                            "ch.docx",
                            0, "")
                .utf8,
            "Kế hoạch.docx");
}

TEST(ZipNamesTest, Cp437FromOlderTools) {
  // "Báo cáo" in CP437: á = 0xA0.
  DecodedName d = DecodeEntryName("B\xA0o c\xA0o.docx", 0, "");
  EXPECT_EQ(d.utf8, "Báo cáo.docx");
  EXPECT_EQ(d.encoding, NameEncoding::kCp437);
  EXPECT_EQ(DecodeEntryName("M\x81ller.txt", 0, "").utf8, "Müller.txt");
}

std::string UnicodePathExtra(std::string_view raw_name, std::string_view utf8, std::uint32_t crc) {
  std::string extra;
  Put16(extra, 0x7075);
  Put16(extra, static_cast<std::uint32_t>(5 + utf8.size()));
  extra += '\x01';
  Put32(extra, crc);
  extra += utf8;
  (void)raw_name;
  return extra;
}

TEST(ZipNamesTest, InfoZipUnicodePathExtraFieldWithMatchingCrc) {
  std::string raw = "Bao cao Tam Duong.docx";  // an ASCII fallback name
  std::string extra = UnicodePathExtra(raw, kName, Crc32(raw));
  DecodedName d = DecodeEntryName(raw, 0, extra);
  EXPECT_EQ(d.utf8, kName);
  EXPECT_EQ(d.encoding, NameEncoding::kUnicodePathExtra);
  // Stale CRC (the name was renamed by a tool that ignored the field): ignored.
  std::string stale = UnicodePathExtra(raw, kName, Crc32(raw) ^ 1);
  DecodedName s = DecodeEntryName(raw, 0, stale);
  EXPECT_EQ(s.utf8, raw);
  EXPECT_EQ(s.encoding, NameEncoding::kAscii);
}

TEST(ZipNamesTest, ArchiveEntriesCarryRawAndDecodedNames) {
  ZipBuilder zip;
  zip.Add("B\xE1o c\xE1o Tam \xD0\xFD\xF5\xCCng.docx", "x", 0);
  zip.Add(kName, "y", 0).flags = 0x0800;
  std::string zip_bytes = zip.Build();
  Result<ZipArchive> archive = ZipArchive::Open(zip_bytes);
  ASSERT_TRUE(archive.ok());
  EXPECT_EQ(archive->entries()[0].name, kName);
  EXPECT_EQ(archive->entries()[0].raw_name, "B\xE1o c\xE1o Tam \xD0\xFD\xF5\xCCng.docx");
  EXPECT_EQ(archive->entries()[0].name_encoding, NameEncoding::kCp1258);
  EXPECT_EQ(archive->entries()[1].name, kName);
  EXPECT_STREQ(NameEncodingName(archive->entries()[1].name_encoding), "utf8-flag");
}

}  // namespace
}  // namespace tonghop::read
