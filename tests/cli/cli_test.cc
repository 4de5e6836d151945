// The CLI contract (spec/cli.md), run in-process through RunMain.
#include <gtest/gtest.h>

#include <sstream>

#include "cli/commands.h"
#include "testing/cli_runner.h"

namespace tonghop::cli {
namespace {

using tonghop::testing::CliRun;
using tonghop::testing::Tonghop;

TEST(CliTest, VersionPrintsAndExitsZero) {
  CliRun r = Tonghop({"--version"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "tonghop " TONGHOP_VERSION "\n");
}

TEST(CliTest, UnknownCommandIsUsageErrorInVietnamese) {
  CliRun r = Tonghop({"frobnicate"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "tonghop: Lệnh không tồn tại: frobnicate (xem tonghop --help)\n");
}

TEST(CliTest, LangEnSwitchesMessages) {
  CliRun r = Tonghop({"--lang", "en", "frobnicate"});
  EXPECT_EQ(r.err, "tonghop: Unknown command: frobnicate (see tonghop --help)\n");
}

TEST(CliTest, UnknownFlagIsExitTwo) {
  CliRun r = Tonghop({"inspect", "--bogus", "x.docx"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "tonghop: Tùy chọn không hợp lệ: --bogus\n");
}

TEST(CliTest, EverySubcommandHasHelp) {
  for (const Command& c : AllCommands()) {
    CliRun r = Tonghop({std::string(c.name), "--help"});
    EXPECT_EQ(r.code, 0) << c.name;
    EXPECT_NE(r.out.find("tonghop " + std::string(c.name)), std::string::npos) << c.name;
  }
}

size_t Columns(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(CliTest, HelpTextIsWrappedToAnEightyColumnTerminal) {
  for (const Command& c : AllCommands()) {
    for (const char* lang : {"vi", "en"}) {
      CliRun r = Tonghop({"--lang", lang, std::string(c.name), "--help"});
      std::istringstream lines(r.out);
      std::string line;
      std::getline(lines, line);  // the usage line may be longer
      while (std::getline(lines, line)) {
        EXPECT_LE(Columns(line), 79u) << c.name << " (" << lang << "): " << line;
      }
    }
  }
}

TEST(CliTest, MissingFileIsExitThreeWithOneLine) {
  CliRun r = Tonghop({"--lang=en", "inspect", "--text", "/nonexistent/x.docx"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "tonghop: /nonexistent/x.docx: No such file\n");
}

// A campaign error holds one problem per line: every one is its own
// "tonghop: " line, whichever command loaded the campaign.
TEST(CliTest, EveryLineOfAMultiLineErrorIsPrefixed) {
  const std::string campaign = std::string(TONGHOP_TEST_DATA) + "/campaigns/schema-errors.xml";
  for (std::vector<std::string> args : {std::vector<std::string>{"inspect", "x.docx"},
                                        {"ingest", "x"},
                                        {"batch", "x.zip"},
                                        {"status"}}) {
    const std::string command = args[0];
    args.insert(args.end(), {"--campaign", campaign});
    CliRun r = Tonghop(args);
    EXPECT_EQ(r.code, 2) << command;
    std::istringstream lines(r.err);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
      ++count;
      EXPECT_EQ(line.rfind("tonghop: " + campaign + ":", 0), 0u) << command << ": " << line;
    }
    EXPECT_EQ(count, 4) << command << ":\n" << r.err;
  }
}

}  // namespace
}  // namespace tonghop::cli
