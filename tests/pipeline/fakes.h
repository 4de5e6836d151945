// Test doubles for the inbox: an in-memory FileSystem whose files change
// only when the test says so, and a Store wrapper. Both share a CrashPlan
// that can "kill the process" before any mutating step: that step and every
// call after it fail, as if the process had died there; the test then
// builds a fresh Inbox over the same file system and store (a restart).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/sha256.h"
#include "pipeline/clock.h"
#include "pipeline/fs.h"
#include "store/store.h"

namespace tonghop::pipeline::testing {

struct CrashPlan {
  int crash_at = 0;  // 1-based index of the mutating step that never happens; 0 = never
  int steps = 0;     // mutating steps begun so far
  bool crashed = false;
  std::vector<std::string> log;  // the steps, for failure messages

  // Call at the start of a mutating step; false = the process is dead.
  bool Begin(const std::string& what) {
    if (crashed) return false;
    ++steps;
    log.push_back(what);
    if (steps == crash_at) {
      crashed = true;
      return false;
    }
    return true;
  }
  bool Alive() const { return !crashed; }
  void Reset() {
    crash_at = 0;
    steps = 0;
    crashed = false;
    log.clear();
  }
};

inline Error Dead() {
  return MakeError(ErrorCode::kInternal,
                   Msg("tiến trình đã chết (giả lập)", "process died (simulated)"));
}

class FakeFileSystem final : public FileSystem {
 public:
  FakeFileSystem(FakeClock& clock, CrashPlan& plan) : clock_(clock), plan_(plan) {}

  // ---- What the outside world does (no crash points) ----
  void Write(const std::string& path, const std::string& data) {
    for (std::string dir = ParentPath(path); !dir.empty() && dir != "/"; dir = ParentPath(dir)) {
      nodes_[dir].dir = true;
    }
    Node& n = nodes_[path];
    if (n.inode == 0) n.inode = ++next_inode_;
    n.dir = false;
    n.data = data;
    Touch(n);
  }
  void Append(const std::string& path, const std::string& data) {
    Node& n = nodes_.at(path);
    n.data += data;
    Touch(n);
  }
  void Move(const std::string& from, const std::string& to) {
    Node n = nodes_.at(from);
    nodes_.erase(from);
    n.ctime_ns = NowNs();
    for (std::string dir = ParentPath(to); !dir.empty() && dir != "/"; dir = ParentPath(dir)) {
      nodes_[dir].dir = true;
    }
    nodes_[to] = n;
  }
  void Mkdir(const std::string& path) { (void)MakeDirs(path); }
  void SetTimes(const std::string& path, std::int64_t mtime_ns, std::int64_t ctime_ns) {
    nodes_.at(path).mtime_ns = mtime_ns;
    nodes_.at(path).ctime_ns = ctime_ns;
  }
  void Deny(const std::string& path) { denied_ = path; }
  bool Exists(const std::string& path) const { return nodes_.count(path) > 0; }
  std::string Content(const std::string& path) const { return nodes_.at(path).data; }
  // Files (not folders) whose path starts with prefix, sorted.
  std::vector<std::string> FilesUnder(const std::string& prefix) const {
    std::vector<std::string> out;
    for (const auto& [path, n] : nodes_) {
      if (!n.dir && path.rfind(prefix, 0) == 0) out.push_back(path);
    }
    return out;
  }

  // ---- FileSystem ----
  Result<std::optional<FileInfo>> Stat(const std::string& path) override {
    if (!plan_.Alive()) return Dead();
    auto it = nodes_.find(path);
    if (it == nodes_.end()) return std::optional<FileInfo>();
    const Node& n = it->second;
    FileInfo info;
    info.type = n.dir ? FileType::kDirectory : FileType::kRegular;
    info.size = n.data.size();
    info.mtime_ns = n.mtime_ns;
    info.ctime_ns = n.ctime_ns;
    info.dev = 1;
    info.inode = n.inode;
    return std::optional<FileInfo>(info);
  }
  Result<std::vector<DirEntry>> List(const std::string& dir) override {
    if (!plan_.Alive()) return Dead();
    auto it = nodes_.find(dir);
    if (it == nodes_.end() || !it->second.dir) {
      return MakeError(ErrorCode::kIo, Msg("không có thư mục", "no such folder"), dir);
    }
    std::vector<DirEntry> out;
    std::string prefix = dir + "/";
    for (auto n = nodes_.lower_bound(prefix); n != nodes_.end() && n->first.rfind(prefix, 0) == 0;
         ++n) {
      std::string rest = n->first.substr(prefix.size());
      if (rest.find('/') != std::string::npos) continue;
      out.push_back({rest, n->second.dir ? FileType::kDirectory : FileType::kRegular});
    }
    return out;
  }
  Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) override {
    if (!plan_.Alive()) return Dead();
    if (path == denied_) {
      return MakeError(ErrorCode::kIo, Msg("không đủ quyền", "permission denied"), path);
    }
    auto it = nodes_.find(path);
    if (it == nodes_.end() || it->second.dir) {
      return MakeError(ErrorCode::kIo, Msg("không có tệp", "no such file"), path);
    }
    if (it->second.data.size() > max_bytes) {
      return MakeError(ErrorCode::kLimitExceeded, Msg("tệp quá lớn", "file too large"), path);
    }
    return it->second.data;
  }
  Result<std::string> Sha256File(const std::string& path) override {
    if (!plan_.Alive()) return Dead();
    auto it = nodes_.find(path);
    if (it == nodes_.end() || it->second.dir) {
      return MakeError(ErrorCode::kIo, Msg("không có tệp", "no such file"), path);
    }
    return Sha256Hex(it->second.data);
  }
  Status MakeDirs(const std::string& dir) override {
    if (nodes_.count(dir) && nodes_[dir].dir) return OkStatus();  // nothing to do: no step
    if (!plan_.Begin("mkdir " + dir)) return Dead();
    for (std::size_t pos = 1; pos != std::string::npos;) {
      pos = dir.find('/', pos + 1);
      std::string prefix = dir.substr(0, pos);
      Node& n = nodes_[prefix];
      n.dir = true;
    }
    return OkStatus();
  }
  Result<bool> RenameNoReplace(const std::string& from, const std::string& to) override {
    if (!plan_.Begin("rename " + from + " -> " + to)) return Dead();
    if (nodes_.count(to)) return false;
    auto parent = nodes_.find(ParentPath(to));
    if (parent == nodes_.end() || !parent->second.dir) {
      return MakeError(ErrorCode::kIo, Msg("không có thư mục đích", "no target folder"), to);
    }
    auto it = nodes_.find(from);
    if (it == nodes_.end())
      return MakeError(ErrorCode::kIo, Msg("không có tệp", "no such file"), from);
    Node n = it->second;
    nodes_.erase(it);
    n.ctime_ns = NowNs();
    nodes_[to] = n;
    return true;
  }
  Status WriteFileAtomic(const std::string& path, std::string_view bytes) override {
    if (!plan_.Begin("write " + path)) return Dead();
    Write(path, std::string(bytes));
    return OkStatus();
  }
  Status Remove(const std::string& path) override {
    if (!plan_.Begin("remove " + path)) return Dead();
    nodes_.erase(path);
    return OkStatus();
  }
  Status SyncDir(const std::string& dir) override {
    if (!plan_.Begin("fsync " + dir)) return Dead();
    return OkStatus();
  }

 private:
  struct Node {
    bool dir = false;
    std::string data;
    std::int64_t mtime_ns = 0;
    std::int64_t ctime_ns = 0;
    std::uint64_t inode = 0;
  };
  std::int64_t NowNs() const {
    // The fake clock's wall time with its milliseconds.
    return clock_.NowUtcSeconds() * 1000000000 + (clock_.SteadyMs() % 1000) * 1000000;
  }
  void Touch(Node& n) { n.mtime_ns = n.ctime_ns = NowNs(); }

  FakeClock& clock_;
  CrashPlan& plan_;
  std::map<std::string, Node> nodes_;
  std::uint64_t next_inode_ = 0;
  std::string denied_;
};

// Forwards to a real store; every write is a crash point.
class CrashingStore final : public store::Store {
 public:
  CrashingStore(store::Store& inner, CrashPlan& plan) : inner_(inner), plan_(plan) {}

  std::string Describe() const override { return inner_.Describe(); }
  Result<std::optional<store::DocumentRow>> FindDocument(std::string_view c,
                                                         std::string_view s) override {
    if (!plan_.Alive()) return Dead();
    return inner_.FindDocument(c, s);
  }
  Result<std::string> RecordJson(std::int64_t id) override { return inner_.RecordJson(id); }
  Result<std::vector<store::StoredDocument>> CountingDocuments(
      std::string_view c, std::optional<std::string_view> p) override {
    return inner_.CountingDocuments(c, p);
  }
  Result<std::vector<store::StoredDocument>> AllDocuments(
      std::string_view c, std::optional<std::string_view> p) override {
    return inner_.AllDocuments(c, p);
  }
  Result<std::vector<store::SightingRow>> Sightings(std::string_view c,
                                                    std::optional<std::string_view> p) override {
    return inner_.Sightings(c, p);
  }
  Result<store::StoreCounts> Counts(std::string_view c,
                                    std::optional<std::string_view> p) override {
    return inner_.Counts(c, p);
  }
  Result<store::JournalEntry> JournalOpen(const std::string& path, const std::string& sha,
                                          const store::FileFacts& facts,
                                          const std::optional<std::string>& received) override {
    if (!plan_.Begin("journal-open " + path)) return Dead();
    return inner_.JournalOpen(path, sha, facts, received);
  }
  Result<std::optional<store::JournalEntry>> JournalGet(std::int64_t id) override {
    if (!plan_.Alive()) return Dead();
    return inner_.JournalGet(id);
  }
  Result<std::vector<store::JournalEntry>> JournalOpenAt(const std::string& path) override {
    if (!plan_.Alive()) return Dead();
    return inner_.JournalOpenAt(path);
  }
  Result<std::vector<store::JournalEntry>> JournalUnfinished() override {
    if (!plan_.Alive()) return Dead();
    return inner_.JournalUnfinished();
  }
  Status JournalStoreArchive(std::int64_t id, const std::string& summary) override {
    if (!plan_.Begin("journal-store-archive")) return Dead();
    return inner_.JournalStoreArchive(id, summary);
  }
  Status JournalReject(std::int64_t id, const std::string& reason) override {
    if (!plan_.Begin("journal-reject")) return Dead();
    return inner_.JournalReject(id, reason);
  }
  Status JournalAbandon(std::int64_t id, const std::string& reason) override {
    if (!plan_.Begin("journal-abandon")) return Dead();
    return inner_.JournalAbandon(id, reason);
  }
  Status JournalSetTarget(std::int64_t id, const std::string& target) override {
    if (!plan_.Begin("journal-target " + target)) return Dead();
    return inner_.JournalSetTarget(id, target);
  }
  Status JournalFinish(std::int64_t id) override {
    if (!plan_.Begin("journal-finish")) return Dead();
    return inner_.JournalFinish(id);
  }
  Status JournalNoteAttempt(std::int64_t id, const std::string& error) override {
    if (!plan_.Begin("journal-attempt")) return Dead();
    return inner_.JournalNoteAttempt(id, error);
  }

 protected:
  Result<store::AddResult> DoAddDocument(std::string_view campaign_id, const model::Record& record,
                                         std::optional<std::int64_t> journal_id) override {
    if (!plan_.Begin("add-document " + record.source.path)) return Dead();
    return inner_.AddDocument(campaign_id, record, journal_id);
  }

 private:
  store::Store& inner_;
  CrashPlan& plan_;
};

}  // namespace tonghop::pipeline::testing
