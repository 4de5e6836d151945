#include "model/record_json.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tonghop::model {
namespace {

Record SampleRecord() {
  Record r;
  r.source = {"inbox/bc.docx", "abc", "docx", 10827, "2020-07-05T09:12:00+07:00"};
  r.issuer.parent = "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU";
  r.issuer.name = "LĐLĐ HUYỆN TAM ĐƯỜNG";
  r.issuer.unit = "tam-duong";
  r.number = "25";
  r.symbol = "BC-LĐLĐ";
  r.doc_type = DocType{"BC", "Báo cáo"};
  r.date = "2020-07-05";
  r.references.push_back({"KH", "141", "KH-LĐLĐ", "2020-01-14", "Kế hoạch số 141/KH-LĐLĐ"});
  Section s{"I", "ĐẶC ĐIỂM TÌNH HÌNH", 1, "tinh-hinh", {}};
  s.children.push_back(Section{"1", "Thuận lợi", 2, std::nullopt, {}});
  r.sections.push_back(s);
  r.metrics["gia-tri-lam-loi"] = MetricValue{1250.5, "text", "1.250,5 triệu đồng"};
  r.signer = Signer{"TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lò Văn Hải"};
  r.recipients = {"LĐLĐ tỉnh (B/c);", "Lưu: VT."};
  r.period = "dot-1";
  r.findings.push_back(MakeFinding(codes::kMissingSection,
                                   {{"section", "kien-nghi"}, {"title", "Đề xuất, kiến nghị"}}));
  return r;
}

TEST(RecordJsonTest, NullsForWhatWasNotFound) {
  std::ostringstream out;
  JsonWriter w(out, 0);
  WriteRecordJson(w, Record{}, Lang::kVi);
  EXPECT_NE(out.str().find("\"number\":null"), std::string::npos);
  EXPECT_NE(out.str().find("\"signer\":null"), std::string::npos);
  EXPECT_NE(out.str().find("\"sections\":[]"), std::string::npos);
}

TEST(RecordJsonTest, FindingMessageFollowsLanguage) {
  std::ostringstream vi, en;
  JsonWriter wv(vi, 0), we(en, 0);
  WriteRecordJson(wv, SampleRecord(), Lang::kVi);
  WriteRecordJson(we, SampleRecord(), Lang::kEn);
  EXPECT_NE(vi.str().find("\"message\":\"Thiếu mục bắt buộc: Đề xuất, kiến nghị\""),
            std::string::npos);
  EXPECT_NE(en.str().find("\"message\":\"Required section missing"), std::string::npos);
  EXPECT_NE(vi.str().find("\"section\":\"kien-nghi\""), std::string::npos);
}

TEST(RecordJsonTest, RoundTripsThroughParse) {
  std::ostringstream out;
  JsonWriter w(out, 0);
  WriteRecordJson(w, SampleRecord(), Lang::kVi);
  Result<Record> back = ParseRecordJson(out.str());
  ASSERT_TRUE(back.ok()) << back.error().Describe(Lang::kEn);
  std::ostringstream again;
  JsonWriter w2(again, 0);
  WriteRecordJson(w2, *back, Lang::kVi);
  EXPECT_EQ(out.str(), again.str());
}

TEST(RecordJsonTest, ParseRejectsGarbage) { EXPECT_FALSE(ParseRecordJson("{not json").ok()); }

}  // namespace
}  // namespace tonghop::model
