#include "report/consolidate.h"

#include <gtest/gtest.h>

#include "campaign/deadline.h"

namespace tonghop::report {
namespace {

campaign::Campaign TestCampaign() {
  campaign::Campaign c;
  c.id = "c";
  c.name = "Phong trào thi đua";
  c.issuer = {"TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", "Lai Châu"};
  c.plan = {"141", "KH-LĐLĐ", campaign::Date{2020, 1, 14}};
  c.units = {{"u-doi", "Đội Bình", {}}, {"u-duong", "Dương Anh", {}}, {"u-an", "An Hòa", {}}};
  campaign::Period p1;
  p1.id = "dot-1";
  p1.name = "Sơ kết đợt 1";
  p1.doc_type = "BC";
  p1.from = {2020, 1, 1};
  p1.to = {2020, 6, 30};
  p1.due = {2020, 7, 10};
  p1.sections = {{"ket-qua", true, {"kết quả"}},
                 {"danh-gia", true, {"đánh giá"}},
                 {"kien-nghi", true, {"kiến nghị"}}};
  p1.metrics = {{"a", campaign::MetricKind::kInt, {"chỉ số a"}},
                {"b", campaign::MetricKind::kDecimal, {"chỉ số b"}}};
  campaign::Period p2 = p1;
  p2.id = "dot-2";
  p2.name = "";
  p2.due = {2020, 12, 15};
  p2.metrics.clear();
  c.periods = {p1, p2};
  return c;
}

store::StoredDocument Doc(std::int64_t id, std::optional<std::string> unit,
                          std::optional<std::string> period, std::optional<std::string> received,
                          bool counts = true) {
  store::StoredDocument d;
  d.document.id = id;
  d.document.sha256 = std::string(63, '0') + std::to_string(id % 10);
  d.document.path = "inbox/" + std::to_string(id) + ".docx";
  d.document.format = "docx";
  d.document.unit = std::move(unit);
  d.document.period = std::move(period);
  d.document.counts = counts && d.document.unit && d.document.period;
  d.document.received = received;
  if (received) d.document.received_utc = campaign::ParseInstant(*received);
  return d;
}

Consolidated Aggregate(const StoreRows& rows, ConsolidateOptions options = {}) {
  auto out = Consolidate(TestCampaign(), rows, options);
  EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().Describe(Lang::kEn));
  return out.ok() ? std::move(out).value() : Consolidated{};
}

const UnitRow& Row(const Consolidated& c, const std::string& period, const std::string& unit) {
  for (const PeriodReport& p : c.periods) {
    if (p.id != period) continue;
    for (const UnitRow& u : p.units) {
      if (u.unit == unit) return u;
    }
  }
  static UnitRow none;
  ADD_FAILURE() << "no row " << period << "/" << unit;
  return none;
}

TEST(ConsolidateTest, LatenessIsJudgedAtTheEndOfTheDueDayInVietnamTime) {
  StoreRows rows;
  rows.documents.push_back(Doc(1, "u-doi", "dot-1", "2020-07-10T23:59:59+07:00"));
  rows.documents.push_back(Doc(2, "u-duong", "dot-1", "2020-07-11T00:00:00+07:00"));
  Consolidated c = Aggregate(rows, {"dot-1", SortOrder::kCampaign, std::nullopt});
  EXPECT_EQ(Row(c, "dot-1", "u-doi").status, UnitStatus::kOnTime);
  EXPECT_EQ(Row(c, "dot-1", "u-doi").days_late, 0);
  EXPECT_EQ(Row(c, "dot-1", "u-duong").status, UnitStatus::kLate);
  EXPECT_EQ(Row(c, "dot-1", "u-duong").days_late, 1);
  EXPECT_EQ(Row(c, "dot-1", "u-an").status, UnitStatus::kMissing);
  const Totals& t = c.periods[0].totals;
  EXPECT_EQ(t.expected, 3);
  EXPECT_EQ(t.submitted, 2);
  EXPECT_EQ(t.on_time, 1);
  EXPECT_EQ(t.late, 1);
  EXPECT_EQ(t.missing, 1);
}

TEST(ConsolidateTest, StoredLatenessFindingsAreReplacedByTheReportsJudgement) {
  StoreRows rows;
  auto late = Doc(1, "u-doi", "dot-1", "2020-07-13T08:30:00+07:00");
  late.findings.push_back(model::MakeFinding("late-submission", {{"days", "9"}, {"due", "x"}}));
  late.findings.push_back(model::MakeFinding("no-plan-reference", {{"plan", "141/KH-LĐLĐ"}}));
  auto on_time = Doc(2, "u-duong", "dot-1", "2020-07-01T08:00:00+07:00");
  on_time.findings.push_back(model::MakeFinding("late-submission", {{"days", "2"}}));
  rows.documents = {late, on_time};
  Consolidated c = Aggregate(rows);
  const UnitRow& l = Row(c, "dot-1", "u-doi");
  ASSERT_EQ(l.findings.size(), 2u);
  EXPECT_EQ(l.findings[0].code, "late-submission");
  EXPECT_EQ(l.findings[0].Attr("days"), "3");
  EXPECT_EQ(l.findings[0].Attr("due"), "2020-07-10");
  EXPECT_EQ(l.findings[1].code, "no-plan-reference");
  EXPECT_TRUE(Row(c, "dot-1", "u-duong").findings.empty());
}

TEST(ConsolidateTest, UnknownReceivedTimeCountsAsOnTimeWithAFinding) {
  StoreRows rows;
  rows.documents.push_back(Doc(1, "u-doi", "dot-1", std::nullopt));
  Consolidated c = Aggregate(rows);
  const UnitRow& r = Row(c, "dot-1", "u-doi");
  EXPECT_EQ(r.status, UnitStatus::kOnTime);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "missing-field");
  EXPECT_EQ(r.findings[0].Attr("field"), "received");
}

TEST(ConsolidateTest, MissingSectionsFollowTheCampaignOrder) {
  StoreRows rows;
  auto d = Doc(1, "u-doi", "dot-1", "2020-07-01T08:00:00+07:00");
  d.findings.push_back(model::MakeFinding("missing-section", {{"section", "kien-nghi"}}));
  d.findings.push_back(model::MakeFinding("missing-section", {{"section", "la"}}));
  d.findings.push_back(model::MakeFinding("missing-section", {{"section", "ket-qua"}}));
  d.findings.push_back(model::MakeFinding("missing-section", {{"section", "kien-nghi"}}));
  rows.documents = {d};
  Consolidated c = Aggregate(rows);
  EXPECT_EQ(Row(c, "dot-1", "u-doi").missing_sections,
            (std::vector<std::string>{"ket-qua", "kien-nghi", "la"}));
  EXPECT_EQ(c.periods[0].SectionTitleOf("kien-nghi"), "kiến nghị");
  EXPECT_EQ(c.periods[0].SectionTitleOf("la"), "la");
}

TEST(ConsolidateTest, FiguresAndTotals) {
  StoreRows rows;
  auto a = Doc(1, "u-doi", "dot-1", "2020-07-01T08:00:00+07:00");
  a.metrics["a"] = {12, "table", "12"};
  a.metrics["b"] = {0.1, "text", "0,1"};
  a.metrics["not-in-campaign"] = {99, "text", "99"};
  auto b = Doc(2, "u-duong", "dot-1", "2020-07-01T08:00:00+07:00");
  b.metrics["b"] = {0.2, "text", "0,2"};
  rows.documents = {a, b};
  Consolidated c = Aggregate(rows);
  const PeriodReport& p = c.periods[0];
  ASSERT_EQ(p.metrics.size(), 2u);
  EXPECT_EQ(p.metrics[0].label, "chỉ số a");
  EXPECT_EQ(Row(c, "dot-1", "u-doi").metrics, (std::vector<std::optional<double>>{12, 0.1}));
  EXPECT_EQ(Row(c, "dot-1", "u-duong").metrics,
            (std::vector<std::optional<double>>{std::nullopt, 0.2}));
  EXPECT_EQ(Row(c, "dot-1", "u-an").metrics,
            (std::vector<std::optional<double>>{std::nullopt, std::nullopt}));
  EXPECT_EQ(p.totals.metrics, (std::vector<double>{12, 0.3}));  // rounded: exactly 0.3
  EXPECT_EQ(p.totals.metric_reported, (std::vector<int>{1, 2}));
}

TEST(ConsolidateTest, SortByNameUsesVietnameseCollation) {
  Consolidated by_name = Aggregate({}, {"dot-1", SortOrder::kName, std::nullopt});
  std::vector<std::string> names;
  for (const UnitRow& u : by_name.periods[0].units) names.push_back(u.name);
  // a < d < đ: "An Hòa", "Dương Anh", "Đội Bình" (bytes would put Đ last too,
  // but "Dương" before "Đội" needs d < đ, not byte order of the second letter).
  EXPECT_EQ(names, (std::vector<std::string>{"An Hòa", "Dương Anh", "Đội Bình"}));
  Consolidated by_campaign = Aggregate({}, {"dot-1", SortOrder::kCampaign, std::nullopt});
  EXPECT_EQ(by_campaign.periods[0].units[0].unit, "u-doi");
}

TEST(ConsolidateTest, UnknownPeriodIsAUsageErrorNamingTheKnownOnes) {
  auto out = Consolidate(TestCampaign(), {}, {"dot-9", SortOrder::kCampaign, std::nullopt});
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, ErrorCode::kUsage);
  EXPECT_EQ(out.error().what.en, "The campaign has no period dot-9 (known: dot-1, dot-2, all)");
}

TEST(ConsolidateTest, AllPeriodsInCampaignOrderAndNamesFallBackToIds) {
  Consolidated c = Aggregate({});
  EXPECT_EQ(c.period_selector, "all");
  ASSERT_EQ(c.periods.size(), 2u);
  EXPECT_EQ(c.periods[0].id, "dot-1");
  EXPECT_EQ(c.periods[1].id, "dot-2");
  EXPECT_EQ(c.periods[1].name, "dot-2");
  EXPECT_EQ(c.periods[1].totals.missing, 3);
  EXPECT_EQ(c.campaign_id, "c");
  EXPECT_EQ(c.plan.number, "141");
}

TEST(ConsolidateTest, AuditListsSupersededDuplicateAndUnassignedDocuments) {
  StoreRows rows;
  auto counting = Doc(2, "u-doi", "dot-1", "2020-07-05T08:00:00+07:00");
  auto old = Doc(1, "u-doi", "dot-1", "2020-07-01T08:00:00+07:00", false);
  old.document.superseded_by = 2;
  auto old_other_period = Doc(3, "u-doi", "dot-2", "2020-12-01T08:00:00+07:00", false);
  old_other_period.document.superseded_by = 4;
  auto counting2 = Doc(4, "u-doi", "dot-2", "2020-12-02T08:00:00+07:00");
  auto no_unit = Doc(5, std::nullopt, "dot-1", "2020-07-01T08:00:00+07:00");
  no_unit.findings.push_back(model::MakeFinding("unknown-unit"));
  auto no_period = Doc(6, "u-an", std::nullopt, "2020-07-01T08:00:00+07:00");
  auto gone_unit = Doc(7, "u-xoa", "dot-1", "2020-07-01T08:00:00+07:00");
  auto gone_period = Doc(8, "u-an", "dot-9", "2020-07-01T08:00:00+07:00");
  auto other_period = Doc(9, std::nullopt, "dot-2", "2020-12-01T08:00:00+07:00");
  rows.documents = {old,       counting,  old_other_period, counting2,   no_unit,
                    no_period, gone_unit, gone_period,      other_period};
  rows.sightings.push_back({1, 2, counting.document.sha256, "copy/2.docx", std::nullopt, "t"});
  rows.sightings.push_back({2, 4, counting2.document.sha256, "copy/4.docx", std::nullopt, "t"});
  rows.sightings.push_back({3, 99, std::string(64, 'f'), "copy/lost.docx", std::nullopt, "t"});

  Consolidated c = Aggregate(rows, {"dot-1", SortOrder::kCampaign, std::nullopt});
  EXPECT_EQ(Row(c, "dot-1", "u-doi").document->id, 2);
  ASSERT_EQ(c.audit.superseded.size(), 1u);  // dot-2's is another period
  EXPECT_EQ(c.audit.superseded[0].document.id, 1);
  ASSERT_TRUE(c.audit.superseded[0].superseded_by.has_value());
  EXPECT_EQ(c.audit.superseded[0].superseded_by->id, 2);
  ASSERT_EQ(c.audit.duplicates.size(), 2u);  // dot-1's and the one whose document is unknown
  EXPECT_EQ(c.audit.duplicates[0].path, "copy/2.docx");
  EXPECT_EQ(c.audit.duplicates[0].original_path, "inbox/2.docx");
  EXPECT_EQ(c.audit.duplicates[1].original_path, "");
  ASSERT_EQ(c.audit.unassigned.size(), 4u);  // not other_period (dot-2)
  EXPECT_EQ(c.audit.unassigned[0].reason, UnassignedReason::kNoUnit);
  EXPECT_EQ(c.audit.unassigned[0].findings.size(), 1u);
  EXPECT_EQ(c.audit.unassigned[1].reason, UnassignedReason::kNoPeriod);
  EXPECT_EQ(c.audit.unassigned[2].reason, UnassignedReason::kUnknownUnit);
  EXPECT_EQ(c.audit.unassigned[3].reason, UnassignedReason::kUnknownPeriod);
  // A counting document of a unit the campaign no longer lists counts nowhere.
  EXPECT_EQ(c.periods[0].totals.submitted, 1);

  Consolidated all = Aggregate(rows);
  EXPECT_EQ(all.audit.superseded.size(), 2u);
  EXPECT_EQ(all.audit.duplicates.size(), 3u);
  EXPECT_EQ(all.audit.unassigned.size(), 5u);
}

TEST(ConsolidateTest, AsOfTellsMissingFromNotYetDue) {
  ConsolidateOptions options;
  options.as_of_utc = campaign::ParseInstant("2020-07-10T23:00:00+07:00");
  Consolidated c = Aggregate({}, options);
  EXPECT_EQ(c.periods[0].due_passed, std::optional<bool>(false));
  EXPECT_TRUE(Row(c, "dot-1", "u-doi").not_yet_due);
  EXPECT_EQ(Row(c, "dot-1", "u-doi").status, UnitStatus::kMissing);
  options.as_of_utc = campaign::ParseInstant("2020-07-11T00:00:00+07:00");
  c = Aggregate({}, options);
  EXPECT_EQ(c.periods[0].due_passed, std::optional<bool>(true));
  EXPECT_FALSE(Row(c, "dot-1", "u-doi").not_yet_due);
  EXPECT_TRUE(Row(c, "dot-2", "u-doi").not_yet_due);
  Consolidated timeless = Aggregate({});
  EXPECT_FALSE(timeless.periods[0].due_passed.has_value());
  EXPECT_FALSE(Row(timeless, "dot-1", "u-doi").not_yet_due);
}

}  // namespace
}  // namespace tonghop::report
