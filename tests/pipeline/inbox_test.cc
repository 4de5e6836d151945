// The inbox reconciler against an in-memory file system and a fake clock:
// settle times, slow writes, temp names, incomplete DOCX, .done/.failed,
// retries, and a crash before every single mutating step followed by a
// restart (nothing lost, nothing counted twice).
#include "pipeline/inbox.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "fakes.h"
#include "pipeline/watch.h"
#include "pipeline_test_util.h"
#include "store/sqlite_store.h"

namespace tonghop::pipeline::testing {
namespace {

constexpr std::int64_t kStart = 1593915120;  // 2020-07-05T09:12:00+07:00
constexpr std::int64_t kSettle = 100;
const std::string kInbox = "/in";

class InboxTest : public ::testing::Test {
 public:
  // The store lives in memory-backed /dev/shm when there is one: the crash
  // sweeps open hundreds of stores, and fsync on a disk would dominate.
  InboxTest() : dir_(TempDir::InMemoryIfPossible()), clock_(kStart), fs_(clock_, plan_) {
    fs_.Mkdir(kInbox);
    store::SqliteOptions o;
    o.path = dir_.File("store.sqlite");
    o.clock = &clock_;
    Result<std::unique_ptr<store::Store>> opened = store::OpenSqliteStore(o);
    EXPECT_TRUE(opened.ok()) << opened.error().Describe(Lang::kEn);
    real_store_ = std::move(*opened);
    store_ = std::make_unique<CrashingStore>(*real_store_, plan_);
    plan_.Reset();  // setup is no crash point
  }

  InboxOptions Options() const {
    InboxOptions o;
    o.inbox = kInbox;
    o.settle_ms = kSettle;
    o.incomplete_wait_ms = 20 * kSettle;
    o.retry_ms = 500;
    o.lang = Lang::kEn;
    return o;
  }

  std::unique_ptr<Inbox> MakeInbox(InboxOptions options) {
    return std::make_unique<Inbox>(fs_, clock_, *store_, SampleCampaign(), std::move(options),
                                   [this](const InboxEvent& e) { events_.push_back(e); });
  }
  std::unique_ptr<Inbox> MakeInbox() { return MakeInbox(Options()); }

  // Lets `ms` of fake time pass in 10 ms steps, rescanning and processing
  // at each, as the watch loop would. Stops early when the process "dies".
  void Drive(Inbox& inbox, std::int64_t ms) {
    for (std::int64_t t = 0; t <= ms && plan_.Alive(); t += 10) {
      (void)inbox.Rescan();
      while (plan_.Alive() && inbox.ProcessNext()) {
      }
      clock_.AdvanceMs(10);
    }
  }

  std::vector<std::string> InInbox() const {
    std::vector<std::string> out;
    for (const std::string& f : fs_.FilesUnder(kInbox + "/")) {
      if (f.rfind(kInbox + "/.done/", 0) != 0 && f.rfind(kInbox + "/.failed/", 0) != 0)
        out.push_back(f);
    }
    return out;
  }

  store::StoreCounts Counts() {
    Result<store::StoreCounts> c = real_store_->Counts(SampleCampaign().id, std::nullopt);
    EXPECT_TRUE(c.ok());
    return c.ok() ? *c : store::StoreCounts{};
  }

  std::vector<std::string> Outcomes() const {
    std::vector<std::string> out;
    for (const InboxEvent& e : events_) out.push_back(e.file + " " + e.outcome);
    return out;
  }

  TempDir dir_;
  FakeClock clock_;
  CrashPlan plan_;
  FakeFileSystem fs_;
  std::unique_ptr<store::Store> real_store_;
  std::unique_ptr<CrashingStore> store_;
  std::vector<InboxEvent> events_;
};

TEST_F(InboxTest, FileIsTakenAfterItsSettleTimeThenMovedToDone) {
  auto inbox = MakeInbox();
  fs_.Write("/in/bc.docx", DocxWith("một"));
  ASSERT_TRUE(inbox->Rescan().ok());
  EXPECT_EQ(inbox->pending(), 1u);
  EXPECT_EQ(inbox->NextDueMs(), clock_.SteadyMs() + kSettle);
  EXPECT_FALSE(inbox->ProcessNext());  // not due yet
  clock_.AdvanceMs(kSettle);
  EXPECT_TRUE(inbox->ProcessNext());
  EXPECT_EQ(inbox->pending(), 0u);
  EXPECT_TRUE(InInbox().empty());
  EXPECT_EQ(fs_.Content("/in/.done/bc.docx"), DocxWith("một"));
  EXPECT_EQ(Counts().documents, 1);
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(FormatInboxEvent(events_[0]),
            "2020-07-05T09:12:00+07:00\tbc.docx\t-\t-\tnew\t.done/bc.docx");
  Result<std::vector<store::JournalEntry>> open = real_store_->JournalUnfinished();
  ASSERT_TRUE(open.ok());
  EXPECT_TRUE(open->empty());
}

TEST_F(InboxTest, SlowWriteIsTakenOnlyOnceItStopsChanging) {
  auto inbox = MakeInbox();
  // An XML report written in pieces, each pause shorter than the settle time.
  const std::string doc =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:wordDocument "
      "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p><w:r><w:t>"
      "Báo cáo</w:t></w:r></w:p></w:body></w:wordDocument>";
  fs_.Write("/in/slow.xml", doc.substr(0, 40));
  for (std::size_t pos = 40; pos < doc.size(); pos += 40) {
    Drive(*inbox, kSettle - 30);
    EXPECT_EQ(fs_.FilesUnder("/in/.").size(), 0u) << "taken while still being written";
    fs_.Append("/in/slow.xml", doc.substr(pos, 40));
  }
  Drive(*inbox, kSettle - 30);
  EXPECT_FALSE(fs_.Exists("/in/.done/slow.xml"));
  Drive(*inbox, 2 * kSettle);
  ASSERT_TRUE(fs_.Exists("/in/.done/slow.xml")) << ::testing::PrintToString(Outcomes());
  EXPECT_EQ(fs_.Content("/in/.done/slow.xml"), doc);
  EXPECT_EQ(Counts().documents, 1);
}

TEST_F(InboxTest, DocxWithoutItsCentralDirectoryWaitsForTheRest) {
  auto inbox = MakeInbox();
  std::string docx = DocxWith("chép chậm qua mạng");
  fs_.Write("/in/bc.docx", docx.substr(0, docx.size() / 2));
  Drive(*inbox, 10 * kSettle);  // stable, but the writer is only half way
  EXPECT_EQ(InInbox(), std::vector<std::string>{"/in/bc.docx"});
  EXPECT_TRUE(events_.empty());
  fs_.Append("/in/bc.docx", docx.substr(docx.size() / 2));
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(fs_.Content("/in/.done/bc.docx"), docx);
  EXPECT_EQ(Counts().documents, 1);
}

TEST_F(InboxTest, DocxThatNeverCompletesFailsAfterTheIncompleteWait) {
  auto inbox = MakeInbox();
  std::string docx = DocxWith("hỏng");
  fs_.Write("/in/cut.docx", docx.substr(0, docx.size() - 30));
  Drive(*inbox, Options().incomplete_wait_ms + 3 * kSettle);
  EXPECT_TRUE(InInbox().empty());
  EXPECT_TRUE(fs_.Exists("/in/.failed/cut.docx"));
  EXPECT_TRUE(fs_.Exists("/in/.failed/cut.docx.reason.txt"));
  EXPECT_EQ(Counts().documents, 0);
}

TEST_F(InboxTest, ZeroSettleTimeNeverSpinsOnAFileThatIsNotReady) {
  InboxOptions o = Options();
  o.settle_ms = 0;
  auto inbox = MakeInbox(o);
  std::string docx = DocxWith("nửa");
  fs_.Write("/in/bc.docx", docx.substr(0, docx.size() / 2));
  ASSERT_TRUE(inbox->Rescan().ok());
  int calls = 0;
  while (inbox->ProcessNext()) ASSERT_LT(++calls, 5);
  EXPECT_GT(*inbox->NextDueMs(), clock_.SteadyMs());
  fs_.Append("/in/bc.docx", docx.substr(docx.size() / 2));
  for (int i = 0; i < 2; ++i) {  // seen changed, then seen complete
    clock_.AdvanceMs(50);
    while (inbox->ProcessNext()) ASSERT_LT(++calls, 10);
  }
  EXPECT_TRUE(fs_.Exists("/in/.done/bc.docx"));
}

TEST_F(InboxTest, FileRenamedFromATempNameIsTakenUnderItsNewName) {
  auto inbox = MakeInbox();
  fs_.Write("/in/bc.docx.part", DocxWith("tạm"));
  fs_.Write("/in/~bc.tmp", DocxWith("tạm 2"));
  Drive(*inbox, 5 * kSettle);
  EXPECT_EQ(inbox->pending(), 0u);
  EXPECT_TRUE(events_.empty());
  fs_.Move("/in/bc.docx.part", "/in/bc.docx");
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(fs_.Content("/in/.done/bc.docx"), DocxWith("tạm"));
  EXPECT_EQ(InInbox(), std::vector<std::string>{"/in/~bc.tmp"});
}

TEST_F(InboxTest, LockTempAndHiddenFilesAreLeftAlone) {
  auto inbox = MakeInbox();
  for (const char* name :
       {"~$bc.docx", ".~lock.bc.docx#", "bc.tmp", "bc.TMP", "bc.part", "bc.partial",
        "bc.crdownload", ".an.docx", "Thumbs.db", "desktop.ini", ".bc.docx.swp"}) {
    fs_.Write(kInbox + "/" + name, DocxWith(name));
  }
  fs_.Write("/in/.hidden/inside.docx", DocxWith("ẩn"));
  Drive(*inbox, 5 * kSettle);
  EXPECT_TRUE(events_.empty()) << ::testing::PrintToString(Outcomes());
  EXPECT_EQ(InInbox().size(), 12u);
  EXPECT_TRUE(fs_.FilesUnder("/in/.done").empty());
}

TEST_F(InboxTest, FilesInSubfoldersAreTakenAndKeepTheirFolderInDone) {
  auto inbox = MakeInbox();
  fs_.Write("/in/Tam Đường/bc.docx", DocxWith("Tam Đường"));
  fs_.Write("/in/Mường Tè/bc.docx", DocxWith("Mường Tè"));
  Drive(*inbox, 3 * kSettle);
  EXPECT_TRUE(fs_.Exists("/in/.done/Tam Đường/bc.docx"));
  EXPECT_TRUE(fs_.Exists("/in/.done/Mường Tè/bc.docx"));
  EXPECT_EQ(Counts().documents, 2);
}

TEST_F(InboxTest, BadFileGoesToFailedWithItsReasonBeside) {
  auto inbox = MakeInbox();
  fs_.Write("/in/scan.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n");
  Drive(*inbox, 2 * kSettle);
  EXPECT_TRUE(InInbox().empty());
  EXPECT_EQ(fs_.Content("/in/.failed/scan.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n");
  std::string reason = fs_.Content("/in/.failed/scan.pdf.reason.txt");
  EXPECT_NE(reason.find("PDF"), std::string::npos) << reason;
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].outcome, "failed");
  EXPECT_EQ(Counts().documents, 0);
}

TEST_F(InboxTest, TakenNamesInDoneGetANumber) {
  auto inbox = MakeInbox();
  fs_.Write("/in/.done/bc.docx", "an earlier file");
  fs_.Write("/in/.done/bc (2).docx", "another earlier file");
  fs_.Write("/in/bc.docx", DocxWith("mới"));
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(fs_.Content("/in/.done/bc (3).docx"), DocxWith("mới"));
  EXPECT_EQ(fs_.Content("/in/.done/bc.docx"), "an earlier file");
}

TEST_F(InboxTest, SameBytesAgainAreADuplicateCountedOnce) {
  auto inbox = MakeInbox();
  fs_.Write("/in/bc.docx", DocxWith("một lần"));
  Drive(*inbox, 2 * kSettle);
  fs_.Write("/in/bc.docx", DocxWith("một lần"));  // sent again under the same name
  Drive(*inbox, 2 * kSettle);
  EXPECT_TRUE(fs_.Exists("/in/.done/bc.docx"));
  EXPECT_TRUE(fs_.Exists("/in/.done/bc (2).docx"));
  EXPECT_EQ(Outcomes(), (std::vector<std::string>{"bc.docx new", "bc.docx duplicate"}));
  store::StoreCounts counts = Counts();
  EXPECT_EQ(counts.documents, 1);
  EXPECT_EQ(counts.duplicates, 1);
}

TEST_F(InboxTest, ReceivedIsWhenTheFileLandedEvenIfTheWatcherWasDown) {
  // Landed two days before the watcher saw it (ctime), with an older mtime
  // from the sender's PC (cp -p).
  fs_.Write("/in/bc.docx", DocxWith("gửi lúc máy chủ tắt"));
  const std::int64_t landed = kStart - 2 * 86400;
  fs_.SetTimes("/in/bc.docx", (landed - 86400) * 1000000000, landed * 1000000000);
  auto inbox = MakeInbox();
  Drive(*inbox, 2 * kSettle);
  Result<std::vector<store::StoredDocument>> docs =
      real_store_->AllDocuments(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].document.received, "2020-07-03T09:12:00+07:00");
  EXPECT_EQ((*docs)[0].document.path, "/in/bc.docx");
}

TEST_F(InboxTest, UnreadableFileIsRetriedNotFailed) {
  auto inbox = MakeInbox();
  fs_.Write("/in/bc.docx", DocxWith("khoá quyền"));
  fs_.Deny("/in/bc.docx");
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(InInbox(), std::vector<std::string>{"/in/bc.docx"});
  ASSERT_FALSE(events_.empty());
  EXPECT_EQ(events_[0].outcome, "retry");
  EXPECT_NE(events_[0].detail.find("permission denied"), std::string::npos);
  fs_.Deny("");
  Drive(*inbox, Options().retry_ms + kSettle);
  EXPECT_TRUE(fs_.Exists("/in/.done/bc.docx"));
}

TEST_F(InboxTest, OnceModeGivesUpOnAnUnreadableFile) {
  InboxOptions o = Options();
  o.give_up_on_errors = true;
  auto inbox = MakeInbox(o);
  fs_.Write("/in/bc.docx", DocxWith("khoá quyền"));
  fs_.Deny("/in/bc.docx");
  ASSERT_TRUE(inbox->Rescan().ok());
  clock_.AdvanceMs(kSettle);
  while (inbox->ProcessNext()) {
  }
  EXPECT_EQ(inbox->pending(), 0u);
  EXPECT_EQ(Outcomes(), std::vector<std::string>{"bc.docx skipped"});
}

TEST_F(InboxTest, OnceModeLeavesAnIncompleteDocxForALaterRun) {
  InboxOptions o = Options();
  o.give_up_on_errors = true;
  auto inbox = MakeInbox(o);
  std::string docx = DocxWith("nửa");
  fs_.Write("/in/bc.docx", docx.substr(0, docx.size() / 2));
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(InInbox(), std::vector<std::string>{"/in/bc.docx"});
  EXPECT_EQ(Outcomes().front(), "bc.docx skipped");
}

TEST_F(InboxTest, FileOverTheSizeLimitGoesToFailed) {
  InboxOptions o = Options();
  o.read.limits.max_input_bytes = 100;
  auto inbox = MakeInbox(o);
  fs_.Write("/in/big.docx", std::string(300, 'x'));
  Drive(*inbox, 2 * kSettle);
  EXPECT_TRUE(fs_.Exists("/in/.failed/big.docx"));
  EXPECT_NE(fs_.Content("/in/.failed/big.docx.reason.txt").find("too large"), std::string::npos);
}

// A ZIP archive of documents, as a unit or a mail client saves one.
std::string ArchiveOf(std::vector<std::pair<std::string, std::string>> entries) {
  tonghop::testing::ZipBuilder zip;
  for (auto& [name, data] : entries) zip.Add(name, data).flags = 0x0800;
  return zip.Build();
}

TEST_F(InboxTest, ZipOfDocumentsIsReadEntryByEntryThenMovedToDone) {
  auto inbox = MakeInbox();
  const std::string zip = ArchiveOf({{"Tam Đường/bc.docx", DocxWith("một")},
                                     {"../thoát.docx", DocxWith("hai")},
                                     {"scan.pdf", "%PDF-1.4\n"},
                                     {"sìn hồ.docx", DocxWith("ba")}});
  fs_.Write("/in/nop.zip", zip);
  Drive(*inbox, 2 * kSettle);
  EXPECT_TRUE(InInbox().empty());
  EXPECT_EQ(fs_.Content("/in/.done/nop.zip"), zip);
  EXPECT_FALSE(fs_.Exists("/in/.failed/nop.zip"));
  EXPECT_EQ(Counts().documents, 2);
  EXPECT_EQ(Outcomes(),
            (std::vector<std::string>{"nop.zip!/Tam Đường/bc.docx new",
                                      "nop.zip!/../thoát.docx failed", "nop.zip!/scan.pdf failed",
                                      "nop.zip!/sìn hồ.docx new", "nop.zip archive"}));
  EXPECT_EQ(events_.back().detail, ".done/nop.zip; 4 documents: 2 new, 2 failed");
  EXPECT_NE(events_[2].detail.find("PDF"), std::string::npos) << events_[2].detail;
  // The entries that failed are listed beside the archive; nothing was
  // written for the entry named "../thoát.docx".
  EXPECT_EQ(fs_.FilesUnder("/"),
            (std::vector<std::string>{"/in/.done/nop.zip", "/in/.done/nop.zip.reason.txt"}));
  std::string reason = fs_.Content("/in/.done/nop.zip.reason.txt");
  EXPECT_EQ(reason.substr(0, reason.find('\n')), "4 documents: 2 new, 2 failed");
  EXPECT_NE(reason.find("\n- nop.zip!/../thoát.docx: "), std::string::npos) << reason;
  EXPECT_NE(reason.find("\n- nop.zip!/scan.pdf: "), std::string::npos) << reason;
  Result<std::vector<store::JournalEntry>> open = real_store_->JournalUnfinished();
  ASSERT_TRUE(open.ok());
  EXPECT_TRUE(open->empty());

  // The same archive again: its documents are duplicates, counted once.
  events_.clear();
  fs_.Write("/in/nop.zip", zip);
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(events_.back().detail, ".done/nop (2).zip; 4 documents: 2 duplicate, 2 failed");
  EXPECT_EQ(Counts().documents, 2);
  EXPECT_EQ(Counts().duplicates, 2);
}

TEST_F(InboxTest, ZipWithoutAReadableDocumentGoesToFailed) {
  auto inbox = MakeInbox();
  fs_.Write("/in/scans.zip", ArchiveOf({{"scan.pdf", "%PDF-1.4\n"}}));
  Drive(*inbox, 2 * kSettle);
  EXPECT_TRUE(fs_.Exists("/in/.failed/scans.zip"));
  std::string reason = fs_.Content("/in/.failed/scans.zip.reason.txt");
  EXPECT_NE(reason.find("A ZIP archive without a readable document (1 documents: 1 failed)"),
            std::string::npos)
      << reason;
  EXPECT_NE(reason.find("\n- scans.zip!/scan.pdf: "), std::string::npos) << reason;
  EXPECT_EQ(Outcomes(),
            (std::vector<std::string>{"scans.zip!/scan.pdf failed", "scans.zip failed"}));
  EXPECT_EQ(Counts().documents, 0);
}

TEST_F(InboxTest, FileThatVanishesBeforeItSettlesIsForgotten) {
  auto inbox = MakeInbox();
  fs_.Write("/in/bc.docx", DocxWith("biến mất"));
  ASSERT_TRUE(inbox->Rescan().ok());
  fs_.Move("/in/bc.docx", "/elsewhere.docx");
  clock_.AdvanceMs(kSettle);
  EXPECT_TRUE(inbox->ProcessNext());
  EXPECT_EQ(inbox->pending(), 0u);
  EXPECT_TRUE(events_.empty());
}

TEST_F(InboxTest, ContentReplacedAfterACrashIsANewArrival) {
  fs_.Write("/in/bc.docx", DocxWith("bản đầu"));
  {
    plan_.crash_at = 2;  // journal-open happens, then the store step dies
    auto inbox = MakeInbox();
    Drive(*inbox, 2 * kSettle);
    ASSERT_TRUE(plan_.crashed);
    ASSERT_EQ(plan_.log[0], "journal-open /in/bc.docx");
  }
  plan_.Reset();
  events_.clear();
  fs_.Write("/in/bc.docx", DocxWith("bản sửa"));  // the sender saved a new version meanwhile
  auto inbox = MakeInbox();
  ASSERT_TRUE(inbox->Recover().ok());
  Drive(*inbox, 2 * kSettle);
  EXPECT_EQ(Outcomes(), (std::vector<std::string>{"bc.docx gone", "bc.docx new"}));
  EXPECT_EQ(fs_.Content("/in/.done/bc.docx"), DocxWith("bản sửa"));
  EXPECT_EQ(Counts().documents, 1);
}

// ---- A crash before every mutating step --------------------------------

class InboxCrashTest : public InboxTest {
 public:
  void PutFiles() {
    fs_.Write("/in/a.docx", DocxWith("A"));
    fs_.Write("/in/b.docx", DocxWith("B"));
    fs_.Write("/in/sub/c.docx", DocxWith("C"));
    fs_.Write("/in/copy of a.docx", DocxWith("A"));
    fs_.Write("/in/scan.pdf", "%PDF-1.4\n");
    fs_.Write("/in/nop.zip", ArchiveOf({{"d.docx", DocxWith("D")}, {"e/f.docx", DocxWith("F")}}));
  }
  void ExpectEverythingExactlyOnce(const std::string& context) {
    SCOPED_TRACE(context);
    EXPECT_TRUE(InInbox().empty()) << ::testing::PrintToString(InInbox());
    EXPECT_EQ(fs_.FilesUnder("/in/.done/"),
              (std::vector<std::string>{"/in/.done/a.docx", "/in/.done/b.docx",
                                        "/in/.done/copy of a.docx", "/in/.done/nop.zip",
                                        "/in/.done/sub/c.docx"}));
    EXPECT_EQ(fs_.Content("/in/.done/sub/c.docx"), DocxWith("C"));
    EXPECT_EQ(
        fs_.FilesUnder("/in/.failed/"),
        (std::vector<std::string>{"/in/.failed/scan.pdf", "/in/.failed/scan.pdf.reason.txt"}));
    store::StoreCounts counts = Counts();
    EXPECT_EQ(counts.documents, 5);
    EXPECT_EQ(counts.duplicates, 1);  // a crash inside the archive adds no sighting
    Result<std::vector<store::JournalEntry>> open = real_store_->JournalUnfinished();
    ASSERT_TRUE(open.ok());
    EXPECT_TRUE(open->empty());
  }
};

TEST_F(InboxCrashTest, CleanRunStoresAndMovesEveryFileOnce) {
  PutFiles();
  auto inbox = MakeInbox();
  ASSERT_TRUE(inbox->Recover().ok());
  Drive(*inbox, 3 * kSettle);
  ExpectEverythingExactlyOnce("clean");
  EXPECT_GE(plan_.steps, 20) << "the sweep below would cover little";
}

struct CrashWorld : InboxCrashTest {
  void TestBody() override {}
};

// The crash points of a clean run, by what the step was.
std::vector<std::string> CleanRunSteps() {
  CrashWorld w;
  w.PutFiles();
  auto inbox = w.MakeInbox();
  (void)inbox->Recover();
  w.Drive(*inbox, 3 * kSettle);
  return w.plan_.log;
}

TEST(InboxCrashSweep, KilledBeforeAnyStepAndRestartedLosesNothingAndCountsNothingTwice) {
  // One fresh world per crash point; stops when a run no longer crashes.
  const std::size_t clean_steps = CleanRunSteps().size();
  ASSERT_GE(clean_steps, 20u);
  ::testing::Test::RecordProperty("crash_points", static_cast<int>(clean_steps));
  int crash_at = 1;
  for (;; ++crash_at) {
    CrashWorld w;
    w.PutFiles();
    w.plan_.crash_at = crash_at;
    std::string died_at;
    {
      auto first = w.MakeInbox();
      (void)first->Recover();
      w.Drive(*first, 3 * kSettle);
      if (!w.plan_.crashed) break;  // past the last step
      died_at = w.plan_.log.back();
    }
    w.plan_.Reset();
    auto second = w.MakeInbox();  // the restart
    ASSERT_TRUE(second->Recover().ok());
    w.Drive(*second, 3 * kSettle);
    w.ExpectEverythingExactlyOnce("crash before step " + std::to_string(crash_at) + ": " + died_at);
    if (::testing::Test::HasFailure()) return;
    ASSERT_LT(crash_at, 500);
  }
  EXPECT_EQ(static_cast<std::size_t>(crash_at), clean_steps + 1);  // every step was a crash point
}

TEST(InboxCrashSweep, KilledAgainDuringTheRecoveryStillEndsExactlyOnce) {
  // First crash right after the first document was stored (before its move
  // was planned) and right after the first rename; then a second crash at
  // every step of the restart; then a clean restart.
  std::vector<std::string> steps = CleanRunSteps();
  std::vector<int> first_crashes;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].rfind("add-document", 0) == 0 || steps[i].rfind("rename", 0) == 0) {
      first_crashes.push_back(static_cast<int>(i) + 2);  // the step after it
      if (first_crashes.size() == 2) break;
    }
  }
  ASSERT_EQ(first_crashes.size(), 2u);
  for (int first_crash : first_crashes) {
    for (int second_crash = 1;; ++second_crash) {
      CrashWorld w;
      w.PutFiles();
      w.plan_.crash_at = first_crash;
      {
        auto first = w.MakeInbox();
        (void)first->Recover();
        w.Drive(*first, 3 * kSettle);
        ASSERT_TRUE(w.plan_.crashed);
      }
      w.plan_.Reset();
      w.plan_.crash_at = second_crash;
      {
        auto second = w.MakeInbox();
        (void)second->Recover();
        w.Drive(*second, 3 * kSettle);
        if (!w.plan_.crashed) break;
      }
      w.plan_.Reset();
      auto third = w.MakeInbox();
      ASSERT_TRUE(third->Recover().ok());
      w.Drive(*third, 3 * kSettle);
      w.ExpectEverythingExactlyOnce("crashes at " + std::to_string(first_crash) + " then " +
                                    std::to_string(second_crash));
      if (::testing::Test::HasFailure()) return;
      ASSERT_LT(second_crash, 500);
    }
  }
}

// ---- The loop -------------------------------------------------------------

// Time passes only when the loop waits.
class FakeWaker final : public Waker {
 public:
  explicit FakeWaker(FakeClock& clock) : clock_(clock) {}
  Wake Wait(std::int64_t timeout_ms) override {
    waits.push_back(timeout_ms);
    clock_.AdvanceMs(std::max<std::int64_t>(timeout_ms, 1));
    if (on_wait) on_wait();
    return Wake::kTimeout;
  }
  void WatchFolders(const std::vector<std::string>& folders) override { watched = folders; }
  const char* Kind() const override { return "fake"; }
  std::vector<std::int64_t> waits;
  std::vector<std::string> watched;
  std::function<void()> on_wait;

 private:
  FakeClock& clock_;
};

TEST_F(InboxTest, OnceLoopSleepsUntilTheSettleTimeThenProcessesEverythingAndReturns) {
  fs_.Write("/in/a.docx", DocxWith("a"));
  fs_.Write("/in/sub/b.docx", DocxWith("b"));
  auto inbox = MakeInbox();
  FakeWaker waker(clock_);
  WatchLoopOptions loop;
  loop.once = true;
  ASSERT_TRUE(RunWatch(*inbox, waker, clock_, loop, [] { return false; }).ok());
  EXPECT_EQ(waker.waits, std::vector<std::int64_t>{kSettle});  // one sleep, exactly the settle time
  EXPECT_EQ(waker.watched, (std::vector<std::string>{"/in", "/in/sub"}));
  EXPECT_TRUE(InInbox().empty());
  EXPECT_EQ(Counts().documents, 2);
}

TEST_F(InboxTest, LoopRescansPeriodicallyAndStopsWhenAsked) {
  auto inbox = MakeInbox();
  FakeWaker waker(clock_);
  int wakes = 0;
  waker.on_wait = [&] {
    if (++wakes == 3) fs_.Write("/in/late.docx", DocxWith("đến muộn"));  // no event at all
  };
  WatchLoopOptions loop;
  loop.rescan_ms = 1000;
  bool stop = false;
  ASSERT_TRUE(RunWatch(*inbox, waker, clock_, loop, [&] {
                stop = stop || fs_.Exists("/in/.done/late.docx");
                return stop;
              }).ok());
  EXPECT_TRUE(fs_.Exists("/in/.done/late.docx"));
  EXPECT_EQ(waker.waits[0], 1000);  // nothing pending: sleep until the periodic rescan
}

TEST(InboxNamesTest, IgnoredNames) {
  for (const char* name : {".x", ".done", "~$x.docx", ".~lock.x.docx#", "x.tmp", "x.part", "x.PART",
                           "x.partial", "x.crdownload", "x.swp", "Thumbs.db", "desktop.ini"}) {
    EXPECT_TRUE(IsIgnoredInboxName(name)) << name;
  }
  for (const char* name :
       {"x.docx", "bc.xml", "tmp.docx", "part 1.docx", "Báo cáo.docx", "x~$.docx"}) {
    EXPECT_FALSE(IsIgnoredInboxName(name)) << name;
  }
}

TEST(InboxNamesTest, ZipEndIsFoundWithAndWithoutComment) {
  std::string docx = DocxWith("x");
  EXPECT_TRUE(HasZipEnd(docx));
  EXPECT_FALSE(HasZipEnd(docx.substr(0, docx.size() - 1)));
  EXPECT_FALSE(HasZipEnd(docx.substr(0, docx.size() / 2)));
  tonghop::testing::ZipBuilder zip = tonghop::testing::MinimalDocx();
  zip.comment = "a comment that follows the record";
  EXPECT_TRUE(HasZipEnd(zip.Build()));
  EXPECT_FALSE(HasZipEnd(""));
}

}  // namespace
}  // namespace tonghop::pipeline::testing
