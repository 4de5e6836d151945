// Plain structs that the Store returns (store/store.h). No database types.
//
// Times: `received` is kept as the record gave it (ISO 8601 with offset) and
// also as `received_utc` (seconds since the epoch) for ordering and lateness
// (campaign/deadline.h). Store-made times (`ingested_at`, `seen_at`, journal
// times) are ISO 8601 UTC strings, "2020-07-05T02:12:00Z".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/record.h"

namespace tonghop::store {

// What AddDocument did with a document.
enum class AddOutcome {
  kNew,        // first time these bytes were seen (in this campaign); counts if it has unit+period
  kDuplicate,  // the same bytes were stored before: nothing stored, a sighting recorded
  kSupersededExisting,  // new, and it replaced the document that counted for its unit+period
  kStoredAsSuperseded,  // new, but older than the counting one: stored, counts nowhere
  // The same bytes were stored before without unit or period; this record
  // has both: the stored document takes its fields, findings and figures
  // and enters its unit+period (counts, or is superseded: see counts).
  kAssigned,
};
// "new", "duplicate", "superseded-existing", "stored-as-superseded", "assigned".
const char* AddOutcomeName(AddOutcome outcome);
std::optional<AddOutcome> ParseAddOutcome(std::string_view name);

struct AddResult {
  AddOutcome outcome = AddOutcome::kNew;
  // The stored document: the new row, or for kDuplicate the row stored earlier.
  std::int64_t document_id = 0;
  // True when document_id is the counting document of its unit+period now.
  bool counts = false;
  // kSupersededExisting: the document that stopped counting.
  std::optional<std::int64_t> superseded_id;
  // kStoredAsSuperseded: the document that keeps counting.
  std::optional<std::int64_t> counting_id;
};

// One stored document (one distinct SHA-256 within a campaign).
struct DocumentRow {
  std::int64_t id = 0;  // ingest order: a larger id was stored later
  std::string campaign_id;
  std::string sha256;
  std::string path;    // where it was first seen
  std::string format;  // docx, flat-opc, word2003, report-xml
  std::uint64_t bytes = 0;
  std::optional<std::string> received;       // as recorded (ISO 8601 with offset)
  std::optional<std::int64_t> received_utc;  // the same instant, UTC seconds
  std::optional<std::string> unit;           // campaign unit id
  std::optional<std::string> period;         // campaign period id
  std::optional<std::string> date;           // the document's own date, ISO
  std::optional<std::string> number;
  std::optional<std::string> symbol;
  std::optional<std::string> doc_type;  // type code: KH, BC, ...
  std::optional<std::string> subject;
  std::string ingested_at;  // when the store took it (ISO UTC)
  // Submission state. A document without unit or period is no submission:
  // counts = false and superseded_by empty.
  bool counts = false;
  std::optional<std::int64_t> superseded_by;  // the document that replaced it
};

// A document with what was found in it and the figures read from it.
struct StoredDocument {
  DocumentRow document;
  // The record's findings in their order, then those the store added
  // (`superseded`, with attrs path and sha256 of the counting document).
  std::vector<model::Finding> findings;
  std::map<std::string, model::MetricValue> metrics;  // campaign metric id -> value
};

// The same bytes arriving again (one row per arrival after the first).
struct SightingRow {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  std::string sha256;
  std::string path;
  std::optional<std::string> received;
  std::string seen_at;  // ISO UTC
};

struct StoreCounts {
  std::int64_t documents = 0;     // distinct documents stored
  std::int64_t counting = 0;      // submissions that count (one per unit+period at most)
  std::int64_t superseded = 0;    // submissions replaced by a newer one
  std::int64_t not_counting = 0;  // documents without unit or period
  std::int64_t duplicates = 0;    // sightings: arrivals of bytes already stored
};

// ---- Journal of the watched inbox (issue 6) --------------------------------
//
// One entry per arrival of a file in the inbox, keyed by (inbox path,
// SHA-256). States, each change one transaction made BEFORE the matching file
// system step:
//
//   seen ──AddDocument(journal_id)──▶ stored ──SetTarget, move──▶ done
//     │                                  (the document and this change commit together)
//     ├──StoreArchive(summary)──▶ stored   (a ZIP of documents, each stored before)
//     ├──Reject(reason)──▶ rejected ──SetTarget, move + reason file──▶ failed
//     └──Abandon(reason)──▶ gone        (the file vanished before it was stored)
//
// seen, stored and rejected are "open"; done, failed and gone are finished.
// After a crash, every open entry says what is left: seen → read and store
// again (it was not stored: storing and leaving `seen` are one transaction);
// stored/rejected → move the file to target_path (chosen and recorded before
// the move, so a restart uses the same name) or, when it is already there,
// just Finish. At most one open entry exists per (inbox_path, sha256); the
// same file dropped again after it finished opens a new entry.
enum class JournalState { kSeen, kStored, kRejected, kDone, kFailed, kGone };
const char* JournalStateName(JournalState state);  // "seen", "stored", ...
std::optional<JournalState> ParseJournalState(std::string_view name);
inline bool IsOpen(JournalState s) {
  return s == JournalState::kSeen || s == JournalState::kStored || s == JournalState::kRejected;
}

// What the file system said about the file when it was hashed; lets the
// watcher skip re-hashing an unchanged file (same dev, inode, size, mtime).
struct FileFacts {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t dev = 0;
  std::uint64_t inode = 0;

  bool operator==(const FileFacts&) const = default;
};

struct JournalEntry {
  std::int64_t id = 0;
  std::string inbox_path;
  std::string sha256;
  FileFacts facts;
  JournalState state = JournalState::kSeen;
  std::optional<std::string> received;      // first seen, ISO with offset (the pipeline's choice)
  std::optional<std::int64_t> document_id;  // once stored
  std::optional<AddOutcome> outcome;        // once stored
  std::optional<std::string> target_path;   // where the file goes (.done/… or .failed/…)
  std::optional<std::string> reason;        // rejected/gone: why; a stored archive: its summary
  int attempts = 0;                         // failed attempts noted so far
  std::optional<std::string> last_error;
  std::string created_at;  // ISO UTC
  std::string updated_at;  // ISO UTC
};

}  // namespace tonghop::store
