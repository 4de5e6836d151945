// The whole record of a document: every field together, missing-field and
// symbol-type-mismatch findings, and the layout handed to the checks.
#include "extract/extract.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"

namespace tonghop::extract {
namespace {

using namespace testing;  // the document builders of doc_builder.h

std::vector<std::string> MissingFields(const model::Record& r) {
  std::vector<std::string> out;
  for (const model::Finding& f : r.findings) {
    if (f.code == model::codes::kMissingField) out.emplace_back(f.Attr("field"));
  }
  return out;
}

bool HasFinding(const model::Record& r, std::string_view code) {
  for (const model::Finding& f : r.findings) {
    if (f.code == code) return true;
  }
  return false;
}

model::Document FullReport() {
  DocBuilder b;
  testing::StandardReportHeader(b);
  b.Text("Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu")
      .Text("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh;")
      .Add(Bold("I. ĐẶC ĐIỂM TÌNH HÌNH"))
      .Text("Nội dung ngày 30/6/2020.")
      .Add(Bold("II. KẾT QUẢ THỰC HIỆN"))
      .Text("Toàn huyện có 45 CĐCS với 2.350 đoàn viên.");
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({CellOf({Para("Nơi nhận:", testing::Opts().Bold().Italic()), Para("- Như trên;"),
                          Para("- Lưu: VT.")}),
                  CellOf({Bold("TM. BAN THƯỜNG VỤ"), Bold("CHỦ TỊCH"), Bold("Lò Văn Hải")})});
  b.Add(TableOf(std::move(rows), false));
  return b.Build();
}

TEST(ExtractTest, FullReport) {
  DocumentLayout layout;
  model::Record r = ExtractRecord(FullReport(), &layout);
  EXPECT_EQ(r.issuer.parent, "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  EXPECT_EQ(r.issuer.name, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG");
  EXPECT_FALSE(r.issuer.unit);
  EXPECT_EQ(r.number, "25");
  EXPECT_EQ(r.symbol, "BC-LĐLĐ");
  ASSERT_TRUE(r.doc_type);
  EXPECT_EQ(r.doc_type->code, "BC");
  EXPECT_EQ(r.doc_type->name, "Báo cáo");
  EXPECT_EQ(r.place, "Tam Đường");
  EXPECT_EQ(r.date, "2020-07-05");
  EXPECT_EQ(r.title, "BÁO CÁO");
  EXPECT_EQ(r.subject, "Sơ kết phong trào thi đua đợt 1 năm 2020");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].number, "141");
  ASSERT_EQ(r.sections.size(), 2u);
  EXPECT_EQ(r.sections[1].label, "II");
  ASSERT_TRUE(r.signer);
  EXPECT_EQ(r.signer->name, "Lò Văn Hải");
  EXPECT_EQ(r.recipients,
            (std::vector<std::string>{"Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu", "Như trên;",
                                      "Lưu: VT."}));
  EXPECT_TRUE(r.metrics.empty());  // figures need a campaign
  EXPECT_TRUE(r.findings.empty()) << r.findings.front().code;
  // The content runs from after the subject to the signer table.
  EXPECT_EQ(layout.content_begin, 8u);
  EXPECT_EQ(layout.lines.lines[layout.content_end].table, 1);
}

TEST(ExtractTest, MissingFieldsAreNullWithFindings) {
  model::Document doc = DocBuilder().Text("Một đoạn văn không có thể thức.").Build();
  model::Record r = ExtractRecord(doc);
  EXPECT_FALSE(r.issuer.name);
  EXPECT_FALSE(r.number);
  EXPECT_FALSE(r.date);
  EXPECT_FALSE(r.signer);
  EXPECT_EQ(MissingFields(r),
            (std::vector<std::string>{"issuer", "number", "symbol", "doc_type", "place", "date",
                                      "title", "subject", "sections", "signer", "recipients"}));
  for (const model::Finding& f : r.findings) EXPECT_EQ(f.severity, model::Severity::kWarning);
}

TEST(ExtractTest, BlankNumberIsNullWithTheSymbolKept) {
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable({Bold("CĐCS CÔNG TY CP MAY"), Para("Số:    /TTr-CĐCS")},
                           {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                            Italic("Tây Ninh, ngày 3 tháng 4 năm 2026")}))
          .Add(Bold("TỜ TRÌNH"))
          .Build();
  model::Record r = ExtractRecord(doc);
  EXPECT_FALSE(r.number);
  EXPECT_EQ(r.symbol, "TTr-CĐCS");
  std::vector<std::string> missing = MissingFields(r);
  EXPECT_NE(std::find(missing.begin(), missing.end(), "number"), missing.end());
  EXPECT_EQ(std::find(missing.begin(), missing.end(), "symbol"), missing.end());
  EXPECT_FALSE(HasFinding(r, model::codes::kSymbolTypeMismatch));
}

TEST(ExtractTest, SymbolTypeMismatch) {
  model::Document doc = DocBuilder()
                            .Add(HeaderTable({Bold("LĐLĐ HUYỆN TAM ĐƯỜNG"), Para("Số: 25/KH-LĐLĐ")},
                                             {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                              Italic("Tam Đường, ngày 05 tháng 7 năm 2020")}))
                            .Add(Bold("BÁO CÁO"))
                            .Build();
  model::Record r = ExtractRecord(doc);
  ASSERT_TRUE(HasFinding(r, model::codes::kSymbolTypeMismatch));
  for (const model::Finding& f : r.findings) {
    if (f.code != model::codes::kSymbolTypeMismatch) continue;
    EXPECT_EQ(f.Attr("symbol"), "KH-LĐLĐ");
    EXPECT_EQ(f.Attr("doc_type"), "BC");
  }
  EXPECT_EQ(r.doc_type->code, "BC");  // the type line decides
}

TEST(ExtractTest, CongVanSymbolWithoutTypeIsNoMismatch) {
  model::Document doc = DocBuilder()
                            .Add(HeaderTable({Bold("LĐLĐ QUẬN HAI BÀ TRƯNG"), Para("Số: 243/LĐLĐ"),
                                              Para("V/v tổ chức Tết Sum vầy")},
                                             {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                              Italic("Hà Nội, ngày 05 tháng 01 năm 2021")}))
                            .Text("Kính gửi: Các công đoàn cơ sở trực thuộc")
                            .Build();
  model::Record r = ExtractRecord(doc);
  EXPECT_EQ(r.doc_type->code, "CV");
  EXPECT_EQ(r.subject, "tổ chức Tết Sum vầy");
  EXPECT_FALSE(HasFinding(r, model::codes::kSymbolTypeMismatch));
  std::vector<std::string> missing = MissingFields(r);
  EXPECT_EQ(std::find(missing.begin(), missing.end(), "title"),
            missing.end());  // a công văn has no type line
}

}  // namespace
}  // namespace tonghop::extract
