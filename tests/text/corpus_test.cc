// The text layer on the synthetic corpus (../shared/corpus/synthetic): legacy
// runs decoded by their font give the truth's fields, the detector finds the
// legacy paragraphs without fonts and never fires on Unicode documents.
// The XML documents carry direct run fonts, so no reader is needed here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "text/fold.h"
#include "text/legacy.h"
#include "text/normalize.h"

namespace tonghop::text {
namespace {

namespace fs = std::filesystem;

std::string_view LocalName(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

struct RawParagraph {
  std::string raw;      // text as stored
  std::string decoded;  // decoded by run fonts, normalised
};

// Paragraphs in document order; text of nested paragraphs (text boxes)
// belongs to the inner one; VML fallbacks and deletions are skipped.
std::vector<RawParagraph> Paragraphs(const pugi::xml_document& doc) {
  std::vector<RawParagraph> out;
  for (pugi::xpath_node xp : doc.select_nodes("//*[local-name()='p']")) {
    pugi::xml_node p = xp.node();
    bool skip = false;
    for (pugi::xml_node a = p.parent(); a; a = a.parent()) {
      if (LocalName(a) == "Fallback" || LocalName(a) == "del") skip = true;
    }
    if (skip) continue;
    RawParagraph para;
    for (pugi::xpath_node xt : p.select_nodes(".//*[local-name()='t']")) {
      pugi::xml_node t = xt.node();
      pugi::xml_node owner = t.parent();
      while (owner && LocalName(owner) != "p") owner = owner.parent();
      if (owner != p) continue;
      bool deleted = false;
      std::string font;
      for (pugi::xml_node a = t.parent(); a && a != p; a = a.parent()) {
        if (LocalName(a) == "del" || LocalName(a) == "Fallback") deleted = true;
        if (LocalName(a) == "r" && font.empty()) {
          for (pugi::xml_node rpr : a.children()) {
            if (LocalName(rpr) != "rPr") continue;
            for (pugi::xml_node f : rpr.children()) {
              if (LocalName(f) == "rFonts") font = f.attribute("w:hAnsi").as_string();
            }
          }
        }
      }
      if (deleted) continue;
      para.raw += t.text().get();
      AppendDecoded(para.decoded, t.text().get(), EncodingOfFont(font));
    }
    NormalizeInPlace(para.decoded);
    if (!para.raw.empty()) out.push_back(std::move(para));
  }
  return out;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path Synthetic() { return fs::path(TONGHOP_SHARED_DIR) / "corpus" / "synthetic"; }

// The truth's strings (one JSON string value per key, enough for these fields).
std::string TruthString(const std::string& json, const std::string& key) {
  size_t at = json.find("\"" + key + "\": \"");
  if (at == std::string::npos) return "";
  at += key.size() + 5;
  return json.substr(at, json.find('"', at) - at);
}

TEST(CorpusTest, LegacyDocumentsDecodeToTheirTruth) {
  if (!fs::exists(Synthetic())) GTEST_SKIP() << "no shared corpus";
  for (const char* name : {"007-tan-uyen-kh", "023-sin-ho-bc2"}) {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_file((Synthetic() / "docs" / (std::string(name) + ".xml")).c_str()));
    const std::string truth = Slurp(Synthetic() / "truth" / (std::string(name) + ".json"));
    std::string all;
    for (const RawParagraph& p : Paragraphs(doc)) all += p.decoded + "\n";
    const std::string key = FoldKey(all);
    for (const char* field : {"title", "subject", "place", "name", "position", "authority"}) {
      const std::string value = TruthString(truth, field);
      ASSERT_FALSE(value.empty()) << name << " " << field;
      EXPECT_TRUE(FoldedContains(key, FoldKey(value))) << name << ": " << field << " = " << value;
    }
    size_t sections = 0;
    for (size_t at = truth.find("\"title\": \"", truth.find("\"sections\""));
         at != std::string::npos; at = truth.find("\"title\": \"", at + 1)) {
      if (at > truth.find("\"missing_sections\"")) break;
      const size_t begin = at + 10;
      const std::string title = truth.substr(begin, truth.find('"', begin) - begin);
      EXPECT_TRUE(FoldedContains(key, FoldKey(title))) << name << ": section " << title;
      ++sections;
    }
    EXPECT_GE(sections, 3u) << name;
    // The date line, with the truth's place.
    EXPECT_TRUE(FoldedContains(key, FoldKey(TruthString(truth, "place") + ", ngày"))) << name;
  }
}

TEST(CorpusTest, DetectorFindsLegacyParagraphsWithoutFonts) {
  if (!fs::exists(Synthetic())) GTEST_SKIP() << "no shared corpus";
  struct Doc {
    const char* name;
    LegacyEncoding encoding;
  };
  for (Doc d : {Doc{"007-tan-uyen-kh", LegacyEncoding::kVni},
                Doc{"023-sin-ho-bc2", LegacyEncoding::kTcvn3}}) {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_file((Synthetic() / "docs" / (std::string(d.name) + ".xml")).c_str()));
    int legacy = 0, found = 0, wrong = 0;
    for (const RawParagraph& p : Paragraphs(doc)) {
      const LegacyEncoding got = DetectLegacyEncoding(p.raw);
      if (got != LegacyEncoding::kNone && got != d.encoding) ++wrong;
      if (NormalizeText(p.raw) == p.decoded) continue;  // nothing to decode
      ++legacy;
      if (got == d.encoding) ++found;
    }
    EXPECT_EQ(wrong, 0) << d.name;
    ASSERT_GT(legacy, 10) << d.name;
    // Short header fragments (a lone capital in its own run) may stay undecided.
    EXPECT_GE(found * 10, legacy * 9) << d.name << ": " << found << " of " << legacy;
  }
}

TEST(CorpusTest, DetectorNeverFiresOnUnicodeDocuments) {
  if (!fs::exists(Synthetic())) GTEST_SKIP() << "no shared corpus";
  int paragraphs = 0;
  for (const char* name : {"004-muong-te-kh", "012-phong-tho-bc1", "015-than-uyen-bc1",
                           "020-tp-lai-chau-bc2", "028-cdn-y-te-bc2"}) {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_file((Synthetic() / "docs" / (std::string(name) + ".xml")).c_str()));
    for (const RawParagraph& p : Paragraphs(doc)) {
      ++paragraphs;
      EXPECT_EQ(DetectLegacyEncoding(p.raw), LegacyEncoding::kNone) << name << ": " << p.raw;
      EXPECT_EQ(FoldKey(p.decoded), FoldKey(p.raw)) << name;
    }
  }
  EXPECT_GT(paragraphs, 100);
}

}  // namespace
}  // namespace tonghop::text
