// `tonghop ingest`, `batch` and `watch` end to end: the real binary
// (TONGHOP_BINARY) on real folders, then the store read back.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "pipeline_test_util.h"
#include "process_util.h"
#include "read/zip_builder.h"
#include "store/store.h"

namespace tonghop::pipeline::testing {
namespace {

namespace fs = std::filesystem;
using tonghop::testing::ZipBuilder;

std::set<std::string> Tree(const fs::path& root) {
  std::set<std::string> out;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    out.insert(fs::relative(it->path(), root).string());
  }
  return out;
}

std::unique_ptr<store::Store> OpenData(const fs::path& data_dir) {
  store::StoreConfig config;
  config.data_dir = data_dir.string();
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(config);
  EXPECT_TRUE(s.ok()) << s.error().Describe(Lang::kEn);
  return s.ok() ? std::move(*s) : nullptr;
}

std::vector<std::string> StoredPaths(store::Store& s) {
  std::vector<std::string> out;
  Result<std::vector<store::StoredDocument>> docs =
      s.AllDocuments(SampleCampaign().id, std::nullopt);
  EXPECT_TRUE(docs.ok());
  if (docs.ok()) {
    for (const store::StoredDocument& d : *docs) out.push_back(d.document.path);
  }
  return out;
}

void SetMtime(const fs::path& path, std::int64_t unix_seconds) {
  struct timespec times[2] = {{unix_seconds, 0}, {unix_seconds, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
}

// ---- batch ------------------------------------------------------------------

TEST(BatchCommandTest, HostileArchiveIngestsTheGoodEntriesAndWritesNothingOutside) {
  TempDir root;
  const fs::path work = root.path() / "work" / "deep";
  const std::string abs_name = "/tmp/tonghop-abs-" + std::to_string(::getpid()) + ".docx";
  ZipBuilder inner;
  inner.Add("Sìn Hồ/bc.docx", DocxWith("lồng bên trong")).flags = 0x0800;
  ZipBuilder zip;
  zip.Add(
      "K\xEA\xEC hoa\xF2"
      "ch M\xFD\xF5\xCCng Te\xCC.docx",
      DocxWith("cp1258"));  // no flag
  zip.Add("Báo cáo Tam Đường.docx", DocxWith("utf-8")).flags = 0x0800;
  zip.Add("B\xA0o c\xA0o Phong Th\x95.docx", DocxWith("cp437"));
  zip.Add("don-vi.zip", inner.Build(), 0);
  zip.Add("../escape.docx", DocxWith("ra ngoài"));
  zip.Add("../../../../../../../../tmp/deep-escape.docx", DocxWith("ra xa"));
  zip.Add(abs_name, DocxWith("tuyệt đối"));
  ZipBuilder::Entry& link = zip.Add("ln", "/tmp", 0);
  link.version_made_by = 0x0314;
  link.external_attributes = 0120777u << 16;
  zip.Add("ln/pwn.docx", DocxWith("qua liên kết"));  // only a name: read in memory like any other
  zip.Add("bomb.docx", std::string(16u << 20, '\0'));
  zip.Add("secret.docx", DocxWith("mật")).flags = 0x0001;
  WriteFile(work / "in" / "nop.zip", zip.Build());

  const std::set<std::string> before = Tree(root.path());
  RunResult r = RunTonghop({"--lang", "en", "batch", "in", "--campaign", SampleCampaignPath()},
                           work.string());
  EXPECT_EQ(r.code, 0) << r.err;

  // Nothing new anywhere except the store.
  for (const std::string& path : Tree(root.path())) {
    if (before.count(path)) continue;
    EXPECT_EQ(path.rfind("work/deep/tonghop-data", 0), 0u) << "written outside the store: " << path;
  }
  EXPECT_FALSE(fs::exists(abs_name));
  EXPECT_FALSE(fs::exists("/tmp/deep-escape.docx") &&
               fs::last_write_time("/tmp/deep-escape.docx") >
                   fs::last_write_time(work / "in" / "nop.zip"));

  EXPECT_NE(r.out.find("Summary: 11 document(s)\n  read:                       5\n"),
            std::string::npos)
      << r.out;
  for (const char* refused :
       {"in/nop.zip!/../escape.docx: Unsafe entry name", "in/nop.zip!//tmp/tonghop-abs",
        "in/nop.zip!/ln: The entry is a symbolic link",
        "in/nop.zip!/bomb.docx:", "in/nop.zip!/secret.docx: The entry is encrypted"}) {
    EXPECT_NE(r.err.find(std::string("tonghop: ") + refused), std::string::npos) << refused << "\n"
                                                                                 << r.err;
  }
  std::unique_ptr<store::Store> s = OpenData(work / "tonghop-data");
  ASSERT_TRUE(s);
  EXPECT_EQ(StoredPaths(*s), (std::vector<std::string>{
                                 "in/nop.zip!/Kế hoạch Mường Tè.docx",
                                 "in/nop.zip!/Báo cáo Tam Đường.docx",
                                 "in/nop.zip!/Báo cáo Phong Thò.docx",
                                 "in/nop.zip!/don-vi.zip!/Sìn Hồ/bc.docx",
                                 "in/nop.zip!/ln/pwn.docx",
                             }));
  Result<std::vector<store::StoredDocument>> docs =
      s->AllDocuments(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ((*docs)[0].document.received, "2020-07-05T12:00:00+07:00");  // the entry's DOS time
}

TEST(BatchCommandTest, EveryArchiveFailingIsExitThree) {
  TempDir root;
  WriteFile(root.path() / "in" / "broken.zip", "PK\x03\x04 not really");
  WriteFile(root.path() / "in" / "notes.txt", "not an archive: not taken from a folder");
  RunResult r =
      RunTonghop({"batch", "in", "--campaign", SampleCampaignPath()}, root.path().string());
  EXPECT_EQ(r.code, 3) << r.out << r.err;
  EXPECT_EQ(r.err.rfind("tonghop: in/broken.zip: ", 0), 0u) << r.err;
  EXPECT_NE(r.out.find("lỗi:                        1"), std::string::npos) << r.out;
}

// ---- ingest -------------------------------------------------------------------

TEST(IngestCommandTest, SameFolderTwiceChangesNothing) {
  TempDir root;
  const fs::path docs = root.path() / "docs";
  for (const char* name : {"a.docx", "b.docx", "c.docx", "Tam Đường/d.docx"})
    WriteFile(docs / name, DocxWith(name));
  WriteFile(docs / "copy of a.docx", DocxWith("a.docx"));
  WriteFile(docs / "scan.pdf", "%PDF-1.4\n");
  WriteFile(docs / "~$a.docx", "owner file");
  WriteFile(docs / ".hidden.docx", DocxWith("ẩn"));
  WriteFile(docs / ".~lock.a.docx#", "lock");
  SetMtime(docs / "a.docx", 1594350000);  // 2020-07-10T03:00:00Z

  const std::vector<std::string> args = {
      "--lang", "en", "ingest", "docs", "--campaign", SampleCampaignPath(), "--data-dir", "data"};
  RunResult first = RunTonghop(args, root.path().string());
  EXPECT_EQ(first.code, 0) << first.err;
  EXPECT_EQ(
      first.out,
      "Summary: 6 document(s)\n"
      "  read:                       5\n"
      "  new:                        4\n"
      "  duplicate (already stored): 1\n"
      "  superseded:                 0\n"
      "  failed:                     1\n"
      "Failures:\n"
      "  docs/scan.pdf: A PDF file, not a Word document — please send a Word document (.docx)\n");
  EXPECT_EQ(first.err,
            "tonghop: docs/scan.pdf: A PDF file, not a Word document — please send a Word document "
            "(.docx)\n");
  std::unique_ptr<store::Store> s = OpenData(root.path() / "data");
  ASSERT_TRUE(s);
  Result<store::StoreCounts> c1 = s->Counts(SampleCampaign().id, std::nullopt);
  std::vector<std::string> paths1 = StoredPaths(*s);
  Result<std::vector<store::StoredDocument>> docs1 =
      s->AllDocuments(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(c1.ok() && docs1.ok());
  EXPECT_EQ(paths1, (std::vector<std::string>{"docs/Tam Đường/d.docx", "docs/a.docx", "docs/b.docx",
                                              "docs/c.docx"}));
  EXPECT_EQ((*docs1)[1].document.received, "2020-07-10T10:00:00+07:00");  // the file's mtime
  s.reset();

  RunResult second = RunTonghop(args, root.path().string());
  EXPECT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.out.find("  new:                        0\n  duplicate (already stored): 5\n"),
            std::string::npos)
      << second.out;
  s = OpenData(root.path() / "data");
  Result<store::StoreCounts> c2 = s->Counts(SampleCampaign().id, std::nullopt);
  Result<std::vector<store::StoredDocument>> docs2 =
      s->AllDocuments(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(c2.ok() && docs2.ok());
  EXPECT_EQ(c2->documents, c1->documents);
  EXPECT_EQ(c2->counting, c1->counting);
  EXPECT_EQ(c2->superseded, c1->superseded);
  EXPECT_EQ(c2->not_counting, c1->not_counting);
  ASSERT_EQ(docs2->size(), docs1->size());
  for (std::size_t i = 0; i < docs1->size(); ++i) {
    EXPECT_EQ((*docs2)[i].document.id, (*docs1)[i].document.id);
    EXPECT_EQ((*docs2)[i].document.received, (*docs1)[i].document.received);
  }
  // Only the audit trail grows: each re-arrival is a sighting.
  EXPECT_EQ(c2->duplicates, c1->duplicates + 5);
}

TEST(IngestCommandTest, UnitAndPeriodGivenOnTheCommandLineAssignAStoredDocument) {
  TempDir root;
  WriteFile(root.path() / "bc.docx", DocxWith("không có tiêu đề"));  // no header at all
  const std::vector<std::string> base = {"--lang",     "en",         "ingest",
                                         "bc.docx",    "--campaign", SampleCampaignPath(),
                                         "--data-dir", "data"};
  RunResult first = RunTonghop(base, root.path().string());
  EXPECT_EQ(first.code, 0) << first.err;
  {
    std::unique_ptr<store::Store> s = OpenData(root.path() / "data");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->Counts(SampleCampaign().id, std::nullopt)->counting, 0);
  }
  std::vector<std::string> assign = base;
  assign.insert(assign.end(), {"--unit", "tam-duong", "--period", "dot-1"});
  RunResult second = RunTonghop(assign, root.path().string());
  EXPECT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.out.find("now with unit and period:   1\n"), std::string::npos) << second.out;
  std::unique_ptr<store::Store> s = OpenData(root.path() / "data");
  ASSERT_TRUE(s);
  auto counting = s->CountingDocuments(SampleCampaign().id, "dot-1");
  ASSERT_TRUE(counting.ok());
  ASSERT_EQ(counting->size(), 1u);
  EXPECT_EQ(counting->front().document.unit, "tam-duong");
  bool noted = false;
  for (const model::Finding& f : counting->front().findings)
    noted |= f.code == model::codes::kAssignedOnIngest && f.Attr("assigned") == "tam-duong / dot-1";
  EXPECT_TRUE(noted);

  std::vector<std::string> bad = base;
  bad.insert(bad.end(), {"--unit", "nowhere"});
  RunResult refused = RunTonghop(bad, root.path().string());
  EXPECT_EQ(refused.code, 2);
  EXPECT_NE(refused.err.find("--unit nowhere: no such unit in the campaign (tp-lai-chau, "),
            std::string::npos)
      << refused.err;
}

TEST(IngestCommandTest, ExitCodes) {
  TempDir root;
  WriteFile(root.path() / "scan.pdf", "%PDF-1.4\n");
  WriteFile(root.path() / "ok.docx", DocxWith("tốt"));
  const std::string c = SampleCampaignPath();
  EXPECT_EQ(RunTonghop({"ingest", "scan.pdf", "--campaign", c}, root.path().string()).code, 3);
  EXPECT_EQ(RunTonghop({"ingest", "missing.docx", "--campaign", c}, root.path().string()).code, 3);
  RunResult mixed = RunTonghop({"ingest", "missing.docx", "scan.pdf", "ok.docx", "--campaign", c},
                               root.path().string());
  EXPECT_EQ(mixed.code, 0);
  EXPECT_EQ(mixed.err.rfind("tonghop: missing.docx: Không có tệp hoặc thư mục này\n", 0), 0u)
      << mixed.err;
  RunResult no_campaign = RunTonghop({"ingest", "ok.docx"}, root.path().string());
  EXPECT_EQ(no_campaign.code, 2);
  EXPECT_EQ(no_campaign.err, "tonghop: Cần --campaign C.xml (tệp đợt thi đua)\n");
  RunResult bad_campaign =
      RunTonghop({"ingest", "ok.docx", "--campaign",
                  std::string(TONGHOP_TEST_DATA) + "/campaigns/schema-errors.xml"},
                 root.path().string());
  EXPECT_EQ(bad_campaign.code, 2);
  EXPECT_NE(bad_campaign.err.find("schema-errors.xml:"), std::string::npos) << bad_campaign.err;
  EXPECT_EQ(RunTonghop({"ingest", "--campaign", c}, root.path().string()).code, 2);
  EXPECT_EQ(
      RunTonghop({"ingest", "ok.docx", "--campaign", c, "--jobs", "0"}, root.path().string()).code,
      2);
}

// ---- watch --------------------------------------------------------------------

class WatchCommandTest : public ::testing::Test {
 protected:
  WatchCommandTest() : inbox_(root_.path() / "inbox"), data_(root_.path() / "data") {
    fs::create_directories(inbox_);
  }
  Child StartWatch(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--lang",     "en",
                                     "watch",      inbox_.string(),
                                     "--campaign", SampleCampaignPath(),
                                     "--data-dir", data_.string(),
                                     "--settle",   "40",
                                     "--log",      (root_.path() / "watch.log").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Child::Start(args, root_.path().string(), root_.File("watch.out"),
                        root_.File("watch.err"));
  }
  std::vector<std::string> Files(const fs::path& dir) const {
    std::vector<std::string> out;
    if (!fs::exists(dir)) return out;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
         ++it) {
      if (it->is_regular_file()) out.push_back(fs::relative(it->path(), dir).string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // Files waiting in the inbox (not .done/, .failed/, the lock).
  std::vector<std::string> Waiting() const {
    std::vector<std::string> out;
    for (const std::string& f : Files(inbox_)) {
      if (f[0] != '.') out.push_back(f);
    }
    return out;
  }
  std::string Log() const { return ReadFileBytes(root_.path() / "watch.log"); }
  std::string Err() const { return ReadFileBytes(root_.path() / "watch.err"); }

  TempDir root_;
  fs::path inbox_;
  fs::path data_;
};

TEST_F(WatchCommandTest, CopiedRenamedAndSlowlyWrittenFilesAreAllTakenAndSigtermExitsZero) {
  Child watcher = StartWatch();
  ASSERT_TRUE(WaitFor([&] { return fs::exists(inbox_ / ".tonghop-watch.lock"); }));
  // Copied in one go.
  WriteFile(inbox_ / "copied.docx", DocxWith("chép"));
  // Written under a temporary name, then renamed.
  WriteFile(inbox_ / "renamed.docx.part", DocxWith("đổi tên"));
  fs::rename(inbox_ / "renamed.docx.part", inbox_ / "renamed.docx");
  // Into a folder made after the watcher started.
  WriteFile(inbox_ / "Tam Đường" / "bc.docx", DocxWith("thư mục con"));
  // A DOCX written slowly: half, a pause longer than the settle time, the rest.
  std::string slow_docx = DocxWith("ghi chậm");
  {
    std::ofstream out(inbox_ / "slow.docx", std::ios::binary);
    out << slow_docx.substr(0, slow_docx.size() / 2) << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    out << slow_docx.substr(slow_docx.size() / 2) << std::flush;
  }
  // An XML written in pieces with short pauses.
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:wordDocument "
      "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p><w:r><w:t>"
      "Báo cáo gửi chậm</w:t></w:r></w:p></w:body></w:wordDocument>";
  {
    std::ofstream out(inbox_ / "slow.xml", std::ios::binary);
    for (std::size_t pos = 0; pos < xml.size(); pos += 40) {
      out << xml.substr(pos, 40) << std::flush;
      std::this_thread::sleep_for(std::chrono::milliseconds(15));
    }
  }
  WriteFile(inbox_ / "scan.pdf", "%PDF-1.4\n");
  WriteFile(inbox_ / "~$copied.docx", "owner file");
  // A ZIP of two documents, as a mail client saves an attachment.
  ZipBuilder zip;
  zip.Add("Sìn Hồ/kế hoạch.docx", DocxWith("trong tệp nén 1")).flags = 0x0800;
  zip.Add("báo cáo.docx", DocxWith("trong tệp nén 2")).flags = 0x0800;
  WriteFile(inbox_ / "nộp.zip", zip.Build());

  const std::vector<std::string> done = {"Tam Đường/bc.docx", "copied.docx", "nộp.zip",
                                         "renamed.docx",      "slow.docx",   "slow.xml"};
  const std::vector<std::string> failed = {"scan.pdf", "scan.pdf.reason.txt"};
  ASSERT_TRUE(WaitFor([&] {
    return Files(inbox_ / ".done") == done && Files(inbox_ / ".failed") == failed;
  })) << Err()
      << Log() << ::testing::PrintToString(Files(inbox_));
  EXPECT_EQ(ReadFileBytes(inbox_ / ".done" / "slow.docx"), slow_docx);
  EXPECT_EQ(ReadFileBytes(inbox_ / ".done" / "slow.xml"), xml);
  EXPECT_EQ(Waiting(), std::vector<std::string>{"~$copied.docx"});

  ASSERT_TRUE(WaitFor([&] {
    std::string log = Log();
    return std::count(log.begin(), log.end(), '\n') == 9;
  })) << Log();
  watcher.Signal(SIGTERM);
  EXPECT_EQ(watcher.Wait(), 0) << Err();
  EXPECT_NE(Err().find("tonghop: stopped on request"), std::string::npos) << Err();
  // One log line per document: time, file, unit, period, outcome, detail.
  std::string log = Log();
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 9) << log;
  EXPECT_NE(log.find("\tnộp.zip!/Sìn Hồ/kế hoạch.docx\t-\t-\tnew\n"), std::string::npos) << log;
  EXPECT_NE(log.find("\tnộp.zip\t-\t-\tarchive\t.done/nộp.zip; 2 documents: 2 new\n"),
            std::string::npos)
      << log;
  EXPECT_NE(log.find("\tcopied.docx\t-\t-\tnew\t.done/copied.docx\n"), std::string::npos) << log;
  EXPECT_NE(log.find("\tscan.pdf\t-\t-\tfailed\tA PDF file"), std::string::npos) << log;
  std::unique_ptr<store::Store> s = OpenData(data_);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->Counts(SampleCampaign().id, std::nullopt)->documents, 7);
}

TEST_F(WatchCommandTest, SigtermMidStreamFinishesTheCurrentDocumentAndLeavesNothingHalfDone) {
  constexpr int kDocuments = 30;
  for (int i = 0; i < kDocuments; ++i) {
    WriteFile(inbox_ / ("bc-" + std::to_string(100 + i) + ".docx"),
              DocxWith("văn bản " + std::to_string(i)));
  }
  Child watcher = StartWatch();
  ASSERT_TRUE(WaitFor([&] { return !Files(inbox_ / ".done").empty(); })) << Err();
  watcher.Signal(SIGTERM);
  EXPECT_EQ(watcher.Wait(), 0) << Err();
  std::size_t done = Files(inbox_ / ".done").size();
  EXPECT_LT(done, static_cast<std::size_t>(kDocuments))
      << "stopped only after everything: signal too late?";
  EXPECT_EQ(done + Waiting().size(), static_cast<std::size_t>(kDocuments));
  std::unique_ptr<store::Store> s = OpenData(data_);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->Counts(SampleCampaign().id, std::nullopt)->documents,
            static_cast<std::int64_t>(done));
  Result<std::vector<store::JournalEntry>> open = s->JournalUnfinished();
  ASSERT_TRUE(open.ok());
  EXPECT_TRUE(open->empty()) << "a document was left half done";
}

TEST_F(WatchCommandTest, ASecondWatcherOnTheSameInboxIsRefused) {
  Child first = StartWatch();
  ASSERT_TRUE(WaitFor([&] { return fs::exists(inbox_ / ".tonghop-watch.lock"); }));
  std::this_thread::sleep_for(
      std::chrono::milliseconds(50));  // the lock is taken right after the file is made
  RunResult second = RunTonghop({"--lang", "en", "watch", inbox_.string(), "--once", "--campaign",
                                 SampleCampaignPath(), "--data-dir", data_.string()},
                                root_.path().string());
  EXPECT_EQ(second.code, 2);
  EXPECT_NE(second.err.find("Another tonghop watch process is watching this folder"),
            std::string::npos)
      << second.err;
  first.Signal(SIGINT);
  EXPECT_EQ(first.Wait(), 0);
}

TEST_F(WatchCommandTest, KilledWithSigkillMidStreamAndRestartedEveryDocumentExactlyOnce) {
  constexpr int kDocuments = 40;
  auto name = [](int i) { return "bc-" + std::to_string(100 + i) + ".docx"; };
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    for (int i = 0; i < kDocuments; ++i) {
      if (i % 2 == 0) {  // half copied straight in, half renamed from a temp name
        WriteFile(inbox_ / name(i), DocxWith("văn bản " + std::to_string(i)));
      } else {
        WriteFile(inbox_ / (name(i) + ".tmp"), DocxWith("văn bản " + std::to_string(i)));
        fs::rename(inbox_ / (name(i) + ".tmp"), inbox_ / name(i));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(4));
    }
    writing = false;
  });
  int kills = 0;
  // Killed right after a file lands in .done/ (between the move and the
  // journal's last step, often), then at an arbitrary moment, then again.
  for (std::size_t kill_when_done : {6u, 0u, 30u}) {
    Child watcher = StartWatch();
    if (kill_when_done == 0) {
      std::size_t at_start = Files(inbox_ / ".done").size();
      ASSERT_TRUE(WaitFor([&] { return Files(inbox_ / ".done").size() > at_start; }));
      std::this_thread::sleep_for(std::chrono::milliseconds(7));
    } else {
      bool reached = WaitFor([&] { return Files(inbox_ / ".done").size() >= kill_when_done; },
                             std::chrono::seconds(20));
      EXPECT_TRUE(reached) << Err() << Log();
    }
    watcher.Signal(SIGKILL);
    EXPECT_EQ(watcher.Wait(), 128 + SIGKILL);
    ++kills;
  }
  writer.join();
  // The last restart finishes the work.
  Child last = StartWatch({"--once"});
  EXPECT_EQ(last.Wait(), 0) << Err();
  EXPECT_EQ(kills, 3);

  std::vector<std::string> expected;
  for (int i = 0; i < kDocuments; ++i) expected.push_back(name(i));
  EXPECT_EQ(Files(inbox_ / ".done"), expected) << Log();  // each exactly once, no "(2)"
  EXPECT_TRUE(Waiting().empty()) << ::testing::PrintToString(Waiting());
  for (int i = 0; i < kDocuments; ++i) {
    EXPECT_EQ(ReadFileBytes(inbox_ / ".done" / name(i)), DocxWith("văn bản " + std::to_string(i)));
  }
  std::unique_ptr<store::Store> s = OpenData(data_);
  ASSERT_TRUE(s);
  Result<store::StoreCounts> counts = s->Counts(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, kDocuments);
  EXPECT_EQ(counts->duplicates, 0);
  Result<std::vector<store::JournalEntry>> open = s->JournalUnfinished();
  ASSERT_TRUE(open.ok());
  EXPECT_TRUE(open->empty());
}

}  // namespace
}  // namespace tonghop::pipeline::testing
