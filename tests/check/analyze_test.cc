// Analyze: extraction plus the campaign checks, and the findings they add.
#include "check/analyze.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"
#include "extract/doc_builder.h"

namespace tonghop::check {
namespace {

using extract::testing::Bold;
using extract::testing::DocBuilder;

std::vector<const model::Finding*> FindingsOf(const model::Record& r, std::string_view code) {
  std::vector<const model::Finding*> out;
  for (const model::Finding& f : r.findings) {
    if (f.code == code) out.push_back(&f);
  }
  return out;
}

model::Document Report(bool cite_plan, bool with_kien_nghi) {
  DocBuilder b;
  extract::testing::StandardReportHeader(b);
  if (cite_plan)
    b.Text("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh;");
  b.Add(Bold("I. KẾT QUẢ THỰC HIỆN"))
      .Text(
          "Toàn huyện có 45 CĐCS với 2.350 đoàn viên; 12 sáng kiến, giá trị làm lợi 340,6 triệu "
          "đồng.")
      .Text("Đã khen thưởng 5 tập thể và 12 cá nhân; 3 công trình, sản phẩm chào mừng.")
      .Add(Bold("II. ĐÁNH GIÁ CHUNG"))
      .Add(Bold("III. PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2"));
  if (with_kien_nghi) b.Add(Bold("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
  b.Text("Nơi nhận:\tTM. BAN THƯỜNG VỤ").Text("- Lưu: VT.\tCHỦ TỊCH").Text("\t\tLò Văn Hải");
  return b.Build();
}

TEST(AnalyzeTest, WithoutCampaign) {
  model::Document doc = Report(true, true);
  doc.findings.push_back(
      model::MakeFinding(model::codes::kLegacyEncodingConverted, {{"encoding", "TCVN3"}}));
  model::Source source;
  source.path = "bc.docx";
  model::Record r = Analyze(doc, source, nullptr);
  EXPECT_EQ(r.source.path, "bc.docx");
  EXPECT_FALSE(r.issuer.unit);
  EXPECT_FALSE(r.period);
  EXPECT_TRUE(r.metrics.empty());
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().code,
            model::codes::kLegacyEncodingConverted);  // reading findings first
}

TEST(AnalyzeTest, UnitAndPeriodGivenWhenIngestingReplaceWhatTheDocumentSays) {
  model::Record r =
      Analyze(Report(true, true), {}, testing::LaiChauKeys(), Assignment{"than-uyen", "dot-2"});
  EXPECT_EQ(r.issuer.unit, "than-uyen");
  EXPECT_EQ(r.period, "dot-2");
  EXPECT_EQ(r.period_reason, "--period");
  std::vector<const model::Finding*> assigned = FindingsOf(r, model::codes::kAssignedOnIngest);
  ASSERT_EQ(assigned.size(), 1u);
  EXPECT_EQ(assigned[0]->Attr("assigned"), "than-uyen / dot-2");
  EXPECT_EQ(model::DescribeFinding(*assigned[0]).en,
            "Unit/period given when ingesting (--unit/--period): than-uyen / dot-2");

  // Only the unit: the period is still chosen from the document.
  model::Record unit_only =
      Analyze(Report(true, true), {}, testing::LaiChauKeys(), Assignment{"than-uyen", {}});
  EXPECT_EQ(unit_only.issuer.unit, "than-uyen");
  EXPECT_EQ(unit_only.period, "dot-1");
  EXPECT_EQ(FindingsOf(unit_only, model::codes::kAssignedOnIngest)[0]->Attr("assigned"),
            "than-uyen");
  // Ids the campaign does not have are ignored (the CLI refuses them first).
  model::Record unknown =
      Analyze(Report(true, true), {}, testing::LaiChauKeys(), Assignment{"nowhere", "never"});
  EXPECT_EQ(unknown.issuer.unit, "tam-duong");
  EXPECT_EQ(unknown.period, "dot-1");
  EXPECT_TRUE(FindingsOf(unknown, model::codes::kAssignedOnIngest).empty());
}

TEST(AnalyzeTest, CompleteReport) {
  model::Record r = Analyze(Report(true, true), {}, &testing::LaiChau());
  EXPECT_EQ(r.issuer.unit, "tam-duong");
  EXPECT_EQ(r.period, "dot-1");
  EXPECT_EQ(r.period_reason, "BC; từ khóa 'đợt 1', 'sơ kết'");
  ASSERT_EQ(r.sections.size(), 4u);
  EXPECT_EQ(r.sections[0].id, "ket-qua");
  EXPECT_EQ(r.sections[3].id, "kien-nghi");
  EXPECT_EQ(r.metrics.size(), 7u);
  EXPECT_EQ(r.metrics.at("cdcs").value, 45);
  EXPECT_EQ(r.metrics.at("gia-tri-lam-loi").value, 340.6);
  EXPECT_EQ(r.metrics.at("cong-trinh").value, 3);
  EXPECT_TRUE(r.findings.empty()) << r.findings.front().code;
}

TEST(AnalyzeTest, MissingSectionNoPlanReferenceMissingMetric) {
  DocBuilder b;
  extract::testing::StandardReportHeader(b);
  b.Add(Bold("I. KẾT QUẢ"))
      .Text("Có 12 sáng kiến.")
      .Add(Bold("II. ĐÁNH GIÁ"))
      .Add(Bold("III. PHƯƠNG HƯỚNG"));
  model::Record r = Analyze(b.Build(), {}, &testing::LaiChau());
  auto missing = FindingsOf(r, model::codes::kMissingSection);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0]->Attr("section"), "kien-nghi");
  EXPECT_EQ(missing[0]->Attr("title"), "kiến nghị");  // as the campaign writes it
  EXPECT_EQ(missing[0]->severity, model::Severity::kError);
  auto no_plan = FindingsOf(r, model::codes::kNoPlanReference);
  ASSERT_EQ(no_plan.size(), 1u);
  EXPECT_EQ(no_plan[0]->Attr("plan"), "141/KH-LĐLĐ");
  auto metrics = FindingsOf(r, model::codes::kMissingMetric);
  EXPECT_EQ(metrics.size(), 6u);  // all but sáng kiến
  EXPECT_EQ(metrics[0]->Attr("metric"), "cdcs");
  EXPECT_EQ(metrics[0]->Attr("label"), "số công đoàn cơ sở");
  EXPECT_EQ(metrics[0]->severity, model::Severity::kWarning);
}

TEST(AnalyzeTest, PlansNeedNoPlanReference) {
  model::Document doc = DocBuilder()
                            .Add(extract::testing::HeaderTable(
                                {Bold("LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG"),
                                 extract::testing::Para("Số: 08/KH-LĐLĐ")},
                                {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                 extract::testing::Italic("Tam Đường, ngày 05 tháng 02 năm 2020")}))
                            .Add(Bold("KẾ HOẠCH"))
                            .Add(Bold("Triển khai phong trào thi đua năm 2020"))
                            .Add(Bold("I. MỤC ĐÍCH, YÊU CẦU"))
                            .Add(Bold("II. NỘI DUNG THI ĐUA"))
                            .Add(Bold("III. TỔ CHỨC THỰC HIỆN"))
                            .Build();
  model::Record r = Analyze(doc, {}, &testing::LaiChau());
  EXPECT_EQ(r.period, "ke-hoach");
  EXPECT_TRUE(FindingsOf(r, model::codes::kNoPlanReference).empty());
  EXPECT_TRUE(FindingsOf(r, model::codes::kMissingSection).empty());
  EXPECT_TRUE(
      FindingsOf(r, model::codes::kMissingMetric).empty());  // the plan period asks for none
  EXPECT_TRUE(r.metrics.empty());
}

TEST(AnalyzeTest, UnknownUnitAndPeriod) {
  model::Document doc =
      DocBuilder()
          .Add(extract::testing::HeaderTable(
              {Bold("LĐLĐ HUYỆN BẢO THẮNG"), extract::testing::Para("Số: 12/QĐ-LĐLĐ")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}))
          .Add(Bold("QUYẾT ĐỊNH"))
          .Build();
  model::Record r = Analyze(doc, {}, &testing::LaiChau());
  EXPECT_FALSE(r.issuer.unit);
  EXPECT_EQ(FindingsOf(r, model::codes::kUnknownUnit).size(), 1u);
  EXPECT_FALSE(r.period);
  EXPECT_EQ(FindingsOf(r, model::codes::kUnknownPeriod).size(), 1u);
}

TEST(AnalyzeTest, AmbiguousUnit) {
  campaign::Campaign c = testing::LaiChau();
  c.units.push_back({"tam-duong-2", "LĐLĐ huyện Tam Đường", {}});
  model::Record r = Analyze(Report(true, true), {}, &c);
  EXPECT_FALSE(r.issuer.unit);
  auto f = FindingsOf(r, model::codes::kAmbiguousUnit);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]->Attr("candidates"), "tam-duong, tam-duong-2");
}

TEST(AnalyzeTest, CitesPlanIgnoresLeadingZerosAndSpaces) {
  campaign::PlanRef plan{"141", "KH-LĐLĐ", std::nullopt};
  model::Record r;
  r.references.push_back({"KH", "0141", "KH - LĐLĐ", std::nullopt, ""});
  EXPECT_TRUE(CitesPlan(r, plan));
  r.references[0].symbol = "KH-LĐLĐTP";
  EXPECT_FALSE(CitesPlan(r, plan));
}

}  // namespace
}  // namespace tonghop::check
