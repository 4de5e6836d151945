#include "store/sqlite_store.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "model/record_json.h"
#include "store/store_test_util.h"

namespace tonghop::store {
namespace {

using namespace Poco::Data::Keywords;
using testing::MakeRecord;
using testing::TempDir;

constexpr const char* kCampaign = "thi-dua-2020";
constexpr std::int64_t kT0 = 1594000000;  // 2020-07-06T01:46:40Z

class SqliteStoreTest : public ::testing::Test {
 protected:
  SqliteOptions Options(const std::string& path, int busy_timeout_ms = 10000) {
    SqliteOptions options;
    options.path = path;
    options.clock = &clock_;
    options.busy_timeout_ms = busy_timeout_ms;
    return options;
  }

  std::unique_ptr<Store> Open(SqliteOptions options = {}) {
    if (options.path.empty()) options.path = path_;
    if (!options.clock) options.clock = &clock_;
    auto store = OpenSqliteStore(options);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().Describe(Lang::kEn));
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // A second connection to the same file, as another program would have.
  Poco::Data::Session Raw() {
    Poco::Data::SQLite::Connector::registerConnector();
    return Poco::Data::Session("SQLite", path_);
  }

  std::int64_t Scalar(const std::string& sql) {
    auto s = Raw();
    Poco::Int64 v = -1;
    s << sql, into(v), now;
    return v;
  }

  AddResult Add(Store& store, const model::Record& record) {
    auto r = store.AddDocument(kCampaign, record);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().Describe(Lang::kEn));
    return r.ok() ? r.value() : AddResult{};
  }

  TempDir dir_;
  std::string path_ = dir_.File("tonghop.sqlite");
  FakeClock clock_{kT0};
};

// ---- Opening and migrations -----------------------------------------------

TEST_F(SqliteStoreTest, FreshFileGetsEveryMigrationAndWal) {
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->Describe(), "sqlite:" + path_);
  EXPECT_EQ(SqliteSchemaVersion(), 2);
  EXPECT_EQ(Scalar("SELECT MAX(version) FROM schema_version"), 2);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM schema_version"), 2);
  auto s = Raw();
  std::string mode, applied;
  s << "PRAGMA journal_mode", into(mode), now;
  EXPECT_EQ(mode, "wal");
  s << "SELECT applied_at FROM schema_version WHERE version = 1", into(applied), now;
  EXPECT_EQ(applied, "2020-07-06T01:46:40Z");
  for (const char* table :
       {"documents", "submissions", "findings", "metric_values", "sightings", "journal"}) {
    EXPECT_EQ(Scalar(std::string("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = '") +
                     table + "'"),
              1)
        << table;
  }
}

TEST_F(SqliteStoreTest, ReopeningAnUpToDateFileChangesNothing) {
  ASSERT_TRUE(Open());
  clock_.Advance(3600);
  ASSERT_TRUE(Open());
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM schema_version"), 2);
}

TEST_F(SqliteStoreTest, AnExistingFileIsUpgradedAndKeepsItsDocuments) {
  {
    SqliteOptions v1;
    v1.max_schema_version = 1;
    auto store = Open(v1);
    ASSERT_TRUE(store);
    Add(*store, MakeRecord("a", "tam-duong", "dot-1", "2020-07-05"));
  }
  EXPECT_EQ(Scalar("SELECT MAX(version) FROM schema_version"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'journal'"), 0);

  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar("SELECT MAX(version) FROM schema_version"), 2);
  auto counting = store->CountingDocuments(kCampaign, std::nullopt);
  ASSERT_TRUE(counting.ok());
  ASSERT_EQ(counting->size(), 1u);
  EXPECT_EQ(counting->front().document.unit, "tam-duong");
  auto entry = store->JournalOpen("inbox/a.docx", Sha256Hex("a"), {}, std::nullopt);
  EXPECT_TRUE(entry.ok());
}

TEST_F(SqliteStoreTest, AFailedMigrationLeavesTheFileAtItsVersion) {
  {
    SqliteOptions v1;
    v1.max_schema_version = 1;
    ASSERT_TRUE(Open(v1));
  }
  SqliteOptions failing;
  failing.path = path_;
  failing.clock = &clock_;
  failing.fault_injection = [](std::string_view step) -> Status {
    if (step == "migrate-2") return MakeError(ErrorCode::kStore, Msg("hỏng", "boom"));
    return OkStatus();
  };
  auto r = OpenSqliteStore(failing);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().what.en, "boom");
  EXPECT_EQ(Scalar("SELECT MAX(version) FROM schema_version"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'journal'"), 0);
  ASSERT_TRUE(Open());  // and a later open finishes the job
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'journal'"), 1);
}

TEST_F(SqliteStoreTest, AFileFromANewerBuildIsRefused) {
  ASSERT_TRUE(Open());
  {
    auto s = Raw();
    s << "INSERT INTO schema_version VALUES (99, 'future', '2030-01-01T00:00:00Z')", now;
  }
  auto r = OpenSqliteStore(Options(path_));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kStore);
  EXPECT_EQ(
      r.error().Describe(Lang::kEn),
      path_ + ": the store was written by a newer tonghop (schema 99, this build knows up to 2)");
  EXPECT_EQ(r.error().Describe(Lang::kVi),
            path_ +
                ": kho dữ liệu do phiên bản tonghop mới hơn tạo (cấu trúc 99, phiên bản này "
                "biết đến 2)");
}

TEST_F(SqliteStoreTest, AFileThatCannotBeOpenedSaysWhy) {
  std::string missing_dir = dir_.File("no/such/dir/tonghop.sqlite");
  auto r = OpenSqliteStore(Options(missing_dir));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kStore);
  EXPECT_EQ(ExitCodeFor(r.error().code), 4);
  EXPECT_EQ(r.error().where, missing_dir);
  EXPECT_EQ(r.error().what.vi, "không mở được kho dữ liệu: thư mục chứa nó không tồn tại");
  EXPECT_EQ(r.error().what.en, "cannot open the store: its folder does not exist");
  auto folder = OpenSqliteStore(Options(dir_.path().string()));
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().what.en, "cannot open the store: this is a folder");
  // A file that is not a database at all.
  {
    std::ofstream junk(path_);
    junk << std::string(4096, 'x');
  }
  auto not_db = OpenSqliteStore(Options(path_));
  ASSERT_FALSE(not_db.ok());
  EXPECT_EQ(not_db.error().code, ErrorCode::kStore);
  EXPECT_EQ(not_db.error().what.en, "cannot open the store: file is not a database");
}

TEST_F(SqliteStoreTest, ALockedDatabaseIsAClearStoreError) {
  auto store = Open(Options(path_, /*busy_timeout_ms=*/50));
  ASSERT_TRUE(store);
  auto other = Raw();
  other << "BEGIN IMMEDIATE", now;
  auto r = store->AddDocument(kCampaign, MakeRecord("a", "tam-duong", "dot-1"));
  other << "ROLLBACK", now;
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kStore);
  EXPECT_EQ(r.error().Describe(Lang::kVi),
            path_ + ": không lưu được văn bản inbox/a.docx: database is locked");
  // Once the other writer is gone the same call succeeds.
  EXPECT_EQ(Add(*store, MakeRecord("a", "tam-duong", "dot-1")).outcome, AddOutcome::kNew);
}

// ---- Exactly once by SHA-256 ------------------------------------------------

TEST_F(SqliteStoreTest, TheSameBytesAgainAreADuplicateCountedOnce) {
  auto store = Open();
  ASSERT_TRUE(store);
  model::Record first =
      MakeRecord("a", "tam-duong", "dot-1", "2020-07-05", "2020-07-05T09:12:00+07:00");
  AddResult r1 = Add(*store, first);
  EXPECT_EQ(r1.outcome, AddOutcome::kNew);
  EXPECT_TRUE(r1.counts);

  clock_.Advance(60);
  model::Record again = first;
  again.source.path = "inbox/copy of a.docx";
  again.source.received = "2020-07-20T10:00:00+07:00";
  AddResult r2 = Add(*store, again);
  EXPECT_EQ(r2.outcome, AddOutcome::kDuplicate);
  EXPECT_EQ(r2.document_id, r1.document_id);
  EXPECT_TRUE(r2.counts);

  auto counts = store->Counts(kCampaign, std::nullopt);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->counting, 1);
  EXPECT_EQ(counts->duplicates, 1);
  auto sightings = store->Sightings(kCampaign, std::nullopt);
  ASSERT_TRUE(sightings.ok());
  ASSERT_EQ(sightings->size(), 1u);
  EXPECT_EQ(sightings->front().document_id, r1.document_id);
  EXPECT_EQ(sightings->front().path, "inbox/copy of a.docx");
  EXPECT_EQ(sightings->front().received, "2020-07-20T10:00:00+07:00");
  EXPECT_EQ(sightings->front().seen_at, "2020-07-06T01:47:40Z");
  // The first arrival keeps its received time (lateness is judged on it).
  auto doc = store->FindDocument(kCampaign, first.source.sha256);
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((*doc)->received, "2020-07-05T09:12:00+07:00");
  EXPECT_EQ((*doc)->path, "inbox/a.docx");
}

TEST_F(SqliteStoreTest, BytesStoredWithoutAUnitAreAssignedWhenTheyArriveWithOne) {
  // Stored first without a unit (the campaign lacked an alias), then
  // ingested again after the alias was added.
  auto store = Open();
  ASSERT_TRUE(store);
  model::Record unknown =
      MakeRecord("a", std::nullopt, "dot-1", "2020-07-05", "2020-07-05T09:12:00+07:00");
  unknown.findings.push_back(model::MakeFinding(model::codes::kUnknownUnit));
  AddResult first = Add(*store, unknown);
  EXPECT_EQ(first.outcome, AddOutcome::kNew);
  EXPECT_FALSE(first.counts);

  model::Record known = MakeRecord("a", "tam-duong", "dot-1", "2020-07-05");
  known.source.path = "again/a.docx";
  known.source.received = "2020-07-20T10:00:00+07:00";
  known.metrics["so-cdcs"] = model::MetricValue{45, "table", "45"};
  AddResult again = Add(*store, known);
  EXPECT_EQ(again.outcome, AddOutcome::kAssigned);
  EXPECT_EQ(again.document_id, first.document_id);
  EXPECT_TRUE(again.counts);

  auto counting = store->CountingDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(counting.ok());
  ASSERT_EQ(counting->size(), 1u);
  const StoredDocument& d = counting->front();
  EXPECT_EQ(d.document.unit, "tam-duong");
  EXPECT_TRUE(d.findings.empty());  // unknown-unit is gone with the old record
  EXPECT_EQ(d.metrics.at("so-cdcs").value, 45);
  // The first arrival keeps its path and received time; this one is a sighting.
  EXPECT_EQ(d.document.path, "inbox/a.docx");
  EXPECT_EQ(d.document.received, "2020-07-05T09:12:00+07:00");
  auto counts = store->Counts(kCampaign, std::nullopt);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->duplicates, 1);

  // Once it has a unit, the same bytes again are only a duplicate.
  EXPECT_EQ(Add(*store, known).outcome, AddOutcome::kDuplicate);
  // Without a unit still, they are only a duplicate too.
  EXPECT_EQ(Add(*store, MakeRecord("b", std::nullopt, "dot-1")).outcome, AddOutcome::kNew);
  EXPECT_EQ(Add(*store, MakeRecord("b", std::nullopt, "dot-1")).outcome, AddOutcome::kDuplicate);
}

TEST_F(SqliteStoreTest, AnAssignedDocumentTakesPartInSupersession) {
  auto store = Open();
  ASSERT_TRUE(store);
  Add(*store, MakeRecord("old", std::nullopt, "dot-1", "2020-07-01"));
  AddResult counting = Add(*store, MakeRecord("mid", "tam-duong", "dot-1", "2020-07-05"));
  EXPECT_TRUE(counting.counts);
  // An older document assigned later does not take the newer one's place.
  AddResult old = Add(*store, MakeRecord("old", "tam-duong", "dot-1", "2020-07-01"));
  EXPECT_EQ(old.outcome, AddOutcome::kAssigned);
  EXPECT_FALSE(old.counts);
  Add(*store, MakeRecord("new", std::nullopt, "dot-1", "2020-07-09"));
  // A newer one assigned later does.
  AddResult neu = Add(*store, MakeRecord("new", "tam-duong", "dot-1", "2020-07-09"));
  EXPECT_EQ(neu.outcome, AddOutcome::kAssigned);
  EXPECT_TRUE(neu.counts);
  auto docs = store->CountingDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ(docs->front().document.sha256, Sha256Hex("new"));
}

TEST_F(SqliteStoreTest, ADuplicateOfASupersededDocumentDoesNotCount) {
  auto store = Open();
  ASSERT_TRUE(store);
  Add(*store, MakeRecord("old", "tam-duong", "dot-1", "2020-07-01"));
  Add(*store, MakeRecord("new", "tam-duong", "dot-1", "2020-07-08"));
  AddResult again = Add(*store, MakeRecord("old", "tam-duong", "dot-1", "2020-07-01"));
  EXPECT_EQ(again.outcome, AddOutcome::kDuplicate);
  EXPECT_FALSE(again.counts);
}

TEST_F(SqliteStoreTest, DocumentsAreUniquePerCampaign) {
  auto store = Open();
  ASSERT_TRUE(store);
  Add(*store, MakeRecord("a", "tam-duong", "dot-1"));
  auto other = store->AddDocument("thi-dua-2021", MakeRecord("a", "tam-duong", "dot-1"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->outcome, AddOutcome::kNew);
  EXPECT_EQ(store->Counts(kCampaign, std::nullopt)->documents, 1);
  EXPECT_EQ(store->Counts("thi-dua-2021", std::nullopt)->documents, 1);
  EXPECT_EQ(store->CountingDocuments("thi-dua-2021", std::nullopt)->size(), 1u);
}

TEST_F(SqliteStoreTest, AnInvalidShaIsRefusedBeforeAnythingIsWritten) {
  auto store = Open();
  ASSERT_TRUE(store);
  model::Record r = MakeRecord("a", "tam-duong", "dot-1");
  r.source.sha256 = "ABC";
  auto result = store->AddDocument(kCampaign, r);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInternal);
  EXPECT_FALSE(store->AddDocument("", MakeRecord("a", "tam-duong", "dot-1")).ok());
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM documents"), 0);
}

// ---- Supersede ----------------------------------------------------------------

TEST_F(SqliteStoreTest, ANewerDocumentSupersedesTheCountingOne) {
  auto store = Open();
  ASSERT_TRUE(store);
  AddResult old = Add(*store, MakeRecord("old", "tam-duong", "dot-1", "2020-07-05"));
  AddResult neu = Add(*store, MakeRecord("new", "tam-duong", "dot-1", "2020-07-08"));
  EXPECT_EQ(neu.outcome, AddOutcome::kSupersededExisting);
  EXPECT_TRUE(neu.counts);
  EXPECT_EQ(neu.superseded_id, old.document_id);

  auto all = store->AllDocuments(kCampaign, std::nullopt);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  const StoredDocument& o = (*all)[0];
  EXPECT_EQ(o.document.id, old.document_id);
  EXPECT_FALSE(o.document.counts);
  EXPECT_EQ(o.document.superseded_by, neu.document_id);
  ASSERT_EQ(o.findings.size(), 1u);
  EXPECT_EQ(o.findings[0].code, "superseded");
  EXPECT_EQ(o.findings[0].severity, model::Severity::kInfo);
  EXPECT_EQ(o.findings[0].Attr("path"), "inbox/new.docx");
  EXPECT_EQ(o.findings[0].Attr("sha256"), Sha256Hex("new"));
  EXPECT_TRUE((*all)[1].document.counts);
  EXPECT_TRUE((*all)[1].findings.empty());

  auto counting = store->CountingDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(counting.ok());
  ASSERT_EQ(counting->size(), 1u);
  EXPECT_EQ(counting->front().document.id, neu.document_id);
  auto counts = store->Counts(kCampaign, std::nullopt);
  EXPECT_EQ(counts->counting, 1);
  EXPECT_EQ(counts->superseded, 1);
}

TEST_F(SqliteStoreTest, AnOlderDocumentArrivingLaterIsStoredAsSuperseded) {
  auto store = Open();
  ASSERT_TRUE(store);
  AddResult neu = Add(*store, MakeRecord("new", "tam-duong", "dot-1", "2020-07-08"));
  model::Record late_old = MakeRecord("old", "tam-duong", "dot-1", "2020-07-05");
  late_old.findings.push_back(model::MakeFinding("no-plan-reference", {{"plan", "141/KH-LĐLĐ"}}));
  AddResult old = Add(*store, late_old);
  EXPECT_EQ(old.outcome, AddOutcome::kStoredAsSuperseded);
  EXPECT_FALSE(old.counts);
  EXPECT_EQ(old.counting_id, neu.document_id);

  auto all = store->AllDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  const StoredDocument& o = (*all)[1];
  EXPECT_EQ(o.document.superseded_by, neu.document_id);
  ASSERT_EQ(o.findings.size(), 2u);  // its own finding first, then the store's
  EXPECT_EQ(o.findings[0].code, "no-plan-reference");
  EXPECT_EQ(o.findings[1].code, "superseded");
  EXPECT_EQ(o.findings[1].Attr("path"), "inbox/new.docx");
  auto counting = store->CountingDocuments(kCampaign, std::nullopt);
  ASSERT_EQ(counting->size(), 1u);
  EXPECT_EQ(counting->front().document.id, neu.document_id);
  EXPECT_TRUE(counting->front().findings.empty());
}

TEST_F(SqliteStoreTest, TiesAreBrokenByReceivedTimeThenIngestOrder) {
  auto store = Open();
  ASSERT_TRUE(store);
  // Same date; b was received later (an earlier instant written in UTC).
  Add(*store, MakeRecord("a", "u1", "dot-1", "2020-07-05", "2020-07-05T10:00:00+07:00"));
  AddResult b = Add(*store, MakeRecord("b", "u1", "dot-1", "2020-07-05", "2020-07-05T03:30:00Z"));
  EXPECT_EQ(b.outcome, AddOutcome::kSupersededExisting);
  AddResult c =
      Add(*store, MakeRecord("c", "u1", "dot-1", "2020-07-05", "2020-07-05T09:00:00+07:00"));
  EXPECT_EQ(c.outcome, AddOutcome::kStoredAsSuperseded);
  EXPECT_EQ(c.counting_id, b.document_id);

  // Same date, same received time: the one stored later wins.
  Add(*store, MakeRecord("d", "u2", "dot-1", "2020-07-05", "2020-07-05T10:00:00+07:00"));
  AddResult e =
      Add(*store, MakeRecord("e", "u2", "dot-1", "2020-07-05", "2020-07-05T10:00:00+07:00"));
  EXPECT_EQ(e.outcome, AddOutcome::kSupersededExisting);

  // A document without a date is older than any dated one.
  Add(*store, MakeRecord("f", "u3", "dot-1", "2020-01-01"));
  AddResult g =
      Add(*store, MakeRecord("g", "u3", "dot-1", std::nullopt, "2020-12-31T10:00:00+07:00"));
  EXPECT_EQ(g.outcome, AddOutcome::kStoredAsSuperseded);
  // ...and an unreadable date counts as none.
  AddResult h = Add(*store, MakeRecord("h", "u3", "dot-1", "31/12/2020"));
  EXPECT_EQ(h.outcome, AddOutcome::kStoredAsSuperseded);
  // Without dates at all, received decides.
  Add(*store, MakeRecord("i", "u4", "dot-1", std::nullopt, "2020-07-06T10:00:00+07:00"));
  AddResult j =
      Add(*store, MakeRecord("j", "u4", "dot-1", std::nullopt, "2020-07-05T10:00:00+07:00"));
  EXPECT_EQ(j.outcome, AddOutcome::kStoredAsSuperseded);

  auto counting = store->CountingDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(counting.ok());
  ASSERT_EQ(counting->size(), 4u);
  std::vector<std::string> winners;
  for (const auto& d : *counting) winners.push_back(d.document.path);
  EXPECT_EQ(winners, (std::vector<std::string>{"inbox/b.docx", "inbox/e.docx", "inbox/f.docx",
                                               "inbox/i.docx"}));
}

TEST_F(SqliteStoreTest, DocumentsWithoutUnitOrPeriodAreStoredButCountNowhere) {
  auto store = Open();
  ASSERT_TRUE(store);
  AddResult a = Add(*store, MakeRecord("no-unit", std::nullopt, "dot-1"));
  AddResult b = Add(*store, MakeRecord("no-period", "tam-duong", std::nullopt));
  EXPECT_EQ(a.outcome, AddOutcome::kNew);
  EXPECT_FALSE(a.counts);
  EXPECT_FALSE(b.counts);
  EXPECT_TRUE(store->CountingDocuments(kCampaign, std::nullopt)->empty());
  auto counts = store->Counts(kCampaign, std::nullopt);
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->not_counting, 2);
  EXPECT_EQ(counts->counting, 0);
  // A later document of the same unit with a period counts normally.
  EXPECT_TRUE(Add(*store, MakeRecord("ok", "tam-duong", "dot-1")).counts);
  EXPECT_EQ(store->AllDocuments(kCampaign, std::nullopt)->size(), 3u);
  EXPECT_EQ(store->AllDocuments(kCampaign, "dot-1")->size(), 2u);  // no-unit has dot-1
}

// ---- Queries --------------------------------------------------------------------

TEST_F(SqliteStoreTest, CountingDocumentsCarryRowFindingsAndFigures) {
  auto store = Open();
  ASSERT_TRUE(store);
  model::Record r = MakeRecord("tam-duong-dot-1", "tam-duong", "dot-1", "2020-07-05",
                               "2020-07-05T09:12:00+07:00");
  r.findings.push_back(model::MakeFinding(
      "missing-section", {{"section", "kien-nghi"}, {"title", "Đề xuất, kiến nghị"}}));
  r.findings.push_back(
      model::MakeFinding("late-submission", {{"days", "2"}, {"due", "2020-07-03"}}));
  r.metrics["sang-kien"] = model::MetricValue{12, "table", "12"};
  r.metrics["gia-tri-lam-loi"] = model::MetricValue{1250.5, "text", "1.250,5 triệu đồng"};
  Add(*store, r);
  Add(*store, MakeRecord("phong-tho-dot-1", "phong-tho", "dot-1", "2020-07-06"));
  Add(*store, MakeRecord("tam-duong-dot-2", "tam-duong", "dot-2", "2020-12-10"));

  auto dot1 = store->CountingDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(dot1.ok());
  ASSERT_EQ(dot1->size(), 2u);
  EXPECT_EQ((*dot1)[0].document.unit, "phong-tho");  // ordered by unit id
  const StoredDocument& d = (*dot1)[1];
  const DocumentRow& row = d.document;
  EXPECT_EQ(row.campaign_id, kCampaign);
  EXPECT_EQ(row.sha256, Sha256Hex("tam-duong-dot-1"));
  EXPECT_EQ(row.path, "inbox/tam-duong-dot-1.docx");
  EXPECT_EQ(row.format, "docx");
  EXPECT_EQ(row.bytes, 15u);
  EXPECT_EQ(row.received, "2020-07-05T09:12:00+07:00");
  EXPECT_EQ(row.received_utc, 1593915120);
  EXPECT_EQ(row.unit, "tam-duong");
  EXPECT_EQ(row.period, "dot-1");
  EXPECT_EQ(row.date, "2020-07-05");
  EXPECT_EQ(row.number, "25");
  EXPECT_EQ(row.symbol, "BC-LĐLĐ");
  EXPECT_EQ(row.doc_type, "BC");
  EXPECT_EQ(row.subject, "Sơ kết phong trào thi đua đợt 1 năm 2020");
  EXPECT_EQ(row.ingested_at, "2020-07-06T01:46:40Z");
  EXPECT_TRUE(row.counts);
  EXPECT_FALSE(row.superseded_by.has_value());
  ASSERT_EQ(d.findings.size(), 2u);
  EXPECT_EQ(d.findings[0].code, "missing-section");
  EXPECT_EQ(d.findings[0].severity, model::Severity::kError);
  EXPECT_EQ(d.findings[0].attrs, r.findings[0].attrs);
  EXPECT_EQ(d.findings[1].attrs, r.findings[1].attrs);
  ASSERT_EQ(d.metrics.size(), 2u);
  EXPECT_EQ(d.metrics.at("gia-tri-lam-loi").value, 1250.5);
  EXPECT_EQ(d.metrics.at("gia-tri-lam-loi").source, "text");
  EXPECT_EQ(d.metrics.at("gia-tri-lam-loi").text, "1.250,5 triệu đồng");
  EXPECT_EQ(d.metrics.at("sang-kien").value, 12);

  auto everything = store->CountingDocuments(kCampaign, std::nullopt);
  ASSERT_EQ(everything->size(), 3u);
  EXPECT_EQ((*everything)[2].document.period, "dot-2");
  EXPECT_TRUE((*everything)[2].metrics.empty());
  EXPECT_TRUE(store->CountingDocuments("other-campaign", std::nullopt)->empty());
  EXPECT_TRUE(store->CountingDocuments(kCampaign, "dot-9")->empty());
}

TEST_F(SqliteStoreTest, CountsAndSightingsForTheCampaignOrOnePeriod) {
  auto store = Open();
  ASSERT_TRUE(store);
  Add(*store, MakeRecord("a", "tam-duong", "dot-1", "2020-07-01"));
  Add(*store, MakeRecord("a", "tam-duong", "dot-1", "2020-07-01"));  // duplicate
  Add(*store, MakeRecord("b", "tam-duong", "dot-1", "2020-07-02"));  // supersedes a
  Add(*store, MakeRecord("c", "tam-duong", "dot-2", "2020-12-01"));
  Add(*store, MakeRecord("d", "phong-tho", std::nullopt));

  auto all = store->Counts(kCampaign, std::nullopt);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->documents, 4);
  EXPECT_EQ(all->counting, 2);
  EXPECT_EQ(all->superseded, 1);
  EXPECT_EQ(all->not_counting, 1);
  EXPECT_EQ(all->duplicates, 1);
  auto dot1 = store->Counts(kCampaign, "dot-1");
  ASSERT_TRUE(dot1.ok());
  EXPECT_EQ(dot1->documents, 2);
  EXPECT_EQ(dot1->counting, 1);
  EXPECT_EQ(dot1->superseded, 1);
  EXPECT_EQ(dot1->not_counting, 0);
  EXPECT_EQ(dot1->duplicates, 1);
  auto dot2 = store->Counts(kCampaign, "dot-2");
  EXPECT_EQ(dot2->documents, 1);
  EXPECT_EQ(dot2->counting, 1);
  EXPECT_EQ(dot2->duplicates, 0);
  auto none = store->Counts("other", std::nullopt);
  EXPECT_EQ(none->documents, 0);
  EXPECT_EQ(none->counting, 0);
  EXPECT_EQ(store->Sightings(kCampaign, "dot-1")->size(), 1u);
  EXPECT_TRUE(store->Sightings(kCampaign, "dot-2")->empty());
}

TEST_F(SqliteStoreTest, TheWholeRecordIsKeptAsJson) {
  auto store = Open();
  ASSERT_TRUE(store);
  model::Record r =
      MakeRecord("a", "tam-duong", "dot-1", "2020-07-05", "2020-07-05T09:12:00+07:00");
  r.sections.push_back(model::Section{"I", "ĐẶC ĐIỂM TÌNH HÌNH", 1, "tinh-hinh", {}});
  r.recipients = {"LĐLĐ tỉnh (B/c);", "Lưu: VT."};
  AddResult added = Add(*store, r);
  auto json = store->RecordJson(added.document_id);
  ASSERT_TRUE(json.ok());
  auto back = model::ParseRecordJson(*json);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->source.sha256, r.source.sha256);
  EXPECT_EQ(back->issuer.unit, "tam-duong");
  EXPECT_EQ(back->recipients, r.recipients);
  ASSERT_EQ(back->sections.size(), 1u);
  EXPECT_EQ(back->sections[0].title, "ĐẶC ĐIỂM TÌNH HÌNH");
  auto missing = store->RecordJson(999);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kInternal);
  auto none = store->FindDocument(kCampaign, Sha256Hex("zzz"));
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

// ---- Transactions -----------------------------------------------------------------

// Fails the write at `fail_at`, as a crash between two statements would.
class FaultInjectionTest : public SqliteStoreTest,
                           public ::testing::WithParamInterface<const char*> {};

TEST_P(FaultInjectionTest, AFailureBetweenStatementsLeavesNoHalfDocument) {
  std::string fail_at = GetParam();
  bool armed = false;
  SqliteOptions options;
  options.fault_injection = [&](std::string_view step) -> Status {
    if (armed && step == fail_at) return MakeError(ErrorCode::kStore, Msg("sập", "crash"));
    return OkStatus();
  };
  auto store = Open(options);
  ASSERT_TRUE(store);
  AddResult old = Add(*store, MakeRecord("old", "tam-duong", "dot-1", "2020-07-05"));
  auto journal = store->JournalOpen("inbox/new.docx", Sha256Hex("new"), {}, std::nullopt);
  ASSERT_TRUE(journal.ok());

  model::Record neu = MakeRecord("new", "tam-duong", "dot-1", "2020-07-08");
  neu.findings.push_back(model::MakeFinding("no-plan-reference", {{"plan", "141"}}));
  neu.metrics["sang-kien"] = model::MetricValue{3, "table", "3"};
  if (fail_at == "sighting") neu = MakeRecord("old", "tam-duong", "dot-1", "2020-07-05");
  armed = true;
  auto r = store->AddDocument(kCampaign, neu, journal->id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().what.en, "crash");

  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM submissions"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM submissions WHERE superseded_by IS NULL"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM findings"), 0);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM metric_values"), 0);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM sightings"), 0);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM journal WHERE state = 'seen'"), 1);
  auto counting = store->CountingDocuments(kCampaign, std::nullopt);
  ASSERT_EQ(counting->size(), 1u);
  EXPECT_EQ(counting->front().document.id, old.document_id);

  // The store is still usable and the retry does the whole job.
  armed = false;
  auto retry = store->AddDocument(kCampaign, neu, journal->id);
  ASSERT_TRUE(retry.ok()) << retry.error().Describe(Lang::kEn);
  auto entry = store->JournalGet(journal->id);
  EXPECT_EQ((*entry)->state, JournalState::kStored);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, FaultInjectionTest,
                         ::testing::Values("document", "findings", "metrics", "submission",
                                           "journal", "sighting"));

TEST_F(SqliteStoreTest, ADatabaseErrorMidWriteRollsBackAndNamesTheCause) {
  auto store = Open();
  ASSERT_TRUE(store);
  {
    auto s = Raw();
    s << "CREATE TRIGGER no_boom BEFORE INSERT ON metric_values WHEN NEW.metric_id = 'boom' "
         "BEGIN SELECT RAISE(ABORT, 'metric refused'); END",
        now;
  }
  model::Record r = MakeRecord("a", "tam-duong", "dot-1");
  r.findings.push_back(model::MakeFinding("no-plan-reference", {{"plan", "141"}}));
  r.metrics["boom"] = model::MetricValue{1, "table", "1"};
  auto result = store->AddDocument(kCampaign, r);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kStore);
  EXPECT_EQ(result.error().Describe(Lang::kEn),
            path_ + ": cannot store the document inbox/a.docx: metric refused");
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM documents"), 0);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM findings"), 0);
  r.metrics.erase("boom");
  EXPECT_EQ(Add(*store, r).outcome, AddOutcome::kNew);
}

// ---- Threads and processes ------------------------------------------------------------

TEST_F(SqliteStoreTest, OneStoreSharedByThreads) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto r = store->AddDocument(
            kCampaign,
            MakeRecord("t" + std::to_string(t) + "-" + std::to_string(i), "u" + std::to_string(i),
                       "dot-1", "2020-07-0" + std::to_string(t + 1)));
        ASSERT_TRUE(r.ok());
      }
    });
  }
  for (auto& th : threads) th.join();
  auto counts = store->Counts(kCampaign, std::nullopt);
  EXPECT_EQ(counts->documents, 40);
  EXPECT_EQ(counts->counting, 10);  // one per unit
  EXPECT_EQ(counts->superseded, 30);
  auto counting = store->CountingDocuments(kCampaign, "dot-1");
  ASSERT_TRUE(counting.ok());
  for (const auto& d : *counting) {
    EXPECT_EQ(d.document.date, "2020-07-04");  // the newest of each unit won
  }
}

TEST_F(SqliteStoreTest, TwoConnectionsWriteTheSameFile) {
  auto a = Open();
  auto b = Open();
  ASSERT_TRUE(a && b);
  std::thread ta([&] {
    for (int i = 0; i < 20; ++i)
      ASSERT_TRUE(
          a->AddDocument(kCampaign, MakeRecord("a" + std::to_string(i), "u", "dot-1")).ok());
  });
  std::thread tb([&] {
    for (int i = 0; i < 20; ++i)
      ASSERT_TRUE(
          b->AddDocument(kCampaign, MakeRecord("b" + std::to_string(i), "u", "dot-1")).ok());
  });
  ta.join();
  tb.join();
  EXPECT_EQ(a->Counts(kCampaign, std::nullopt)->documents, 40);
  EXPECT_EQ(b->Counts(kCampaign, std::nullopt)->counting, 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM submissions WHERE superseded_by IS NULL"), 1);
}

}  // namespace
}  // namespace tonghop::store
