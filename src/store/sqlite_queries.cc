// Reads of the SQLite store: documents with their findings and figures, in
// three queries per call (documents, findings, figures) whatever the number
// of documents, merged in memory.
#include <Poco/Data/Statement.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Nullable.h>

#include <unordered_map>

#include "store/sqlite_store_impl.h"

namespace tonghop::store {

using Poco::Int64;
using Poco::Nullable;
using namespace Poco::Data::Keywords;

namespace {

std::optional<std::string> Opt(const Nullable<std::string>& v) {
  return v.isNull() ? std::nullopt : std::optional<std::string>(v.value());
}
std::optional<std::int64_t> Opt(const Nullable<Int64>& v) {
  return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.value());
}

constexpr const char* kDocumentColumns =
    "d.id, d.campaign_id, d.sha256, d.path, d.format, d.bytes, d.received, d.received_utc, "
    "d.unit, d.period, d.doc_date, d.number, d.symbol, d.doc_type, d.subject, d.ingested_at, "
    "CASE WHEN s.document_id IS NOT NULL AND s.superseded_by IS NULL THEN 1 ELSE 0 END, "
    "s.superseded_by";

const std::string kDocumentsAndSubmissions =
    "documents d LEFT JOIN submissions s ON s.document_id = d.id ";

// Runs SELECT kDocumentColumns FROM kDocumentsAndSubmissions `tail`
// (WHERE/ORDER BY) with `params` bound in order.
std::vector<DocumentRow> SelectDocuments(Poco::Data::Session& session, const std::string& tail,
                                         const std::vector<std::string>& params) {
  std::vector<Int64> id, bytes, counts;
  std::vector<std::string> campaign, sha, path, format, ingested;
  std::vector<Nullable<std::string>> received, unit, period, date, number, symbol, doc_type,
      subject;
  std::vector<Nullable<Int64>> received_utc, superseded_by;
  Poco::Data::Statement st(session);
  st << std::string("SELECT ") + kDocumentColumns + " FROM " + kDocumentsAndSubmissions + tail;
  for (const std::string& p : params) st.addBind(bind(p));
  st, into(id), into(campaign), into(sha), into(path), into(format), into(bytes), into(received),
      into(received_utc), into(unit), into(period), into(date), into(number), into(symbol),
      into(doc_type), into(subject), into(ingested), into(counts), into(superseded_by);
  st.execute();
  std::vector<DocumentRow> rows(id.size());
  for (size_t i = 0; i < id.size(); ++i) {
    DocumentRow& r = rows[i];
    r.id = id[i];
    r.campaign_id = std::move(campaign[i]);
    r.sha256 = std::move(sha[i]);
    r.path = std::move(path[i]);
    r.format = std::move(format[i]);
    r.bytes = static_cast<std::uint64_t>(bytes[i]);
    r.received = Opt(received[i]);
    r.received_utc = Opt(received_utc[i]);
    r.unit = Opt(unit[i]);
    r.period = Opt(period[i]);
    r.date = Opt(date[i]);
    r.number = Opt(number[i]);
    r.symbol = Opt(symbol[i]);
    r.doc_type = Opt(doc_type[i]);
    r.subject = Opt(subject[i]);
    r.ingested_at = std::move(ingested[i]);
    r.counts = counts[i] != 0;
    r.superseded_by = Opt(superseded_by[i]);
  }
  return rows;
}

model::Severity ParseSeverity(const std::string& name) {
  if (name == "error") return model::Severity::kError;
  if (name == "info") return model::Severity::kInfo;
  return model::Severity::kWarning;
}

std::vector<std::pair<std::string, std::string>> ParseAttrs(const std::string& json) {
  std::vector<std::pair<std::string, std::string>> attrs;
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
  Poco::JSON::Object::Ptr o = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  for (const auto& [key, value] : *o) attrs.emplace_back(key, value.convert<std::string>());
  return attrs;
}

// Findings and figures of the documents that `scope` selects (the FROM and
// WHERE of SelectDocuments: aliases d and s), attached to the rows by id.
std::vector<StoredDocument> AttachDetails(Poco::Data::Session& session,
                                          std::vector<DocumentRow> rows, const std::string& scope,
                                          const std::vector<std::string>& params) {
  std::vector<StoredDocument> docs(rows.size());
  std::unordered_map<std::int64_t, size_t> index;
  for (size_t i = 0; i < rows.size(); ++i) {
    index.emplace(rows[i].id, i);
    docs[i].document = std::move(rows[i]);
  }
  {
    std::vector<Int64> doc;
    std::vector<std::string> code, severity, attrs;
    Poco::Data::Statement st(session);
    st << "SELECT f.document_id, f.code, f.severity, f.attrs_json FROM findings f "
          "WHERE f.document_id IN (SELECT d.id FROM " +
              scope + ") ORDER BY f.document_id, f.seq";
    for (const std::string& p : params) st.addBind(bind(p));
    st, into(doc), into(code), into(severity), into(attrs);
    st.execute();
    for (size_t i = 0; i < doc.size(); ++i) {
      auto it = index.find(doc[i]);
      if (it == index.end()) continue;
      model::Finding f;
      f.code = std::move(code[i]);
      f.severity = ParseSeverity(severity[i]);
      f.attrs = ParseAttrs(attrs[i]);
      docs[it->second].findings.push_back(std::move(f));
    }
  }
  {
    std::vector<Int64> doc;
    std::vector<std::string> metric, source, text;
    std::vector<double> value;
    Poco::Data::Statement st(session);
    st << "SELECT m.document_id, m.metric_id, m.value, m.source, m.text FROM metric_values m "
          "WHERE m.document_id IN (SELECT d.id FROM " +
              scope + ")";
    for (const std::string& p : params) st.addBind(bind(p));
    st, into(doc), into(metric), into(value), into(source), into(text);
    st.execute();
    for (size_t i = 0; i < doc.size(); ++i) {
      auto it = index.find(doc[i]);
      if (it == index.end()) continue;
      docs[it->second].metrics[metric[i]] =
          model::MetricValue{value[i], std::move(source[i]), std::move(text[i])};
    }
  }
  return docs;
}

}  // namespace

Result<std::optional<DocumentRow>> SqliteStore::FindDocument(std::string_view campaign_id,
                                                             std::string_view sha256) {
  return Transaction<std::optional<DocumentRow>>(
      false, Msg("không đọc được kho dữ liệu", "cannot read the store"),
      [&]() -> Result<std::optional<DocumentRow>> {
        std::vector<DocumentRow> rows =
            SelectDocuments(*session_, "WHERE d.campaign_id = ? AND d.sha256 = ?",
                            {std::string(campaign_id), std::string(sha256)});
        if (rows.empty()) return std::optional<DocumentRow>();
        return std::optional<DocumentRow>(std::move(rows.front()));
      });
}

Result<std::string> SqliteStore::RecordJson(std::int64_t document_id) {
  return Transaction<std::string>(
      false, Msg("không đọc được kho dữ liệu", "cannot read the store"),
      [&]() -> Result<std::string> {
        Int64 id = document_id;
        std::vector<std::string> json;
        *session_ << "SELECT record_json FROM documents WHERE id = ?", use(id), into(json), now;
        if (json.empty()) {
          return MakeError(ErrorCode::kInternal,
                           Msg("không có văn bản số " + std::to_string(document_id) + " trong kho",
                               "no document " + std::to_string(document_id) + " in the store"),
                           options_.path);
        }
        return std::move(json.front());
      });
}

Result<std::vector<StoredDocument>> SqliteStore::CountingDocuments(
    std::string_view campaign_id, std::optional<std::string_view> period) {
  return Transaction<std::vector<StoredDocument>>(
      false, Msg("không đọc được kho dữ liệu", "cannot read the store"),
      [&]() -> Result<std::vector<StoredDocument>> {
        std::vector<std::string> params{std::string(campaign_id)};
        std::string where = "WHERE s.campaign_id = ? AND s.superseded_by IS NULL";
        if (period) {
          where += " AND s.period = ?";
          params.emplace_back(*period);
        }
        std::vector<DocumentRow> rows =
            SelectDocuments(*session_, where + " ORDER BY s.period, s.unit", params);
        return AttachDetails(*session_, std::move(rows), kDocumentsAndSubmissions + where, params);
      });
}

Result<std::vector<StoredDocument>> SqliteStore::AllDocuments(
    std::string_view campaign_id, std::optional<std::string_view> period) {
  return Transaction<std::vector<StoredDocument>>(
      false, Msg("không đọc được kho dữ liệu", "cannot read the store"),
      [&]() -> Result<std::vector<StoredDocument>> {
        std::vector<std::string> params{std::string(campaign_id)};
        std::string where = "WHERE d.campaign_id = ?";
        if (period) {
          where += " AND d.period = ?";
          params.emplace_back(*period);
        }
        std::vector<DocumentRow> rows =
            SelectDocuments(*session_, where + " ORDER BY d.id", params);
        return AttachDetails(*session_, std::move(rows), kDocumentsAndSubmissions + where, params);
      });
}

Result<std::vector<SightingRow>> SqliteStore::Sightings(std::string_view campaign_id,
                                                        std::optional<std::string_view> period) {
  return Transaction<std::vector<SightingRow>>(
      false, Msg("không đọc được kho dữ liệu", "cannot read the store"),
      [&]() -> Result<std::vector<SightingRow>> {
        std::vector<std::string> params{std::string(campaign_id)};
        std::string where = "WHERE d.campaign_id = ?";
        if (period) {
          where += " AND d.period = ?";
          params.emplace_back(*period);
        }
        std::vector<Int64> id, doc;
        std::vector<std::string> sha, path, seen_at;
        std::vector<Nullable<std::string>> received;
        Poco::Data::Statement st(*session_);
        st << "SELECT si.id, si.document_id, d.sha256, si.path, si.received, si.seen_at "
              "FROM sightings si JOIN documents d ON d.id = si.document_id " +
                  where + " ORDER BY si.id";
        for (const std::string& p : params) st.addBind(bind(p));
        st, into(id), into(doc), into(sha), into(path), into(received), into(seen_at);
        st.execute();
        std::vector<SightingRow> rows(id.size());
        for (size_t i = 0; i < id.size(); ++i) {
          rows[i] = SightingRow{id[i],
                                doc[i],
                                std::move(sha[i]),
                                std::move(path[i]),
                                Opt(received[i]),
                                std::move(seen_at[i])};
        }
        return rows;
      });
}

Result<StoreCounts> SqliteStore::Counts(std::string_view campaign_id,
                                        std::optional<std::string_view> period) {
  return Transaction<StoreCounts>(
      false, Msg("không đọc được kho dữ liệu", "cannot read the store"),
      [&]() -> Result<StoreCounts> {
        std::vector<std::string> params{std::string(campaign_id)};
        std::string where = " WHERE d.campaign_id = ?";
        if (period) {
          where += " AND d.period = ?";
          params.emplace_back(*period);
        }
        // One row: documents, counting, superseded, duplicates.
        Int64 documents = 0, counting = 0, superseded = 0, duplicates = 0;
        Poco::Data::Statement st(*session_);
        st << "SELECT COUNT(*), "
              "COALESCE(SUM(CASE WHEN s.document_id IS NOT NULL AND s.superseded_by IS NULL "
              "THEN 1 ELSE 0 END), 0), "
              "COALESCE(SUM(CASE WHEN s.superseded_by IS NOT NULL THEN 1 ELSE 0 END), 0), "
              "COALESCE(SUM((SELECT COUNT(*) FROM sightings si WHERE si.document_id = d.id)), 0) "
              "FROM " +
                  kDocumentsAndSubmissions + where;
        for (const std::string& p : params) st.addBind(bind(p));
        st, into(documents), into(counting), into(superseded), into(duplicates);
        st.execute();
        StoreCounts c;
        c.documents = documents;
        c.counting = counting;
        c.superseded = superseded;
        c.not_counting = documents - counting - superseded;
        c.duplicates = duplicates;
        return c;
      });
}

}  // namespace tonghop::store
