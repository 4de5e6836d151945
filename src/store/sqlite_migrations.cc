#include "store/sqlite_migrations.h"

namespace tonghop::store {

const std::vector<Migration>& SqliteMigrations() {
  static const std::vector<Migration> migrations = {
      {1,
       "documents, submissions, findings, metric values, sightings",
       {
           R"(CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                campaign_id TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                path TEXT NOT NULL,
                format TEXT NOT NULL,
                bytes INTEGER NOT NULL,
                received TEXT,
                received_utc INTEGER,
                unit TEXT,
                period TEXT,
                doc_date TEXT,
                number TEXT,
                symbol TEXT,
                doc_type TEXT,
                subject TEXT,
                record_json TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                UNIQUE (campaign_id, sha256)))",
           "CREATE INDEX documents_by_cell ON documents (campaign_id, period, unit)",
           // One row per document that has a unit and a period. Exactly one
           // row per (campaign, unit, period) counts: superseded_by IS NULL.
           R"(CREATE TABLE submissions (
                id INTEGER PRIMARY KEY,
                campaign_id TEXT NOT NULL,
                unit TEXT NOT NULL,
                period TEXT NOT NULL,
                document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id),
                superseded_by INTEGER REFERENCES documents (id)))",
           R"(CREATE UNIQUE INDEX submissions_one_counting
                ON submissions (campaign_id, unit, period) WHERE superseded_by IS NULL)",
           "CREATE INDEX submissions_by_cell ON submissions (campaign_id, period, unit)",
           // origin: 'record' (found by the pipeline) or 'store' (superseded).
           R"(CREATE TABLE findings (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents (id),
                seq INTEGER NOT NULL,
                code TEXT NOT NULL,
                severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
                attrs_json TEXT NOT NULL,
                origin TEXT NOT NULL CHECK (origin IN ('record', 'store')),
                UNIQUE (document_id, seq)))",
           R"(CREATE TABLE metric_values (
                document_id INTEGER NOT NULL REFERENCES documents (id),
                metric_id TEXT NOT NULL,
                value REAL NOT NULL,
                source TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (document_id, metric_id)))",
           R"(CREATE TABLE sightings (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents (id),
                path TEXT NOT NULL,
                received TEXT,
                seen_at TEXT NOT NULL))",
           "CREATE INDEX sightings_by_document ON sightings (document_id)",
       }},
      {2,
       "journal of the watched inbox",
       {
           R"(CREATE TABLE journal (
                id INTEGER PRIMARY KEY,
                inbox_path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                mtime_ns INTEGER NOT NULL,
                dev INTEGER NOT NULL,
                inode INTEGER NOT NULL,
                state TEXT NOT NULL
                  CHECK (state IN ('seen', 'stored', 'rejected', 'done', 'failed', 'gone')),
                received TEXT,
                document_id INTEGER REFERENCES documents (id),
                outcome TEXT,
                target_path TEXT,
                reason TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           R"(CREATE UNIQUE INDEX journal_one_open ON journal (inbox_path, sha256)
                WHERE state IN ('seen', 'stored', 'rejected'))",
           R"(CREATE INDEX journal_open ON journal (id)
                WHERE state IN ('seen', 'stored', 'rejected'))",
       }},
  };
  return migrations;
}

}  // namespace tonghop::store
