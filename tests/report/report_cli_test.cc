// `tonghop status` and `tonghop report`, run in-process through RunMain on
// the scenario store (report_fixture.h).
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "golden_util.h"
#include "report_fixture.h"
#include "testing/cli_runner.h"
#include "zip_test_util.h"

namespace tonghop::report {
namespace {

using tonghop::testing::CliRun;
using tonghop::testing::Tonghop;

Poco::JSON::Object::Ptr ParseJson(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string TotalsOf(const Poco::JSON::Object::Ptr& json) {
  std::ostringstream out;
  auto periods = json->getArray("periods");
  for (size_t i = 0; i < periods->size(); ++i) {
    auto p = periods->getObject(static_cast<unsigned>(i));
    out << p->getValue<std::string>("id") << "=";
    Poco::JSON::Stringifier::stringify(p->get("totals"), out);
    out << ";";
  }
  return out.str();
}

TEST(StatusCliTest, HumanTableInVietnameseMatchesItsGoldenFile) {
  testing::ScenarioStore s;
  CliRun r = Tonghop({"status", "--campaign", testing::CampaignPath(), "--data-dir", s.data_dir(),
                      "--as-of", "2020-12-14T08:00:00+07:00"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  testing::ExpectGolden("status-all.txt", r.out);
  // Units in Vietnamese collation: C < L, then Mường < Tam.
  size_t sin_ho = r.out.find("Công đoàn \"Sìn Hồ\"");
  size_t muong_te = r.out.find("Liên đoàn Lao động huyện Mường Tè");
  size_t tam_duong = r.out.find("Liên đoàn Lao động huyện Tam Đường");
  EXPECT_LT(sin_ho, muong_te);
  EXPECT_LT(muong_te, tam_duong);
  EXPECT_NE(r.out.find("Tổng: 3 đơn vị; đã nộp 2 (đúng hạn 1, muộn 1); chưa nộp 1"),
            std::string::npos);
  EXPECT_NE(r.out.find("Số đoàn viên 23.252"), std::string::npos);
  EXPECT_NE(r.out.find("Chưa đến hạn"), std::string::npos);  // dot-2 as of 14/12
}

TEST(StatusCliTest, EnglishTable) {
  testing::ScenarioStore s;
  CliRun r = Tonghop({"--lang", "en", "status", "--campaign", testing::CampaignPath(), "--period",
                      "dot-1", "--data-dir", s.data_dir()});
  EXPECT_EQ(r.code, 0) << r.err;
  for (const char* expected :
       {"Unit", "Received", "On time", "3 days late", "Missing",
        "Total: 3 units; submitted 2 (on time 1, late 1); missing 1", "23,252", "1,590.75"}) {
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(r.out.find("dot-2"), std::string::npos);
}

TEST(StatusCliTest, JsonFollowsTheContract) {
  testing::ScenarioStore s;
  CliRun r = Tonghop({"status", "--campaign", testing::CampaignPath(), "--period", "dot-1",
                      "--json", "--data-dir", s.data_dir()});
  ASSERT_EQ(r.code, 0) << r.err;
  auto json = ParseJson(r.out);
  EXPECT_EQ(json->getValue<std::string>("campaign"), "thi-dua-2020");
  auto period = json->getArray("periods")->getObject(0);
  EXPECT_EQ(period->getValue<std::string>("id"), "dot-1");
  EXPECT_EQ(period->getValue<std::string>("due"), "2020-07-10");
  auto totals = period->getObject("totals");
  EXPECT_EQ(totals->getValue<int>("submitted"), 2);
  EXPECT_EQ(totals->getValue<int>("on_time"), 1);
  EXPECT_EQ(totals->getValue<int>("late"), 1);
  EXPECT_EQ(totals->getValue<int>("missing"), 1);
  EXPECT_EQ(totals->getObject("metrics")->getValue<int>("doan-vien"), 23252);
  EXPECT_DOUBLE_EQ(totals->getObject("metrics")->getValue<double>("gia-tri-lam-loi"), 1590.75);
  auto units = period->getArray("units");
  ASSERT_EQ(units->size(), 3u);
  std::map<std::string, Poco::JSON::Object::Ptr> by_unit;
  for (size_t i = 0; i < units->size(); ++i) {
    auto u = units->getObject(static_cast<unsigned>(i));
    by_unit[u->getValue<std::string>("unit")] = u;
  }
  EXPECT_EQ(by_unit["tam-duong"]->getValue<std::string>("status"), "on-time");
  EXPECT_EQ(by_unit["sin-ho"]->getValue<std::string>("status"), "late");
  EXPECT_EQ(by_unit["sin-ho"]->getValue<int>("days_late"), 3);
  EXPECT_EQ(by_unit["sin-ho"]->getObject("document")->getValue<std::string>("number"), "21");
  EXPECT_EQ(by_unit["sin-ho"]->getArray("missing_sections")->getElement<std::string>(0),
            "kien-nghi");
  EXPECT_TRUE(by_unit["sin-ho"]->getObject("metrics")->isNull("sang-kien"));
  EXPECT_EQ(by_unit["muong-te"]->getValue<std::string>("status"), "missing");
  EXPECT_TRUE(by_unit["muong-te"]->isNull("document"));
  testing::ExpectGolden("status-dot-1.json", r.out);
}

TEST(StatusCliTest, BadCampaignIsExitTwoWithLineNumbers) {
  CliRun r = Tonghop(
      {"status", "--campaign", std::string(TONGHOP_TEST_DATA) + "/campaigns/schema-errors.xml"});
  EXPECT_EQ(r.code, 2);
  std::istringstream lines(r.err);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    EXPECT_EQ(line.rfind("tonghop: ", 0), 0u) << line;
    EXPECT_NE(line.find("schema-errors.xml:"), std::string::npos) << line;
  }
  EXPECT_GE(count, 2) << r.err;
}

TEST(StatusCliTest, UsageErrors) {
  testing::ScenarioStore s;
  CliRun r = Tonghop({"status"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "tonghop: Cần --campaign C.xml\n");
  r = Tonghop({"status", "--campaign", testing::CampaignPath(), "--period", "dot-9", "--data-dir",
               s.data_dir()});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "tonghop: Đợt thi đua không có kỳ báo cáo dot-9 (có: dot-1, dot-2, all)\n");
  r = Tonghop({"status", "--campaign", testing::CampaignPath(), "--sort", "size"});
  EXPECT_EQ(r.code, 2);
  r = Tonghop({"status", "--campaign", testing::CampaignPath(), "--as-of", "yesterday"});
  EXPECT_EQ(r.code, 2);
}

TEST(StatusCliTest, NoStoreYetMeansEveryUnitMissingAndCreatesNothing) {
  store::testing::TempDir dir;
  const std::string data_dir = dir.File("chua-co");
  CliRun r =
      Tonghop({"status", "--campaign", testing::CampaignPath(), "--json", "--data-dir", data_dir});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("chưa có văn bản nào"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(data_dir));
  auto totals = ParseJson(r.out)->getArray("periods")->getObject(0)->getObject("totals");
  EXPECT_EQ(totals->getValue<int>("missing"), 3);
  EXPECT_EQ(totals->getValue<int>("submitted"), 0);
}

TEST(ReportCliTest, EveryFormatIsWrittenAndJsonTotalsEqualStatusTotals) {
  testing::ScenarioStore s;
  store::testing::TempDir out;
  for (const std::string period : {"dot-1", "all"}) {
    CliRun status = Tonghop({"status", "--campaign", testing::CampaignPath(), "--period", period,
                             "--json", "--data-dir", s.data_dir()});
    ASSERT_EQ(status.code, 0) << status.err;
    for (const std::string format : {"docx", "xml", "json", "csv", "html"}) {
      const std::string file = out.File(period + "." + format);
      // The format comes from the extension.
      CliRun r = Tonghop({"report", "--campaign", testing::CampaignPath(), "--period", period, "-o",
                          file, "--data-dir", s.data_dir()});
      ASSERT_EQ(r.code, 0) << r.err;
      std::string bytes = testing::ReadFileOrEmpty(file);
      ASSERT_FALSE(bytes.empty()) << file;
      EXPECT_FALSE(std::filesystem::exists(file + ".tmp-" + std::to_string(::getpid())));
      if (format == "docx") {
        EXPECT_EQ(testing::ReadZip(bytes).count("word/document.xml"), 1u);
      }
      if (format == "json") {
        EXPECT_EQ(TotalsOf(ParseJson(bytes)), TotalsOf(ParseJson(status.out))) << period;
      }
    }
  }
  // --format wins over the extension; - writes to stdout.
  CliRun r = Tonghop({"report", "--campaign", testing::CampaignPath(), "--period", "dot-1",
                      "--format", "csv", "-o", "-", "--data-dir", s.data_dir()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, 3), "\xEF\xBB\xBF");
}

TEST(ReportCliTest, FlagsReachTheDocument) {
  testing::ScenarioStore s;
  store::testing::TempDir out;
  const std::string file = out.File("bao-cao.docx");
  CliRun r = Tonghop({"report",      "--campaign",  testing::CampaignPath(),
                      "--period",    "dot-1",       "-o",
                      file,          "--number",    "25",
                      "--date",      "2020-07-20",  "--signer",
                      "Lò Văn Hải",  "--recipient", "Ban Thường vụ (b/c);",
                      "--recipient", "Lưu: VT.",    "--sort",
                      "name",        "--data-dir",  s.data_dir()});
  ASSERT_EQ(r.code, 0) << r.err;
  auto entries = testing::ReadZip(testing::ReadFileOrEmpty(file));
  const std::string& xml = entries["word/document.xml"].data;
  EXPECT_NE(xml.find("Số: 25/BC-LĐLĐ"), std::string::npos);
  EXPECT_NE(xml.find("Lai Châu, ngày 20 tháng 7 năm 2020"), std::string::npos);
  EXPECT_NE(xml.find("Lò Văn Hải"), std::string::npos);
  EXPECT_NE(xml.find("- Ban Thường vụ (b/c);"), std::string::npos);
  EXPECT_LT(xml.find("Công đoàn \"Sìn Hồ\""), xml.find("huyện Tam Đường"));
}

TEST(ReportCliTest, ErrorsHaveTheirExitCodes) {
  testing::ScenarioStore s;
  CliRun r = Tonghop({"report", "--campaign", testing::CampaignPath(), "--data-dir", s.data_dir()});
  EXPECT_EQ(r.code, 2);  // no -o
  r = Tonghop({"report", "--campaign", testing::CampaignPath(), "-o", "x.pdf", "--format", "pdf"});
  EXPECT_EQ(r.code, 2);
  r = Tonghop({"report", "--campaign", testing::CampaignPath(), "-o", "x.docx", "--date", "20/7"});
  EXPECT_EQ(r.code, 2);
  r = Tonghop({"report", "--campaign", testing::CampaignPath(), "--period", "dot-9", "-o", "x.docx",
               "--data-dir", s.data_dir()});
  EXPECT_EQ(r.code, 2);
  r = Tonghop({"report", "--campaign", testing::CampaignPath(), "-o", "/nonexistent/dir/x.docx",
               "--data-dir", s.data_dir()});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err.rfind("tonghop: /nonexistent/dir/x.docx: ", 0), 0u) << r.err;
}

}  // namespace
}  // namespace tonghop::report
