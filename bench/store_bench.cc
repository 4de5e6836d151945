// Store throughput: documents per second into SQLite, one transaction per
// document (as ingest does), each with a realistic record (~5 KB of JSON: a
// heading tree, references, recipients), a few findings and the campaign's
// seven figures; plus the report-side read of every counting document.
//
//   build/bench/tonghop_bench --benchmark_filter=Store
//
// The database lives in $TMPDIR (default /tmp); synchronous=FULL, so the
// number includes one fsync per document on that disk.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "common/json_writer.h"
#include "common/sha256.h"
#include "model/record_json.h"
#include "store/sqlite_store.h"

namespace tonghop::store {
namespace {

const char* const kUnits[] = {"tp-lai-chau",  "tam-duong", "phong-tho",   "sin-ho",
                              "muong-te",     "nam-nhun",  "than-uyen",   "tan-uyen",
                              "cdn-giao-duc", "cdn-y-te",  "cd-vien-chuc"};
const char* const kPeriods[] = {"ke-hoach", "dot-1", "dot-2"};

model::Record RealisticRecord(int n) {
  model::Record r;
  std::string content = "document-" + std::to_string(n);
  r.source.path = "inbox/bao-cao-" + std::to_string(n) + ".docx";
  r.source.sha256 = Sha256Hex(content);
  r.source.format = "docx";
  r.source.bytes = 10827 + static_cast<std::uint64_t>(n % 5000);
  r.source.received = "2020-07-0" + std::to_string(1 + n % 9) + "T09:12:00+07:00";
  r.issuer = {"LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", "LĐLĐ HUYỆN TAM ĐƯỜNG", "BAN THƯỜNG VỤ",
              kUnits[n % 11]};
  r.number = std::to_string(n % 200);
  r.symbol = "BC-LĐLĐ";
  r.doc_type = model::DocType{"BC", "Báo cáo"};
  r.place = "Tam Đường";
  r.date = "2020-07-0" + std::to_string(1 + (n / 11) % 9);
  r.title = "BÁO CÁO";
  r.subject =
      "Sơ kết phong trào thi đua đợt 1 năm 2020 \"Mừng Đảng quang vinh - Mừng sinh nhật Bác\"";
  r.references.push_back({"KH", "141", "KH-LĐLĐ", "2020-01-14",
                          "Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh"});
  r.references.push_back({"CV", "52", "LĐLĐ", "2020-06-01", "Công văn số 52/LĐLĐ ngày 01/6/2020"});
  const char* const headings[] = {"ĐẶC ĐIỂM TÌNH HÌNH", "KẾT QUẢ THỰC HIỆN", "ĐÁNH GIÁ CHUNG",
                                  "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "ĐỀ XUẤT, KIẾN NGHỊ"};
  const char* const ids[] = {"tinh-hinh", "ket-qua", "danh-gia", "phuong-huong", "kien-nghi"};
  const char* const roman[] = {"I", "II", "III", "IV", "V"};
  for (int i = 0; i < 5; ++i) {
    model::Section s{roman[i], headings[i], 1, ids[i], {}};
    for (int j = 1; j <= 2; ++j) {
      model::Section child{std::to_string(j),
                           "Công tác tuyên truyền, vận động đoàn viên, người lao động hưởng ứng "
                           "phong trào thi đua, mục " +
                               std::to_string(j),
                           2,
                           std::nullopt,
                           {}};
      for (char k = 'a'; k <= 'a'; ++k) {
        child.children.push_back(model::Section{
            std::string(1, k), "Tổ chức các hoạt động thiết thực chào mừng", 3, std::nullopt, {}});
      }
      s.children.push_back(std::move(child));
    }
    r.sections.push_back(std::move(s));
  }
  const char* const metrics[] = {"cdcs",       "doan-vien",    "sang-kien",   "gia-tri-lam-loi",
                                 "cong-trinh", "tap-the-khen", "ca-nhan-khen"};
  for (int i = 0; i < 7; ++i) {
    r.metrics[metrics[i]] = model::MetricValue{
        static_cast<double>(n % 97 + i), i % 2 ? "text" : "table", std::to_string(n % 97 + i)};
  }
  r.signer = model::Signer{"TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lò Văn Hải"};
  r.recipients = {"LĐLĐ tỉnh (B/c);", "Thường trực Huyện ủy (B/c);", "Các CĐCS trực thuộc;",
                  "Lưu: VT."};
  r.period = kPeriods[(n / 11) % 3];
  r.period_reason = "match: sơ kết";
  r.findings.push_back(model::MakeFinding("no-plan-reference", {{"plan", "141/KH-LĐLĐ"}}));
  r.findings.push_back(model::MakeFinding(
      "missing-section", {{"section", "kien-nghi"}, {"title", "Đề xuất, kiến nghị"}}));
  r.findings.push_back(
      model::MakeFinding("late-submission", {{"days", "3"}, {"due", "2020-07-10"}}));
  return r;
}

// A store in a fresh folder under $TMPDIR, removed afterwards.
class BenchStore {
 public:
  BenchStore() {
    const char* tmp = std::getenv("TMPDIR");
    dir_ = std::filesystem::path(tmp ? tmp : "/tmp") /
           ("tonghop-store-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    SqliteOptions options;
    options.path = (dir_ / "tonghop.sqlite").string();
    auto store = OpenSqliteStore(options);
    if (store.ok()) store_ = std::move(store).value();
  }
  ~BenchStore() {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  Store* get() { return store_.get(); }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

void BM_StoreAddDocument(benchmark::State& state) {
  BenchStore bench_store;
  Store* store = bench_store.get();
  if (!store) {
    state.SkipWithError("cannot open the store");
    return;
  }
  // Records are built outside the timed region: this measures the store.
  std::vector<model::Record> records;
  for (int i = 0; i < 512; ++i) records.push_back(RealisticRecord(i));
  {
    std::ostringstream json;
    JsonWriter w(json, 0);
    model::WriteRecordJson(w, records[0], Lang::kVi);
    state.counters["record_json_bytes"] = static_cast<double>(json.str().size());
  }
  int n = 0;
  for (auto _ : state) {
    state.PauseTiming();
    model::Record& r = records[n % records.size()];
    r.source.sha256 = Sha256Hex("document-" + std::to_string(n));
    r.issuer.unit = kUnits[n % 11];
    r.period = kPeriods[(n / 11) % 3];
    ++n;
    state.ResumeTiming();
    auto result = store->AddDocument("thi-dua-2020", r);
    if (!result.ok()) {
      state.SkipWithError(result.error().Describe(Lang::kEn).c_str());
      break;
    }
  }
  state.counters["docs_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreAddDocument)->Unit(benchmark::kMillisecond)->Iterations(2000)->UseRealTime();

void BM_StoreCountingDocuments(benchmark::State& state) {
  const int documents = static_cast<int>(state.range(0));
  BenchStore bench_store;
  Store* store = bench_store.get();
  if (!store) {
    state.SkipWithError("cannot open the store");
    return;
  }
  // 10 000 stored documents need 10 000 distinct (unit, period) cells to all
  // count: spread them over many campaign units.
  for (int i = 0; i < documents; ++i) {
    model::Record r = RealisticRecord(i);
    r.issuer.unit = "unit-" + std::to_string(i / 3);
    r.period = kPeriods[i % 3];
    if (!store->AddDocument("thi-dua-2020", r).ok()) {
      state.SkipWithError("fill failed");
      return;
    }
  }
  size_t rows = 0;
  for (auto _ : state) {
    auto counting = store->CountingDocuments("thi-dua-2020", std::nullopt);
    if (!counting.ok()) {
      state.SkipWithError("query failed");
      break;
    }
    rows = counting->size();
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_StoreCountingDocuments)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace tonghop::store
