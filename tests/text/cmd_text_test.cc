// tonghop text normalize / fold, run in-process through RunMain.
#include <gtest/gtest.h>

#include "testing/cli_runner.h"

namespace tonghop::cli {
namespace {

using tonghop::testing::CliRun;
using tonghop::testing::Tonghop;

TEST(CmdTextTest, NormalizeFromTcvn3) {
  CliRun r = Tonghop({"text", "normalize", "--from", "tcvn3"}, "B\xC2\xB8o c\xC2\xB8o\n");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "Báo cáo\n");
  EXPECT_EQ(r.err, "");
}

TEST(CmdTextTest, NormalizeFromVniAndViqr) {
  EXPECT_EQ(Tonghop({"text", "normalize", "--from=vni"}, "Baùo caùo\n").out, "Báo cáo\n");
  EXPECT_EQ(Tonghop({"text", "normalize", "--from", "viqr"}, "Vie^.t Nam\n").out, "Việt Nam\n");
}

TEST(CmdTextTest, NormalizeAutoDetectsPerLine) {
  CliRun r = Tonghop({"text", "normalize"},
                     "Céng hßa x· héi chñ nghÜa ViÖt Nam\r\n"
                     "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n"
                     "Il a été là où il était\n"
                     "Giá 5 × 3 · 2 = 30\n"
                     "Vie\u0323\u0302t\u00A0Nam\n"
                     "\n"
                     "no newline at end");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "Cộng hòa xã hội chủ nghĩa Việt Nam\n"
            "Cộng hòa xã hội chủ nghĩa Việt Nam\n"
            "Il a été là où il était\n"
            "Giá 5 × 3 · 2 = 30\n"
            "Việt Nam\n"
            "\n"
            "no newline at end");
}

TEST(CmdTextTest, NormalizeUnicodeDoesNotDecode) {
  EXPECT_EQ(Tonghop({"text", "normalize", "--from", "unicode"}, "B\xC2\xB8o c\xC2\xB8o\n").out,
            "B\xC2\xB8o c\xC2\xB8o\n");
}

TEST(CmdTextTest, Fold) {
  CliRun r =
      Tonghop({"text", "fold"}, "  Khánh Hòa – “Thủy lợi”\u00A0\nKhánh Hoà - \"thuỷ lợi\"\n");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "khánh hoà - \"thuỷ lợi\"\nkhánh hoà - \"thuỷ lợi\"\n");
  EXPECT_EQ(Tonghop({"text", "fold", "--no-marks"}, "Đường Hồ Chí Minh\n").out,
            "duong ho chi minh\n");
}

TEST(CmdTextTest, UsageErrors) {
  CliRun r = Tonghop({"text", "normalize", "--from", "latin1"}, "");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "tonghop: --from không hợp lệ: latin1 (auto, unicode, tcvn3, vni hoặc viqr)\n");
  r = Tonghop({"--lang", "en", "text", "shout"}, "");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "tonghop: Unknown subcommand: text shout (normalize or fold)\n");
  r = Tonghop({"text", "fold", "--bogus"}, "");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(Tonghop({"text"}, "").code, 2);
}

TEST(CmdTextTest, Help) {
  CliRun r = Tonghop({"text", "--help"}, "");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("tonghop text normalize"), std::string::npos);
  r = Tonghop({"--lang", "en", "text", "normalize", "--help"}, "");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--from ENC"), std::string::npos);
  r = Tonghop({"text", "fold", "--help"}, "");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--no-marks"), std::string::npos);
}

}  // namespace
}  // namespace tonghop::cli
