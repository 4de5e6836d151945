// Batch throughput in-process: an archive of 2 000 distinct documents (the
// DOCX files of samples/docs, each copy with its own ZIP comment so that its
// SHA-256 differs) walked and prepared (SHA-256, read, analyse) on 1 and 2
// threads, without and with the store.
//
//   build/bench/tonghop_bench --benchmark_filter=Batch
//
// BM_BatchPrepare leaves the store out (the parallel part alone);
// BM_BatchIntoStore stores every document (one transaction each) into a
// SQLite file under /dev/shm when there is one, so that the disk's fsync does
// not hide the rest. Peak memory is measured at process level by
// bench/pipeline_batch.sh.
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "campaign/loader.h"
#include "pipeline/archive.h"
#include "pipeline/intake.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/runner.h"
#include "store/sqlite_store.h"

namespace tonghop::pipeline {
namespace {

constexpr int kDocuments = 2000;

void Put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void Put32(std::string& out, std::uint32_t v) {
  Put16(out, v & 0xFFFF);
  Put16(out, v >> 16);
}

// A ZIP of stored entries (the documents are compressed already).
std::string StoredZip(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out, cd;
  for (const auto& [name, data] : files) {
    std::uint32_t crc = static_cast<std::uint32_t>(
        crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()), data.size()));
    std::uint32_t offset = static_cast<std::uint32_t>(out.size());
    Put32(out, 0x04034b50);
    for (std::uint32_t v : {20u, 0x0800u, 0u, 0x6000u, 0x50E5u}) Put16(out, v);
    Put32(out, crc);
    Put32(out, static_cast<std::uint32_t>(data.size()));
    Put32(out, static_cast<std::uint32_t>(data.size()));
    Put16(out, static_cast<std::uint32_t>(name.size()));
    Put16(out, 0);
    out += name;
    out += data;
    Put32(cd, 0x02014b50);
    for (std::uint32_t v : {20u, 20u, 0x0800u, 0u, 0x6000u, 0x50E5u}) Put16(cd, v);
    Put32(cd, crc);
    Put32(cd, static_cast<std::uint32_t>(data.size()));
    Put32(cd, static_cast<std::uint32_t>(data.size()));
    Put16(cd, static_cast<std::uint32_t>(name.size()));
    for (int i = 0; i < 4; ++i) Put16(cd, 0);
    Put32(cd, 0);
    Put32(cd, offset);
    cd += name;
  }
  std::uint32_t cd_offset = static_cast<std::uint32_t>(out.size());
  out += cd;
  Put32(out, 0x06054b50);
  Put16(out, 0);
  Put16(out, 0);
  Put16(out, static_cast<std::uint32_t>(files.size()));
  Put16(out, static_cast<std::uint32_t>(files.size()));
  Put32(out, static_cast<std::uint32_t>(cd.size()));
  Put32(out, cd_offset);
  Put16(out, 0);
  return out;
}

struct Fixture {
  campaign::Campaign campaign;
  std::string archive;
  std::string archive_path;
  std::filesystem::path work;
  ~Fixture() {
    std::error_code ec;
    if (!work.empty()) std::filesystem::remove_all(work, ec);
  }
};

const Fixture& GetFixture() {
  static const Fixture fixture = [] {
    Fixture f;
    const std::string root = TONGHOP_SOURCE_DIR;
    Result<campaign::Campaign> c =
        campaign::LoadCampaignFile(root + "/samples/campaigns/lai-chau-2020.xml");
    if (c.ok()) f.campaign = std::move(*c);
    std::vector<std::string> docs;
    for (const auto& entry : std::filesystem::directory_iterator(root + "/samples/docs")) {
      if (entry.path().extension() != ".docx") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      docs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::sort(docs.begin(), docs.end());
    std::vector<std::pair<std::string, std::string>> files;
    for (int n = 0; n < kDocuments && !docs.empty(); ++n) {
      std::string d = docs[n % docs.size()];
      std::string comment = "copy " + std::to_string(n);  // same document, different bytes
      d.resize(d.size() - 2);
      Put16(d, static_cast<std::uint32_t>(comment.size()));
      d += comment;
      files.emplace_back(
          "Đơn vị " + std::to_string(n % 100) + "/báo cáo " + std::to_string(n) + ".docx",
          std::move(d));
    }
    f.archive = StoredZip(files);
    std::error_code ec;
    f.work = std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                           : std::filesystem::temp_directory_path();
    f.work /= "tonghop-pipeline-bench-" + std::to_string(::getpid());
    std::filesystem::create_directories(f.work);
    f.archive_path = (f.work / "batch.zip").string();
    std::ofstream(f.archive_path, std::ios::binary) << f.archive;
    return f;
  }();
  return fixture;
}

struct Counter final : ArchiveVisitor {
  explicit Counter(std::function<void(ArchiveDocument&&)> on) : on_document(std::move(on)) {}
  void Document(ArchiveDocument&& d) override { on_document(std::move(d)); }
  void Refused(Error) override { ++refused; }
  std::function<void(ArchiveDocument&&)> on_document;
  int refused = 0;
};

void BM_BatchPrepare(benchmark::State& state) {
  const Fixture& f = GetFixture();
  const unsigned threads = static_cast<unsigned>(state.range(0));
  std::int64_t prepared = 0;
  for (auto _ : state) {
    OrderedPool<bool> pool(threads, 2 * threads + 2);
    auto ready = [&](bool ok) { prepared += ok; };
    const check::CampaignKeys keys(f.campaign);
    Counter visitor([&](ArchiveDocument&& d) {
      pool.Submit(
          [&keys, d = std::move(d)] {
            return PrepareDocument(d.bytes, Origin{d.path, d.received}, keys, {}).ok();
          },
          ready);
    });
    Status st = WalkArchiveFile(f.archive_path, "batch.zip", DefaultArchiveLimits(), visitor);
    pool.Drain(ready);
    if (!st.ok()) state.SkipWithError("walk failed");
  }
  state.SetItemsProcessed(prepared);
  state.counters["docs"] = kDocuments;
}
BENCHMARK(BM_BatchPrepare)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BatchIntoStore(benchmark::State& state) {
  const Fixture& f = GetFixture();
  std::int64_t stored = 0;
  int round = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::string file = (f.work / ("store-" + std::to_string(round++) + ".sqlite")).string();
    store::SqliteOptions o;
    o.path = file;
    Result<std::unique_ptr<store::Store>> s = store::OpenSqliteStore(o);
    if (!s.ok()) {
      state.SkipWithError("cannot open the store");
      return;
    }
    state.ResumeTiming();
    RunnerOptions options;
    options.threads = static_cast<unsigned>(state.range(0));
    IntakeRunner runner(**s, f.campaign, options, nullptr);
    Counter visitor([&](ArchiveDocument&& d) {
      runner.Submit(std::move(d.bytes), Origin{std::move(d.path), std::move(d.received)});
    });
    (void)WalkArchiveFile(f.archive_path, "batch.zip", DefaultArchiveLimits(), visitor);
    if (!runner.Finish().ok()) state.SkipWithError("store failed");
    stored += runner.summary().read();
    state.PauseTiming();
    s->reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file + suffix);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(stored);
}
BENCHMARK(BM_BatchIntoStore)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
}  // namespace tonghop::pipeline
