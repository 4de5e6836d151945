// The watched inbox's reconciler: the logic of `tonghop watch`, with the file
// system, the clock and the store injected so that tests drive it step by
// step (and crash it between any two steps) in milliseconds.
//
// Discovery. Rescan() lists the inbox and its subfolders and keeps a set of
// candidates; events (inotify) only make the caller rescan sooner, so no
// lost event can lose a file. Ignored while they are named so: dot-files and
// dot-folders (also .done/ and .failed/), `~$*` (Office owner files),
// `.~lock*` (LibreOffice), `*.tmp`, `*.part`, `*.partial`, `*.crdownload`,
// `*.swp`, Thumbs.db, desktop.ini — a file renamed from such a name to a real
// one is picked up under its new name.
//
// Completeness. A candidate is taken when its size, mtime and inode have
// stayed the same for settle_ms (checked again right before and after
// reading), and, when it starts like a ZIP (DOCX), its end-of-central-
// directory record is there. A ZIP without one keeps waiting (the writer
// has not finished) for up to incomplete_wait_ms after it stopped changing;
// then it is read anyway and fails as corrupt (with give_up_on_errors it is
// left where it is for a later run).
//
// Processing one file (each step one store transaction, taken BEFORE the
// file-system step it announces; store/rows.h describes the journal):
//   JournalOpen (seen) → read, analyse → AddDocument + journal `stored` in
//   one transaction (or JournalReject with the reason) → JournalSetTarget →
//   rename into .done/ or .failed/ (never over an existing file; name kept,
//   " (2)", " (3)" … when taken) → fsync both folders → [.failed: write
//   NAME.reason.txt] → log line → JournalFinish.
// A ZIP archive of documents (not a DOCX) is read like `tonghop batch` reads
// one (pipeline/archive.h: same limits, nested archives, entry names and
// times): each document inside is stored in its own transaction and logged;
// then the archive goes to .done/ (journal `stored`, StoreArchive), or to
// .failed/ when not one document in it could be read. A crash in the middle
// reads the archive again; its documents already stored are not stored again.
//
// Recover() finishes whatever a crash left open: a `seen` entry is read and
// stored again if its file is still there unchanged (abandoned otherwise);
// a `stored`/`rejected` entry is moved to its recorded target (or only
// finished when the file is no longer in the inbox). Because storing and
// leaving `seen` commit together and the store dedupes by SHA-256, no crash
// point can lose a document or count it twice.
//
// Received time: when the complete file landed — the file's ctime (the last
// write, or the rename into the inbox) when it was taken, but never later
// than when this process first saw it. So files dropped while the service was
// down get the time they arrived, not the time it came back.
//
// The log has at least one line per document: a crash between the line and
// JournalFinish repeats it after the restart.
//
// Problems never stop the inbox: a bad document goes to .failed/; a file
// that cannot be read or moved, or a store error, is logged and retried
// later (back-off from retry_ms doubling to 5 minutes), or dropped from this
// run when give_up_on_errors is set (`--once`).
//
// Not thread-safe: one thread drives an Inbox.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/campaign.h"
#include "check/campaign_keys.h"
#include "common/error.h"
#include "pipeline/archive.h"
#include "pipeline/clock.h"
#include "pipeline/fs.h"
#include "pipeline/intake.h"
#include "read/reader.h"
#include "store/store.h"

namespace tonghop::pipeline {

struct InboxOptions {
  std::string inbox;  // the watched folder; absolute, so journal paths are unambiguous
  std::int64_t settle_ms = 3000;
  std::int64_t incomplete_wait_ms = 60000;
  std::int64_t retry_ms = 10000;
  int max_depth = 8;  // subfolder levels scanned below the inbox
  bool give_up_on_errors = false;
  Lang lang = Lang::kVi;  // reason files and log details
  read::ReadOptions read;
  ArchiveLimits archive = DefaultArchiveLimits();  // ZIP archives of documents
};

// One line of the watch log: one per document finished, or per problem.
struct InboxEvent {
  std::int64_t utc_seconds = 0;
  std::string file;  // relative to the inbox
  std::optional<std::string> unit, period;
  // new, duplicate, superseded-existing, stored-as-superseded, assigned
  // (stored before without unit or period, now with both), failed (moved
  // to .failed/), gone (vanished before it was stored), retry (a problem,
  // tried again later), skipped (given up in this run); archive (a ZIP of
  // documents moved to .done/ — each document inside has its own line
  // before it, file "nop.zip!/bc.docx", and the detail counts them).
  std::string outcome;
  std::string detail;  // where the file went, or the reason
};

// "2020-07-05T09:12:00+07:00\tbc.docx\ttam-duong\tdot-1\tnew\t.done/bc.docx":
// tab-separated, "-" for an unknown unit or period, no trailing newline.
std::string FormatInboxEvent(const InboxEvent& event);

// True for names the watcher leaves alone (see above).
bool IsIgnoredInboxName(std::string_view name);

// True when `bytes` end with a ZIP end-of-central-directory record (with its
// comment): the writer of a DOCX or ZIP has finished.
bool HasZipEnd(std::string_view bytes);

class Inbox {
 public:
  using Log = std::function<void(const InboxEvent&)>;

  // Everything passed by reference must outlive the inbox.
  Inbox(FileSystem& fs, const Clock& clock, store::Store& store, const campaign::Campaign& campaign,
        InboxOptions options, Log log);

  // Finishes the journal's open entries for this inbox. An error only when
  // the journal cannot be read at all; single entries that fail are logged
  // and tried again at the next Rescan().
  Status Recover();
  // Lists the inbox and updates the candidates: new files start their
  // settle time, changed ones start it again, vanished ones are dropped.
  // An error when the inbox itself cannot be listed.
  Status Rescan();
  // Works on the candidate that is due first, if one is due now: re-checks
  // it, and when it is complete processes it to the end (stored and moved).
  // Returns false when nothing was due.
  bool ProcessNext();

  // The steady time (Clock::SteadyMs) at which the next candidate is due;
  // nullopt when there are none.
  std::optional<std::int64_t> NextDueMs() const;
  std::size_t pending() const { return candidates_.size(); }
  // The inbox and its subfolders as of the last Rescan (for inotify
  // watches); just the inbox before the first.
  const std::vector<std::string>& folders() const { return folders_; }

 private:
  struct Candidate {
    FileInfo facts;
    std::int64_t unchanged_since_ms = 0;  // steady time the facts were first seen as they are
    std::int64_t due_ms = 0;              // when to look at it next
    std::int64_t first_seen_utc = 0;
    int failures = 0;
  };

  std::string Absolute(const std::string& relative) const;
  std::string Relative(const std::string& absolute) const;
  void Emit(const std::string& file, std::string outcome, std::string detail,
            std::optional<std::string> unit = std::nullopt,
            std::optional<std::string> period = std::nullopt);
  // Schedules a retry (or gives up); logs the problem.
  void Retry(const std::string& relative, const Error& error);
  void ScanFolder(const std::string& relative, int depth, std::map<std::string, FileInfo>& found);

  // Runs an open journal entry to its end. For a `seen` entry: `bytes` are
  // the file's content, or `refusal` says why it cannot be read (too
  // large). Returns an error when a step failed (the entry stays open and is
  // retried).
  Status Finish(store::JournalEntry entry, const std::string* bytes, const Error* refusal);
  // The documents of a ZIP archive (not a DOCX) in a `seen` entry: each
  // prepared and stored on its own (one transaction each) and logged with
  // the path inside the archive ("nop.zip!/Tam Đường/bc.docx"); refused
  // entries logged as failed. The first attempt is noted in the journal
  // before anything is stored; on a later attempt (after a crash or a store
  // error) a document already stored from the same path inside this archive
  // is not stored again (nor counted as a re-arrival). An error only when the store
  // fails: the entry stays `seen` and the archive is done again later.
  Result<Summary> StoreArchive(const store::JournalEntry& entry, const std::string& bytes);
  // Moves the file of a stored/rejected entry to its target (recording the
  // target first), writes the reason file; the caller finishes the entry.
  Status Move(store::JournalEntry& entry);
  Result<bool> SourceMatches(const std::string& absolute, const store::JournalEntry& entry);
  Result<std::string> FreeTarget(const std::string& folder, const std::string& relative);
  std::string Received(const Candidate& c) const;

  FileSystem& fs_;
  const Clock& clock_;
  store::Store& store_;
  const campaign::Campaign& campaign_;
  const check::CampaignKeys keys_;  // built once
  InboxOptions options_;
  Log log_;
  std::map<std::string, Candidate> candidates_;  // by path relative to the inbox
  std::vector<std::string> folders_;
  bool recover_again_ = false;
};

}  // namespace tonghop::pipeline
