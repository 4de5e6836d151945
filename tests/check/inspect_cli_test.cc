// tonghop inspect --json [--campaign C.xml]: the record, checked against a
// campaign loaded by the campaign loader (bad file: exit 2, its lines);
// --text with several files; the exit code when files cannot be read.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "testing/cli_runner.h"
#include "testing/temp_dir.h"

namespace tonghop::cli {
namespace {

using tonghop::testing::CliRun;
using tonghop::testing::TempDir;
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
  CliRun r = Tonghop({"inspect", "--json", "--campaign",
                      std::string(TONGHOP_TEST_DATA) + "/campaigns/schema-errors.xml", kReport});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("schema-errors.xml:"), std::string::npos) << r.err;
  CliRun missing = Tonghop({"inspect", "--json", "--campaign", "/nonexistent/c.xml", kReport});
  EXPECT_EQ(missing.code, 2);
}

TEST(InspectCliTest, TextModeUnchanged) {
  CliRun r = Tonghop({"inspect", "--text", kReport});
  ASSERT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("LĐLĐ TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", 0), 0u)
      << r.out.substr(0, 200);
}

const std::string kPlan = kSamples + "/docs/2020-02-06_tam-duong_ke-hoach-thi-dua.docx";

// Several files with --text: each document's text under a line
// `==> FILE <==`, as tail prints them; a single file has none.
TEST(InspectCliTest, SeveralFilesWithTextEachUnderItsName) {
  CliRun report = Tonghop({"inspect", "--text", kReport});
  CliRun plan = Tonghop({"inspect", "--text", kPlan});
  ASSERT_EQ(report.code, 0) << report.err;
  ASSERT_EQ(plan.code, 0) << plan.err;
  EXPECT_EQ(report.out.find("==> "), std::string::npos);
  EXPECT_EQ(plan.out.find("==> "), std::string::npos);

  CliRun both = Tonghop({"inspect", "--text", kReport, kPlan});
  EXPECT_EQ(both.code, 0) << both.err;
  EXPECT_EQ(both.out,
            "==> " + kReport + " <==\n" + report.out + "==> " + kPlan + " <==\n" + plan.out);
  EXPECT_EQ(both.err, "");
}

// A file that cannot be read has no header: its error goes to stderr, the
// others are still printed under theirs.
TEST(InspectCliTest, SeveralFilesWithTextOneUnreadable) {
  CliRun r = Tonghop({"--lang", "en", "inspect", "--text", "/nonexistent/x.docx", kReport});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "tonghop: /nonexistent/x.docx: No such file\n");
  EXPECT_EQ(r.out.rfind("==> " + kReport + " <==\nLĐLĐ TỈNH LAI CHÂU | ", 0), 0u)
      << r.out.substr(0, 200);
  EXPECT_EQ(r.out.find("==> ", 1), std::string::npos);  // one header, the readable file's
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The exit code follows the kind of each failure (ExitCodeFor; spec/cli.md:
// 3 for an input that cannot be read), the highest over the files; the
// files that could be read are printed all the same.
TEST(InspectCliTest, ExitCodeFollowsTheKindOfEachFailure) {
  TempDir dir;
  const std::string pdf = dir.File("scan.pdf");
  const std::string broken = dir.File("broken.docx");
  const std::string folder = dir.File("a folder");
  WriteBytes(pdf, "%PDF-1.4\n");
  WriteBytes(broken, std::string("PK\x03\x04 cut", 8));
  std::filesystem::create_directory(folder);
  struct Case {
    std::string path;
    ErrorCode kind;
    std::string error;
  };
  for (const Case& c :
       {Case{pdf, ErrorCode::kUnsupportedFormat, pdf + ": A PDF file, not a Word document"},
        Case{broken, ErrorCode::kCorrupt, broken + ": The ZIP container is broken or incomplete"},
        Case{folder, ErrorCode::kIo, folder + ": This is a folder, not a file"},
        Case{"/nonexistent/x.docx", ErrorCode::kIo, "/nonexistent/x.docx: No such file"}}) {
    CliRun r = Tonghop({"--lang", "en", "inspect", c.path});
    EXPECT_EQ(r.code, ExitCodeFor(c.kind)) << c.path;
    EXPECT_EQ(r.code, 3) << c.path;
    EXPECT_EQ(r.err.rfind("tonghop: " + c.error, 0), 0u) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.out, "") << c.path;
  }
  CliRun mixed = Tonghop({"inspect", "--json", pdf, kReport, folder});
  EXPECT_EQ(mixed.code, 3);
  EXPECT_EQ(std::count(mixed.err.begin(), mixed.err.end(), '\n'), 2) << mixed.err;
  EXPECT_EQ(std::count(mixed.out.begin(), mixed.out.end(), '\n'), 1) << mixed.out;
  EXPECT_NE(mixed.out.find("\"number\":\"14\""), std::string::npos) << mixed.out;
}

}  // namespace
}  // namespace tonghop::cli
