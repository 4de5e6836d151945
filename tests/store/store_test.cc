#include "store/store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/store_test_util.h"

namespace tonghop::store {
namespace {

using testing::MakeRecord;
using testing::TempDir;

TEST(StoreTest, DefaultStoreIsTonghopSqliteInTheDataDirCreatedIfMissing) {
  TempDir dir;
  FakeClock clock(0);
  StoreConfig config;
  config.data_dir = dir.File("data/nested");
  config.clock = &clock;
  auto store = OpenStore(config);
  ASSERT_TRUE(store.ok()) << store.error().Describe(Lang::kEn);
  EXPECT_TRUE(std::filesystem::exists(dir.File("data/nested/tonghop.sqlite")));
  EXPECT_EQ((*store)->Describe(), "sqlite:" + dir.File("data/nested/tonghop.sqlite"));
  EXPECT_TRUE((*store)->AddDocument("c", MakeRecord("a", "u", "p")).ok());
  config.uri = "sqlite:";
  auto same = OpenStore(config);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ((*same)->Counts("c", std::nullopt)->documents, 1);
}

TEST(StoreTest, AnExplicitSqliteFile) {
  TempDir dir;
  StoreConfig config;
  config.uri = "sqlite:" + dir.File("elsewhere/my.sqlite");
  config.data_dir = dir.File("unused");
  auto store = OpenStore(config);
  ASSERT_TRUE(store.ok()) << store.error().Describe(Lang::kEn);
  EXPECT_TRUE(std::filesystem::exists(dir.File("elsewhere/my.sqlite")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("unused")));
}

TEST(StoreTest, OtherStoresAreConfigErrors) {
  StoreConfig pg;
  pg.uri = "postgresql://tonghop@db/tonghop";
  auto r = OpenStore(pg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConfig);
  EXPECT_EQ(r.error().Describe(Lang::kEn),
            "--store: PostgreSQL stores are not supported yet; use sqlite:");
  StoreConfig odd;
  odd.uri = "mysql://x";
  auto r2 = OpenStore(odd);
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.error().Describe(Lang::kVi),
            "--store: địa chỉ kho dữ liệu không hợp lệ: mysql://x (dùng sqlite: hoặc "
            "sqlite:ĐƯỜNG_DẪN)");
}

TEST(StoreTest, NamesRoundTrip) {
  for (AddOutcome o : {AddOutcome::kNew, AddOutcome::kDuplicate, AddOutcome::kSupersededExisting,
                       AddOutcome::kStoredAsSuperseded}) {
    EXPECT_EQ(ParseAddOutcome(AddOutcomeName(o)), o);
  }
  EXPECT_STREQ(AddOutcomeName(AddOutcome::kStoredAsSuperseded), "stored-as-superseded");
  EXPECT_FALSE(ParseAddOutcome("old").has_value());
  for (JournalState s : {JournalState::kSeen, JournalState::kStored, JournalState::kRejected,
                         JournalState::kDone, JournalState::kFailed, JournalState::kGone}) {
    EXPECT_EQ(ParseJournalState(JournalStateName(s)), s);
  }
  EXPECT_TRUE(IsOpen(JournalState::kRejected));
  EXPECT_FALSE(IsOpen(JournalState::kGone));
}

TEST(StoreTest, Clocks) {
  FakeClock fake(100);
  fake.Advance(5);
  EXPECT_EQ(fake.NowUtcSeconds(), 105);
  fake.Set(7);
  EXPECT_EQ(fake.NowUtcSeconds(), 7);
  EXPECT_GT(SystemClock().NowUtcSeconds(), 1577836800);  // after 2020
}

}  // namespace
}  // namespace tonghop::store
