// End to end: the built `tonghop inspect --json` on hostile files mixed with a
// good one. Each hostile file is refused with exit 3 and exactly one line
// `tonghop: FILE: reason`, the good file is still printed, and each refusal
// takes well under 5 s and 256 MB (measured on the child with wait4).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "read/zip_builder.h"

#if defined(__SANITIZE_ADDRESS__)
#define TONGHOP_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TONGHOP_UNDER_SANITIZER 1
#endif
#endif

namespace tonghop {
namespace {

namespace fs = std::filesystem;
using testing::MinimalDocx;
using testing::ZipBuilder;

struct ChildRun {
  int exit_code = -1;
  std::string out;
  std::string err;
  double seconds = 0;
  long max_rss_kib = 0;
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Runs the tonghop binary with `args`, capturing output and resource usage.
ChildRun RunTonghop(const std::vector<std::string>& args, const fs::path& scratch) {
  fs::path out_path = scratch / "stdout.txt";
  fs::path err_path = scratch / "stderr.txt";
  std::vector<std::string> argv_storage = {TONGHOP_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(out, 1);
    dup2(err, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  ChildRun run;
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.max_rss_kib = usage.ru_maxrss;
  run.out = Slurp(out_path);
  run.err = Slurp(err_path);
  return run;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class HostileInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/tonghop-hostile-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  fs::path dir_;
};

struct Hostile {
  std::string name;
  std::string bytes;
  std::string reason_fragment;  // in the English message
};

std::vector<Hostile> HostileFiles() {
  std::vector<Hostile> files;
  {  // Ratio bomb in a part read while sniffing: 48 MiB of blanks in ~50 KB.
    ZipBuilder zip = MinimalDocx();
    zip.entries()[0].data.insert(zip.entries()[0].data.find("</Types>"),
                                 std::string(48 << 20, ' '));
    files.push_back({"bomb.docx", zip.Build(), "zip bomb"});
  }
  {  // Entry count.
    ZipBuilder zip = MinimalDocx();
    for (int i = 0; i < 10001; ++i) zip.Add("word/media/i" + std::to_string(i) + ".png", "", 0);
    files.push_back({"many-entries.docx", zip.Build(), "entries, over the limit of 10000"});
  }
  {  // Duplicate part names.
    ZipBuilder zip = MinimalDocx();
    zip.Add("word/document.xml", "<w:document/>");
    files.push_back({"duplicate.docx", zip.Build(), "two parts with the same name"});
  }
  {  // Two central directory entries over one local header (overlap).
    ZipBuilder zip = MinimalDocx();
    std::string data = zip.entries()[2].data;
    ZipBuilder::Entry& twin = zip.Add("word/document.xml", data);
    twin.central_only = true;
    twin.same_offset_as = 2;
    files.push_back({"overlap.docx", zip.Build(), "overlap"});
  }
  {  // Encrypted entries (ZipCrypto flag) in the package relationships.
    ZipBuilder zip = MinimalDocx();
    zip.entries()[1].flags = 0x0001;
    files.push_back({"encrypted.docx", zip.Build(), "password-protected"});
  }
  {  // 200 000-deep report XML.
    std::string xml = "<report xmlns=\"urn:tonghop:report:1\"><body>";
    xml.reserve(200000 * 22);
    for (int i = 0; i < 200000; ++i) xml += "<section>";
    for (int i = 0; i < 200000; ++i) xml += "</section>";
    files.push_back({"deep.xml", xml + "</body></report>", "nests deeper than 256 levels"});
  }
  {  // Flat OPC with an external entity.
    files.push_back(
        {"xxe.xml",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE pkg:package [<!ENTITY xxe SYSTEM "
         "\"file:///etc/passwd\">]>\n<pkg:package "
         "xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">&xxe;</pkg:package>",
         "DOCTYPE"});
  }
  {  // Truncated in transit.
    std::string docx = MinimalDocx().Build();
    files.push_back({"truncated.docx", docx.substr(0, docx.size() / 2), "broken or incomplete"});
  }
  {  // Random bytes.
    std::string garbage;
    std::uint32_t x = 2463534242u;
    for (int i = 0; i < 100000; ++i) {
      x ^= x << 13;
      x ^= x >> 17;
      x ^= x << 5;
      garbage += static_cast<char>(x & 0xFF);
    }
    files.push_back({"garbage.docx", garbage, "Unrecognised file type"});
  }
  return files;
}

TEST_F(HostileInputsTest, EachRefusedWithOneLineAndTheGoodFileStillPrinted) {
  fs::path good =
      fs::path(TONGHOP_SOURCE_DIR) / "samples/report-xml/phong-tho-bc-so-ket-dot-1-2020.xml";
  ASSERT_TRUE(fs::exists(good));
  std::vector<Hostile> hostile = HostileFiles();
  std::vector<std::string> args = {"--lang", "en", "inspect", "--json"};
  std::vector<fs::path> paths;
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    paths.push_back(Write(hostile[i].name, hostile[i].bytes));
    args.push_back(paths.back().string());
    if (i == 3) args.push_back(good.string());  // the good one in the middle
  }
  ChildRun all = RunTonghop(args, dir_);
  EXPECT_EQ(all.exit_code, 3);
  std::vector<std::string> errors = Lines(all.err);
  ASSERT_EQ(errors.size(), hostile.size()) << all.err;
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    std::string prefix = "tonghop: " + paths[i].string() + ": ";
    EXPECT_EQ(errors[i].rfind(prefix, 0), 0u) << errors[i];
    EXPECT_NE(errors[i].find(hostile[i].reason_fragment), std::string::npos)
        << hostile[i].name << ": " << errors[i];
  }
  std::vector<std::string> records = Lines(all.out);
  ASSERT_EQ(records.size(), 1u) << all.out;
  EXPECT_NE(records[0].find("\"format\":\"report-xml\""), std::string::npos) << records[0];
  EXPECT_NE(records[0].find(good.string()), std::string::npos);

  // Each refusal on its own: exit 3, one line, fast, small.
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    ChildRun one = RunTonghop({"inspect", "--json", paths[i].string()}, dir_);
    EXPECT_EQ(one.exit_code, 3) << hostile[i].name;
    EXPECT_EQ(Lines(one.err).size(), 1u) << hostile[i].name << ": " << one.err;
    EXPECT_TRUE(one.out.empty()) << hostile[i].name;
    EXPECT_LT(one.seconds, 5.0) << hostile[i].name;
#ifndef TONGHOP_UNDER_SANITIZER
    EXPECT_LT(one.max_rss_kib, 128 * 1024) << hostile[i].name;
#endif
  }
}

}  // namespace
}  // namespace tonghop
