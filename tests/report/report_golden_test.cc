// Golden-file tests of every report format on the three-unit case
// (report_fixture.h), each rendered twice from separate reads of the store
// to prove the bytes do not change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "golden_util.h"
#include "report/render.h"
#include "report_fixture.h"
#include "zip_test_util.h"

namespace tonghop::report {
namespace {

using testing::Build;
using testing::ExpectGolden;
using testing::ScenarioStore;

// Goldens must not change with the version number.
ReportOptions Pinned(ReportOptions options) {
  options.generator = "tonghop";
  return options;
}

std::string RenderToString(Format format, const Consolidated& c, const ReportOptions& options) {
  std::string out;
  StringSink sink(out);
  Status st = Render(format, c, Pinned(options), sink);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().Describe(Lang::kEn));
  return out;
}

// Renders from two separate consolidations of the store, checks the bytes
// are identical, and returns them.
std::string RenderTwice(ScenarioStore& s, Format format, const std::string& period,
                        const ReportOptions& options = {}) {
  std::string first = RenderToString(format, Build(s.store(), period), options);
  std::string second = RenderToString(format, Build(s.store(), period), options);
  EXPECT_EQ(first.size(), second.size()) << FormatName(format);
  EXPECT_TRUE(first == second) << FormatName(format) << " output differs between two runs";
  EXPECT_FALSE(first.empty());
  return first;
}

class ReportGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ReportGoldenTest, EveryFormatMatchesItsGoldenFileAndIsReproducible) {
  ScenarioStore s;
  const std::string period = GetParam();
  ExpectGolden(period + ".json", RenderTwice(s, Format::kJson, period));
  ExpectGolden(period + ".xml", RenderTwice(s, Format::kXml, period));
  ExpectGolden(period + ".csv", RenderTwice(s, Format::kCsv, period));
  ExpectGolden(period + ".html", RenderTwice(s, Format::kHtml, period));
  // DOCX: the whole package is reproducible; its main part is the golden
  // file (compressed bytes would tie the test to one zlib build).
  std::string docx = RenderTwice(s, Format::kDocx, period);
  if (const char* dump = std::getenv("TONGHOP_REPORT_DUMP")) {  // to look at the files by eye
    std::ofstream(std::string(dump) + "/" + period + ".docx", std::ios::binary) << docx;
    std::ofstream(std::string(dump) + "/" + period + ".html", std::ios::binary)
        << RenderToString(Format::kHtml, Build(s.store(), period), {});
  }
  auto entries = testing::ReadZip(docx);
  ASSERT_TRUE(entries.count("word/document.xml"));
  ExpectGolden(period + ".document.xml", entries["word/document.xml"].data);
}

INSTANTIATE_TEST_SUITE_P(Periods, ReportGoldenTest, ::testing::Values("dot-1", "all"),
                         [](const auto& p) { return p.param == "all" ? "All" : "Dot1"; });

TEST(ReportGoldenTest, OptionsFillTheNumberDateSignerAndRecipients) {
  ScenarioStore s;
  ReportOptions options;
  options.number = "5";
  options.date = campaign::Date{2020, 7, 20};
  options.signer_name = "Lò Văn Hải";
  options.recipients = {"Thường trực LĐLĐ tỉnh (b/c);", "Lưu: VT, TC."};
  std::string docx = RenderTwice(s, Format::kDocx, "dot-1", options);
  auto entries = testing::ReadZip(docx);
  const std::string& xml = entries["word/document.xml"].data;
  EXPECT_NE(xml.find("Số: 05/BC-LĐLĐ"), std::string::npos);
  EXPECT_NE(xml.find("Lai Châu, ngày 20 tháng 7 năm 2020"), std::string::npos);
  EXPECT_NE(xml.find("Lò Văn Hải"), std::string::npos);
  EXPECT_NE(xml.find("- Thường trực LĐLĐ tỉnh (b/c);"), std::string::npos);
  EXPECT_EQ(xml.find("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM (b/c)"), std::string::npos);
  EXPECT_NE(entries["docProps/core.xml"].data.find("2020-07-20T00:00:00Z"), std::string::npos);

  std::string json = RenderTwice(s, Format::kJson, "dot-1", options);
  EXPECT_NE(json.find("\"number\": \"5\""), std::string::npos);
  EXPECT_NE(json.find("\"date\": \"2020-07-20\""), std::string::npos);
}

}  // namespace
}  // namespace tonghop::report
