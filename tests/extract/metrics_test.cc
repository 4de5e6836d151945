// Campaign figures from tables and sentences.
#include "extract/metrics.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"

namespace tonghop::extract {
namespace {

using namespace testing;  // the document builders of doc_builder.h

std::vector<campaign::MetricSpec> Specs() {
  using K = campaign::MetricKind;
  return {
      {"cdcs", K::kInt, {"số công đoàn cơ sở", "công đoàn cơ sở"}},
      {"doan-vien", K::kInt, {"số đoàn viên", "đoàn viên"}},
      {"sang-kien", K::kInt, {"sáng kiến"}},
      {"gia-tri-lam-loi", K::kDecimal, {"giá trị làm lợi"}},
      {"cong-trinh", K::kInt, {"công trình, sản phẩm", "công trình"}},
      {"tap-the-khen", K::kInt, {"tập thể được khen thưởng", "tập thể"}},
      {"ca-nhan-khen", K::kInt, {"cá nhân được khen thưởng", "cá nhân"}},
  };
}

std::map<std::string, model::MetricValue> MetricsOf(const model::Document& doc,
                                                    const std::vector<std::string>& keywords = {}) {
  BodyLines lines = FlattenBody(doc);
  const std::vector<campaign::MetricSpec> specs = Specs();
  return ExtractMetrics(lines, 0, lines.lines.size(), specs, MakeMetricKeys(specs, keywords));
}

TEST(MetricsTest, TableWithUnitColumn) {
  model::Document doc = DocBuilder()
                            .Add(TextTable({{"TT", "Nội dung", "Đơn vị tính", "Kết quả"},
                                            {"1", "Số công đoàn cơ sở", "CĐCS", "142"},
                                            {"2", "Số đoàn viên", "người", "3.980"},
                                            {"3", "Giá trị làm lợi", "triệu đồng", "1.250,5"},
                                            {"4", "Số cá nhân được khen thưởng", "cá nhân", "64"}}))
                            .Build();
  auto m = MetricsOf(doc);
  EXPECT_EQ(m["cdcs"].value, 142);
  EXPECT_EQ(m["cdcs"].source, "table");
  EXPECT_EQ(m["doan-vien"].value, 3980);
  EXPECT_EQ(m["gia-tri-lam-loi"].value, 1250.5);
  EXPECT_EQ(m["gia-tri-lam-loi"].text, "1.250,5");
  EXPECT_EQ(m["ca-nhan-khen"].value, 64);
  EXPECT_EQ(m.count("tap-the-khen"), 0u);
}

TEST(MetricsTest, UnitInTheRowLabelAndHeaderRows) {
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({TextCell("TT", 1, 2), TextCell("Chỉ tiêu", 1, 2), TextCell("Kết quả", 2)});
  rows.push_back({TextCell("Đợt 1"), TextCell("Cả năm")});
  rows.push_back({TextCell("1"), TextCell("Giá trị làm lợi (triệu đồng)"), TextCell("340,6"),
                  TextCell("1.391,7")});
  rows.push_back(
      {TextCell("2"), TextCell("Sáng kiến, cải tiến kỹ thuật"), TextCell("12"), TextCell("41")});
  model::Table t = TableOf(std::move(rows));
  t.rows[0].header = true;
  model::Document doc = DocBuilder().Add(std::move(t)).Build();
  auto m = MetricsOf(doc);
  EXPECT_EQ(m["gia-tri-lam-loi"].value, 1391.7);  // the last value column
  EXPECT_EQ(m["sang-kien"].value, 41);
  auto first = MetricsOf(doc, {"đợt 1", "sơ kết"});  // the column the period names
  EXPECT_EQ(first["gia-tri-lam-loi"].value, 340.6);
  EXPECT_EQ(first["sang-kien"].value, 12);
}

TEST(MetricsTest, MergedLabelCells) {
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({TextCell("Nội dung", 2), TextCell("Số lượng")});
  rows.push_back({TextCell("Khen thưởng", 1, 2), TextCell("Tập thể"), TextCell("18")});
  rows.push_back({TextCell("Cá nhân"), TextCell("64")});
  auto m = MetricsOf(DocBuilder().Add(TableOf(std::move(rows))).Build());
  EXPECT_EQ(m["tap-the-khen"].value, 18);
  EXPECT_EQ(m["ca-nhan-khen"].value, 64);
}

TEST(MetricsTest, MetricsAsColumnHeadings) {
  auto m = MetricsOf(
      DocBuilder()
          .Add(TextTable({{"Số CĐCS", "Số đoàn viên", "Sáng kiến"}, {"45", "2.350", "12"}}))
          .Build());
  EXPECT_EQ(m["cdcs"].value, 45);
  EXPECT_EQ(m["doan-vien"].value, 2350);
  EXPECT_EQ(m["sang-kien"].value, 12);
}

TEST(MetricsTest, Sentences) {
  model::Document doc =
      DocBuilder()
          .Text("Toàn huyện có 45 CĐCS với 2.350 đoàn viên.")
          .Text(
              "Trong kỳ có 32 sáng kiến, cải tiến kỹ thuật được công nhận, giá trị làm lợi ước "
              "tính 1.211,4 "
              "triệu đồng; 13 công trình, sản phẩm chào mừng được gắn biển.")
          .Text("Ban Thường vụ đã khen thưởng 5 tập thể và 12 cá nhân có thành tích xuất sắc.")
          .Build();
  auto m = MetricsOf(doc);
  EXPECT_EQ(m["cdcs"].value, 45);
  EXPECT_EQ(m["cdcs"].source, "text");
  EXPECT_EQ(m["cdcs"].text, "45");
  EXPECT_EQ(m["doan-vien"].value, 2350);
  EXPECT_EQ(m["doan-vien"].text, "2.350 đoàn viên");
  EXPECT_EQ(m["sang-kien"].value, 32);
  EXPECT_EQ(m["gia-tri-lam-loi"].value, 1211.4);
  EXPECT_EQ(m["gia-tri-lam-loi"].text, "1.211,4 triệu đồng");
  EXPECT_EQ(m["cong-trinh"].value, 13);
  EXPECT_EQ(m["tap-the-khen"].value, 5);
  EXPECT_EQ(m["ca-nhan-khen"].value, 12);
}

TEST(MetricsTest, LabelTailBeforeTheNumber) {
  auto m = MetricsOf(DocBuilder().Text("Các sáng kiến đã làm lợi 1.250,5 triệu đồng.").Build());
  EXPECT_EQ(m["gia-tri-lam-loi"].value, 1250.5);
}

TEST(MetricsTest, TargetsPartsAndPercentagesAreNotFigures) {
  model::Document doc =
      DocBuilder()
          .Text("Năm 2020 thành lập mới 01 công đoàn cơ sở khối doanh nghiệp.")
          .Text("100% công đoàn cơ sở xây dựng kế hoạch; mỗi đơn vị có ít nhất 01 sáng kiến.")
          .Text("Kết nạp 120 đoàn viên mới.")
          .Text("LĐLĐ huyện quản lý 58 công đoàn cơ sở với 1.876 đoàn viên.")
          .Build();
  auto m = MetricsOf(doc);
  EXPECT_EQ(m["cdcs"].value, 58);
  EXPECT_EQ(m["doan-vien"].value, 1876);
  EXPECT_EQ(m.count("sang-kien"), 0u);
}

TEST(MetricsTest, TableWinsOverText) {
  model::Document doc =
      DocBuilder()
          .Text("Toàn huyện có 40 công đoàn cơ sở.")
          .Add(TextTable({{"TT", "Nội dung", "Số lượng"}, {"1", "Tổng số công đoàn cơ sở", "65"}}))
          .Build();
  EXPECT_EQ(MetricsOf(doc)["cdcs"].value, 65);
}

TEST(MetricsTest, IntegerMetricsTakeWholeNumbersOnly) {
  auto m = MetricsOf(DocBuilder().Text("Có 12,5 sáng kiến và 7 sáng kiến cấp tỉnh.").Build());
  EXPECT_EQ(m["sang-kien"].value, 7);
}

}  // namespace
}  // namespace tonghop::extract
