// Intake: the one path every document takes, whatever its source (a file
// named on the command line, an archive entry, a file in the watched inbox):
//
//   bytes + Origin → size limit → SHA-256 → read (src/read) → Analyze
//   (extract + checks) → Store::AddDocument (one transaction) → Outcome
//
// PrepareDocument is everything before the store: pure, thread-safe, so batch
// runs it on worker threads. StoreRecord is the store step, run from one
// thread in input order.
//
// Received time (record.source.received, ISO 8601 with offset):
// - a file named on the command line: its modification time;
// - an archive entry: the entry's DOS time, which is the local time of the
//   sender's PC, taken as Vietnam time (UTC+7);
// - the watched inbox: when the complete file landed (pipeline/inbox.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/campaign.h"
#include "check/analyze.h"
#include "check/campaign_keys.h"
#include "common/error.h"
#include "model/record.h"
#include "read/reader.h"
#include "store/store.h"

namespace tonghop::pipeline {

// Where a document came from.
struct Origin {
  // For messages and record.source.path: the path as given
  // ("docs/bc.docx"), or archive!/entry for archive entries
  // ("nop.zip!/Tam Đường/bc.docx", nested: "a.zip!/b.zip!/c.docx").
  std::string path;
  std::optional<std::string> received;  // ISO 8601 with offset
};

// Bytes → checked record: size limit (options.limits.max_input_bytes),
// SHA-256, ReadDocument, Analyze. Errors are the reader's (kUnsupportedFormat,
// kCorrupt, kEncrypted, kLimitExceeded) with Error::where = origin.path
// (plus the part inside the document when the reader names one).
// `assigned`: the unit and period the person ingesting gave (check/analyze.h).
// Never throws: an exception from below (out of memory, a library bug)
// becomes a kInternal error of this document only.
Result<model::Record> PrepareDocument(std::string_view bytes, const Origin& origin,
                                      const check::CampaignKeys& campaign,
                                      const read::ReadOptions& options,
                                      const check::Assignment& assigned = {});

// As store::AddOutcome; kAssigned: stored before without unit or period,
// now known (an alias added to the campaign, say) and counted.
enum class Outcome {
  kNew,
  kDuplicate,
  kSupersededExisting,
  kStoredAsSuperseded,
  kAssigned,
  kFailed
};
// "new", "duplicate", "superseded-existing", "stored-as-superseded",
// "assigned", "failed".
const char* OutcomeName(Outcome outcome);

// What happened to one document; the summary and the logs are made of these.
struct DocumentOutcome {
  std::string path;
  Outcome outcome = Outcome::kFailed;
  std::optional<Error> error;               // kFailed: why
  std::optional<std::string> unit, period;  // from the record, when known
  std::optional<std::int64_t> document_id;  // stored (or, for a duplicate, stored earlier)
};

DocumentOutcome FailedOutcome(std::string path, Error error);

// Stores a prepared record (one transaction; see Store::AddDocument for
// journal_id). Errors are the store's (kStore, kInternal): the caller stops,
// nothing of this document was stored.
Result<DocumentOutcome> StoreRecord(store::Store& store, std::string_view campaign_id,
                                    const model::Record& record,
                                    std::optional<std::int64_t> journal_id = std::nullopt);

// Received times. From a file time (ns since the epoch): that instant in
// Vietnam time, "2020-07-05T09:12:00+07:00".
std::string ReceivedFromUnixNs(std::int64_t unix_ns);
// From a ZIP entry's DOS date and time, read as Vietnam local time;
// nullopt when the fields are not a real date and time (e.g. all zero).
std::optional<std::string> ReceivedFromDos(std::uint16_t dos_date, std::uint16_t dos_time);

// Counts of outcomes and the failures with their reasons, in arrival order.
class Summary {
 public:
  void Add(const DocumentOutcome& outcome);

  int total() const { return total_; }
  int read() const { return total_ - failed(); }  // every document stored or found a duplicate
  int stored_new() const { return new_; }         // stored for the first time (any kind of new)
  int duplicates() const { return duplicates_; }
  // Supersessions this run caused: a newer document replaced the counting
  // one, or a document arrived that is older than the counting one.
  int superseded() const { return superseded_; }
  // Stored earlier without unit or period, given them by this run.
  int assigned() const { return assigned_; }
  int failed() const { return static_cast<int>(failures_.size()); }
  const std::vector<Error>& failures() const { return failures_; }

  // The summary for people, in `lang`: the counts, then each failure as
  // "  FILE: reason".
  void Write(std::ostream& out, Lang lang) const;
  // spec/cli.md: 0 when anything was read (or there was nothing at all),
  // 3 when every input failed.
  int ExitCode() const;

 private:
  int total_ = 0;
  int new_ = 0;
  int duplicates_ = 0;
  int superseded_ = 0;
  int assigned_ = 0;
  std::vector<Error> failures_;
};

}  // namespace tonghop::pipeline
