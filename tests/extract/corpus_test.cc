// Extraction and checks on whole documents made by real producers:
//  - the sample season in the repository (samples/, always present), every
//    field of its truth files;
//  - the shared synthetic corpus (../shared/corpus/synthetic), the same;
//  - the real DOCX documents of ../shared/corpus/real: header fields right,
//    or null where the document leaves them blank (checked by eye, see
//    SOURCES.md there).
// The shared corpora are read in place, never copied; tests skip without them.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "campaign/loader.h"
#include "check/analyze.h"
#include "read/reader.h"
#include "text/fold.h"

namespace tonghop::extract {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The comparison the acceptance scorer makes: fold key without the final
// punctuation.
std::string Fold(const std::optional<std::string>& s) {
  if (!s) return "<null>";
  std::string k = text::FoldKey(*s);
  while (!k.empty() && (k.back() == '.' || k.back() == ';' || k.back() == ':' || k.back() == ' '))
    k.pop_back();
  std::string out;
  for (size_t i = 0; i < k.size(); ++i) {
    if (k[i] == ' ' &&
        ((i + 1 < k.size() && k[i + 1] == '-') || (!out.empty() && out.back() == '-')))
      continue;
    out.push_back(k[i]);
  }
  return out;
}

std::optional<std::string> Opt(const Object::Ptr& o, const std::string& key) {
  if (!o->has(key) || o->isNull(key)) return std::nullopt;
  return o->getValue<std::string>(key);
}

model::Record AnalyzeFile(const fs::path& path, const campaign::Campaign* campaign) {
  std::string bytes = Slurp(path);
  Result<model::Document> doc = read::ReadDocument(bytes);
  EXPECT_TRUE(doc.ok()) << path << ": " << (doc.ok() ? "" : doc.error().Describe(Lang::kEn));
  if (!doc.ok()) return {};
  model::Source source;
  source.path = path.string();
  return check::Analyze(*doc, source, campaign);
}

std::vector<std::string> MissingSections(const model::Record& r) {
  std::vector<std::string> out;
  for (const model::Finding& f : r.findings) {
    if (f.code == model::codes::kMissingSection) out.emplace_back(f.Attr("section"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool HasFinding(const model::Record& r, std::string_view code) {
  return std::any_of(r.findings.begin(), r.findings.end(),
                     [&](const model::Finding& f) { return f.code == code; });
}

// Every field of every truth file of a corpus (docs/ + truth/).
void CheckCorpus(const fs::path& corpus, const fs::path& campaign_file) {
  Result<campaign::Campaign> campaign = campaign::LoadCampaignFile(campaign_file.string());
  ASSERT_TRUE(campaign.ok()) << campaign.error().Describe(Lang::kEn);
  const std::map<std::string, std::string> periods = {
      {"KH", "ke-hoach"}, {"BC1", "dot-1"}, {"BC2", "dot-2"}};
  std::vector<fs::path> truths;
  for (const auto& e : fs::directory_iterator(corpus / "truth")) {
    if (e.path().filename().string()[0] != '_') truths.push_back(e.path());
  }
  std::sort(truths.begin(), truths.end());
  ASSERT_FALSE(truths.empty());
  for (const fs::path& tf : truths) {
    SCOPED_TRACE(tf.filename().string());
    Object::Ptr t = Poco::JSON::Parser().parse(Slurp(tf)).extract<Object::Ptr>();
    model::Record r = AnalyzeFile(corpus / "docs" / t->getValue<std::string>("file"), &*campaign);
    EXPECT_EQ(r.number, Opt(t, "number"));
    EXPECT_EQ(Fold(r.symbol), Fold(Opt(t, "symbol")));
    EXPECT_EQ(r.doc_type ? r.doc_type->code : "", t->getValue<std::string>("doc_type"));
    EXPECT_EQ(r.date, Opt(t, "date"));
    EXPECT_EQ(Fold(r.place), Fold(Opt(t, "place")));
    EXPECT_EQ(Fold(r.title), Fold(Opt(t, "title")));
    EXPECT_EQ(Fold(r.subject), Fold(Opt(t, "subject")));
    Array::Ptr sections = t->getArray("sections");
    std::vector<std::string> want, got;
    for (size_t i = 0; i < sections->size(); ++i) {
      Object::Ptr s = sections->getObject(static_cast<unsigned>(i));
      want.push_back(s->getValue<std::string>("label") + " " +
                     Fold(s->getValue<std::string>("title")) + " " + Opt(s, "id").value_or("-"));
    }
    for (const model::Section& s : r.sections)
      got.push_back(s.label + " " + Fold(s.title) + " " + s.id.value_or("-"));
    EXPECT_EQ(got, want);
    Object::Ptr signer = t->getObject("signer");
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(Fold(r.signer->name), Fold(Opt(signer, "name")));
    EXPECT_EQ(Fold(r.signer->authority), Fold(Opt(signer, "authority")));
    EXPECT_EQ(Fold(r.signer->position), Fold(Opt(signer, "position")));
    Array::Ptr refs = t->getArray("references");
    bool cites = check::CitesPlan(r, campaign->plan);
    EXPECT_EQ(cites, refs->size() > 0);
    EXPECT_EQ(HasFinding(r, model::codes::kNoPlanReference),
              !cites && r.doc_type && r.doc_type->code == "BC");
    EXPECT_EQ(r.issuer.unit, Opt(t, "unit"));
    EXPECT_EQ(r.period, periods.at(t->getValue<std::string>("kind")));
    EXPECT_TRUE(r.period_reason.has_value());
    Object::Ptr metrics = t->getObject("metrics");
    for (const std::string& id : metrics->getNames()) {
      ASSERT_TRUE(r.metrics.count(id)) << id;
      EXPECT_DOUBLE_EQ(r.metrics.at(id).value, metrics->getValue<double>(id)) << id;
    }
    if (metrics->size() == 0) {
      EXPECT_TRUE(r.metrics.empty());
    }
    std::vector<std::string> missing;
    Array::Ptr ms = t->getArray("missing_sections");
    for (size_t i = 0; i < ms->size(); ++i)
      missing.push_back(ms->getElement<std::string>(static_cast<unsigned>(i)));
    std::sort(missing.begin(), missing.end());
    EXPECT_EQ(MissingSections(r), missing);
  }
}

TEST(CorpusTest, SampleSeasonMatchesItsTruth) {
  fs::path samples = fs::path(TONGHOP_SOURCE_DIR) / "samples";
  CheckCorpus(samples, samples / "campaigns/lai-chau-2020.xml");
}

TEST(CorpusTest, SyntheticCorpusMatchesItsTruth) {
  fs::path shared = TONGHOP_SHARED_DIR;
  if (!fs::exists(shared / "corpus/synthetic/truth"))
    GTEST_SKIP() << "no ../shared/corpus/synthetic";
  CheckCorpus(shared / "corpus/synthetic", shared / "spec/campaign-example.xml");
}

// Header fields of the real documents; std::nullopt where the document
// leaves the field blank (or has none).
struct RealHeader {
  const char* file;
  std::optional<std::string> parent, issuer, number, symbol, doc_type, place, date;
};

TEST(CorpusTest, RealDocumentsHeaderFields) {
  fs::path real = fs::path(TONGHOP_SHARED_DIR) / "corpus/real";
  if (!fs::exists(real)) GTEST_SKIP() << "no ../shared/corpus/real";
  using std::nullopt;
  const RealHeader expected[] = {
      {"bang-tong-hop-01.docx", nullopt, nullopt, nullopt, nullopt, nullopt, nullopt, nullopt},
      {"bao-cao-chi-bo-01.docx", "ĐẢNG BỘ XÃ HÒA KHÁNH", "CHI BỘ ẤP HÓC THƠM 1", "01", "BC/CB",
       "BC", "Hòa Khánh", "2026-05-06"},
      {"bien-ban-01.docx", nullopt, nullopt, nullopt, nullopt, "BB", nullopt, nullopt},
      {"cong-van-cdcs-01.docx", "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "CĐCS CÔNG TY TNHH …………….",
       "01", "CV-CĐCS", "CV", "Tây Ninh", nullopt},
      {"don-bao-ve-kltn-01.docx", "ĐẠI HỌC ĐÀ NẴNG", "TRƯỜNG PHÂN HIỆU ĐẠI HỌC ĐÀ NẴNG TẠI KONTUM",
       nullopt, nullopt, nullopt, nullopt, nullopt},
      {"giay-de-nghi-cd-01.docx", "TẬP ĐOÀN CÔNG NGHIỆP - VIỄN THÔNG QUÂN ĐỘI",
       "TCT CÔNG NGHIỆP CÔNG NGHỆ CAO VIETTEL", nullopt, nullopt, nullopt, nullopt, nullopt},
      {"giay-de-nghi-cd-02.docx", "TẬP ĐOÀN CÔNG NGHIỆP - VIỄN THÔNG QUÂN ĐỘI",
       "TCT CÔNG NGHIỆP CÔNG NGHỆ CAO VIETTEL", nullopt, nullopt, nullopt, nullopt, nullopt},
      {"huong-dan-01.docx", nullopt, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN", nullopt,
       "HD-HĐTĐKT", "HD", "Hưng Yên", nullopt},
      {"ket-luan-chi-bo-01.docx", "ĐBCS CÁC CƠ QUAN ĐẢNG", "CHI BỘ ẤP HÓC THƠM 1", "01", "KL/CBHT1",
       "KL", "Hòa Khánh", "2026-05-06"},
      {"mau-cong-van-nd30-wps-01.docx", "TÊN CQ, TC CHỦ QUẢN1", "TÊN CƠ QUAN, TỔ CHỨC2", nullopt,
       nullopt, "CV", nullopt, nullopt},
      {"mau-tong-hop-y-kien-01.docx", nullopt, "TÊN CƠ QUAN, TỔ CHỨC (1)", nullopt, nullopt,
       nullopt, nullopt, nullopt},
      {"nghi-dinh-01.docx", nullopt, "CHÍNH PHỦ", "30", "NĐ-CP", "NĐ", "Hà Nội", "2020-03-05"},
      {"thoa-uoc-ldtt-01.docx", nullopt, "CÔNG TY TNHH …………………..", nullopt, nullopt, nullopt,
       nullopt, nullopt},
  };
  for (const RealHeader& e : expected) {
    SCOPED_TRACE(e.file);
    if (!fs::exists(real / e.file)) continue;
    model::Record r = AnalyzeFile(real / e.file, nullptr);
    EXPECT_EQ(r.issuer.parent, e.parent);
    EXPECT_EQ(r.issuer.name, e.issuer);
    EXPECT_EQ(r.number, e.number);
    EXPECT_EQ(r.symbol, e.symbol);
    EXPECT_EQ(r.doc_type ? std::optional<std::string>(r.doc_type->code) : std::nullopt, e.doc_type);
    EXPECT_EQ(r.place, e.place);
    EXPECT_EQ(r.date, e.date);
  }
  // The legal-document form carries its year.
  if (fs::exists(real / "nghi-dinh-01.docx")) {
    model::Record r = AnalyzeFile(real / "nghi-dinh-01.docx", nullptr);
    EXPECT_EQ(r.year, 2020);
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->authority, "TM. CHÍNH PHỦ");
    EXPECT_EQ(r.signer->position, "THỦ TƯỚNG");
    EXPECT_EQ(r.signer->name, "Nguyễn Xuân Phúc");
  }
}

}  // namespace
}  // namespace tonghop::extract
