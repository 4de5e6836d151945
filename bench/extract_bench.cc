// Field extraction and the campaign checks: time per document and scaling
// with the document's size. Extraction must be linear (no rescans per
// paragraph): BM_ExtractBySize reports the fitted complexity (expect O(N)),
// where N is the number of body paragraphs.
//
//   build/bench/tonghop_bench --benchmark_filter=Extract
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "campaign/loader.h"
#include "check/analyze.h"
#include "extract/extract.h"
#include "read/reader.h"

namespace tonghop {
namespace {

model::Paragraph P(std::string text, bool bold = false) {
  model::Paragraph p;
  p.text = std::move(text);
  p.all_bold = bold;
  return p;
}

model::Cell C(std::vector<model::Paragraph> ps) {
  model::Cell c;
  for (auto& p : ps) c.blocks.emplace_back(std::move(p));
  return c;
}

// A report with `paragraphs` body paragraphs: header table, sections of ten
// paragraphs full of cited dates, numbers and figures, a figures table per
// section, the signer table.
model::Document SyntheticReport(int paragraphs) {
  model::Document d;
  model::Table header;
  header.has_borders = false;
  header.rows.push_back(model::Row{
      {C({P("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"), P("LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG", true),
          P("Số: 25/BC-LĐLĐ")}),
       C({P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true), P("Độc lập - Tự do - Hạnh phúc", true),
          P("Tam Đường, ngày 05 tháng 7 năm 2020")})},
      false});
  d.body.emplace_back(std::move(header));
  d.body.emplace_back(P("BÁO CÁO", true));
  d.body.emplace_back(P("Sơ kết phong trào thi đua đợt 1 năm 2020", true));
  d.body.emplace_back(
      P("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh;"));
  static const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (int i = 0; i < paragraphs; ++i) {
    if (i % 10 == 0) {
      d.body.emplace_back(
          P(std::string(kRoman[(i / 10) % 10]) + ". KẾT QUẢ THỰC HIỆN PHẦN " + std::to_string(i),
            true));
      model::Table t;
      t.rows.push_back(model::Row{{C({P("TT")}), C({P("Nội dung")}), C({P("Kết quả")})}, true});
      t.rows.push_back(
          model::Row{{C({P("1")}), C({P("Số công đoàn cơ sở")}), C({P("65")})}, false});
      t.rows.push_back(model::Row{
          {C({P("2")}), C({P("Giá trị làm lợi (triệu đồng)")}), C({P("1.250,5")})}, false});
      d.body.emplace_back(std::move(t));
      continue;
    }
    if (i % 10 == 1) {
      d.body.emplace_back(
          P(std::to_string(i % 7 + 1) + ". Công tác tuyên truyền, phát động", true));
      continue;
    }
    d.body.emplace_back(
        P("Căn cứ Quyết định số " + std::to_string(i) +
          "/QĐ-LĐLĐ ngày 12/11/2019, toàn huyện có 45 CĐCS với 2.350 đoàn viên; khen thưởng 5 "
          "tập thể và 12 cá nhân, làm lợi 1.250,5 triệu đồng vào ngày 30/6/2020."));
  }
  model::Table signer;
  signer.has_borders = false;
  signer.rows.push_back(
      model::Row{{C({P("Nơi nhận:"), P("- LĐLĐ tỉnh (B/c);"), P("- Lưu: VT.")}),
                  C({P("TM. BAN THƯỜNG VỤ", true), P("CHỦ TỊCH", true), P("Lò Văn Hải", true)})},
                 false});
  d.body.emplace_back(std::move(signer));
  return d;
}

const campaign::Campaign* SampleCampaign() {
  static const std::optional<campaign::Campaign> c = []() -> std::optional<campaign::Campaign> {
    Result<campaign::Campaign> r = campaign::LoadCampaignFile(
        std::string(TONGHOP_TEST_DATA) + "/../../samples/campaigns/lai-chau-2020.xml");
    if (!r.ok()) return std::nullopt;
    return std::move(*r);
  }();
  return c ? &*c : nullptr;
}

void BM_ExtractBySize(benchmark::State& state) {
  model::Document doc = SyntheticReport(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    model::Record r = extract::ExtractRecord(doc);
    benchmark::DoNotOptimize(r);
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ExtractBySize)->RangeMultiplier(4)->Range(64, 64 << 8)->Complexity(benchmark::oN);

void BM_AnalyzeWithCampaignBySize(benchmark::State& state) {
  const campaign::Campaign* campaign = SampleCampaign();
  if (!campaign) {
    state.SkipWithError("samples/campaigns/lai-chau-2020.xml not loadable");
    return;
  }
  const check::CampaignKeys keys(*campaign);
  model::Document doc = SyntheticReport(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    model::Record r = check::Analyze(doc, {}, keys);
    benchmark::DoNotOptimize(r);
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_AnalyzeWithCampaignBySize)
    ->RangeMultiplier(4)
    ->Range(64, 64 << 8)
    ->Complexity(benchmark::oN);

// The sample season as received: read once, then extraction + checks per
// document, the campaign's keys built once as ingest, batch and watch do.
void BM_AnalyzeSampleSeason(benchmark::State& state) {
  const campaign::Campaign* campaign = SampleCampaign();
  std::vector<model::Document> docs;
  std::filesystem::path dir = std::filesystem::path(TONGHOP_TEST_DATA) / "../../samples/docs";
  if (std::filesystem::exists(dir)) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Result<model::Document> d = read::ReadDocument(ss.str());
      if (d.ok()) docs.push_back(std::move(*d));
    }
  }
  if (!campaign || docs.empty()) {
    state.SkipWithError("samples not found");
    return;
  }
  const check::CampaignKeys keys(*campaign);
  for (auto _ : state) {
    for (const model::Document& d : docs) {
      model::Record r = check::Analyze(d, {}, keys);
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
}
BENCHMARK(BM_AnalyzeSampleSeason);

// Building the campaign's keys (once per ingest, batch or watch run; once per
// document for check::Analyze with a bare Campaign*).
void BM_CampaignKeys(benchmark::State& state) {
  const campaign::Campaign* campaign = SampleCampaign();
  if (!campaign) {
    state.SkipWithError("samples/campaigns/lai-chau-2020.xml not loadable");
    return;
  }
  for (auto _ : state) {
    check::CampaignKeys keys(*campaign);
    benchmark::DoNotOptimize(keys);
  }
}
BENCHMARK(BM_CampaignKeys);

}  // namespace
}  // namespace tonghop
