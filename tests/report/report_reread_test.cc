// tonghop reads back what it writes: the ZIP through the project's own ZIP
// reader, the DOCX through the document reader and field extraction — the
// report is an administrative document like the ones it consolidates.
#include <gtest/gtest.h>

#include <sstream>

#include "check/analyze.h"
#include "model/document_text.h"
#include "read/reader.h"
#include "read/zip.h"
#include "report/format.h"
#include "report/render.h"
#include "report/zip_writer.h"
#include "report_fixture.h"
#include "text/letters.h"

namespace tonghop::report {
namespace {

std::string RenderDocx(const Consolidated& c, const ReportOptions& options = {}) {
  std::string out;
  StringSink sink(out);
  Status st = Render(Format::kDocx, c, options, sink);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().Describe(Lang::kEn));
  return out;
}

TEST(ReportRereadTest, TheProjectsZipReaderReadsTheWritersArchives) {
  std::string bytes;
  StringSink sink(bytes);
  ZipWriter zip(sink);
  const std::string big(200000, 'x');
  ASSERT_TRUE(zip.Add("word/document.xml", big).ok());
  ASSERT_TRUE(zip.Add("báo-cáo.txt", "xin chào", ZipMethod::kStored).ok());
  ASSERT_TRUE(zip.Finish().ok());
  auto archive = read::ZipArchive::Open(bytes);
  ASSERT_TRUE(archive.ok()) << archive.error().Describe(Lang::kEn);
  ASSERT_EQ(archive->entries().size(), 2u);
  const read::ZipEntry* doc = archive->Find("word/document.xml");
  ASSERT_NE(doc, nullptr);
  EXPECT_FALSE(doc->has_data_descriptor());
  auto data = archive->Read(*doc);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(*data, big);
  const read::ZipEntry* named = archive->Find("báo-cáo.txt");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->name_encoding, read::NameEncoding::kUtf8Flag);
  EXPECT_EQ(*archive->Read(*named), "xin chào");
}

TEST(ReportRereadTest, TheDocxReadsBackAsAnAdministrativeReport) {
  testing::ScenarioStore s;
  Consolidated c = testing::Build(s.store(), "all");
  ReportOptions options;
  options.number = "5";
  options.date = campaign::Date{2020, 12, 20};
  options.signer_name = "Lò Văn Hải";
  std::string docx = RenderDocx(c, options);

  auto doc = read::ReadDocument(docx);
  ASSERT_TRUE(doc.ok()) << doc.error().Describe(Lang::kEn);
  EXPECT_EQ(doc->format, model::Format::kDocx);
  campaign::Campaign campaign = testing::LoadTestCampaign();
  model::Source source;
  source.path = "bao-cao-tong-hop.docx";
  model::Record r = check::Analyze(*doc, source, &campaign);
  EXPECT_EQ(r.issuer.name, "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  EXPECT_EQ(r.number, "05");
  EXPECT_EQ(r.symbol, "BC-LĐLĐ");
  ASSERT_TRUE(r.doc_type.has_value());
  EXPECT_EQ(r.doc_type->code, "BC");
  EXPECT_EQ(r.place, "Lai Châu");
  EXPECT_EQ(r.date, "2020-12-20");
  EXPECT_EQ(r.title, "BÁO CÁO");
  ASSERT_EQ(r.sections.size(), 4u);
  EXPECT_EQ(r.sections[0].label, "I");
  EXPECT_EQ(r.sections[3].label, "IV");
  EXPECT_EQ(r.sections[3].title, "ĐỀ XUẤT, KIẾN NGHỊ");
  ASSERT_TRUE(r.signer.has_value());
  EXPECT_EQ(r.signer->authority, "TM. BAN THƯỜNG VỤ");
  EXPECT_EQ(r.signer->position, "CHỦ TỊCH");
  EXPECT_EQ(r.signer->name, "Lò Văn Hải");
  EXPECT_EQ(r.recipients.size(), 3u);
  EXPECT_TRUE(check::CitesPlan(r, campaign.plan));

  // The text a reader sees holds every unit and every total.
  std::ostringstream text;
  model::WriteDocumentText(text, *doc);
  for (const PeriodReport& p : c.periods) {
    for (const UnitRow& u : p.units) EXPECT_NE(text.str().find(u.name), std::string::npos);
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      if (!p.totals.metric_reported[i]) continue;
      EXPECT_NE(text.str().find(text::UpperFirst(p.metrics[i].label) + ": " +
                                FormatNumberVi(p.totals.metrics[i])),
                std::string::npos)
          << p.metrics[i].id;
    }
  }
}

TEST(ReportRereadTest, BlankNumberAndDateAreNotGuessed) {
  testing::ScenarioStore s;
  std::string docx = RenderDocx(testing::Build(s.store(), "dot-1"));
  auto doc = read::ReadDocument(docx);
  ASSERT_TRUE(doc.ok());
  model::Source source;
  model::Record r = check::Analyze(*doc, source, nullptr);
  EXPECT_FALSE(r.number.has_value());
  EXPECT_EQ(r.symbol, "BC-LĐLĐ");
  EXPECT_FALSE(r.date.has_value());
  EXPECT_EQ(r.place, "Lai Châu");
}

}  // namespace
}  // namespace tonghop::report
