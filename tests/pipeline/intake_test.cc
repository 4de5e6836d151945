// The intake path shared by every source: preparing a document, received
// times, the ordered pool, the runner, the summary and the progress bar.
#include "pipeline/intake.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <thread>

#include "cli/progress.h"
#include "fakes.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/runner.h"
#include "pipeline_test_util.h"
#include "store/sqlite_store.h"

namespace tonghop::pipeline::testing {
namespace {

const check::CampaignKeys& SampleKeys() {
  static const check::CampaignKeys keys(SampleCampaign());
  return keys;
}

TEST(IntakeTest, PrepareFillsTheSourceBlock) {
  std::string bytes = DocxWith("Báo cáo");
  Result<model::Record> r =
      PrepareDocument(bytes, Origin{"nop.zip!/bc.docx", "2020-07-10T08:00:00+07:00"}, SampleKeys(),
                      read::ReadOptions{});
  ASSERT_TRUE(r.ok()) << r.error().Describe(Lang::kEn);
  EXPECT_EQ(r->source.path, "nop.zip!/bc.docx");
  EXPECT_EQ(r->source.format, "docx");
  EXPECT_EQ(r->source.bytes, bytes.size());
  EXPECT_EQ(r->source.received, "2020-07-10T08:00:00+07:00");
  EXPECT_EQ(r->source.sha256.size(), 64u);
}

TEST(IntakeTest, PrepareNamesTheFileInItsErrors) {
  Result<model::Record> r =
      PrepareDocument("%PDF-1.4", Origin{"nop.zip!/scan.pdf", std::nullopt}, SampleKeys(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupportedFormat);
  EXPECT_EQ(r.error().where, "nop.zip!/scan.pdf");
  read::ReadOptions small;
  small.limits.max_input_bytes = 10;
  Result<model::Record> big =
      PrepareDocument(DocxWith("x"), Origin{"big.docx", {}}, SampleKeys(), small);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(big.error().where, "big.docx");
}

TEST(IntakeTest, ReceivedTimes) {
  // 2020-07-05T02:12:00Z is 09:12 in Vietnam.
  EXPECT_EQ(ReceivedFromUnixNs(1593915120LL * 1000000000 + 999999999), "2020-07-05T09:12:00+07:00");
  EXPECT_EQ(ReceivedFromUnixNs(-1), "1970-01-01T06:59:59+07:00");
  // DOS: date = (year-1980)<<9 | month<<5 | day; time = hour<<11 | minute<<5 | second/2.
  EXPECT_EQ(ReceivedFromDos(0x50E5, 0x6000), "2020-07-05T12:00:00+07:00");
  EXPECT_EQ(ReceivedFromDos(0, 0), std::nullopt);
  EXPECT_EQ(ReceivedFromDos((40 << 9) | (2 << 5) | 30, 0), std::nullopt);  // 30 February
  EXPECT_EQ(ReceivedFromDos(0x50E5, (24 << 11)), std::nullopt);
}

TEST(IntakeTest, SummaryCountsAndExitCode) {
  Summary s;
  EXPECT_EQ(s.ExitCode(), 0);  // nothing at all is no failure
  s.Add(FailedOutcome("a.pdf",
                      MakeError(ErrorCode::kUnsupportedFormat, Msg("Tệp PDF", "A PDF file"))));
  EXPECT_EQ(s.ExitCode(), 3);
  DocumentOutcome ok;
  ok.path = "b.docx";
  for (Outcome o : {Outcome::kNew, Outcome::kDuplicate, Outcome::kSupersededExisting,
                    Outcome::kStoredAsSuperseded}) {
    ok.outcome = o;
    s.Add(ok);
  }
  EXPECT_EQ(s.ExitCode(), 0);
  EXPECT_EQ(s.total(), 5);
  EXPECT_EQ(s.read(), 4);
  EXPECT_EQ(s.stored_new(), 3);
  EXPECT_EQ(s.duplicates(), 1);
  EXPECT_EQ(s.superseded(), 2);
  std::ostringstream en;
  s.Write(en, Lang::kEn);
  EXPECT_EQ(en.str(),
            "Summary: 5 document(s)\n"
            "  read:                       4\n"
            "  new:                        3\n"
            "  duplicate (already stored): 1\n"
            "  superseded:                 2\n"
            "  failed:                     1\n"
            "Failures:\n"
            "  a.pdf: A PDF file\n");
  std::ostringstream vi;
  s.Write(vi, Lang::kVi);
  EXPECT_NE(vi.str().find("  lỗi:                        1\n"), std::string::npos) << vi.str();
}

TEST(OrderedPoolTest, ResultsComeBackInSubmissionOrderWithABoundInFlight) {
  std::atomic<int> running{0}, most{0};
  std::vector<int> got;
  {
    OrderedPool<int> pool(2, 4);
    for (int i = 0; i < 40; ++i) {
      pool.Submit(
          [i, &running, &most] {
            int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            // Later jobs finish first half of the time.
            std::this_thread::sleep_for(std::chrono::microseconds(i % 2 == 0 ? 900 : 100));
            --running;
            return i;
          },
          [&](int v) { got.push_back(v); });
      EXPECT_LE(pool.in_flight(), 4u);
    }
    pool.Drain([&](int v) { got.push_back(v); });
  }
  std::vector<int> want(40);
  for (int i = 0; i < 40; ++i) want[i] = i;
  EXPECT_EQ(got, want);
  EXPECT_LE(most.load(), 2);  // two workers
}

TEST(OrderedPoolTest, InlineWhenThereAreNoThreads) {
  OrderedPool<int> pool(0, 1);
  std::vector<int> got;
  pool.Submit([] { return 7; }, [&](int v) { got.push_back(v); });
  EXPECT_TRUE(got.empty());  // ran inside Submit; handed back when the next comes or on Drain
  pool.Submit([] { return 8; }, [&](int v) { got.push_back(v); });
  EXPECT_EQ(got, std::vector<int>{7});
  pool.Drain([&](int v) { got.push_back(v); });
  EXPECT_EQ(got, (std::vector<int>{7, 8}));
}

class RunnerTest : public ::testing::Test {
 protected:
  RunnerTest() : dir_(TempDir::InMemoryIfPossible()) {
    store::SqliteOptions o;
    o.path = dir_.File("store.sqlite");
    Result<std::unique_ptr<store::Store>> opened = store::OpenSqliteStore(o);
    EXPECT_TRUE(opened.ok());
    store_ = std::move(*opened);
  }
  TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(RunnerTest, DocumentsAreStoredInSubmissionOrder) {
  std::vector<std::string> order;
  RunnerOptions options;
  options.threads = 2;
  IntakeRunner runner(*store_, SampleCampaign(), options, [&](const DocumentOutcome& o) {
    order.push_back(o.path + " " + OutcomeName(o.outcome));
  });
  runner.Submit(DocxWith("1"), Origin{"1.docx", {}});
  runner.SubmitFailure("2.pdf", MakeError(ErrorCode::kUnsupportedFormat, Msg("PDF", "PDF")));
  runner.Submit(DocxWith("3"), Origin{"3.docx", {}});
  runner.Submit(DocxWith("1"), Origin{"4.docx", {}});
  runner.Submit("not a document", Origin{"5.txt", {}});
  ASSERT_TRUE(runner.Finish().ok());
  EXPECT_EQ(order, (std::vector<std::string>{"1.docx new", "2.pdf failed", "3.docx new",
                                             "4.docx duplicate", "5.txt failed"}));
  Result<std::vector<store::StoredDocument>> docs =
      store_->AllDocuments(SampleCampaign().id, std::nullopt);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].document.path, "1.docx");
  EXPECT_EQ((*docs)[1].document.path, "3.docx");
  EXPECT_EQ(runner.summary().failed(), 2);
  EXPECT_EQ(runner.summary().failures()[1].where, "5.txt");
}

TEST_F(RunnerTest, AStoreErrorStopsTheRunAndIsReturned) {
  CrashPlan plan;
  plan.crash_at = 2;  // the second AddDocument fails
  CrashingStore failing(*store_, plan);
  int reported = 0;
  IntakeRunner runner(failing, SampleCampaign(), RunnerOptions{},
                      [&](const DocumentOutcome&) { ++reported; });
  for (int i = 0; i < 6 && !runner.stopped(); ++i) {
    runner.Submit(DocxWith(std::to_string(i)), Origin{std::to_string(i) + ".docx", {}});
  }
  Status st = runner.Finish();
  ASSERT_FALSE(st.ok());
  EXPECT_TRUE(runner.stopped());
  EXPECT_EQ(reported, 1);
  EXPECT_EQ(runner.summary().total(), 1);
}

TEST(ProgressTest, RenderFitsTheWidthAndCutsTheLabelFromTheLeft) {
  EXPECT_EQ(cli::Progress::Render(5, 10, "bc.docx", 80), "[##########··········]  5/10  bc.docx");
  EXPECT_EQ(cli::Progress::Render(0, 0, "", 80), "[····················]  0/0  ");
  std::string cut = cli::Progress::Render(1, 2, "nop.zip!/Tam Đường/báo cáo sơ kết.docx", 40);
  EXPECT_EQ(cut, "[##########··········]  1/2  …ơ kết.docx");                         // 40 columns
  EXPECT_EQ(cli::Progress::Render(3, 2, "x", 80), "[####################]  3/3  x");  // total grows
}

TEST(ProgressTest, NothingIsDrawnWhenStderrIsNotATerminal) {
  std::ostringstream out, err;
  std::istringstream in;
  cli::Context ctx{Lang::kVi, out, err, in, false, false};
  {
    cli::Progress p(ctx);
    p.AddTotal(2);
    p.Step("a");
    p.Step("b");
  }
  EXPECT_EQ(err.str(), "");
  cli::Context tty{Lang::kVi, out, err, in, true, true};  // a terminal, but --quiet
  cli::Progress q(tty);
  q.Step("a");
  EXPECT_EQ(err.str(), "");
}

TEST(ProgressTest, OnATerminalTheBarIsDrawnAndClearedAtTheEnd) {
  std::ostringstream out, err;
  std::istringstream in;
  cli::Context ctx{Lang::kVi, out, err, in, true, false};
  {
    cli::Progress p(ctx);
    p.AddTotal(1);
    p.Step("a.docx");
  }
  EXPECT_EQ(err.str().rfind("\r[####################]  1/1  a.docx\033[K", 0), 0u) << err.str();
  EXPECT_EQ(err.str().substr(err.str().size() - 4), "\r\033[K");
}

}  // namespace
}  // namespace tonghop::pipeline::testing
