#include "report/zip_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "zip_test_util.h"

namespace tonghop::report {
namespace {

std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries,
                    ZipMethod method = ZipMethod::kDeflated, ZipWriterOptions options = {}) {
  std::string bytes;
  StringSink sink(bytes);
  ZipWriter zip(sink, options);
  for (const auto& [name, data] : entries) EXPECT_TRUE(zip.Add(name, data, method).ok()) << name;
  EXPECT_TRUE(zip.Finish().ok());
  return bytes;
}

TEST(ZipWriterTest, DeflatedAndStoredEntriesReadBackWithTheirCrc) {
  std::string big(100000, 'a');
  for (size_t i = 0; i < big.size(); i += 7) big[i] = static_cast<char>('a' + i % 26);
  std::string bytes;
  StringSink sink(bytes);
  ZipWriter zip(sink);
  ASSERT_TRUE(zip.Add("word/document.xml", big).ok());
  ASSERT_TRUE(zip.Add("media/raw.bin", std::string("\x00\x01\x02", 3), ZipMethod::kStored).ok());
  ASSERT_TRUE(zip.Add("empty.txt", "").ok());
  ASSERT_TRUE(zip.Finish().ok());
  std::vector<std::string> order;
  auto entries = testing::ReadZip(bytes, &order);
  EXPECT_EQ(order, (std::vector<std::string>{"word/document.xml", "media/raw.bin", "empty.txt"}));
  EXPECT_EQ(entries["word/document.xml"].data, big);
  EXPECT_EQ(entries["word/document.xml"].method, 8);
  EXPECT_EQ(entries["media/raw.bin"].data, std::string("\x00\x01\x02", 3));
  EXPECT_EQ(entries["media/raw.bin"].method, 0);
  EXPECT_EQ(entries["empty.txt"].data, "");
  EXPECT_LT(bytes.size(), big.size() / 4);  // it really compresses
}

TEST(ZipWriterTest, FixedTimeMakesTheSameBytes) {
  auto a = MakeZip({{"a.xml", "<a/>"}, {"b.xml", "<b/>"}});
  auto b = MakeZip({{"a.xml", "<a/>"}, {"b.xml", "<b/>"}});
  EXPECT_EQ(a, b);
  auto entries = testing::ReadZip(a);
  EXPECT_EQ(entries["a.xml"].date, (0 << 9) | (1 << 5) | 1);  // 1980-01-01
  EXPECT_EQ(entries["a.xml"].time, 0);
  ZipWriterOptions options;
  options.time = {2020, 7, 20, 9, 30, 14};
  auto timed = testing::ReadZip(MakeZip({{"a.xml", "<a/>"}}, ZipMethod::kDeflated, options));
  EXPECT_EQ(timed["a.xml"].date, (40 << 9) | (7 << 5) | 20);
  EXPECT_EQ(timed["a.xml"].time, (9 << 11) | (30 << 5) | 7);
}

TEST(ZipWriterTest, NonAsciiNamesCarryTheUtf8Flag) {
  auto entries = testing::ReadZip(MakeZip({{"báo-cáo.txt", "x"}, {"plain.txt", "y"}}));
  EXPECT_EQ(entries["báo-cáo.txt"].flags, 0x0800);
  EXPECT_EQ(entries["plain.txt"].flags, 0);
}

TEST(ZipWriterTest, RefusesBadNamesAndUseAfterFinish) {
  std::string bytes;
  StringSink sink(bytes);
  ZipWriter zip(sink);
  EXPECT_FALSE(zip.Add("", "x").ok());
  EXPECT_FALSE(zip.Add("/etc/passwd", "x").ok());
  EXPECT_FALSE(zip.Add("a/../../b", "x").ok());
  EXPECT_FALSE(zip.Add("..", "x").ok());
  EXPECT_FALSE(zip.Add("a\\b", "x").ok());
  EXPECT_TRUE(zip.Add("a..b/c", "x").ok());  // dots inside a name are fine
  EXPECT_TRUE(zip.Add("dup", "x").ok());
  Status dup = zip.Add("dup", "y");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, ErrorCode::kInternal);
  EXPECT_TRUE(zip.Finish().ok());
  EXPECT_FALSE(zip.Add("late", "x").ok());
  EXPECT_FALSE(zip.Finish().ok());
}

TEST(ZipWriterTest, SinkErrorsStopTheWriter) {
  struct FailingSink final : Sink {
    Status Write(std::string_view) override {
      return MakeError(ErrorCode::kIo, Msg("đầy", "disk full"));
    }
  } sink;
  ZipWriter zip(sink);
  Status st = zip.Add("a", "b");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kIo);
}

TEST(ZipWriterTest, WritesThroughAStreamSink) {
  std::ostringstream stream;
  OstreamSink sink(stream);
  ZipWriter zip(sink);
  ASSERT_TRUE(zip.Add("a.txt", "xin chào").ok());
  ASSERT_TRUE(zip.Finish().ok());
  EXPECT_EQ(stream.str(), MakeZip({{"a.txt", "xin chào"}}));
  std::ostringstream failed;
  failed.setstate(std::ios::badbit);
  OstreamSink bad(failed);
  ZipWriter zip2(bad);
  Status st = zip2.Add("a.txt", "x");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kIo);
}

TEST(ZipWriterTest, InfoZipAcceptsTheArchive) {
  if (std::system("command -v unzip > /dev/null 2>&1") != 0) GTEST_SKIP() << "no unzip";
  auto dir = std::filesystem::temp_directory_path() / ("tonghop-zip-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / "t.zip";
  std::ofstream(path, std::ios::binary)
      << MakeZip({{"báo-cáo/a.xml", std::string(5000, 'x')}, {"b.bin", "raw"}});
  std::string cmd = "unzip -tqq '" + path.string() + "' > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace tonghop::report
