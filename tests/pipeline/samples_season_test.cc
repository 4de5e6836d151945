// The Lai Châu 2020 reporting season (samples/) through `ingest` (file times
// set from samples/received.tsv) and through `batch` (one ZIP whose entry
// times are the received times): the summary and every counting document,
// its received time and its lateness must match samples/truth/_status.json.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "campaign/deadline.h"
#include "pipeline_test_util.h"
#include "process_util.h"
#include "read/zip_builder.h"
#include "store/store.h"

namespace tonghop::pipeline::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSamples = fs::path(TONGHOP_SOURCE_DIR) / "samples";

// file name → received (ISO, +07:00)
std::map<std::string, std::string> ReceivedTimes() {
  std::map<std::string, std::string> out;
  std::ifstream in(kSamples / "received.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

struct Cell {
  std::string status;  // on-time, late
  int days_late = 0;
  std::string file;
  std::string received;
  std::string sha256;
};

// (period, unit) → the truth's cell, for the cells that have a document.
std::map<std::pair<std::string, std::string>, Cell> TruthCells(Poco::JSON::Object::Ptr* ingest) {
  Poco::JSON::Parser parser;
  Poco::JSON::Object::Ptr root = parser.parse(ReadFileBytes(kSamples / "truth" / "_status.json"))
                                     .extract<Poco::JSON::Object::Ptr>();
  *ingest = root->getObject("ingest");
  std::map<std::pair<std::string, std::string>, Cell> cells;
  Poco::JSON::Object::Ptr units = root->getObject("units");
  for (const std::string& period : units->getNames()) {
    Poco::JSON::Object::Ptr row = units->getObject(period);
    for (const std::string& unit : row->getNames()) {
      Poco::JSON::Object::Ptr c = row->getObject(unit);
      if (c->getValue<std::string>("status") == "missing") continue;
      Poco::JSON::Object::Ptr doc = c->getObject("document");
      cells[{period, unit}] =
          Cell{c->getValue<std::string>("status"), c->getValue<int>("days_late"),
               doc->getValue<std::string>("file"), doc->getValue<std::string>("received"),
               doc->getValue<std::string>("sha256")};
    }
  }
  return cells;
}

void ExpectStoreMatchesTruth(const fs::path& data_dir, const std::string& path_prefix) {
  Poco::JSON::Object::Ptr ingest;
  std::map<std::pair<std::string, std::string>, Cell> truth = TruthCells(&ingest);
  store::StoreConfig config;
  config.data_dir = data_dir.string();
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(config);
  ASSERT_TRUE(s.ok());
  Result<std::vector<store::StoredDocument>> counting =
      (*s)->CountingDocuments(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(counting.ok());
  std::map<std::pair<std::string, std::string>, const store::StoredDocument*> got;
  for (const store::StoredDocument& d : *counting) got[{*d.document.period, *d.document.unit}] = &d;
  for (const auto& [key, cell] : truth) {
    SCOPED_TRACE(key.first + " × " + key.second);
    auto it = got.find(key);
    ASSERT_NE(it, got.end()) << "no counting document";
    const store::DocumentRow& row = it->second->document;
    EXPECT_EQ(row.path, path_prefix + cell.file);
    EXPECT_EQ(row.sha256, cell.sha256);
    EXPECT_EQ(row.received, cell.received);
    int days_late = 0;
    for (const model::Finding& f : it->second->findings) {
      if (f.code == model::codes::kLateSubmission)
        days_late = std::stoi(std::string(f.Attr("days")));
    }
    EXPECT_EQ(days_late, cell.days_late);
    EXPECT_EQ(days_late > 0 ? "late" : "on-time", cell.status);
  }
  EXPECT_EQ(got.size(), truth.size()) << "counting documents for cells the truth calls missing";
}

std::string ExpectedSummary(Poco::JSON::Object::Ptr ingest) {
  std::ostringstream out;
  auto line = [&out](const std::string& label, int n) {
    std::string padded = "  " + label;
    padded.resize(30, ' ');
    out << padded << n << '\n';
  };
  out << "Summary: " << ingest->getValue<int>("files") << " document(s)\n";
  line("read:", ingest->getValue<int>("read"));
  line("new:", ingest->getValue<int>("new"));
  line("duplicate (already stored):", ingest->getValue<int>("duplicate"));
  line("superseded:", ingest->getValue<int>("superseded"));
  line("failed:", static_cast<int>(ingest->getArray("failed")->size()));
  return out.str();
}

TEST(SampleSeasonTest, IngestGivesTheTruthsSummaryCountingDocumentsAndLateness) {
  TempDir root;
  fs::copy(kSamples / "docs", root.path() / "docs");
  for (const auto& [file, received] : ReceivedTimes()) {
    std::int64_t t = *campaign::ParseInstant(received);
    struct timespec times[2] = {{t, 0}, {t, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, (root.path() / "docs" / file).c_str(), times, 0), 0) << file;
  }
  RunResult r = RunTonghop(
      {"--lang", "en", "ingest", "docs", "--campaign", SampleCampaignPath(), "--data-dir", "data"},
      root.path().string());
  EXPECT_EQ(r.code, 0) << r.err;
  Poco::JSON::Object::Ptr ingest;
  TruthCells(&ingest);
  EXPECT_EQ(r.out.substr(0, r.out.find("Failures:")), ExpectedSummary(ingest));
  ExpectStoreMatchesTruth(root.path() / "data", "docs/");
}

TEST(SampleSeasonTest, BatchOfTheSeasonAsOneZipGivesTheSameWithEntryTimesAsReceived) {
  TempDir root;
  tonghop::testing::ZipBuilder zip;
  for (const auto& [file, received] : ReceivedTimes()) {
    // The sender's PC clock (Vietnam time) as DOS date and time.
    int y, mo, d, h, mi, s;
    ASSERT_EQ(std::sscanf(received.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s), 6);
    tonghop::testing::ZipBuilder::Entry& e = zip.Add(file, ReadFileBytes(kSamples / "docs" / file));
    e.dos_date = static_cast<std::uint16_t>(((y - 1980) << 9) | (mo << 5) | d);
    e.dos_time = static_cast<std::uint16_t>((h << 11) | (mi << 5) | (s / 2));
  }
  WriteFile(root.path() / "mua-bao-cao-2020.zip", zip.Build());
  RunResult r = RunTonghop({"--lang", "en", "batch", "mua-bao-cao-2020.zip", "--campaign",
                            SampleCampaignPath(), "--data-dir", "data"},
                           root.path().string());
  EXPECT_EQ(r.code, 0) << r.err;
  Poco::JSON::Object::Ptr ingest;
  TruthCells(&ingest);
  EXPECT_EQ(r.out.substr(0, r.out.find("Failures:")), ExpectedSummary(ingest));
  ExpectStoreMatchesTruth(root.path() / "data", "mua-bao-cao-2020.zip!/");
}

}  // namespace
}  // namespace tonghop::pipeline::testing
