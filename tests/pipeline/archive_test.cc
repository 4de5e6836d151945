// Walking archives for batch: Vietnamese names however they were written,
// nested archives, hostile entries, limits.
#include "pipeline/archive.h"

#include <gtest/gtest.h>

#include "pipeline_test_util.h"
#include "read/zip_builder.h"

namespace tonghop::pipeline::testing {
namespace {

using tonghop::testing::Crc32;
using tonghop::testing::Put16;
using tonghop::testing::Put32;
using tonghop::testing::ZipBuilder;

struct Recorder final : ArchiveVisitor {
  void Opened(const std::string& path, std::size_t items, bool nested) override {
    opened.push_back(path + " " + std::to_string(items) + (nested ? " nested" : ""));
  }
  void Document(ArchiveDocument&& d) override { documents.push_back(std::move(d)); }
  void Refused(Error e) override { refused.push_back(std::move(e)); }

  std::vector<std::string> DocumentPaths() const {
    std::vector<std::string> out;
    for (const ArchiveDocument& d : documents) out.push_back(d.path);
    return out;
  }
  std::vector<std::string> RefusedPaths() const {
    std::vector<std::string> out;
    for (const Error& e : refused) out.push_back(e.where + " [" + ErrorCodeName(e.code) + "]");
    return out;
  }

  std::vector<std::string> opened;
  std::vector<ArchiveDocument> documents;
  std::vector<Error> refused;
};

std::string UnicodePathExtra(std::string_view raw_name, std::string_view utf8) {
  std::string extra;
  Put16(extra, 0x7075);
  Put16(extra, static_cast<std::uint32_t>(5 + utf8.size()));
  extra += '\x01';
  Put32(extra, Crc32(raw_name));
  extra += utf8;
  return extra;
}

Recorder Walk(const std::string& zip, const ArchiveLimits& limits = DefaultArchiveLimits()) {
  Recorder r;
  Status st = WalkArchive(zip, "nop.zip", limits, r);
  EXPECT_TRUE(st.ok()) << st.error().Describe(Lang::kEn);
  return r;
}

TEST(ArchiveTest, NamesAreDecodedWhetherTheArchiveMarksThemUtf8OrNot) {
  ZipBuilder zip;
  // Windows "Send to > Compressed folder" on a Vietnamese PC: CP1258, no
  // flag, tone marks as combining bytes (ờ = ơ 0xF5 + grave 0xCC).
  zip.Add(
      "K\xEA\xEC hoa\xF2"
      "ch M\xFD\xF5\xCCng Te\xCC.docx",
      DocxWith("1"));
  // A modern tool: UTF-8 with flag bit 11.
  zip.Add("Báo cáo Tam Đường.docx", DocxWith("2")).flags = 0x0800;
  // An old DOS-era tool: CP437 (á = 0xA0).
  zip.Add("B\xA0o c\xA0o Phong Th\x95.docx", DocxWith("3"));
  // Info-ZIP: an ASCII name plus the Unicode Path extra field.
  ZipBuilder::Entry& e = zip.Add("Bao cao Sin Ho.docx", DocxWith("4"));
  e.central_extra = UnicodePathExtra("Bao cao Sin Ho.docx", "Báo cáo Sìn Hồ.docx");
  // macOS: UTF-8 without the flag, decomposed (NFD).
  zip.Add("Than Uye\xCC\x82n.docx", DocxWith("5"));
  Recorder r = Walk(zip.Build());
  EXPECT_TRUE(r.refused.empty());
  EXPECT_EQ(r.DocumentPaths(),
            (std::vector<std::string>{"nop.zip!/Kế hoạch Mường Tè.docx",
                                      "nop.zip!/Báo cáo Tam Đường.docx",
                                      "nop.zip!/Báo cáo Phong Thò.docx",
                                      "nop.zip!/Báo cáo Sìn Hồ.docx", "nop.zip!/Than Uyên.docx"}));
  ASSERT_EQ(r.documents.size(), 5u);
  EXPECT_EQ(r.documents[0].name_encoding, read::NameEncoding::kCp1258);
  EXPECT_EQ(r.documents[1].name_encoding, read::NameEncoding::kUtf8Flag);
  EXPECT_EQ(r.documents[2].name_encoding, read::NameEncoding::kCp437);
  EXPECT_EQ(r.documents[3].name_encoding, read::NameEncoding::kUnicodePathExtra);
  EXPECT_EQ(r.documents[4].name_encoding, read::NameEncoding::kUtf8Unflagged);
  EXPECT_EQ(r.documents[1].bytes, DocxWith("2"));
  EXPECT_EQ(r.opened, std::vector<std::string>{"nop.zip 5"});
}

TEST(ArchiveTest, EntryTimeIsTheReceivedTimeInVietnamTime) {
  ZipBuilder zip;
  ZipBuilder::Entry& e = zip.Add("bc.docx", DocxWith("t"));
  e.dos_date = static_cast<std::uint16_t>(((2020 - 1980) << 9) | (7 << 5) | 10);  // 2020-07-10
  e.dos_time = static_cast<std::uint16_t>((23 << 11) | (59 << 5) | (58 / 2));     // 23:59:58
  zip.Add("no-time.docx", DocxWith("u")).dos_date = 0;
  Recorder r = Walk(zip.Build());
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].received, "2020-07-10T23:59:58+07:00");
  EXPECT_EQ(r.documents[1].received, std::nullopt);  // day 0 of month 0: no real time
}

TEST(ArchiveTest, NestedArchivesAreOpenedWhereTheyStand) {
  ZipBuilder inner;
  inner.Add("Mường Tè/bc.docx", DocxWith("trong")).flags = 0x0800;
  ZipBuilder outer;
  outer.Add("a.docx", DocxWith("ngoài"));
  outer.Add("don-vi.zip", inner.Build(), 0);
  outer.Add("z.docx", DocxWith("cuối"));
  Recorder r = Walk(outer.Build());
  EXPECT_EQ(r.DocumentPaths(),
            (std::vector<std::string>{"nop.zip!/a.docx", "nop.zip!/don-vi.zip!/Mường Tè/bc.docx",
                                      "nop.zip!/z.docx"}));
  EXPECT_EQ(r.opened, (std::vector<std::string>{"nop.zip 3", "nop.zip!/don-vi.zip 1 nested"}));
}

TEST(ArchiveTest, ArchivesNestedTooDeepAreRefused) {
  std::string bytes = ZipBuilder().Build();
  {
    ZipBuilder level;
    level.Add("deep.docx", DocxWith("sâu"));
    bytes = level.Build();
  }
  for (int i = 0; i < 5; ++i) {  // 5 levels of archives around the document
    ZipBuilder wrap;
    wrap.Add("l" + std::to_string(i) + ".zip", bytes, 0);
    bytes = wrap.Build();
  }
  ArchiveLimits limits = DefaultArchiveLimits();
  limits.max_depth = 3;
  Recorder r = Walk(bytes, limits);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.refused.size(), 1u);
  EXPECT_EQ(r.refused[0].code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(r.refused[0].where, "nop.zip!/l4.zip!/l3.zip!/l2.zip!/l1.zip");
  limits.max_depth = 5;
  EXPECT_EQ(Walk(bytes, limits).documents.size(), 1u);
}

TEST(ArchiveTest, DocxInsideIsADocumentNotAnArchive) {
  ZipBuilder zip;
  zip.Add("bc.docx", DocxWith("gói"), 0);  // stored: its bytes start with PK like an archive
  Recorder r = Walk(zip.Build());
  EXPECT_EQ(r.DocumentPaths(), std::vector<std::string>{"nop.zip!/bc.docx"});
}

TEST(ArchiveTest, HostileEntriesAreRefusedAndTheGoodOnesStillRead) {
  ZipBuilder zip;
  zip.Add("good-1.docx", DocxWith("tốt 1"));
  zip.Add("../x.docx", DocxWith("trèo ra ngoài"));
  zip.Add("/abs.docx", DocxWith("tuyệt đối"));
  zip.Add("C:\\Windows\\evil.docx", DocxWith("ổ đĩa"));
  zip.Add("sub/../../y.docx", DocxWith("trèo 2"));
  zip.Add("a\\..\\..\\z.docx", DocxWith("trèo 3"));
  ZipBuilder::Entry& link = zip.Add("link.docx", "/etc/passwd", 0);
  link.version_made_by = 0x0314;                           // Unix
  link.external_attributes = 0120777u << 16;               // S_IFLNK | 0777
  zip.Add("secret.docx", DocxWith("mật")).flags = 0x0001;  // encrypted
  // A bomb: 16 MiB of zeros that deflate to ~16 KiB (1000:1).
  zip.Add("bomb.docx", std::string(16u << 20, '\0'));
  // A bomb that lies: declares 1 KiB, inflates to 2 MiB.
  zip.Add("liar.docx", std::string(2u << 20, 'A')).declared_uncompressed = 1024;
  zip.Add("bzip2.docx", "BZh9...", 12);  // unsupported method
  zip.Add("good-2.docx", DocxWith("tốt 2"));
  Recorder r = Walk(zip.Build());
  EXPECT_EQ(r.DocumentPaths(),
            (std::vector<std::string>{"nop.zip!/good-1.docx", "nop.zip!/good-2.docx"}));
  EXPECT_EQ(r.RefusedPaths(), (std::vector<std::string>{
                                  "nop.zip!/../x.docx [corrupt]",
                                  "nop.zip!//abs.docx [corrupt]",
                                  "nop.zip!/C:\\Windows\\evil.docx [corrupt]",
                                  "nop.zip!/sub/../../y.docx [corrupt]",
                                  "nop.zip!/a\\..\\..\\z.docx [corrupt]",
                                  "nop.zip!/link.docx [unsupported-format]",
                                  "nop.zip!/secret.docx [encrypted]",
                                  "nop.zip!/bomb.docx [limit-exceeded]",
                                  "nop.zip!/liar.docx [corrupt]",
                                  "nop.zip!/bzip2.docx [unsupported-format]",
                              }));
  EXPECT_NE(r.refused[0].what.en.find("\"..\""), std::string::npos) << r.refused[0].what.en;
  EXPECT_NE(r.refused[1].what.en.find("absolute"), std::string::npos);
}

TEST(ArchiveTest, DuplicateNamesAreBothReadAndToldApart) {
  ZipBuilder zip;
  zip.Add("bc.docx", DocxWith("bản 1"));
  zip.Add("BC.docx", DocxWith("bản 2"));
  zip.Add("bc.docx", DocxWith("bản 3"));
  Recorder r = Walk(zip.Build());
  EXPECT_EQ(r.DocumentPaths(), (std::vector<std::string>{"nop.zip!/bc.docx", "nop.zip!/BC.docx[2]",
                                                         "nop.zip!/bc.docx[3]"}));
}

TEST(ArchiveTest, OverlappingEntriesRefuseTheWholeArchive) {
  ZipBuilder zip;
  zip.Add("a.docx", DocxWith("a"));
  ZipBuilder::Entry& twin = zip.Add("b.docx", DocxWith("a"));
  twin.central_only = true;
  twin.same_offset_as = 0;
  Recorder r;
  Status st = WalkArchive(zip.Build(), "nop.zip", DefaultArchiveLimits(), r);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(st.error().where.rfind("nop.zip", 0), 0u);
  EXPECT_TRUE(r.documents.empty());
}

TEST(ArchiveTest, NotAnArchiveIsAnError) {
  Recorder r;
  Status st = WalkArchive("%PDF-1.4", "scan.zip", DefaultArchiveLimits(), r);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().where.rfind("scan.zip", 0), 0u);
}

TEST(ArchiveTest, FoldersAndSystemFilesAreSkippedSilently) {
  ZipBuilder zip;
  zip.Add("Tam Đường/", "", 0);
  zip.Add("Tam Đường/bc.docx", DocxWith("x"));
  zip.Add("__MACOSX/Tam Đường/._bc.docx", "mac", 0);
  zip.Add("Tam Đường/.DS_Store", "ds", 0);
  zip.Add("Tam Đường/~$bc.docx", "owner", 0);
  zip.Add("Thumbs.db", "thumbs", 0);
  Recorder r = Walk(zip.Build());
  EXPECT_EQ(r.DocumentPaths(), std::vector<std::string>{"nop.zip!/Tam Đường/bc.docx"});
  EXPECT_TRUE(r.refused.empty());
  EXPECT_EQ(r.opened, std::vector<std::string>{"nop.zip 1"});
}

TEST(ArchiveTest, WalkStopsWhenTheVisitorAsks) {
  struct Stopper final : ArchiveVisitor {
    void Document(ArchiveDocument&&) override { ++seen; }
    void Refused(Error) override {}
    bool Stop() override { return seen >= 2; }
    int seen = 0;
  } v;
  ZipBuilder zip;
  for (int i = 0; i < 5; ++i) zip.Add(std::to_string(i) + ".docx", DocxWith(std::to_string(i)));
  ASSERT_TRUE(WalkArchive(zip.Build(), "nop.zip", DefaultArchiveLimits(), v).ok());
  EXPECT_EQ(v.seen, 2);
}

TEST(ArchiveNamesTest, UnsafeNames) {
  for (const char* name : {"", "/x", "\\x", "../x", "a/../../x", "a\\..\\x", "..", "C:x", "c:\\x",
                           "a\x01.docx", "a\x7F"}) {
    EXPECT_TRUE(UnsafeEntryName(name).has_value()) << name;
  }
  for (const char* name :
       {"x.docx", "a/b/c.docx", "..x.docx", "x..docx", "a/..b/c", "Báo cáo.docx"}) {
    EXPECT_FALSE(UnsafeEntryName(name).has_value()) << name;
  }
}

TEST(ArchiveNamesTest, SystemEntries) {
  for (const char* name : {"__MACOSX/x", "a/__MACOSX/x", "a/.DS_Store", "Thumbs.db",
                           "x/desktop.ini", "a/._x.docx", "~$x.docx", "a/.~lock.x.docx#"}) {
    EXPECT_TRUE(IsSystemEntry(name)) << name;
  }
  for (const char* name : {"x.docx", "a/b.docx", "macosx.docx"})
    EXPECT_FALSE(IsSystemEntry(name)) << name;
}

}  // namespace
}  // namespace tonghop::pipeline::testing
