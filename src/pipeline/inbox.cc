#include "pipeline/inbox.h"

#include <algorithm>
#include <functional>

#include "campaign/deadline.h"
#include "common/ascii.h"
#include "common/sha256.h"
#include "pipeline/archive.h"
#include "pipeline/intake.h"
#include "read/sniff.h"

namespace tonghop::pipeline {
namespace {

constexpr std::string_view kDoneFolder = ".done";
constexpr std::string_view kFailedFolder = ".failed";
constexpr std::string_view kReasonSuffix = ".reason.txt";
constexpr std::int64_t kMaxRetryMs = 5 * 60 * 1000;
constexpr int kMoveAttempts = 8;
// The shortest wait before looking at a file again (a settle time of 0 must
// not turn a file being written into a busy loop).
constexpr std::int64_t kMinRecheckMs = 20;

// The same file as far as stability goes (ctime left out: it also moves on
// chmod or a rename, which do not change the content).
bool SameFile(const FileInfo& a, const FileInfo& b) {
  return a.type == b.type && a.size == b.size && a.mtime_ns == b.mtime_ns && a.dev == b.dev &&
         a.inode == b.inode;
}

store::FileFacts FactsOf(const FileInfo& info) {
  return store::FileFacts{info.size, info.mtime_ns, info.dev, info.inode};
}

std::uint32_t U32At(std::string_view s, std::size_t pos) {
  const auto* b = reinterpret_cast<const unsigned char*>(s.data() + pos);
  return static_cast<std::uint32_t>(b[0]) | (static_cast<std::uint32_t>(b[1]) << 8) |
         (static_cast<std::uint32_t>(b[2]) << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
}

}  // namespace

std::string FormatInboxEvent(const InboxEvent& e) {
  std::string line = campaign::FormatInstantVietnam(e.utc_seconds);
  auto field = [&line](std::string_view value) {
    line += '\t';
    for (char c : value) line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  };
  field(e.file);
  field(e.unit.value_or("-"));
  field(e.period.value_or("-"));
  field(e.outcome);
  if (!e.detail.empty()) field(e.detail);
  return line;
}

bool IsIgnoredInboxName(std::string_view name) {
  if (name.empty() || name.front() == '.') return true;  // dot-files, .~lock*, rsync temp names
  if (name.rfind("~$", 0) == 0) return true;
  std::string lower = AsciiLower(name);
  for (std::string_view suffix : {".tmp", ".part", ".partial", ".crdownload", ".swp"}) {
    if (lower.ends_with(suffix)) return true;
  }
  return lower == "thumbs.db" || lower == "desktop.ini";
}

bool HasZipEnd(std::string_view bytes) {
  constexpr std::size_t kEocdSize = 22;
  if (bytes.size() < kEocdSize) return false;
  // The record may be followed by a comment of up to 65 535 bytes.
  std::size_t lowest = bytes.size() > kEocdSize + 65535 ? bytes.size() - kEocdSize - 65535 : 0;
  for (std::size_t pos = bytes.size() - kEocdSize + 1; pos-- > lowest;) {
    if (U32At(bytes, pos) != 0x06054b50) continue;
    std::size_t comment =
        static_cast<unsigned char>(bytes[pos + 20]) |
        (static_cast<std::size_t>(static_cast<unsigned char>(bytes[pos + 21])) << 8);
    if (pos + kEocdSize + comment == bytes.size()) return true;
  }
  return false;
}

Inbox::Inbox(FileSystem& fs, const Clock& clock, store::Store& store,
             const campaign::Campaign& campaign, InboxOptions options, Log log)
    : fs_(fs),
      clock_(clock),
      store_(store),
      campaign_(campaign),
      keys_(campaign),
      options_(std::move(options)),
      log_(std::move(log)) {
  while (options_.inbox.size() > 1 && options_.inbox.back() == '/') options_.inbox.pop_back();
  folders_.assign(1, options_.inbox);
}

std::string Inbox::Absolute(const std::string& relative) const {
  return JoinPath(options_.inbox, relative);
}

std::string Inbox::Relative(const std::string& absolute) const {
  std::string prefix = options_.inbox + "/";
  if (absolute.rfind(prefix, 0) == 0) return absolute.substr(prefix.size());
  return absolute;
}

void Inbox::Emit(const std::string& file, std::string outcome, std::string detail,
                 std::optional<std::string> unit, std::optional<std::string> period) {
  if (!log_) return;
  InboxEvent e;
  e.utc_seconds = clock_.NowUtcSeconds();
  e.file = file;
  e.unit = std::move(unit);
  e.period = std::move(period);
  e.outcome = std::move(outcome);
  e.detail = std::move(detail);
  log_(e);
}

void Inbox::Retry(const std::string& relative, const Error& error) {
  auto it = candidates_.find(relative);
  if (options_.give_up_on_errors || it == candidates_.end()) {
    if (it != candidates_.end()) candidates_.erase(it);
    Emit(relative, options_.give_up_on_errors ? "skipped" : "retry", error.Describe(options_.lang));
    return;
  }
  Candidate& c = it->second;
  ++c.failures;
  std::int64_t wait = std::max(options_.retry_ms, kMinRecheckMs);
  for (int i = 1; i < c.failures && wait < kMaxRetryMs; ++i) wait *= 2;
  c.due_ms = clock_.SteadyMs() + std::min(wait, kMaxRetryMs);
  Emit(relative, "retry", error.Describe(options_.lang));
}

std::string Inbox::Received(const Candidate& c) const {
  std::int64_t landed = c.first_seen_utc;
  std::int64_t ctime_s = c.facts.ctime_ns / 1000000000;
  if (ctime_s > 0 && ctime_s < landed) landed = ctime_s;
  return campaign::FormatInstantVietnam(landed);
}

// ---- Discovery ----------------------------------------------------------

void Inbox::ScanFolder(const std::string& relative, int depth,
                       std::map<std::string, FileInfo>& found) {
  Result<std::vector<DirEntry>> listed = fs_.List(Absolute(relative));
  if (!listed.ok()) {
    Emit(relative, "retry", listed.error().Describe(options_.lang));
    return;
  }
  for (const DirEntry& entry : *listed) {
    if (IsIgnoredInboxName(entry.name)) continue;
    std::string rel = relative.empty() ? entry.name : relative + "/" + entry.name;
    if (entry.type == FileType::kDirectory) {
      if (depth < options_.max_depth) {
        folders_.push_back(Absolute(rel));
        ScanFolder(rel, depth + 1, found);  // bounded by max_depth
      }
      continue;
    }
    if (entry.type != FileType::kRegular) continue;  // links and devices are never read
    Result<std::optional<FileInfo>> info = fs_.Stat(Absolute(rel));
    if (!info.ok() || !*info || (*info)->type != FileType::kRegular) continue;
    found.emplace(rel, **info);
  }
}

Status Inbox::Rescan() {
  if (recover_again_) {
    if (Status st = Recover(); !st.ok()) Emit("", "retry", st.error().Describe(options_.lang));
  }
  Result<std::vector<DirEntry>> root = fs_.List(options_.inbox);
  if (!root.ok()) return root.error();
  std::map<std::string, FileInfo> found;
  folders_.assign(1, options_.inbox);
  ScanFolder("", 0, found);
  const std::int64_t now = clock_.SteadyMs();
  const std::int64_t now_utc = clock_.NowUtcSeconds();
  for (auto it = candidates_.begin(); it != candidates_.end();) {
    it = found.count(it->first) ? std::next(it) : candidates_.erase(it);
  }
  for (const auto& [rel, info] : found) {
    auto [it, added] = candidates_.try_emplace(rel);
    Candidate& c = it->second;
    if (added) {
      c.facts = info;
      c.unchanged_since_ms = now;
      c.due_ms = now + options_.settle_ms;
      c.first_seen_utc = now_utc;
    } else if (!SameFile(c.facts, info)) {
      c.facts = info;
      c.unchanged_since_ms = now;
      c.due_ms = std::max(c.due_ms, now + options_.settle_ms);
    }
  }
  return OkStatus();
}

std::optional<std::int64_t> Inbox::NextDueMs() const {
  std::optional<std::int64_t> next;
  for (const auto& [rel, c] : candidates_) {
    if (!next || c.due_ms < *next) next = c.due_ms;
  }
  return next;
}

// ---- Taking one file ----------------------------------------------------

bool Inbox::ProcessNext() {
  const std::int64_t now = clock_.SteadyMs();
  auto it = candidates_.end();
  for (auto c = candidates_.begin(); c != candidates_.end(); ++c) {
    if (c->second.due_ms <= now &&
        (it == candidates_.end() || c->second.due_ms < it->second.due_ms)) {
      it = c;
    }
  }
  if (it == candidates_.end()) return false;
  const std::string rel = it->first;
  Candidate& c = it->second;
  const std::string abs = Absolute(rel);

  // Still there and unchanged for the settle time?
  Result<std::optional<FileInfo>> before = fs_.Stat(abs);
  if (!before.ok()) {
    Retry(rel, before.error());
    return true;
  }
  if (!*before || (*before)->type != FileType::kRegular) {
    candidates_.erase(it);
    return true;
  }
  const std::int64_t recheck = std::max(options_.settle_ms, kMinRecheckMs);
  if (!SameFile(**before, c.facts)) {
    c.facts = **before;
    c.unchanged_since_ms = now;
    c.due_ms = now + recheck;
    return true;
  }
  c.facts = **before;  // keep the newest ctime
  if (now - c.unchanged_since_ms < options_.settle_ms) {
    c.due_ms = c.unchanged_since_ms + options_.settle_ms;
    return true;
  }

  std::optional<Error> refusal;
  std::string bytes;
  std::string sha;
  Result<std::string> read = fs_.ReadFile(abs, options_.read.limits.max_input_bytes);
  if (!read.ok()) {
    if (read.error().code != ErrorCode::kLimitExceeded) {
      Retry(rel, read.error());
      return true;
    }
    refusal = read.take_error();
    refusal->where = rel;
  } else {
    bytes = std::move(*read);
  }
  Result<std::optional<FileInfo>> after = fs_.Stat(abs);
  if (!after.ok()) {
    Retry(rel, after.error());
    return true;
  }
  if (!*after) {
    candidates_.erase(it);
    return true;
  }
  if (!SameFile(**after, c.facts)) {  // written to while we read it
    c.facts = **after;
    c.unchanged_since_ms = now;
    c.due_ms = now + recheck;
    return true;
  }
  if (!refusal && read::HasZipSignature(bytes) && !HasZipEnd(bytes) &&
      now - c.unchanged_since_ms < options_.incomplete_wait_ms) {
    if (options_.give_up_on_errors) {  // --once: leave it for a later run
      candidates_.erase(it);
      Emit(rel, "skipped",
           Msg("chưa ghi xong (thiếu phần kết của tệp nén)", "not complete yet (no end of the ZIP)")
               .In(options_.lang));
      return true;
    }
    c.due_ms = now + recheck;  // the writer has not written the central directory yet
    return true;
  }
  if (refusal) {
    Result<std::string> hashed = fs_.Sha256File(abs);
    if (!hashed.ok()) {
      Retry(rel, hashed.error());
      return true;
    }
    sha = std::move(*hashed);
  } else {
    sha = Sha256Hex(bytes);
  }

  Result<store::JournalEntry> entry = store_.JournalOpen(abs, sha, FactsOf(c.facts), Received(c));
  if (!entry.ok()) {
    Retry(rel, entry.error());
    return true;
  }
  Status finished =
      Finish(std::move(*entry), refusal ? nullptr : &bytes, refusal ? &*refusal : nullptr);
  if (!finished.ok()) {
    Retry(rel, finished.error());
    return true;
  }
  candidates_.erase(rel);
  return true;
}

namespace {

// "Nộp muộn 3 ngày (hạn 2020-12-15)" for a late document's log line, else "".
std::string LatenessNote(const model::Record& record, Lang lang) {
  for (const model::Finding& f : record.findings) {
    if (f.code == model::codes::kLateSubmission) return model::DescribeFinding(f).In(lang);
  }
  return "";
}

// A ZIP archive of documents stored entry by entry (StoreArchive): no
// document of its own.
bool IsStoredArchive(const store::JournalEntry& entry) {
  return entry.state == store::JournalState::kStored && !entry.document_id && !entry.outcome;
}

// A refusal of bytes that are a ZIP archive of documents (not a DOCX).
bool IsZipOfFiles(const Error& refusal, std::string_view bytes) {
  return refusal.code == ErrorCode::kUnsupportedFormat && read::HasZipSignature(bytes) &&
         read::SniffFormat(bytes).zip_of_files;
}

class ArchiveCallbacks final : public ArchiveVisitor {
 public:
  ArchiveCallbacks(std::function<void(ArchiveDocument&&)> document,
                   std::function<void(Error)> refused, std::function<bool()> stop)
      : document_(std::move(document)), refused_(std::move(refused)), stop_(std::move(stop)) {}
  void Document(ArchiveDocument&& document) override { document_(std::move(document)); }
  void Refused(Error error) override { refused_(std::move(error)); }
  bool Stop() override { return stop_(); }

 private:
  std::function<void(ArchiveDocument&&)> document_;
  std::function<void(Error)> refused_;
  std::function<bool()> stop_;
};

// "3 văn bản: 2 mới, 1 trùng, 1 lỗi" / "3 documents: 2 new, 1 duplicate,
// 1 failed" (zero counts left out).
std::string ArchiveSummaryLine(const Summary& s, Lang lang) {
  const bool en = lang == Lang::kEn;
  std::string out = std::to_string(s.total()) + (en ? " documents" : " văn bản");
  std::string parts;
  auto part = [&](int n, const char* vi, const char* english) {
    if (n == 0) return;
    parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + (en ? english : vi);
  };
  part(s.stored_new(), "mới", "new");
  part(s.duplicates(), "trùng", "duplicate");
  part(s.superseded(), "thay thế", "superseded");
  part(s.assigned(), "nay có đơn vị và kỳ", "now with unit and period");
  part(s.failed(), "lỗi", "failed");
  return parts.empty() ? out : out + ": " + parts;
}

}  // namespace

Result<Summary> Inbox::StoreArchive(const store::JournalEntry& entry, const std::string& bytes) {
  // An attempt is noted before the first document is stored, so a later
  // attempt (after a crash or a store error) knows it may find some of them
  // stored already.
  const bool again = entry.attempts > 0;
  if (!again) {
    if (Status st = store_.JournalNoteAttempt(
            entry.id, "reading the documents of the archive; a restart reads it again");
        !st.ok()) {
      return st.error();
    }
  }
  Summary summary;
  std::optional<Error> store_error;
  auto log = [&](const DocumentOutcome& outcome, std::string detail) {
    summary.Add(outcome);
    if (outcome.error) detail = outcome.error->what.In(options_.lang);
    Emit(Relative(outcome.path), OutcomeName(outcome.outcome), std::move(detail), outcome.unit,
         outcome.period);
  };
  ArchiveCallbacks visitor(
      [&](ArchiveDocument&& document) {
        Origin origin{document.path, document.received ? document.received : entry.received};
        Result<model::Record> record =
            PrepareDocument(document.bytes, origin, keys_, options_.read);
        if (!record.ok()) {
          log(FailedOutcome(document.path, record.take_error()), "");
          return;
        }
        // Stored from this very entry by an interrupted attempt: not stored
        // (nor sighted) again.
        Result<std::optional<store::DocumentRow>> earlier =
            again ? store_.FindDocument(campaign_.id, record->source.sha256)
                  : Result<std::optional<store::DocumentRow>>(std::nullopt);
        if (!earlier.ok()) {
          store_error = earlier.take_error();
          return;
        }
        if (again && *earlier && (*earlier)->path == document.path) {
          DocumentOutcome already;
          already.path = document.path;
          already.outcome = Outcome::kDuplicate;
          already.unit = (*earlier)->unit;
          already.period = (*earlier)->period;
          already.document_id = (*earlier)->id;
          log(already,
              Msg("đã lưu ở lần xử lý trước", "stored by an earlier attempt").In(options_.lang));
          return;
        }
        Result<DocumentOutcome> stored = StoreRecord(store_, campaign_.id, *record);
        if (!stored.ok()) {
          store_error = stored.take_error();
          return;
        }
        log(*stored, LatenessNote(*record, options_.lang));
      },
      [&](Error error) {
        std::string where = error.where;
        log(FailedOutcome(std::move(where), std::move(error)), "");
      },
      [&] { return store_error.has_value(); });
  Status walked = WalkArchive(bytes, entry.inbox_path, options_.archive, visitor);
  if (store_error) return *store_error;
  if (!walked.ok()) {  // the archive itself cannot be opened: nothing was visited
    log(FailedOutcome(entry.inbox_path, walked.take_error()), "");
  }
  return summary;
}

Status Inbox::Finish(store::JournalEntry entry, const std::string* bytes, const Error* refusal) {
  const std::string rel = Relative(entry.inbox_path);
  std::optional<std::string> unit, period;
  std::string note;  // lateness, for the log line
  bool archive_stored = false;
  if (entry.state == store::JournalState::kSeen) {
    std::optional<Error> bad = refusal ? std::optional<Error>(*refusal) : std::nullopt;
    std::optional<model::Record> record;
    if (!bad) {
      if (!bytes) {
        return MakeError(ErrorCode::kInternal, Msg("thiếu nội dung tệp", "file content missing"),
                         rel);
      }
      Result<model::Record> prepared =
          PrepareDocument(*bytes, Origin{entry.inbox_path, entry.received}, keys_, options_.read);
      if (prepared.ok()) {
        record = std::move(*prepared);
      } else {
        bad = prepared.take_error();
      }
    }
    if (bad && bytes && IsZipOfFiles(*bad, *bytes)) {
      Result<Summary> archive = StoreArchive(entry, *bytes);
      if (!archive.ok()) return archive.error();
      std::string line = ArchiveSummaryLine(*archive, options_.lang);
      std::string failures;  // "\n- nop.zip!/scan.pdf: why" for each
      for (const Error& e : archive->failures()) {
        failures += "\n- " + Relative(e.where) + ": " + e.what.In(options_.lang);
      }
      if (archive->read() == 0) {  // nothing in it could be read: the archive fails
        bad = MakeError(ErrorCode::kUnsupportedFormat,
                        Msg("Tệp nén ZIP không có văn bản nào đọc được (" + line + ")" + failures,
                            "A ZIP archive without a readable document (" + line + ")" + failures),
                        rel);
      } else {
        // The failures go with the summary: into NAME.reason.txt beside the
        // archive in .done/ (Move), also after a restart.
        std::string summary = line + failures;
        if (Status st = store_.JournalStoreArchive(entry.id, summary); !st.ok()) return st;
        entry.state = store::JournalState::kStored;
        entry.reason = summary;
        bad.reset();
        archive_stored = true;
      }
    }
    if (bad) {
      std::string reason = bad->what.In(options_.lang);
      if (Status st = store_.JournalReject(entry.id, reason); !st.ok()) return st;
      entry.state = store::JournalState::kRejected;
      entry.reason = reason;
    } else if (!archive_stored) {
      Result<DocumentOutcome> stored = StoreRecord(store_, campaign_.id, *record, entry.id);
      if (!stored.ok()) {
        // Best effort: the attempt is worth a note, but the store just failed.
        (void)store_.JournalNoteAttempt(entry.id, stored.error().Describe(Lang::kEn));
        return stored.take_error();
      }
      entry.state = store::JournalState::kStored;
      entry.outcome = *store::ParseAddOutcome(OutcomeName(stored->outcome));
      entry.document_id = stored->document_id;
      unit = stored->unit;
      period = stored->period;
      note = LatenessNote(*record, options_.lang);
    }
  }
  if (Status moved = Move(entry); !moved.ok()) return moved;

  // The log line comes before the journal's last step: after a crash in
  // between, the restart logs the document again rather than never.
  if (entry.state == store::JournalState::kRejected) {
    Emit(rel, "failed", entry.reason.value_or(""));
  } else if (IsStoredArchive(entry)) {  // its documents were logged already
    std::string detail = entry.target_path ? Relative(*entry.target_path) : std::string();
    const std::string summary = entry.reason.value_or("");
    detail += (detail.empty() ? "" : "; ") + summary.substr(0, summary.find('\n'));
    Emit(rel, "archive", std::move(detail));
  } else {
    if (!unit && !period) {  // finished after a restart: the store knows
      Result<std::optional<store::DocumentRow>> row =
          store_.FindDocument(campaign_.id, entry.sha256);
      if (row.ok() && *row) {
        unit = (*row)->unit;
        period = (*row)->period;
      }
    }
    std::string outcome = entry.outcome ? store::AddOutcomeName(*entry.outcome) : "new";
    std::string detail = entry.target_path ? Relative(*entry.target_path) : std::string();
    if (!note.empty()) detail += (detail.empty() ? "" : "; ") + note;
    Emit(rel, outcome, std::move(detail), unit, period);
  }
  return store_.JournalFinish(entry.id);
}

Result<bool> Inbox::SourceMatches(const std::string& absolute, const store::JournalEntry& entry) {
  Result<std::optional<FileInfo>> info = fs_.Stat(absolute);
  if (!info.ok()) return info.error();
  if (!*info || (*info)->type != FileType::kRegular) return false;
  if (FactsOf(**info) == entry.facts) return true;
  Result<std::string> sha = fs_.Sha256File(absolute);
  if (!sha.ok()) return sha.error();
  return *sha == entry.sha256;
}

Result<std::string> Inbox::FreeTarget(const std::string& folder, const std::string& relative) {
  std::string dir = ParentPath(relative);
  std::string name(BaseName(relative));
  std::size_t dot = name.rfind('.');
  std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  std::string ext = dot == std::string::npos || dot == 0 ? "" : name.substr(dot);
  for (int n = 1;; ++n) {
    std::string candidate = n == 1 ? name : stem + " (" + std::to_string(n) + ")" + ext;
    std::string target = JoinPath(JoinPath(Absolute(folder), dir), candidate);
    Result<std::optional<FileInfo>> taken = fs_.Stat(target);
    if (!taken.ok()) return taken.error();
    if (*taken) continue;
    Result<std::optional<FileInfo>> reason_taken = fs_.Stat(target + std::string(kReasonSuffix));
    if (!reason_taken.ok()) return reason_taken.error();
    if (!*reason_taken) return target;
  }
}

Status Inbox::Move(store::JournalEntry& entry) {
  const bool rejected = entry.state == store::JournalState::kRejected;
  const std::string folder(rejected ? kFailedFolder : kDoneFolder);
  const std::string rel = Relative(entry.inbox_path);
  Result<bool> matches = SourceMatches(entry.inbox_path, entry);
  if (!matches.ok()) return matches.error();
  if (*matches) {
    for (int attempt = 0;; ++attempt) {
      if (!entry.target_path) {
        Result<std::string> target = FreeTarget(folder, rel);
        if (!target.ok()) return target.error();
        if (Status st = store_.JournalSetTarget(entry.id, *target); !st.ok()) return st;
        entry.target_path = *target;
      }
      const std::string target = *entry.target_path;
      if (Status st = fs_.MakeDirs(ParentPath(target)); !st.ok()) return st;
      Result<bool> moved = fs_.RenameNoReplace(entry.inbox_path, target);
      if (!moved.ok()) return moved.error();
      if (*moved) break;
      // The recorded name was taken meanwhile (not by us: we never replace).
      if (attempt + 1 >= kMoveAttempts) {
        return MakeError(
            ErrorCode::kIo,
            Msg("Không tìm được tên trống trong " + folder, "Cannot find a free name in " + folder),
            target);
      }
      entry.target_path.reset();
    }
    if (Status st = fs_.SyncDir(ParentPath(*entry.target_path)); !st.ok()) return st;
    if (Status st = fs_.SyncDir(ParentPath(entry.inbox_path)); !st.ok()) return st;
  }
  // Also after a restart that found the file already moved: the reason file
  // is written (again) once the file is in place. A stored archive has one
  // when some of its entries failed.
  const bool archive_failures =
      IsStoredArchive(entry) && entry.reason && entry.reason->find('\n') != std::string::npos;
  if ((rejected || archive_failures) && entry.target_path) {
    Result<std::optional<FileInfo>> placed = fs_.Stat(*entry.target_path);
    if (!placed.ok()) return placed.error();
    if (*placed) {
      std::string text = entry.reason.value_or("") + "\n";
      if (Status st = fs_.WriteFileAtomic(*entry.target_path + std::string(kReasonSuffix), text);
          !st.ok()) {
        return st;
      }
    }
  }
  return OkStatus();
}

// ---- After a crash ------------------------------------------------------

Status Inbox::Recover() {
  recover_again_ = false;
  Result<std::vector<store::JournalEntry>> open = store_.JournalUnfinished();
  if (!open.ok()) return open.error();
  const std::string prefix = options_.inbox + "/";
  for (store::JournalEntry& entry : *open) {
    if (entry.inbox_path.rfind(prefix, 0) != 0) continue;  // another inbox's
    const std::string rel = Relative(entry.inbox_path);
    Status done = OkStatus();
    if (entry.state == store::JournalState::kSeen) {
      Result<bool> matches = SourceMatches(entry.inbox_path, entry);
      if (!matches.ok()) {
        done = matches.error();
      } else if (!*matches) {
        std::string why = Msg("tệp không còn trong hộp thư hoặc đã đổi nội dung trước khi được lưu",
                              "the file left the inbox or changed before it was stored")
                              .In(options_.lang);
        done = store_.JournalAbandon(entry.id, why);
        if (done.ok()) Emit(rel, "gone", why);
      } else {
        Result<std::string> bytes =
            fs_.ReadFile(entry.inbox_path, options_.read.limits.max_input_bytes);
        if (bytes.ok() && Sha256Hex(*bytes) == entry.sha256) {
          done = Finish(entry, &*bytes, nullptr);
        } else if (!bytes.ok() && bytes.error().code == ErrorCode::kLimitExceeded) {
          Error refusal = bytes.take_error();
          refusal.where = rel;
          done = Finish(entry, nullptr, &refusal);
        } else if (!bytes.ok()) {
          done = bytes.error();
        } else {
          recover_again_ = true;  // changed while we looked: the next pass decides
          continue;
        }
      }
    } else {
      done = Finish(entry, nullptr, nullptr);
    }
    if (!done.ok()) {
      recover_again_ = true;
      Emit(rel, "retry", done.error().Describe(options_.lang));
    }
  }
  return OkStatus();
}

}  // namespace tonghop::pipeline
