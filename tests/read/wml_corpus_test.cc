// The shared corpora read end to end (skipped when ../shared is absent):
// every synthetic document against its truth (the checks of
// shared/tools/score_text.py), and the real Vietnamese DOCX files for the
// traps they are known to hold.
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "read/reader.h"
#include "read/wml_test_util.h"
#include "text/fold.h"

namespace tonghop::read {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = TONGHOP_SHARED_DIR;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TextOf(const fs::path& path) {
  Result<model::Document> doc = ReadDocument(Slurp(path));
  EXPECT_TRUE(doc.ok()) << path << ": " << (doc.ok() ? "" : doc.error().Describe(Lang::kEn));
  return doc.ok() ? testing::DocumentText(*doc) : std::string();
}

bool IsNfc(const std::string& s) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  return U_SUCCESS(ec) && nfc->isNormalized(icu::UnicodeString::fromUTF8(s), ec) && U_SUCCESS(ec);
}

bool HasPrivateUse(const std::string& s) {
  // U+E000..U+F8FF is EE 80 80 .. EF A3 BF in UTF-8.
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xEE || (b == 0xEF && static_cast<unsigned char>(s[i + 1]) <= 0xA3)) return true;
  }
  return false;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

TEST(WmlCorpusTest, SyntheticDocumentsMatchTheirTruth) {
  fs::path corpus = kShared / "corpus/synthetic";
  if (!fs::exists(corpus / "truth")) GTEST_SKIP() << "no shared corpus";
  int documents = 0;
  for (const auto& entry : fs::directory_iterator(corpus / "truth")) {
    if (entry.path().filename().string().front() == '_') continue;
    Poco::JSON::Object::Ptr truth =
        Poco::JSON::Parser().parse(Slurp(entry.path())).extract<Poco::JSON::Object::Ptr>();
    fs::path doc = corpus / "docs" / truth->getValue<std::string>("file");
    SCOPED_TRACE(doc.filename().string());
    std::string text = TextOf(doc);
    ++documents;
    EXPECT_TRUE(IsNfc(text));
    std::string key = text::FoldKey(text);
    std::string number = truth->getValue<std::string>("number");
    std::string symbol = text::FoldKey(truth->getValue<std::string>("symbol"));
    // The document's own "Số: N/SYMBOL" line, once (text box and fallback not both).
    size_t own = 0;
    for (const char* prefix : {"số: ", "số ", "số:"}) {
      for (const char* sep : {"/", " /"}) own += Count(key, prefix + number + sep + symbol);
    }
    EXPECT_EQ(own, 1u) << text;
    EXPECT_EQ(key.find("đã bị xoá"), std::string::npos);
    EXPECT_TRUE(text::FoldedContains(key, text::FoldKey(truth->getValue<std::string>("subject"))));
    Poco::JSON::Array::Ptr sections = truth->getArray("sections");
    for (size_t i = 0; i < sections->size(); ++i) {
      Poco::JSON::Object::Ptr s = sections->getObject(static_cast<unsigned>(i));
      std::string heading = text::FoldKey(s->getValue<std::string>("label") + ". " +
                                          s->getValue<std::string>("title"));
      EXPECT_TRUE(text::FoldedContains(key, heading)) << heading;
    }
  }
  EXPECT_EQ(documents, 30);
}

struct RealExpectation {
  const char* file;
  const char* text;  // appears exactly `times` times
  size_t times;
};

TEST(WmlCorpusTest, RealDocxFilesReadAsWordShowsThem) {
  fs::path corpus = kShared / "corpus/real";
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus";
  int documents = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".docx") continue;
    SCOPED_TRACE(entry.path().filename().string());
    std::string text = TextOf(entry.path());
    ++documents;
    EXPECT_GT(text.size(), 200u);
    EXPECT_TRUE(IsNfc(text));
    EXPECT_FALSE(HasPrivateUse(text));
  }
  EXPECT_EQ(documents, 14);

  const RealExpectation expectations[] = {
      // Six text boxes written as Choice + VML Fallback: each read once.
      {"mau-trinh-bay-nd30-lo-01.docx", "ngày/tháng/năm; giờ: phút: giây", 3},
      // Auto-numbered STT column: the label is the cell's only text.
      {"mau-trinh-bay-nd30-lo-01.docx", "\n27. | Phiếu báo | PB\n", 1},
      {"nghi-dinh-01.docx", "Số: 30/2020/NĐ-CP", 1},
      {"cong-van-cdcs-01.docx", "Số: 01/2026/CV-CĐCS", 1},
      // Content controls: their content is shown (the alias is not).
      {"giay-de-nghi-cd-01.docx", "Quỹ Phúc lợi: 1.500.000 VNĐ", 1},
      // Merged header cells and the totals row of a landscape statistics table.
      {"bang-tong-hop-01.docx", "Cộng | 25 | 24 | 10 | 22 | 10 | 20 |", 1},
      // PAGE fields in headers: the cached result, in the header section.
      {"ket-luan-chi-bo-01.docx", "--- header ---\n", 1},
      {"bien-ban-01.docx", "II. Một số ý kiến đóng góp hoàn thiện phần mềm", 1},
  };
  for (const RealExpectation& e : expectations) {
    std::string text = TextOf(corpus / e.file);
    EXPECT_EQ(Count(text, e.text), e.times) << e.file << ": " << e.text;
  }
}

}  // namespace
}  // namespace tonghop::read
