// The store: where ingested documents, submissions, findings, figures and
// the inbox journal live. The pipeline writes through it; `status` and
// `report` read from it. The embedded default is SQLite (sqlite_store.h); a
// PostgreSQL implementation of the same interface can follow, so nothing
// here exposes a database type or SQL dialect.
//
// Semantics (spec/cli.md `ingest`):
// - A document is stored once per campaign by SHA-256. The same bytes again
//   are a duplicate: nothing new is stored, a sighting is recorded, and the
//   earlier document id is returned.
// - A document with both `issuer.unit` and `period` is a submission of that
//   unit for that period. Of all submissions of one (campaign, unit, period)
//   exactly one counts: the newest, by the document's date (a missing or
//   unreadable date is older than any date), then the received instant
//   (missing is oldest), then ingest order. The others are kept with
//   `superseded_by` and a `superseded` finding. Documents without unit or
//   period are stored but count nowhere.
// - Every write is one transaction: after a failure or a crash at any moment
//   the store holds the whole document (and its submission change, findings,
//   figures, journal step) or none of it.
//
// Failure: ErrorCode::kStore with a message naming the store and the cause
// ("không mở được kho dữ liệu …: database is locked"); kInternal for a
// misuse such as an impossible journal transition.
//
// Thread-safety: a Store object serializes its own calls (an internal
// mutex), so it may be shared, but calls do not run in parallel; the batch
// runner stores from one thread in input order. Several processes may open
// the same SQLite file (WAL, busy timeout): writes wait for each other.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "model/record.h"
#include "store/clock.h"
#include "store/rows.h"

namespace tonghop::store {

// Default data directory, relative to the working directory.
inline constexpr std::string_view kDefaultDataDir = "./tonghop-data";
// The SQLite file inside the data directory.
inline constexpr std::string_view kSqliteFileName = "tonghop.sqlite";

class Store {
 public:
  virtual ~Store() = default;
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // "sqlite:/abs/path/tonghop.sqlite": for messages and logs.
  virtual std::string Describe() const = 0;

  // ---- Writing ----------------------------------------------------------
  // Stores `record` for `campaign_id` (see the semantics above). Uses
  // record.source.{sha256, path, format, bytes, received}, issuer.unit,
  // period, date, number, symbol, doc_type, subject, metrics and findings,
  // and keeps the whole record as JSON. sha256 must be 64 lower-case hex
  // digits (common/sha256.h), else kInternal and nothing is written.
  // With journal_id, that journal entry (state seen) moves to `stored` with
  // the outcome and document id in the same transaction; a duplicate also
  // moves it. Without it, no journal is touched.
  Result<AddResult> AddDocument(std::string_view campaign_id, const model::Record& record,
                                std::optional<std::int64_t> journal_id = std::nullopt) {
    return DoAddDocument(campaign_id, record, journal_id);
  }

  // ---- Reading (status, report, audit) ----------------------------------
  // The stored document with these bytes in the campaign, if any.
  virtual Result<std::optional<DocumentRow>> FindDocument(std::string_view campaign_id,
                                                          std::string_view sha256) = 0;
  // The record JSON kept for a document (model::ParseRecordJson reads it).
  virtual Result<std::string> RecordJson(std::int64_t document_id) = 0;

  // The counting document of every (unit, period) that has one, with its
  // findings and figures; all periods, or only `period`. Ordered by period,
  // then unit id (callers order for display).
  virtual Result<std::vector<StoredDocument>> CountingDocuments(
      std::string_view campaign_id, std::optional<std::string_view> period) = 0;
  // Every stored document of the campaign (counting, superseded, and those
  // without unit or period), for audit; in ingest order. With `period`,
  // only documents assigned to it.
  virtual Result<std::vector<StoredDocument>> AllDocuments(
      std::string_view campaign_id, std::optional<std::string_view> period) = 0;
  // Every re-arrival of stored bytes, in arrival order; with `period`, only
  // of documents assigned to it.
  virtual Result<std::vector<SightingRow>> Sightings(std::string_view campaign_id,
                                                     std::optional<std::string_view> period) = 0;
  // Totals for the campaign, or for the documents assigned to `period`.
  virtual Result<StoreCounts> Counts(std::string_view campaign_id,
                                     std::optional<std::string_view> period) = 0;

  // ---- Inbox journal (rows.h explains the states) -----------------------
  // The open entry for (inbox_path, sha256), or a new one in state seen
  // (with facts and received as given). An existing open entry is returned
  // as it is (its facts are refreshed).
  virtual Result<JournalEntry> JournalOpen(const std::string& inbox_path, const std::string& sha256,
                                           const FileFacts& facts,
                                           const std::optional<std::string>& received) = 0;
  virtual Result<std::optional<JournalEntry>> JournalGet(std::int64_t id) = 0;
  // Open entries for a path (normally zero or one), oldest first. Lets the
  // watcher compare FileFacts before hashing a file again.
  virtual Result<std::vector<JournalEntry>> JournalOpenAt(const std::string& inbox_path) = 0;
  // Every open entry, oldest first: what a restart must finish.
  virtual Result<std::vector<JournalEntry>> JournalUnfinished() = 0;
  // seen → stored for a ZIP archive of documents, whose documents were
  // stored one by one (AddDocument without a journal id) before this call:
  // no document id or outcome; `summary` (what its entries became) is kept
  // in `reason` for the log line.
  virtual Status JournalStoreArchive(std::int64_t id, const std::string& summary) = 0;
  // seen → rejected: the file cannot be ingested (reason for NAME.reason.txt).
  virtual Status JournalReject(std::int64_t id, const std::string& reason) = 0;
  // seen → gone: the file disappeared before it was stored.
  virtual Status JournalAbandon(std::int64_t id, const std::string& reason) = 0;
  // stored|rejected: records where the file will be moved, before moving it.
  virtual Status JournalSetTarget(std::int64_t id, const std::string& target_path) = 0;
  // stored → done, rejected → failed: the move happened.
  virtual Status JournalFinish(std::int64_t id) = 0;
  // A failed attempt (any open state): attempts + 1, last_error = error.
  virtual Status JournalNoteAttempt(std::int64_t id, const std::string& error) = 0;

 protected:
  virtual Result<AddResult> DoAddDocument(std::string_view campaign_id, const model::Record& record,
                                          std::optional<std::int64_t> journal_id) = 0;
};

// Where the store is and which clock it uses (`--store`, `--data-dir`).
struct StoreConfig {
  // "" or "sqlite:" → <data_dir>/tonghop.sqlite; "sqlite:PATH" → that file
  // (its folder is created if missing); "postgresql://…" → not yet
  // supported (kConfig); anything else → kConfig.
  std::string uri;
  std::string data_dir = std::string(kDefaultDataDir);  // created if missing
  const Clock* clock = nullptr;  // not owned; must outlive the store; null = SystemClock()
};

// Opens (creating and migrating as needed) the store that `config` names.
Result<std::unique_ptr<Store>> OpenStore(const StoreConfig& config);

}  // namespace tonghop::store
