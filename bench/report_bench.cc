// Report generation for 10 000 stored documents: a campaign of 3 334 units
// × 3 periods (as the real one, with its sections and seven figures), every
// document counting, a few findings each, plus some superseded documents
// and duplicate arrivals for the audit lists. Measured per stage and end to
// end (read the store, consolidate, render); target: under 2 s per report.
//
//   build/bench/tonghop_bench --benchmark_filter=Report
//
// The store is filled once (into /dev/shm when it exists, else $TMPDIR) and
// shared by the benchmarks; filling is not measured.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "common/sha256.h"
#include "report/consolidate.h"
#include "report/load.h"
#include "report/render.h"
#include "store/sqlite_store.h"

namespace tonghop::report {
namespace {

constexpr int kDocuments = 10000;
constexpr int kPeriods = 3;
constexpr int kUnits = (kDocuments + kPeriods - 1) / kPeriods;  // 3334
constexpr int kSuperseded = 200;                                // extra, older documents
constexpr int kDuplicates = 200;                                // re-arrivals of stored bytes
const char* const kPeriodIds[kPeriods] = {"ke-hoach", "dot-1", "dot-2"};
const char* const kMetrics[] = {"cdcs",       "doan-vien",    "sang-kien",   "gia-tri-lam-loi",
                                "cong-trinh", "tap-the-khen", "ca-nhan-khen"};

campaign::Campaign BenchCampaign() {
  campaign::Campaign c;
  c.id = "thi-dua-2020";
  c.name = "Phong trào thi đua năm 2020 chào mừng Đại hội thi đua yêu nước tỉnh Lai Châu lần thứ V";
  c.issuer = {"TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", "Lai Châu"};
  c.plan = {"141", "KH-LĐLĐ", campaign::Date{2020, 1, 14}};
  for (int i = 0; i < kUnits; ++i) {
    c.units.push_back({"unit-" + std::to_string(i),
                       "Công đoàn cơ sở Trường Tiểu học số " + std::to_string(i) + " xã Bản Giang",
                       {}});
  }
  const campaign::Date dues[kPeriods] = {{2020, 2, 20}, {2020, 7, 10}, {2020, 12, 15}};
  for (int p = 0; p < kPeriods; ++p) {
    campaign::Period period;
    period.id = kPeriodIds[p];
    period.name = p == 0 ? "Kế hoạch triển khai phong trào thi đua của đơn vị"
                         : "Sơ kết đợt " + std::to_string(p) + ": \"Mừng Đảng quang vinh\"";
    period.doc_type = p == 0 ? "KH" : "BC";
    period.from = {2020, 1, 1};
    period.to = {2020, 12, 31};
    period.due = dues[p];
    period.sections = {{"ket-qua", true, {"kết quả"}},
                       {"danh-gia", true, {"đánh giá"}},
                       {"kien-nghi", true, {"kiến nghị"}}};
    if (p > 0) {
      for (const char* m : kMetrics) {
        period.metrics.push_back({m,
                                  std::string(m) == "gia-tri-lam-loi"
                                      ? campaign::MetricKind::kDecimal
                                      : campaign::MetricKind::kInt,
                                  {std::string("số ") + m}});
      }
    }
    c.periods.push_back(std::move(period));
  }
  return c;
}

model::Record BenchRecord(int n, int unit, int period, int version) {
  model::Record r;
  std::string content = "report-bench-" + std::to_string(n) + "-" + std::to_string(version);
  r.source.path =
      "inbox/don-vi-" + std::to_string(unit) + "/bao-cao-" + std::to_string(n) + ".docx";
  r.source.sha256 = Sha256Hex(content);
  r.source.format = "docx";
  r.source.bytes = 12000;
  const int day = 1 + (n + version) % 20;  // some on time, some late
  const std::string month = period == 0 ? "02" : period == 1 ? "07" : "12";
  const std::string dd = (day < 10 ? "0" : "") + std::to_string(day);
  r.source.received = "2020-" + month + "-" + dd + "T09:12:00+07:00";
  r.issuer.unit = "unit-" + std::to_string(unit);
  r.number = std::to_string(1 + n % 300);
  r.symbol = period == 0 ? "KH-CĐCS" : "BC-CĐCS";
  r.doc_type = model::DocType{period == 0 ? "KH" : "BC", period == 0 ? "Kế hoạch" : "Báo cáo"};
  r.date = "2020-" + month + "-" + dd;
  r.subject = "Sơ kết phong trào thi đua";
  r.period = kPeriodIds[period];
  if (period > 0) {
    for (int i = 0; i < 7; ++i) {
      double v = i == 3 ? (n % 1000) * 1.25 : static_cast<double>(n % 97 + i);
      r.metrics[kMetrics[i]] = model::MetricValue{v, "table", std::to_string(v)};
    }
  }
  if (n % 3 == 0) {
    r.findings.push_back(model::MakeFinding(
        "missing-section", {{"section", "kien-nghi"}, {"title", "Đề xuất, kiến nghị"}}));
  }
  if (n % 5 == 0)
    r.findings.push_back(model::MakeFinding("no-plan-reference", {{"plan", "141/KH-LĐLĐ"}}));
  return r;
}

struct BenchData {
  std::filesystem::path dir;
  std::unique_ptr<store::Store> store;
  campaign::Campaign campaign = BenchCampaign();
  std::string error;

  BenchData() {
    std::filesystem::path base = std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp";
    if (const char* tmp = std::getenv("TMPDIR"); tmp && !std::filesystem::exists("/dev/shm")) {
      base = tmp;
    }
    dir = base / ("tonghop-report-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    store::SqliteOptions options;
    options.path = (dir / "tonghop.sqlite").string();
    auto opened = store::OpenSqliteStore(options);
    if (!opened.ok()) {
      error = opened.error().Describe(Lang::kEn);
      return;
    }
    store = std::move(opened).value();
    auto add = [&](const model::Record& r) {
      auto result = store->AddDocument(campaign.id, r);
      if (!result.ok() && error.empty()) error = result.error().Describe(Lang::kEn);
    };
    // Older versions first, so that the later ones supersede them.
    for (int n = 0; n < kSuperseded; ++n) {
      model::Record old = BenchRecord(n, n / kPeriods, n % kPeriods, 1);
      old.date = "2020-01-01";
      add(old);
    }
    for (int n = 0; n < kDocuments; ++n) add(BenchRecord(n, n / kPeriods, n % kPeriods, 0));
    for (int n = 0; n < kDuplicates; ++n) {
      model::Record again = BenchRecord(n * 7, (n * 7) / kPeriods, (n * 7) % kPeriods, 0);
      again.source.path = "inbox/gui-lai/" + std::to_string(n) + ".docx";
      add(again);
    }
  }
  ~BenchData() {
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

BenchData& Data() {
  static BenchData data;
  return data;
}

Consolidated ConsolidateAll(BenchData& data) {
  auto rows = LoadStoreRows(*data.store, data.campaign.id);
  ConsolidateOptions options;
  options.period = "all";
  auto c = Consolidate(data.campaign, rows.ok() ? *rows : StoreRows{}, options);
  return c.ok() ? std::move(c).value() : Consolidated{};
}

void BM_ReportLoadRows(benchmark::State& state) {
  BenchData& data = Data();
  if (!data.error.empty()) return state.SkipWithError(data.error.c_str());
  size_t documents = 0;
  for (auto _ : state) {
    auto rows = LoadStoreRows(*data.store, data.campaign.id);
    if (!rows.ok()) return state.SkipWithError("load failed");
    documents = rows->documents.size();
  }
  state.counters["documents"] = static_cast<double>(documents);
}
BENCHMARK(BM_ReportLoadRows)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReportConsolidate(benchmark::State& state) {
  BenchData& data = Data();
  if (!data.error.empty()) return state.SkipWithError(data.error.c_str());
  auto rows = LoadStoreRows(*data.store, data.campaign.id);
  if (!rows.ok()) return state.SkipWithError("load failed");
  ConsolidateOptions options;
  options.sort = state.range(0) ? SortOrder::kName : SortOrder::kCampaign;
  size_t cells = 0;
  for (auto _ : state) {
    auto c = Consolidate(data.campaign, *rows, options);
    cells = c.ok() ? c->periods.size() * c->periods[0].units.size() : 0;
    benchmark::DoNotOptimize(cells);
  }
  state.counters["cells"] = static_cast<double>(cells);
}
BENCHMARK(BM_ReportConsolidate)->ArgName("by_name")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_ReportRender(benchmark::State& state) {
  BenchData& data = Data();
  if (!data.error.empty()) return state.SkipWithError(data.error.c_str());
  const Format format = static_cast<Format>(state.range(0));
  state.SetLabel(FormatName(format));
  Consolidated c = ConsolidateAll(data);
  size_t bytes = 0;
  for (auto _ : state) {
    std::string out;
    StringSink sink(out);
    if (!Render(format, c, {}, sink).ok()) return state.SkipWithError("render failed");
    bytes = out.size();
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ReportRender)
    ->ArgName("format")
    ->DenseRange(static_cast<int>(Format::kDocx), static_cast<int>(Format::kHtml))
    ->Unit(benchmark::kMillisecond);

// What `tonghop report --period all` does after loading the campaign.
void BM_ReportEndToEnd(benchmark::State& state) {
  BenchData& data = Data();
  if (!data.error.empty()) return state.SkipWithError(data.error.c_str());
  const Format format = static_cast<Format>(state.range(0));
  state.SetLabel(FormatName(format));
  for (auto _ : state) {
    Consolidated c = ConsolidateAll(data);
    std::string out;
    StringSink sink(out);
    if (!Render(format, c, {}, sink).ok()) return state.SkipWithError("render failed");
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_ReportEndToEnd)
    ->ArgName("format")
    ->DenseRange(static_cast<int>(Format::kDocx), static_cast<int>(Format::kHtml))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace tonghop::report
