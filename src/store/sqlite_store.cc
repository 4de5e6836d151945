#include "store/sqlite_store.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Nullable.h>

#include <filesystem>
#include <mutex>
#include <sstream>

#include "campaign/campaign.h"
#include "campaign/deadline.h"
#include "common/json_writer.h"
#include "model/record_json.h"
#include "store/sqlite_migrations.h"
#include "store/sqlite_store_impl.h"

namespace tonghop::store {

using Poco::Int64;
using Poco::Nullable;
using namespace Poco::Data::Keywords;

namespace {

Nullable<std::string> N(const std::optional<std::string>& v) {
  return v ? Nullable<std::string>(*v) : Nullable<std::string>();
}
Nullable<Int64> N(const std::optional<std::int64_t>& v) {
  return v ? Nullable<Int64>(*v) : Nullable<Int64>();
}

bool IsSha256Hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string AttrsJson(const model::Finding& f) {
  std::ostringstream out;
  JsonWriter w(out, 0);
  w.BeginObject();
  for (const auto& [key, value] : f.attrs) w.Field(key, value);
  w.EndObject();
  return out.str();
}

// What decides which submission of a unit for a period counts (store.h).
struct Newness {
  std::optional<std::string> date;  // valid ISO date or nothing
  std::optional<std::int64_t> received_utc;
  std::int64_t id = 0;
};

bool IsNewer(const Newness& a, const Newness& b) {
  if (a.date != b.date) return b.date < a.date;  // nullopt sorts first
  if (a.received_utc != b.received_utc) return b.received_utc < a.received_utc;
  return a.id > b.id;
}

std::optional<std::string> ValidDate(const std::optional<std::string>& iso) {
  if (iso && campaign::Date::Parse(*iso)) return iso;
  return std::nullopt;
}

}  // namespace

std::string PocoMessage(const Poco::Exception& e) {
  std::string text = e.message().empty() ? e.displayText() : e.message();
  // Poco's SQLite layer often writes SQLite's text twice: "X: X".
  if (text.size() % 2 == 0 && text.size() > 2) {
    size_t half = (text.size() - 2) / 2;
    if (text.compare(half, 2, ": ") == 0 && text.compare(0, half, text, half + 2, half) == 0) {
      text.resize(half);
    }
  }
  return text;
}

int SqliteSchemaVersion() { return SqliteMigrations().back().version; }

SqliteStore::SqliteStore(SqliteOptions options, std::unique_ptr<Poco::Data::Session> session)
    : options_(std::move(options)),
      clock_(options_.clock ? *options_.clock : SystemClock()),
      session_(std::move(session)) {}

Error SqliteStore::StoreError(const LocalizedText& action, const std::string& detail) const {
  return MakeError(ErrorCode::kStore, Msg(action.vi + ": " + detail, action.en + ": " + detail),
                   options_.path);
}

std::string SqliteStore::NowIso() const {
  return campaign::FormatInstantUtc(clock_.NowUtcSeconds());
}

Status SqliteStore::Migrate() {
  const LocalizedText action =
      Msg("không nâng cấp được cấu trúc kho dữ liệu", "cannot upgrade the store's schema");
  auto current_version = [this] {
    Poco::Data::Session& s = *session_;
    s << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
         "description TEXT NOT NULL, applied_at TEXT NOT NULL)",
        now;
    Nullable<Int64> v;
    s << "SELECT MAX(version) FROM schema_version", into(v), now;
    return v.isNull() ? 0 : static_cast<int>(v.value());
  };
  const int newest = SqliteSchemaVersion();
  const int target = options_.max_schema_version > 0 ? options_.max_schema_version : newest;
  // Every step looks at the file's version, so a file from a newer build is
  // refused even when there is nothing to migrate.
  for (const Migration& m : SqliteMigrations()) {
    if (m.version > target) break;
    Status applied = Transaction<Ok>(true, action, [&]() -> Status {
      // Checked again inside the transaction: another process may have
      // migrated since this one looked.
      int version = current_version();
      if (version > newest) {
        return MakeError(
            ErrorCode::kStore,
            Msg("kho dữ liệu do phiên bản tonghop mới hơn tạo (cấu trúc " +
                    std::to_string(version) + ", phiên bản này biết đến " + std::to_string(newest) +
                    ")",
                "the store was written by a newer tonghop (schema " + std::to_string(version) +
                    ", this build knows up to " + std::to_string(newest) + ")"),
            options_.path);
      }
      if (version >= m.version) return OkStatus();
      for (std::string_view sql : m.statements) *session_ << std::string(sql), now;
      if (Status st = Step("migrate-" + std::to_string(m.version)); !st.ok()) return st;
      std::string description(m.description);
      std::string at = NowIso();
      Int64 v = m.version;
      *session_ << "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
          use(v), use(description), use(at), now;
      return OkStatus();
    });
    if (!applied.ok()) return applied;
  }
  return OkStatus();
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const SqliteOptions& options) {
  static std::once_flag registered;
  std::call_once(registered, [] { Poco::Data::SQLite::Connector::registerConnector(); });
  const LocalizedText action = Msg("không mở được kho dữ liệu", "cannot open the store");
  auto fail = [&](const std::string& detail_vi, const std::string& detail_en) {
    return MakeError(ErrorCode::kStore,
                     Msg(action.vi + ": " + detail_vi, action.en + ": " + detail_en), options.path);
  };
  // Poco retries a failed open until its login timeout: say what is wrong
  // at once for the usual causes, and keep the timeout short.
  std::error_code ec;
  std::filesystem::path file(options.path);
  if (file.has_parent_path() && !std::filesystem::is_directory(file.parent_path(), ec)) {
    return fail(Msg("thư mục chứa nó không tồn tại", "its folder does not exist").In(Lang::kVi),
                Msg("thư mục chứa nó không tồn tại", "its folder does not exist").In(Lang::kEn));
  }
  if (std::filesystem::is_directory(file, ec)) {
    return fail(Msg("đây là một thư mục", "this is a folder").In(Lang::kVi),
                Msg("đây là một thư mục", "this is a folder").In(Lang::kEn));
  }
  constexpr std::size_t kOpenTimeoutSeconds = 2;
  std::unique_ptr<Poco::Data::Session> session;
  try {
    session = std::make_unique<Poco::Data::Session>("SQLite", options.path, kOpenTimeoutSeconds);
    Poco::Data::Session& s = *session;
    s << "PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms), now;
    std::string mode;
    s << "PRAGMA main.journal_mode = WAL", into(mode), now;
    if (mode != "wal") {
      return fail("không bật được chế độ WAL (journal_mode=" + mode +
                      "); thư mục dữ liệu có nằm trên ổ mạng không?",
                  "WAL mode is not available here (journal_mode=" + mode +
                      "); is the data folder on a network share?");
    }
    // FULL: a commit is on disk before the pipeline moves the file it
    // records; NORMAL could lose the last commits on power loss.
    s << "PRAGMA synchronous = FULL", now;
    s << "PRAGMA foreign_keys = ON", now;
  } catch (const Poco::Exception& e) {
    return fail(PocoMessage(e), PocoMessage(e));
  }
  auto store = std::make_unique<SqliteStore>(options, std::move(session));
  if (Status migrated = store->Migrate(); !migrated.ok()) return migrated.error();
  return std::unique_ptr<Store>(std::move(store));
}

Result<AddResult> SqliteStore::DoAddDocument(std::string_view campaign_id_view,
                                             const model::Record& record,
                                             std::optional<std::int64_t> journal_id) {
  const model::Source& src = record.source;
  if (campaign_id_view.empty() || !IsSha256Hex(src.sha256)) {
    return MakeError(ErrorCode::kInternal,
                     Msg("thiếu mã chiến dịch hoặc SHA-256 không hợp lệ: " + src.sha256,
                         "missing campaign id or invalid SHA-256: " + src.sha256),
                     src.path);
  }
  const std::string campaign_id(campaign_id_view);
  const LocalizedText action =
      Msg("không lưu được văn bản " + src.path, "cannot store the document " + src.path);

  return Transaction<AddResult>(true, action, [&]() -> Result<AddResult> {
    Poco::Data::Session& s = *session_;
    const std::string now_iso = NowIso();
    if (journal_id) {
      Result<JournalEntry> entry = LoadJournal(*journal_id);
      if (!entry.ok()) return entry.error();
      if (entry->state != JournalState::kSeen) {
        return MakeError(ErrorCode::kInternal,
                         Msg("mục nhật ký " + std::to_string(*journal_id) + " đang ở trạng thái " +
                                 JournalStateName(entry->state) + ", không phải seen",
                             "journal entry " + std::to_string(*journal_id) + " is " +
                                 JournalStateName(entry->state) + ", not seen"),
                         options_.path);
      }
    }
    auto mark_journal = [&](const AddResult& r) -> Status {
      if (!journal_id) return OkStatus();
      Int64 jid = *journal_id;
      Int64 doc = r.document_id;
      std::string outcome = AddOutcomeName(r.outcome);
      s << "UPDATE journal SET state = 'stored', document_id = ?, outcome = ?, updated_at = ? "
           "WHERE id = ?",
          use(doc), use(outcome), bind(now_iso), use(jid), now;
      return Step("journal");
    };

    std::string sha = src.sha256;
    Nullable<Int64> existing, existing_received_utc;
    s << "SELECT id, received_utc FROM documents WHERE campaign_id = ? AND sha256 = ?",
        bind(campaign_id), use(sha), into(existing), into(existing_received_utc), now;
    // Set for bytes stored before without unit or period that now arrive
    // with both (an alias added to the campaign, a better reading): the
    // stored document takes this record and enters its unit+period.
    std::optional<Int64> assign_id;
    if (!existing.isNull()) {
      AddResult r;
      r.outcome = AddOutcome::kDuplicate;
      r.document_id = existing.value();
      Int64 doc = r.document_id;
      std::string path = src.path;
      s << "INSERT INTO sightings (document_id, path, received, seen_at) VALUES (?, ?, ?, ?)",
          use(doc), use(path), bind(N(src.received)), bind(now_iso), now;
      if (Status st = Step("sighting"); !st.ok()) return st.error();
      Nullable<Int64> superseded_by;
      Int64 has_submission = 0;
      s << "SELECT COUNT(*), MAX(superseded_by) FROM submissions WHERE document_id = ?", use(doc),
          into(has_submission), into(superseded_by), now;
      r.counts = has_submission > 0 && superseded_by.isNull();
      if (has_submission > 0 || !record.issuer.unit || !record.period) {
        if (Status st = mark_journal(r); !st.ok()) return st.error();
        return r;
      }
      assign_id = doc;
    }

    std::string record_json;
    {
      std::ostringstream out;
      JsonWriter w(out, 0);
      model::WriteRecordJson(w, record, Lang::kVi);
      record_json = out.str();
    }
    std::optional<std::int64_t> received_utc;
    if (src.received) received_utc = campaign::ParseInstant(*src.received);
    std::optional<std::string> doc_type;
    if (record.doc_type) doc_type = record.doc_type->code;
    std::optional<std::string> date = ValidDate(record.date);

    Int64 doc_id = 0;
    if (assign_id) {
      // Keeps path, received and ingested_at of the first arrival; findings
      // and figures are those of this record.
      doc_id = *assign_id;
      s << "UPDATE documents SET unit = ?, period = ?, doc_date = ?, number = ?, symbol = ?, "
           "doc_type = ?, subject = ?, record_json = ? WHERE id = ?",
          bind(N(record.issuer.unit)), bind(N(record.period)), bind(N(record.date)),
          bind(N(record.number)), bind(N(record.symbol)), bind(N(doc_type)),
          bind(N(record.subject)), use(record_json), use(doc_id), now;
      s << "DELETE FROM findings WHERE document_id = ?", use(doc_id), now;
      s << "DELETE FROM metric_values WHERE document_id = ?", use(doc_id), now;
      received_utc = existing_received_utc.isNull()
                         ? std::nullopt
                         : std::optional<std::int64_t>(existing_received_utc.value());
    } else {
      std::string path = src.path, format = src.format;
      Int64 bytes = static_cast<Int64>(src.bytes);
      s << "INSERT INTO documents (campaign_id, sha256, path, format, bytes, received, "
           "received_utc, unit, period, doc_date, number, symbol, doc_type, subject, record_json, "
           "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          bind(campaign_id), use(sha), use(path), use(format), use(bytes), bind(N(src.received)),
          bind(N(received_utc)), bind(N(record.issuer.unit)), bind(N(record.period)),
          bind(N(record.date)), bind(N(record.number)), bind(N(record.symbol)), bind(N(doc_type)),
          bind(N(record.subject)), use(record_json), bind(now_iso), into(doc_id), now;
    }
    if (Status st = Step("document"); !st.ok()) return st.error();

    if (!record.findings.empty()) {
      std::vector<Int64> docs, seqs;
      std::vector<std::string> codes, severities, attrs;
      for (size_t i = 0; i < record.findings.size(); ++i) {
        const model::Finding& f = record.findings[i];
        docs.push_back(doc_id);
        seqs.push_back(static_cast<Int64>(i));
        codes.push_back(f.code);
        severities.push_back(model::SeverityName(f.severity));
        attrs.push_back(AttrsJson(f));
      }
      s << "INSERT INTO findings (document_id, seq, code, severity, attrs_json, origin) "
           "VALUES (?, ?, ?, ?, ?, 'record')",
          use(docs), use(seqs), use(codes), use(severities), use(attrs), now;
    }
    if (Status st = Step("findings"); !st.ok()) return st.error();

    if (!record.metrics.empty()) {
      std::vector<Int64> docs;
      std::vector<std::string> ids, sources, texts;
      std::vector<double> values;
      for (const auto& [id, m] : record.metrics) {
        docs.push_back(doc_id);
        ids.push_back(id);
        values.push_back(m.value);
        sources.push_back(m.source);
        texts.push_back(m.text);
      }
      s << "INSERT INTO metric_values (document_id, metric_id, value, source, text) "
           "VALUES (?, ?, ?, ?, ?)",
          use(docs), use(ids), use(values), use(sources), use(texts), now;
    }
    if (Status st = Step("metrics"); !st.ok()) return st.error();

    AddResult r;
    r.outcome = assign_id ? AddOutcome::kAssigned : AddOutcome::kNew;
    r.document_id = doc_id;
    if (record.issuer.unit && record.period) {
      std::string unit = *record.issuer.unit, period = *record.period;
      Nullable<Int64> old_id;
      Nullable<std::string> old_date, old_path, old_sha;
      Nullable<Int64> old_received;
      s << "SELECT d.id, d.doc_date, d.received_utc, d.path, d.sha256 FROM submissions s "
           "JOIN documents d ON d.id = s.document_id "
           "WHERE s.campaign_id = ? AND s.unit = ? AND s.period = ? AND s.superseded_by IS NULL",
          bind(campaign_id), use(unit), use(period), into(old_id), into(old_date),
          into(old_received), into(old_path), into(old_sha), now;
      // Adds the `superseded` finding to `loser`, naming the counting document.
      auto add_superseded_finding = [&](Int64 loser, const std::string& winner_path,
                                        const std::string& winner_sha) {
        std::string attrs = AttrsJson(model::MakeFinding(
            model::codes::kSuperseded, {{"path", winner_path}, {"sha256", winner_sha}}));
        std::string severity =
            model::SeverityName(model::MakeFinding(model::codes::kSuperseded).severity);
        std::string code(model::codes::kSuperseded);
        s << "INSERT INTO findings (document_id, seq, code, severity, attrs_json, origin) "
             "SELECT ?, COALESCE(MAX(seq) + 1, 0), ?, ?, ?, 'store' FROM findings "
             "WHERE document_id = ?",
            use(loser), use(code), use(severity), use(attrs), use(loser), now;
      };
      if (old_id.isNull()) {
        s << "INSERT INTO submissions (campaign_id, unit, period, document_id, superseded_by) "
             "VALUES (?, ?, ?, ?, NULL)",
            bind(campaign_id), use(unit), use(period), use(doc_id), now;
        r.counts = true;
      } else {
        Newness incoming{date, received_utc, doc_id};
        Newness counting{
            ValidDate(old_date.isNull() ? std::nullopt
                                        : std::optional<std::string>(old_date.value())),
            old_received.isNull() ? std::nullopt
                                  : std::optional<std::int64_t>(old_received.value()),
            old_id.value()};
        Int64 old = old_id.value();
        if (IsNewer(incoming, counting)) {
          // The old row must leave the "counting" index before the new one enters.
          s << "UPDATE submissions SET superseded_by = ? WHERE document_id = ?", use(doc_id),
              use(old), now;
          s << "INSERT INTO submissions (campaign_id, unit, period, document_id, superseded_by) "
               "VALUES (?, ?, ?, ?, NULL)",
              bind(campaign_id), use(unit), use(period), use(doc_id), now;
          add_superseded_finding(old, src.path, sha);
          if (!assign_id) r.outcome = AddOutcome::kSupersededExisting;
          r.counts = true;
          r.superseded_id = old;
        } else {
          s << "INSERT INTO submissions (campaign_id, unit, period, document_id, superseded_by) "
               "VALUES (?, ?, ?, ?, ?)",
              bind(campaign_id), use(unit), use(period), use(doc_id), use(old), now;
          add_superseded_finding(doc_id, old_path.value(), old_sha.value());
          if (!assign_id) r.outcome = AddOutcome::kStoredAsSuperseded;
          r.counting_id = old;
        }
      }
    }
    if (Status st = Step("submission"); !st.ok()) return st.error();
    if (Status st = mark_journal(r); !st.ok()) return st.error();
    return r;
  });
}

}  // namespace tonghop::store
