// The small case every report test uses: tests/data/report/three-units.xml
// (three units, periods dot-1 and dot-2) and a real SQLite store in a
// private temporary folder, filled through the Store interface with
// hand-built records:
//   tam-duong  dot-1  on time (05/07, received 05/07 09:12), all figures;
//                     the same bytes arrive again later (a duplicate)
//   sin-ho     dot-1  late: a first report (08/07) superseded by a second
//                     one dated 12/07, received 13/07 08:30 (3 days late),
//                     missing section kien-nghi, no sáng kiến figure
//   muong-te   dot-1  missing
//   one document of an unknown sender (dot-1), counted nowhere
//   tam-duong  dot-2  on time (10/12); the others have not sent dot-2
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "campaign/loader.h"
#include "common/sha256.h"
#include "model/finding.h"
#include "model/record.h"
#include "report/consolidate.h"
#include "report/load.h"
#include "store/clock.h"
#include "store/sqlite_store.h"
#include "store/store_test_util.h"

namespace tonghop::report::testing {

inline std::string CampaignPath() {
  return std::string(TONGHOP_TEST_DATA) + "/report/three-units.xml";
}
inline std::string GoldenDir() { return std::string(TONGHOP_TEST_DATA) + "/report/golden"; }

inline model::Record Doc(const std::string& content, std::optional<std::string> unit,
                         std::optional<std::string> period, const std::string& path,
                         std::optional<std::string> date, std::optional<std::string> received,
                         std::optional<std::string> number, std::optional<std::string> symbol) {
  model::Record r;
  r.source.path = path;
  r.source.sha256 = Sha256Hex(content);
  r.source.format = "docx";
  r.source.bytes = 10000 + content.size();
  r.source.received = std::move(received);
  r.issuer.unit = std::move(unit);
  r.period = std::move(period);
  r.date = std::move(date);
  r.number = std::move(number);
  r.symbol = std::move(symbol);
  r.doc_type = model::DocType{"BC", "Báo cáo"};
  r.subject = "Sơ kết phong trào thi đua đợt 1 năm 2020";
  return r;
}

inline void Metric(model::Record& r, const std::string& id, double value, const std::string& text) {
  r.metrics[id] = model::MetricValue{value, "table", text};
}

// Fills `store` with the scenario above (campaign thi-dua-2020).
inline void FillScenario(store::Store& store) {
  const std::string campaign = "thi-dua-2020";
  model::Record tam = Doc("tam-duong-dot-1", "tam-duong", "dot-1", "inbox/bc-tam-duong.docx",
                          "2020-07-05", "2020-07-05T09:12:00+07:00", "25", "BC-LĐLĐ");
  Metric(tam, "doan-vien", 12500, "12.500");
  Metric(tam, "sang-kien", 12, "12");
  Metric(tam, "gia-tri-lam-loi", 1250.5, "1.250,5 triệu đồng");
  Metric(tam, "cdcs", 45, "45");
  Metric(tam, "ca-nhan-khen", 30, "30");
  tam.findings.push_back(
      model::MakeFinding(model::codes::kLegacyEncodingConverted, {{"encoding", "TCVN3"}}));
  ASSERT_TRUE(store.AddDocument(campaign, tam).ok());

  model::Record sin1 = Doc("sin-ho-dot-1-v1", "sin-ho", "dot-1", "inbox/bc-sin-ho.docx",
                           "2020-07-08", "2020-07-09T10:00:00+07:00", "18", "BC-CĐ");
  Metric(sin1, "doan-vien", 10700, "10.700");
  ASSERT_TRUE(store.AddDocument(campaign, sin1).ok());

  model::Record sin2 = Doc("sin-ho-dot-1-v2", "sin-ho", "dot-1", "inbox/bc-sin-ho-bo-sung.docx",
                           "2020-07-12", "2020-07-13T08:30:00+07:00", "21", "BC-CĐ");
  Metric(sin2, "doan-vien", 10752, "10.752");
  Metric(sin2, "gia-tri-lam-loi", 340.25, "340,25 triệu đồng");
  Metric(sin2, "cdcs", 38, "38");
  Metric(sin2, "ca-nhan-khen", 17, "17");
  sin2.findings.push_back(model::MakeFinding(
      model::codes::kMissingSection, {{"section", "kien-nghi"}, {"title", "Đề xuất, kiến nghị"}}));
  sin2.findings.push_back(
      model::MakeFinding(model::codes::kMissingMetric, {{"label", "sáng kiến"}}));
  sin2.findings.push_back(
      model::MakeFinding(model::codes::kNoPlanReference, {{"plan", "141/KH-LĐLĐ"}}));
  // A stale lateness judgement: the report judges again (3 days, not 9).
  sin2.findings.push_back(
      model::MakeFinding(model::codes::kLateSubmission, {{"days", "9"}, {"due", "2020-07-10"}}));
  ASSERT_TRUE(store.AddDocument(campaign, sin2).ok());

  model::Record again = tam;
  again.source.path = "inbox/gui-lai/bc-tam-duong.docx";
  again.source.received = "2020-07-06T15:00:00+07:00";
  ASSERT_TRUE(store.AddDocument(campaign, again).ok());

  model::Record unknown = Doc("khong-ro-don-vi", std::nullopt, "dot-1", "inbox/khong-ro.docx",
                              "2020-07-07", "2020-07-07T08:00:00+07:00", "7", "BC");
  unknown.findings.push_back(model::MakeFinding(model::codes::kUnknownUnit));
  ASSERT_TRUE(store.AddDocument(campaign, unknown).ok());

  model::Record tam2 =
      Doc("tam-duong-dot-2", "tam-duong", "dot-2", "inbox/bc-tong-ket-tam-duong.docx", "2020-12-09",
          "2020-12-10T14:00:00+07:00", "98", "BC-LĐLĐ");
  tam2.subject = "Tổng kết phong trào thi đua năm 2020";
  Metric(tam2, "doan-vien", 12800, "12.800");
  ASSERT_TRUE(store.AddDocument(campaign, tam2).ok());
}

// A temporary data folder holding the filled SQLite store.
class ScenarioStore {
 public:
  ScenarioStore() : clock_(1594000000) {
    store::SqliteOptions options;
    options.path = dir_.File("tonghop.sqlite");
    options.clock = &clock_;
    auto opened = store::OpenSqliteStore(options);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().Describe(Lang::kEn));
    if (opened.ok()) store_ = std::move(opened).value();
    if (store_) FillScenario(*store_);
  }
  store::Store& store() { return *store_; }
  std::string data_dir() const { return dir_.path().string(); }

 private:
  store::testing::TempDir dir_;
  store::FakeClock clock_;
  std::unique_ptr<store::Store> store_;
};

inline campaign::Campaign LoadTestCampaign() {
  auto c = campaign::LoadCampaignFile(CampaignPath());
  EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().Describe(Lang::kEn));
  return c.ok() ? std::move(c).value() : campaign::Campaign{};
}

// Consolidates the scenario store (fresh reads every call).
inline Consolidated Build(store::Store& store, const std::string& period,
                          SortOrder sort = SortOrder::kCampaign) {
  campaign::Campaign c = LoadTestCampaign();
  auto rows = LoadStoreRows(store, c.id);
  EXPECT_TRUE(rows.ok());
  ConsolidateOptions options;
  options.period = period;
  options.sort = sort;
  auto out = Consolidate(c, rows.ok() ? *rows : StoreRows{}, options);
  EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().Describe(Lang::kEn));
  return out.ok() ? std::move(out).value() : Consolidated{};
}

}  // namespace tonghop::report::testing
