// tonghop inspect --json [--campaign C.xml]: the record, checked against a
// campaign loaded by the campaign loader (bad file: exit 2, its lines).
#include <gtest/gtest.h>

#include "testing/cli_runner.h"

namespace tonghop::cli {
namespace {

using tonghop::testing::CliRun;
using tonghop::testing::Tonghop;

const std::string kSamples = std::string(TONGHOP_SOURCE_DIR) + "/samples";
const std::string kCampaign = kSamples + "/campaigns/lai-chau-2020.xml";
const std::string kReport = kSamples + "/docs/2020-07-10_cdn-y-te_bc-so-ket-dot-1.xml";

TEST(InspectCliTest, JsonRecordWithCampaign) {
  CliRun r = Tonghop({"inspect", "--json", "--campaign", kCampaign, kReport});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"unit\": \"cdn-y-te\""), std::string::npos);
  EXPECT_NE(r.out.find("\"period\": \"dot-1\""), std::string::npos);
  EXPECT_NE(r.out.find("\"symbol\": \"BC-CĐN\""), std::string::npos);
  EXPECT_NE(r.out.find("\"code\": \"missing-section\""), std::string::npos);
  EXPECT_NE(r.out.find("\"message\": \"Thiếu mục bắt buộc: kiến nghị\""), std::string::npos);
}

TEST(InspectCliTest, JsonRecordWithoutCampaign) {
  CliRun r = Tonghop({"inspect", "--json", kReport});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"number\": \"14\""), std::string::npos);
  EXPECT_NE(r.out.find("\"unit\": null"), std::string::npos);
  EXPECT_NE(r.out.find("\"metrics\": {}"), std::string::npos);
}

TEST(InspectCliTest, SeveralFilesOneRecordPerLine) {
  CliRun r = Tonghop({"inspect", "--campaign", kCampaign, kReport,
                   kSamples + "/docs/2020-02-06_tam-duong_ke-hoach-thi-dua.docx"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  EXPECT_NE(r.out.find("\"period\":\"ke-hoach\""), std::string::npos);
}

TEST(InspectCliTest, BadCampaignIsExitTwoWithLineNumbers) {
  CliRun r = Tonghop({"inspect", "--json", "--campaign", std::string(TONGHOP_TEST_DATA) + "/campaigns/schema-errors.xml",
                   kReport});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("schema-errors.xml:"), std::string::npos) << r.err;
  CliRun missing = Tonghop({"inspect", "--json", "--campaign", "/nonexistent/c.xml", kReport});
  EXPECT_EQ(missing.code, 2);
}

TEST(InspectCliTest, TextModeUnchanged) {
  CliRun r = Tonghop({"inspect", "--text", kReport});
  ASSERT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("LĐLĐ TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", 0), 0u) << r.out.substr(0, 200);
}

}  // namespace
}  // namespace tonghop::cli
