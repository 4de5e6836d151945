// The synthetic corpus (../shared/corpus/synthetic) through the real stages
// — read, extract and check (check::Analyze), the SQLite store — with each
// document received at 09:00 on its own date (ingest with file times set to
// the documents' dates), then `status` and every report format checked
// against the truth files. Skipped when the shared folder is absent.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "campaign/loader.h"
#include "check/analyze.h"
#include "common/json_writer.h"
#include "common/sha256.h"
#include "common/xml_schema.h"
#include "golden_util.h"
#include "model/document_text.h"
#include "pipeline/files.h"
#include "read/reader.h"
#include "report/consolidate.h"
#include "report/format.h"
#include "report/json_report.h"
#include "report/load.h"
#include "report/render.h"
#include "store/sqlite_store.h"
#include "store/store_test_util.h"

namespace tonghop::report {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(TONGHOP_SHARED_DIR) / "corpus" / "synthetic";

Poco::Dynamic::Var ParseJsonFile(const fs::path& path) {
  Poco::JSON::Parser parser;
  return parser.parse(testing::ReadFileOrEmpty(path.string()));
}

std::string PeriodOfKind(const std::string& kind) {
  return kind == "KH" ? "ke-hoach" : kind == "BC1" ? "dot-1" : "dot-2";
}

class SyntheticCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kCorpus / "docs")) GTEST_SKIP() << "no " << kCorpus;
    auto loaded =
        campaign::LoadCampaignFile(TONGHOP_SOURCE_DIR "/samples/campaigns/lai-chau-2020.xml");
    ASSERT_TRUE(loaded.ok()) << loaded.error().Describe(Lang::kEn);
    campaign_ = std::move(loaded).value();
    store::SqliteOptions options;
    options.path = dir_.File("tonghop.sqlite");
    auto opened = store::OpenSqliteStore(options);
    ASSERT_TRUE(opened.ok());
    store_ = std::move(opened).value();
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(kCorpus / "docs")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      read::ReadOptions read_options;
      auto bytes = pipeline::ReadWholeFile(file.string(), read_options.limits.max_input_bytes);
      ASSERT_TRUE(bytes.ok()) << file;
      auto doc = read::ReadDocument(*bytes, read_options);
      ASSERT_TRUE(doc.ok()) << file << ": " << doc.error().Describe(Lang::kEn);
      model::Source source;
      source.path = file.filename().string();
      source.sha256 = Sha256Hex(*bytes);
      source.format = model::FormatName(doc->format);
      source.bytes = bytes->size();
      model::Record record = check::Analyze(*doc, source, &campaign_);
      if (record.date) record.source.received = *record.date + "T09:00:00+07:00";
      ASSERT_TRUE(store_->AddDocument(campaign_.id, record).ok()) << file;
    }
  }

  Consolidated Build(const std::string& period) {
    auto rows = LoadStoreRows(*store_, campaign_.id);
    EXPECT_TRUE(rows.ok());
    ConsolidateOptions options;
    options.period = period;
    auto c = Consolidate(campaign_, *rows, options);
    EXPECT_TRUE(c.ok());
    return std::move(c).value();
  }

  store::testing::TempDir dir_;
  campaign::Campaign campaign_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(SyntheticCorpusTest, StatusMatchesTheTruthInEveryCellAndTotal) {
  // (unit, period) → truth object; and the pairs that never arrive.
  std::map<std::pair<std::string, std::string>, Poco::JSON::Object::Ptr> truth;
  for (const auto& e : fs::directory_iterator(kCorpus / "truth")) {
    if (e.path().filename().string().front() == '_') continue;
    auto t = ParseJsonFile(e.path()).extract<Poco::JSON::Object::Ptr>();
    truth[{t->getValue<std::string>("unit"), PeriodOfKind(t->getValue<std::string>("kind"))}] = t;
  }
  std::set<std::pair<std::string, std::string>> never;
  auto missing =
      ParseJsonFile(kCorpus / "truth" / "_missing.json").extract<Poco::JSON::Array::Ptr>();
  for (size_t i = 0; i < missing->size(); ++i) {
    auto pair = missing->getArray(static_cast<unsigned>(i));
    never.insert(
        {pair->getElement<std::string>(0), PeriodOfKind(pair->getElement<std::string>(1))});
  }

  Consolidated c = Build("all");
  int cells = 0;
  for (const PeriodReport& p : c.periods) {
    Totals expected;
    std::map<std::string, double> sums;
    for (const UnitRow& u : p.units) {
      ++cells;
      const auto key = std::make_pair(u.unit, p.id);
      auto it = truth.find(key);
      if (it == truth.end()) {
        EXPECT_TRUE(never.count(key)) << u.unit << " " << p.id << " is in no truth file";
        EXPECT_EQ(u.status, UnitStatus::kMissing) << u.unit << " " << p.id;
        ++expected.missing;
        continue;
      }
      const auto& t = it->second;
      const bool late = t->getValue<bool>("late");
      EXPECT_EQ(u.status, late ? UnitStatus::kLate : UnitStatus::kOnTime) << u.unit << " " << p.id;
      ++(late ? expected.late : expected.on_time);
      ASSERT_TRUE(u.document.has_value()) << u.unit << " " << p.id;
      EXPECT_EQ(u.document->number, t->getValue<std::string>("number")) << u.unit;
      EXPECT_EQ(u.document->symbol, t->getValue<std::string>("symbol")) << u.unit;
      EXPECT_EQ(u.document->date, t->getValue<std::string>("date")) << u.unit;
      std::vector<std::string> sections;
      auto ms = t->getArray("missing_sections");
      for (size_t i = 0; i < ms->size(); ++i) sections.push_back(ms->getElement<std::string>(i));
      std::vector<std::string> got = u.missing_sections;
      std::sort(sections.begin(), sections.end());
      std::sort(got.begin(), got.end());
      EXPECT_EQ(got, sections) << u.unit << " " << p.id;
      if (auto metrics = t->getObject("metrics")) {
        for (size_t i = 0; i < p.metrics.size(); ++i) {
          if (!metrics->has(p.metrics[i].id)) continue;
          const double want = metrics->getValue<double>(p.metrics[i].id);
          ASSERT_TRUE(u.metrics[i].has_value()) << u.unit << " " << p.metrics[i].id;
          EXPECT_DOUBLE_EQ(*u.metrics[i], want) << u.unit << " " << p.metrics[i].id;
          sums[p.metrics[i].id] += want;
        }
      }
    }
    EXPECT_EQ(p.totals.on_time, expected.on_time) << p.id;
    EXPECT_EQ(p.totals.late, expected.late) << p.id;
    EXPECT_EQ(p.totals.missing, expected.missing) << p.id;
    EXPECT_EQ(p.totals.submitted, expected.on_time + expected.late) << p.id;
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      EXPECT_NEAR(p.totals.metrics[i], sums[p.metrics[i].id], 1e-6)
          << p.id << " " << p.metrics[i].id;
    }
  }
  EXPECT_EQ(cells, 33);  // 11 units × 3 periods
}

TEST_F(SyntheticCorpusTest, EveryFormatOfDot1AndAllIsProducedAndHoldsTheMatrix) {
  auto schema = XmlSchema::Compile(EmbeddedSchema("consolidated.xsd"), "consolidated.xsd");
  ASSERT_TRUE(schema.ok());
  for (const std::string period : {"dot-1", "all"}) {
    Consolidated c = Build(period);
    std::map<Format, std::string> out;
    for (Format f : {Format::kDocx, Format::kXml, Format::kJson, Format::kCsv, Format::kHtml}) {
      StringSink sink(out[f]);
      ASSERT_TRUE(Render(f, c, {}, sink).ok()) << FormatName(f);
      EXPECT_FALSE(out[f].empty());
    }
    EXPECT_TRUE(schema->Validate(out[Format::kXml]).empty()) << period;
    // JSON totals = status totals.
    std::ostringstream status;
    JsonWriter w(status, 0);
    WriteStatusJson(w, c, Lang::kVi);
    Poco::JSON::Parser parser;
    auto s = parser.parse(status.str()).extract<Poco::JSON::Object::Ptr>()->getArray("periods");
    parser.reset();
    auto r =
        parser.parse(out[Format::kJson]).extract<Poco::JSON::Object::Ptr>()->getArray("periods");
    ASSERT_EQ(s->size(), r->size());
    for (unsigned i = 0; i < s->size(); ++i) {
      std::ostringstream a, b;
      Poco::JSON::Stringifier::stringify(s->getObject(i)->get("totals"), a);
      Poco::JSON::Stringifier::stringify(r->getObject(i)->get("totals"), b);
      EXPECT_EQ(a.str(), b.str());
    }
    EXPECT_EQ(out[Format::kHtml].find("http"), std::string::npos);
    EXPECT_EQ(out[Format::kCsv].substr(0, 3), "\xEF\xBB\xBF");
    // The DOCX, read back: every unit and every total.
    auto doc = read::ReadDocument(out[Format::kDocx]);
    ASSERT_TRUE(doc.ok());
    std::ostringstream text;
    model::WriteDocumentText(text, *doc);
    for (const PeriodReport& p : c.periods) {
      for (const UnitRow& u : p.units) EXPECT_NE(text.str().find(u.name), std::string::npos);
      const Totals& t = p.totals;
      EXPECT_NE(text.str().find("Số đơn vị phải báo cáo: " + std::to_string(t.expected) +
                                "; đã nộp: " + std::to_string(t.submitted) + " (đúng hạn: " +
                                std::to_string(t.on_time) + ", muộn: " + std::to_string(t.late) +
                                "); chưa nộp: " + std::to_string(t.missing)),
                std::string::npos)
          << p.id;
      for (size_t i = 0; i < p.metrics.size(); ++i) {
        EXPECT_NE(text.str().find(FormatNumberVi(t.metrics[i])), std::string::npos)
            << p.id << " " << p.metrics[i].id;
      }
    }
  }
}

}  // namespace
}  // namespace tonghop::report
