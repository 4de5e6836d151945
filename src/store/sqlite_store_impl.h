// Internal to src/store: the SQLite Store class, shared by sqlite_store.cc
// (open, migrations, AddDocument), sqlite_queries.cc (reads) and
// sqlite_journal.cc (inbox journal). Poco types stay behind this header.
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "common/error.h"
#include "store/sqlite_store.h"
#include "store/store.h"

namespace tonghop::store {

class SqliteStore final : public Store {
 public:
  SqliteStore(SqliteOptions options, std::unique_ptr<Poco::Data::Session> session);

  std::string Describe() const override { return "sqlite:" + options_.path; }

  // Creates or upgrades the schema; called once by OpenSqliteStore.
  Status Migrate();

  Result<std::optional<DocumentRow>> FindDocument(std::string_view campaign_id,
                                                  std::string_view sha256) override;
  Result<std::string> RecordJson(std::int64_t document_id) override;
  Result<std::vector<StoredDocument>> CountingDocuments(
      std::string_view campaign_id, std::optional<std::string_view> period) override;
  Result<std::vector<StoredDocument>> AllDocuments(std::string_view campaign_id,
                                                   std::optional<std::string_view> period) override;
  Result<std::vector<SightingRow>> Sightings(std::string_view campaign_id,
                                             std::optional<std::string_view> period) override;
  Result<StoreCounts> Counts(std::string_view campaign_id,
                             std::optional<std::string_view> period) override;

  Result<JournalEntry> JournalOpen(const std::string& inbox_path, const std::string& sha256,
                                   const FileFacts& facts,
                                   const std::optional<std::string>& received) override;
  Result<std::optional<JournalEntry>> JournalGet(std::int64_t id) override;
  Result<std::vector<JournalEntry>> JournalOpenAt(const std::string& inbox_path) override;
  Result<std::vector<JournalEntry>> JournalUnfinished() override;
  Status JournalStoreArchive(std::int64_t id, const std::string& summary) override;
  Status JournalReject(std::int64_t id, const std::string& reason) override;
  Status JournalAbandon(std::int64_t id, const std::string& reason) override;
  Status JournalSetTarget(std::int64_t id, const std::string& target_path) override;
  Status JournalFinish(std::int64_t id) override;
  Status JournalNoteAttempt(std::int64_t id, const std::string& error) override;

 protected:
  Result<AddResult> DoAddDocument(std::string_view campaign_id, const model::Record& record,
                                  std::optional<std::int64_t> journal_id) override;

 private:
  // Runs `body` in one transaction: BEGIN IMMEDIATE for writes (a writer
  // waits for another instead of failing on a lock upgrade), BEGIN for reads
  // (one consistent snapshot across several SELECTs). An Error returned by
  // the body or a Poco exception rolls back; exceptions become kStore errors
  // that name the action.
  template <typename T>
  Result<T> Transaction(bool write, const LocalizedText& action,
                        const std::function<Result<T>()>& body);

  // Testing hook between the statements of a write (SqliteOptions).
  Status Step(std::string_view name) const {
    return options_.fault_injection ? options_.fault_injection(name) : OkStatus();
  }
  Error StoreError(const LocalizedText& action, const std::string& detail) const;
  std::string NowIso() const;
  Result<JournalEntry> LoadJournal(std::int64_t id);
  // In one transaction: checks the entry is in one of `from`, moves it to
  // to(current state) and sets the text column `column` (reason,
  // target_path) to *value when column is not null.
  Status JournalTransition(std::int64_t id, std::initializer_list<JournalState> from,
                           const std::function<JournalState(JournalState)>& to, const char* column,
                           const std::string* value);

  SqliteOptions options_;
  const Clock& clock_;
  std::mutex mutex_;
  std::unique_ptr<Poco::Data::Session> session_;
};

// The message of a Poco exception, without Poco's class prefix when the
// plain message says it all ("database is locked").
std::string PocoMessage(const Poco::Exception& e);

template <typename T>
Result<T> SqliteStore::Transaction(bool write, const LocalizedText& action,
                                   const std::function<Result<T>()>& body) {
  std::lock_guard<std::mutex> lock(mutex_);
  Poco::Data::Session& s = *session_;
  bool open = false;
  auto rollback = [&] {
    if (!open) return;
    try {
      s << "ROLLBACK", Poco::Data::Keywords::now;
    } catch (const Poco::Exception&) {
      // The connection is unusable or already out of the transaction
      // (SQLite rolls back by itself on some errors): nothing left to undo.
    }
  };
  try {
    s << (write ? "BEGIN IMMEDIATE" : "BEGIN"), Poco::Data::Keywords::now;
    open = true;
    Result<T> result = body();
    if (!result.ok()) {
      rollback();
      return result;
    }
    s << "COMMIT", Poco::Data::Keywords::now;
    return result;
  } catch (const Poco::Exception& e) {
    rollback();
    return StoreError(action, PocoMessage(e));
  } catch (const std::exception& e) {
    rollback();
    return StoreError(action, e.what());
  }
}

}  // namespace tonghop::store
