// The inbox journal in SQLite (rows.h explains the states).
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "store/sqlite_store_impl.h"

namespace tonghop::store {

using Poco::Int64;
using Poco::Nullable;
using namespace Poco::Data::Keywords;

namespace {

constexpr const char* kJournalColumns =
    "id, inbox_path, sha256, size, mtime_ns, dev, inode, state, received, document_id, outcome, "
    "target_path, reason, attempts, last_error, created_at, updated_at";

constexpr const char* kOpenStates = "('seen', 'stored', 'rejected')";

std::optional<std::string> Opt(const Nullable<std::string>& v) {
  return v.isNull() ? std::nullopt : std::optional<std::string>(v.value());
}

// SELECT kJournalColumns FROM journal `tail`, with `params` bound in order,
// then `id_param` when given.
std::vector<JournalEntry> SelectJournal(Poco::Data::Session& session, const std::string& tail,
                                        const std::vector<std::string>& params,
                                        std::optional<Int64> id_param = std::nullopt) {
  std::vector<Int64> id, size, mtime, dev, inode, attempts;
  std::vector<std::string> path, sha, state, created, updated;
  std::vector<Nullable<std::string>> received, outcome, target, reason, last_error;
  std::vector<Nullable<Int64>> document;
  Poco::Data::Statement st(session);
  st << std::string("SELECT ") + kJournalColumns + " FROM journal " + tail;
  for (const std::string& p : params) st.addBind(bind(p));
  if (id_param) st.addBind(bind(*id_param));
  st, into(id), into(path), into(sha), into(size), into(mtime), into(dev), into(inode), into(state),
      into(received), into(document), into(outcome), into(target), into(reason), into(attempts),
      into(last_error), into(created), into(updated);
  st.execute();
  std::vector<JournalEntry> rows(id.size());
  for (size_t i = 0; i < id.size(); ++i) {
    JournalEntry& e = rows[i];
    e.id = id[i];
    e.inbox_path = std::move(path[i]);
    e.sha256 = std::move(sha[i]);
    // dev and inode are unsigned 64-bit; SQLite keeps them bit for bit as signed.
    e.facts = FileFacts{static_cast<std::uint64_t>(size[i]), mtime[i],
                        static_cast<std::uint64_t>(dev[i]), static_cast<std::uint64_t>(inode[i])};
    e.state = ParseJournalState(state[i]).value_or(JournalState::kSeen);
    e.received = Opt(received[i]);
    if (!document[i].isNull()) e.document_id = document[i].value();
    if (!outcome[i].isNull()) e.outcome = ParseAddOutcome(outcome[i].value());
    e.target_path = Opt(target[i]);
    e.reason = Opt(reason[i]);
    e.attempts = static_cast<int>(attempts[i]);
    e.last_error = Opt(last_error[i]);
    e.created_at = std::move(created[i]);
    e.updated_at = std::move(updated[i]);
  }
  return rows;
}

const LocalizedText& ReadJournalAction() {
  static const LocalizedText text =
      Msg("không đọc được nhật ký hộp thư đến", "cannot read the inbox journal");
  return text;
}

}  // namespace

Result<JournalEntry> SqliteStore::LoadJournal(std::int64_t id) {
  std::vector<JournalEntry> rows = SelectJournal(*session_, "WHERE id = ?", {}, id);
  if (rows.empty()) {
    return MakeError(
        ErrorCode::kInternal,
        Msg("không có mục nhật ký " + std::to_string(id), "no journal entry " + std::to_string(id)),
        options_.path);
  }
  return std::move(rows.front());
}

Result<JournalEntry> SqliteStore::JournalOpen(const std::string& inbox_path,
                                              const std::string& sha256, const FileFacts& facts,
                                              const std::optional<std::string>& received) {
  return Transaction<JournalEntry>(
      true,
      Msg("không ghi được nhật ký hộp thư đến: " + inbox_path,
          "cannot write the inbox journal: " + inbox_path),
      [&]() -> Result<JournalEntry> {
        Poco::Data::Session& s = *session_;
        Int64 size = static_cast<Int64>(facts.size), mtime = facts.mtime_ns,
              dev = static_cast<Int64>(facts.dev), inode = static_cast<Int64>(facts.inode);
        std::string path = inbox_path, sha = sha256, at = NowIso();
        std::vector<JournalEntry> open = SelectJournal(
            s, std::string("WHERE inbox_path = ? AND sha256 = ? AND state IN ") + kOpenStates,
            {inbox_path, sha256});
        Int64 id = 0;
        if (!open.empty()) {
          id = open.front().id;
          s << "UPDATE journal SET size = ?, mtime_ns = ?, dev = ?, inode = ?, updated_at = ? "
               "WHERE id = ?",
              use(size), use(mtime), use(dev), use(inode), use(at), use(id), now;
        } else {
          Nullable<std::string> rec =
              received ? Nullable<std::string>(*received) : Nullable<std::string>();
          s << "INSERT INTO journal (inbox_path, sha256, size, mtime_ns, dev, inode, state, "
               "received, attempts, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, 'seen', ?, 0, ?, ?) RETURNING id",
              use(path), use(sha), use(size), use(mtime), use(dev), use(inode), use(rec), use(at),
              use(at), into(id), now;
        }
        return LoadJournal(id);
      });
}

Result<std::optional<JournalEntry>> SqliteStore::JournalGet(std::int64_t id) {
  return Transaction<std::optional<JournalEntry>>(
      false, ReadJournalAction(), [&]() -> Result<std::optional<JournalEntry>> {
        std::vector<JournalEntry> rows = SelectJournal(*session_, "WHERE id = ?", {}, id);
        if (rows.empty()) return std::optional<JournalEntry>();
        return std::optional<JournalEntry>(std::move(rows.front()));
      });
}

Result<std::vector<JournalEntry>> SqliteStore::JournalOpenAt(const std::string& inbox_path) {
  return Transaction<std::vector<JournalEntry>>(
      false, ReadJournalAction(), [&]() -> Result<std::vector<JournalEntry>> {
        return SelectJournal(
            *session_,
            std::string("WHERE inbox_path = ? AND state IN ") + kOpenStates + " ORDER BY id",
            {inbox_path});
      });
}

Result<std::vector<JournalEntry>> SqliteStore::JournalUnfinished() {
  return Transaction<std::vector<JournalEntry>>(
      false, ReadJournalAction(), [&]() -> Result<std::vector<JournalEntry>> {
        return SelectJournal(*session_,
                             std::string("WHERE state IN ") + kOpenStates + " ORDER BY id", {});
      });
}

Status SqliteStore::JournalTransition(std::int64_t id, std::initializer_list<JournalState> from,
                                      const std::function<JournalState(JournalState)>& to,
                                      const char* column, const std::string* value) {
  std::vector<JournalState> allowed(from);
  const LocalizedText action =
      Msg("không ghi được nhật ký hộp thư đến", "cannot write the inbox journal");
  return Transaction<Ok>(true, action, [&]() -> Status {
    Result<JournalEntry> entry = LoadJournal(id);
    if (!entry.ok()) return entry.error();
    bool ok = false;
    std::string expected;
    for (JournalState s : allowed) {
      ok = ok || entry->state == s;
      expected += expected.empty() ? "" : "/";
      expected += JournalStateName(s);
    }
    if (!ok) {
      return MakeError(ErrorCode::kInternal,
                       Msg("mục nhật ký " + std::to_string(id) + " đang ở trạng thái " +
                               JournalStateName(entry->state) + ", cần " + expected,
                           "journal entry " + std::to_string(id) + " is " +
                               JournalStateName(entry->state) + ", expected " + expected),
                       options_.path);
    }
    Int64 key = id;
    std::string state = JournalStateName(to(entry->state)), at = NowIso();
    if (column) {
      std::string text = value ? *value : std::string();
      *session_ << std::string("UPDATE journal SET state = ?, ") + column +
                       " = ?, updated_at = ? WHERE id = ?",
          use(state), use(text), use(at), use(key), now;
    } else {
      *session_ << "UPDATE journal SET state = ?, updated_at = ? WHERE id = ?", use(state), use(at),
          use(key), now;
    }
    return OkStatus();
  });
}

Status SqliteStore::JournalStoreArchive(std::int64_t id, const std::string& summary) {
  return JournalTransition(
      id, {JournalState::kSeen}, [](JournalState) { return JournalState::kStored; }, "reason",
      &summary);
}

Status SqliteStore::JournalReject(std::int64_t id, const std::string& reason) {
  return JournalTransition(
      id, {JournalState::kSeen}, [](JournalState) { return JournalState::kRejected; }, "reason",
      &reason);
}

Status SqliteStore::JournalAbandon(std::int64_t id, const std::string& reason) {
  return JournalTransition(
      id, {JournalState::kSeen}, [](JournalState) { return JournalState::kGone; }, "reason",
      &reason);
}

Status SqliteStore::JournalSetTarget(std::int64_t id, const std::string& target_path) {
  return JournalTransition(
      id, {JournalState::kStored, JournalState::kRejected}, [](JournalState s) { return s; },
      "target_path", &target_path);
}

Status SqliteStore::JournalFinish(std::int64_t id) {
  return JournalTransition(
      id, {JournalState::kStored, JournalState::kRejected},
      [](JournalState s) {
        return s == JournalState::kRejected ? JournalState::kFailed : JournalState::kDone;
      },
      nullptr, nullptr);
}

Status SqliteStore::JournalNoteAttempt(std::int64_t id, const std::string& error) {
  return Transaction<Ok>(
      true, Msg("không ghi được nhật ký hộp thư đến", "cannot write the inbox journal"),
      [&]() -> Status {
        Result<JournalEntry> entry = LoadJournal(id);
        if (!entry.ok()) return entry.error();
        if (!IsOpen(entry->state)) {
          return MakeError(ErrorCode::kInternal,
                           Msg("mục nhật ký " + std::to_string(id) + " đã xong (" +
                                   JournalStateName(entry->state) + ")",
                               "journal entry " + std::to_string(id) + " is finished (" +
                                   JournalStateName(entry->state) + ")"),
                           options_.path);
        }
        Int64 key = id;
        std::string text = error, at = NowIso();
        *session_ << "UPDATE journal SET attempts = attempts + 1, last_error = ?, updated_at = ? "
                     "WHERE id = ?",
            use(text), use(at), use(key), now;
        return OkStatus();
      });
}

}  // namespace tonghop::store
