// The inbox journal (issue 6): the states a watcher walks a file through,
// and what a restart finds after a crash at each point.
#include <gtest/gtest.h>

#include "store/sqlite_store.h"
#include "store/store_test_util.h"

namespace tonghop::store {
namespace {

using testing::MakeRecord;
using testing::TempDir;

constexpr const char* kCampaign = "thi-dua-2020";

class JournalTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> Open() {
    SqliteOptions options;
    options.path = dir_.File("tonghop.sqlite");
    options.clock = &clock_;
    auto store = OpenSqliteStore(options);
    EXPECT_TRUE(store.ok());
    return store.ok() ? std::move(store).value() : nullptr;
  }
  JournalEntry Get(Store& store, std::int64_t id) {
    auto e = store.JournalGet(id);
    EXPECT_TRUE(e.ok() && e->has_value());
    return e.ok() && e->has_value() ? **e : JournalEntry{};
  }

  TempDir dir_;
  FakeClock clock_{1594000000};
  const FileFacts facts_{10827, 1593915120123456789, 2049, 131};
};

TEST_F(JournalTest, AFileWalksSeenStoredDone) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto e =
      store->JournalOpen("inbox/bc.docx", Sha256Hex("bc"), facts_, "2020-07-05T09:12:00+07:00");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->state, JournalState::kSeen);
  EXPECT_EQ(e->inbox_path, "inbox/bc.docx");
  EXPECT_EQ(e->sha256, Sha256Hex("bc"));
  EXPECT_EQ(e->facts, facts_);
  EXPECT_EQ(e->received, "2020-07-05T09:12:00+07:00");
  EXPECT_EQ(e->attempts, 0);
  EXPECT_EQ(e->created_at, "2020-07-06T01:46:40Z");

  // Opening the same file again (a rescan) finds the same entry.
  clock_.Advance(5);
  FileFacts touched = facts_;
  touched.mtime_ns += 1;
  auto again = store->JournalOpen("inbox/bc.docx", Sha256Hex("bc"), touched, std::nullopt);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->id, e->id);
  EXPECT_EQ(again->facts, touched);
  EXPECT_EQ(again->received, "2020-07-05T09:12:00+07:00");
  EXPECT_EQ(again->updated_at, "2020-07-06T01:46:45Z");

  auto added = store->AddDocument(kCampaign, MakeRecord("bc", "tam-duong", "dot-1"), e->id);
  ASSERT_TRUE(added.ok());
  JournalEntry stored = Get(*store, e->id);
  EXPECT_EQ(stored.state, JournalState::kStored);
  EXPECT_EQ(stored.document_id, added->document_id);
  EXPECT_EQ(stored.outcome, AddOutcome::kNew);

  ASSERT_TRUE(store->JournalSetTarget(e->id, "inbox/.done/bc.docx").ok());
  EXPECT_EQ(Get(*store, e->id).target_path, "inbox/.done/bc.docx");
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kStored);
  auto at = store->JournalOpenAt("inbox/bc.docx");
  ASSERT_TRUE(at.ok());
  ASSERT_EQ(at->size(), 1u);

  ASSERT_TRUE(store->JournalFinish(e->id).ok());
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kDone);
  EXPECT_TRUE(store->JournalUnfinished()->empty());
  EXPECT_TRUE(store->JournalOpenAt("inbox/bc.docx")->empty());

  // The same bytes dropped again later: a new entry, stored as a duplicate.
  auto redrop = store->JournalOpen("inbox/bc.docx", Sha256Hex("bc"), facts_, std::nullopt);
  ASSERT_TRUE(redrop.ok());
  EXPECT_NE(redrop->id, e->id);
  auto dup = store->AddDocument(kCampaign, MakeRecord("bc", "tam-duong", "dot-1"), redrop->id);
  ASSERT_TRUE(dup.ok());
  EXPECT_EQ(dup->outcome, AddOutcome::kDuplicate);
  EXPECT_EQ(Get(*store, redrop->id).outcome, AddOutcome::kDuplicate);
  EXPECT_EQ(Get(*store, redrop->id).document_id, added->document_id);
}

TEST_F(JournalTest, ABadFileWalksSeenRejectedFailed) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto e = store->JournalOpen("inbox/x.pdf", Sha256Hex("x"), facts_, std::nullopt);
  ASSERT_TRUE(e.ok());
  ASSERT_TRUE(store->JournalNoteAttempt(e->id, "timeout").ok());
  ASSERT_TRUE(store->JournalNoteAttempt(e->id, "not a document we read").ok());
  EXPECT_EQ(Get(*store, e->id).attempts, 2);
  EXPECT_EQ(Get(*store, e->id).last_error, "not a document we read");
  ASSERT_TRUE(store->JournalReject(e->id, "PDF is not supported").ok());
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kRejected);
  EXPECT_EQ(Get(*store, e->id).reason, "PDF is not supported");
  ASSERT_TRUE(store->JournalSetTarget(e->id, "inbox/.failed/x.pdf").ok());
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kRejected);
  ASSERT_TRUE(store->JournalFinish(e->id).ok());
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kFailed);
  EXPECT_EQ(Get(*store, e->id).target_path, "inbox/.failed/x.pdf");
}

TEST_F(JournalTest, AnArchiveWalksSeenStoredDoneWithItsSummaryAndNoDocument) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto e = store->JournalOpen("inbox/nop.zip", Sha256Hex("zip"), facts_, std::nullopt);
  ASSERT_TRUE(e.ok());
  ASSERT_TRUE(store->JournalStoreArchive(e->id, "3 documents: 2 new, 1 failed").ok());
  JournalEntry stored = Get(*store, e->id);
  EXPECT_EQ(stored.state, JournalState::kStored);
  EXPECT_EQ(stored.reason, "3 documents: 2 new, 1 failed");
  EXPECT_FALSE(stored.document_id);
  EXPECT_FALSE(stored.outcome);
  EXPECT_FALSE(store->JournalStoreArchive(e->id, "again").ok());  // only from seen
  ASSERT_TRUE(store->JournalSetTarget(e->id, "inbox/.done/nop.zip").ok());
  ASSERT_TRUE(store->JournalFinish(e->id).ok());
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kDone);
  EXPECT_TRUE(store->JournalUnfinished()->empty());
}

TEST_F(JournalTest, AVanishedFileIsAbandoned) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto e = store->JournalOpen("inbox/tmp.docx", Sha256Hex("tmp"), facts_, std::nullopt);
  ASSERT_TRUE(e.ok());
  ASSERT_TRUE(store->JournalAbandon(e->id, "deleted before it was stored").ok());
  EXPECT_EQ(Get(*store, e->id).state, JournalState::kGone);
  EXPECT_TRUE(store->JournalUnfinished()->empty());
}

TEST_F(JournalTest, ImpossibleStepsAreRefused) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto e = store->JournalOpen("inbox/a.docx", Sha256Hex("a"), facts_, std::nullopt);
  ASSERT_TRUE(e.ok());
  Status finish = store->JournalFinish(e->id);  // seen cannot finish
  ASSERT_FALSE(finish.ok());
  EXPECT_EQ(finish.error().code, ErrorCode::kInternal);
  EXPECT_EQ(finish.error().what.en,
            "journal entry " + std::to_string(e->id) + " is seen, expected stored/rejected");
  EXPECT_FALSE(store->JournalSetTarget(e->id, "x").ok());
  ASSERT_TRUE(store->AddDocument(kCampaign, MakeRecord("a", "u", "dot-1"), e->id).ok());
  EXPECT_FALSE(store->JournalReject(e->id, "late").ok());  // already stored
  // Storing twice through the same entry is refused, and stores nothing.
  auto twice = store->AddDocument(kCampaign, MakeRecord("b", "u", "dot-1"), e->id);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kInternal);
  EXPECT_EQ(store->Counts(kCampaign, std::nullopt)->documents, 1);
  ASSERT_TRUE(store->JournalFinish(e->id).ok());
  EXPECT_FALSE(store->JournalNoteAttempt(e->id, "x").ok());  // finished
  EXPECT_FALSE(store->JournalFinish(e->id).ok());
  Status unknown = store->JournalReject(424242, "x");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().what.en, "no journal entry 424242");
  auto none = store->JournalGet(424242);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST_F(JournalTest, ARestartFindsWhatIsLeftToDo) {
  std::int64_t seen_id, stored_id, moving_id, rejected_id;
  {
    auto store = Open();
    ASSERT_TRUE(store);
    seen_id = store->JournalOpen("inbox/1.docx", Sha256Hex("1"), facts_, std::nullopt)->id;
    stored_id = store->JournalOpen("inbox/2.docx", Sha256Hex("2"), facts_, std::nullopt)->id;
    ASSERT_TRUE(store->AddDocument(kCampaign, MakeRecord("2", "u2", "dot-1"), stored_id).ok());
    moving_id = store->JournalOpen("inbox/3.docx", Sha256Hex("3"), facts_, std::nullopt)->id;
    ASSERT_TRUE(store->AddDocument(kCampaign, MakeRecord("3", "u3", "dot-1"), moving_id).ok());
    ASSERT_TRUE(store->JournalSetTarget(moving_id, "inbox/.done/3.docx").ok());
    rejected_id = store->JournalOpen("inbox/4.txt", Sha256Hex("4"), facts_, std::nullopt)->id;
    ASSERT_TRUE(store->JournalReject(rejected_id, "not a document").ok());
    auto done = store->JournalOpen("inbox/5.docx", Sha256Hex("5"), facts_, std::nullopt)->id;
    ASSERT_TRUE(store->AddDocument(kCampaign, MakeRecord("5", "u5", "dot-1"), done).ok());
    ASSERT_TRUE(store->JournalSetTarget(done, "inbox/.done/5.docx").ok());
    ASSERT_TRUE(store->JournalFinish(done).ok());
  }  // the process dies here (the store object is gone, nothing else runs)

  auto store = Open();
  ASSERT_TRUE(store);
  auto open = store->JournalUnfinished();
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->size(), 4u);
  EXPECT_EQ((*open)[0].id, seen_id);
  EXPECT_EQ((*open)[0].state, JournalState::kSeen);  // read and store again
  EXPECT_FALSE((*open)[0].document_id.has_value());
  EXPECT_EQ((*open)[1].id, stored_id);
  EXPECT_EQ((*open)[1].state, JournalState::kStored);  // choose a target, move
  EXPECT_FALSE((*open)[1].target_path.has_value());
  EXPECT_EQ((*open)[2].id, moving_id);
  EXPECT_EQ((*open)[2].target_path, "inbox/.done/3.docx");  // finish the move
  EXPECT_EQ((*open)[3].id, rejected_id);
  EXPECT_EQ((*open)[3].reason, "not a document");
  EXPECT_EQ(store->Counts(kCampaign, std::nullopt)->documents, 3);
}

}  // namespace
}  // namespace tonghop::store
