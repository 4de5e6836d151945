#include "campaign/loader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace tonghop::campaign {
namespace {

const std::string kData = std::string(TONGHOP_TEST_DATA) + "/campaigns/";
const std::string kSample =
    std::string(TONGHOP_SOURCE_DIR) + "/samples/campaigns/lai-chau-2020.xml";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string ErrorText(const Result<Campaign>& r, Lang lang) {
  if (r.ok()) return "(loaded)";
  return r.error().Describe(lang);
}

TEST(CampaignLoaderTest, SampleIsTheSpecExampleByteForByte) {
  const std::string spec = std::string(TONGHOP_SHARED_DIR) + "/spec/campaign-example.xml";
  std::ifstream probe(spec);
  if (!probe) GTEST_SKIP() << "shared spec not available";
  EXPECT_EQ(ReadFile(kSample), ReadFile(spec));
}

TEST(CampaignLoaderTest, LoadsTheLaiChauExample) {
  auto r = LoadCampaignFile(kSample);
  ASSERT_TRUE(r.ok()) << ErrorText(r, Lang::kEn);
  const Campaign& c = *r;
  EXPECT_EQ(c.source, kSample);
  EXPECT_EQ(c.id, "thi-dua-2020");
  EXPECT_EQ(
      c.name,
      "Phong trào thi đua năm 2020 chào mừng Đại hội thi đua yêu nước tỉnh Lai Châu lần thứ V");
  EXPECT_EQ(c.issuer.parent, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
  EXPECT_EQ(c.issuer.name, "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  EXPECT_EQ(c.issuer.place, "Lai Châu");
  EXPECT_EQ(c.plan.number, "141");
  EXPECT_EQ(c.plan.symbol, "KH-LĐLĐ");
  ASSERT_TRUE(c.plan.date.has_value());
  EXPECT_EQ(c.plan.date->Iso(), "2020-01-14");

  ASSERT_EQ(c.units.size(), 11u);
  EXPECT_EQ(c.units.front().id, "tp-lai-chau");
  EXPECT_EQ(c.units.front().name, "Liên đoàn Lao động thành phố Lai Châu");
  EXPECT_EQ(c.units.front().aliases,
            (std::vector<std::string>{"LĐLĐ thành phố Lai Châu", "LĐLĐ TP Lai Châu"}));
  EXPECT_EQ(c.units.back().id, "cd-vien-chuc");
  ASSERT_NE(c.FindUnit("muong-te"), nullptr);
  EXPECT_EQ(c.FindUnit("muong-te")->name, "Liên đoàn Lao động huyện Mường Tè");

  ASSERT_EQ(c.holidays.size(), 4u);
  EXPECT_EQ(c.holidays[0].from.Iso(), "2020-01-23");
  EXPECT_EQ(c.holidays[0].to.Iso(), "2020-01-29");
  EXPECT_EQ(c.holidays[0].name, "Tết Nguyên đán Canh Tý");

  ASSERT_EQ(c.periods.size(), 3u);
  const Period* kh = c.FindPeriod("ke-hoach");
  ASSERT_NE(kh, nullptr);
  EXPECT_EQ(kh->doc_type, "KH");
  EXPECT_EQ(kh->due.Iso(), "2020-02-20");
  EXPECT_FALSE(kh->due_working_days.has_value());
  ASSERT_EQ(kh->sections.size(), 3u);
  EXPECT_TRUE(kh->sections[0].required);
  EXPECT_EQ(kh->sections[2].titles,
            (std::vector<std::string>{"tổ chức thực hiện", "tổ chức, thực hiện"}));
  EXPECT_TRUE(kh->metrics.empty());

  const Period* dot1 = c.FindPeriod("dot-1");
  ASSERT_NE(dot1, nullptr);
  EXPECT_EQ(dot1->name, "Sơ kết đợt 1: \"Mừng Đảng quang vinh - Mừng sinh nhật Bác\"");
  EXPECT_EQ(dot1->from.Iso(), "2020-01-01");
  EXPECT_EQ(dot1->to.Iso(), "2020-06-30");
  EXPECT_EQ(dot1->due.Iso(), "2020-07-10");
  EXPECT_EQ(dot1->match, (std::vector<std::string>{"đợt 1", "sơ kết", "6 tháng đầu năm",
                                                   "mừng Đảng quang vinh"}));
  ASSERT_EQ(dot1->sections.size(), 5u);
  EXPECT_EQ(dot1->sections[0].id, "tinh-hinh");
  EXPECT_FALSE(dot1->sections[0].required);
  ASSERT_EQ(dot1->metrics.size(), 7u);
  EXPECT_EQ(dot1->metrics[3].id, "gia-tri-lam-loi");
  EXPECT_EQ(dot1->metrics[3].kind, MetricKind::kDecimal);
  EXPECT_EQ(dot1->metrics[0].kind, MetricKind::kInt);
  EXPECT_EQ(dot1->metrics[4].labels,
            (std::vector<std::string>{"công trình, sản phẩm", "công trình"}));
  EXPECT_EQ(c.FindPeriod("dot-2")->due.Iso(), "2020-12-15");
  EXPECT_EQ(c.FindPeriod("nope"), nullptr);
}

Result<Campaign> LoadData(const std::string& name) {
  return LoadCampaignXml(ReadFile(kData + name), name);
}

TEST(CampaignLoaderTest, EverySchemaErrorIsListedWithItsLine) {
  auto r = LoadData("schema-errors.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConfig);
  EXPECT_EQ(ExitCodeFor(r.error().code), 2);
  EXPECT_EQ(ErrorText(r, Lang::kEn),
            "schema-errors.xml:7: Element 'plan', attribute 'date': '2020-02-30' is not a valid "
            "value of the atomic type 'Day'.\n"
            "schema-errors.xml:9: Element 'alias': This element is not expected. Expected is ( "
            "name ).\n"
            "schema-errors.xml:12: Element 'period', attribute 'due': '10/07/2020' is not a valid "
            "value of the atomic type 'Day'.\n"
            "schema-errors.xml:14: Element 'metric', attribute 'kind': [facet 'enumeration'] The "
            "value 'number' is not an element of the set {'int', 'decimal'}.");
  EXPECT_EQ(ErrorText(r, Lang::kVi),
            "schema-errors.xml:7: sai lược đồ: Element 'plan', attribute 'date': '2020-02-30' is "
            "not a valid value of the atomic type 'Day'.\n"
            "schema-errors.xml:9: sai lược đồ: Element 'alias': This element is not expected. "
            "Expected is ( name ).\n"
            "schema-errors.xml:12: sai lược đồ: Element 'period', attribute 'due': '10/07/2020' "
            "is not a valid value of the atomic type 'Day'.\n"
            "schema-errors.xml:14: sai lược đồ: Element 'metric', attribute 'kind': [facet "
            "'enumeration'] The value 'number' is not an element of the set {'int', 'decimal'}.");
}

TEST(CampaignLoaderTest, ErrorsFromAFileNameThePathAsGiven) {
  const std::string path = kData + "schema-errors.xml";
  auto r = LoadCampaignFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "");
  EXPECT_EQ(r.error().what.en.rfind(path + ":7: Element 'plan'", 0), 0u) << r.error().what.en;
}

TEST(CampaignLoaderTest, MalformedXmlGivesItsParseErrorLine) {
  auto r = LoadData("not-well-formed.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConfig);
  EXPECT_EQ(ErrorText(r, Lang::kEn),
            "not-well-formed.xml:5: Opening and ending tag mismatch: campaign line 2 and campain");
}

TEST(CampaignLoaderTest, EverySemanticErrorIsListedWithItsLine) {
  auto r = LoadData("semantic-errors.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConfig);
  EXPECT_EQ(ErrorText(r, Lang::kEn),
            "semantic-errors.xml:8: duplicate unit id \"tam-duong\" (first used on line 7)\n"
            "semantic-errors.xml:9: name \"lđlđ HUYỆN TAM ĐƯỜNG\" belongs to both unit "
            "\"tam-duong\" (line 7) and unit \"sin-ho\"\n"
            "semantic-errors.xml:12: holiday \"Tết Nguyên đán Canh Tý\" (2020-01-29 – "
            "2020-01-23): from is after to\n"
            "semantic-errors.xml:13: holiday \"Nghỉ cả tháng\" (2020-04-01 – 2020-04-30) is 30 "
            "days long (at most 14)\n"
            "semantic-errors.xml:14: holiday \"Quốc khánh\" (2002-09-02 – 2002-09-02) is more "
            "than a year away from the campaign's periods (2020-06-15 – 2021-01-10)\n"
            "semantic-errors.xml:16: period \"dot-1\": from 2020-07-01 is after to 2020-06-30\n"
            "semantic-errors.xml:18: duplicate section id \"ket-qua\" in period \"dot-1\" (first "
            "used on line 17)\n"
            "semantic-errors.xml:20: duplicate metric id \"sang-kien\" in period \"dot-1\" (first "
            "used on line 19)\n"
            "semantic-errors.xml:22: duplicate period id \"dot-1\" (first used on line 16)\n"
            "semantic-errors.xml:22: period \"dot-1\": due date 2020-06-15 is before the period "
            "starts (2020-07-01)\n"
            "semantic-errors.xml:23: period \"dot-3\" has both due and due-working-days: use one\n"
            "semantic-errors.xml:24: period \"dot-4\" has no due date: give due or "
            "due-working-days");
  EXPECT_EQ(ErrorText(r, Lang::kVi),
            "semantic-errors.xml:8: mã đơn vị \"tam-duong\" bị trùng (đã dùng ở dòng 7)\n"
            "semantic-errors.xml:9: tên \"lđlđ HUYỆN TAM ĐƯỜNG\" dùng cho cả đơn vị \"tam-duong\" "
            "(dòng 7) và đơn vị \"sin-ho\"\n"
            "semantic-errors.xml:12: ngày nghỉ \"Tết Nguyên đán Canh Tý\" (2020-01-29 – "
            "2020-01-23): ngày bắt đầu sau ngày kết thúc\n"
            "semantic-errors.xml:13: ngày nghỉ \"Nghỉ cả tháng\" (2020-04-01 – 2020-04-30) dài 30 "
            "ngày (tối đa 14 ngày)\n"
            "semantic-errors.xml:14: ngày nghỉ \"Quốc khánh\" (2002-09-02 – 2002-09-02) cách các "
            "đợt báo cáo (2020-06-15 – 2021-01-10) hơn một năm\n"
            "semantic-errors.xml:16: đợt \"dot-1\": ngày bắt đầu 2020-07-01 sau ngày kết thúc "
            "2020-06-30\n"
            "semantic-errors.xml:18: mã mục \"ket-qua\" trong đợt \"dot-1\" bị trùng (đã dùng ở "
            "dòng 17)\n"
            "semantic-errors.xml:20: mã số liệu \"sang-kien\" trong đợt \"dot-1\" bị trùng (đã "
            "dùng ở dòng 19)\n"
            "semantic-errors.xml:22: mã đợt \"dot-1\" bị trùng (đã dùng ở dòng 16)\n"
            "semantic-errors.xml:22: đợt \"dot-1\": hạn nộp 2020-06-15 trước ngày bắt đầu đợt "
            "2020-07-01\n"
            "semantic-errors.xml:23: đợt \"dot-3\" có cả due và due-working-days: chỉ dùng một\n"
            "semantic-errors.xml:24: đợt \"dot-4\" thiếu hạn nộp: cần due hoặc due-working-days");
}

// One campaign with a single change, for checks that need a file of their own.
std::string ExampleWith(const std::string& from, const std::string& to) {
  std::string xml = ReadFile(kSample);
  size_t pos = xml.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) xml.replace(pos, from.size(), to);
  return xml;
}

TEST(CampaignLoaderTest, DueOnThePeriodsFirstDayIsAccepted) {
  auto r = LoadCampaignXml(ExampleWith("due=\"2020-02-20\"", "due=\"2020-01-14\""), "c.xml");
  ASSERT_TRUE(r.ok()) << ErrorText(r, Lang::kEn);
  auto before = LoadCampaignXml(ExampleWith("due=\"2020-02-20\"", "due=\"2020-01-13\""), "c.xml");
  EXPECT_EQ(ErrorText(before, Lang::kEn),
            "c.xml:32: period \"ke-hoach\": due date 2020-01-13 is before the period starts "
            "(2020-01-14)");
}

TEST(CampaignLoaderTest, AHolidayOfFourteenDaysIsAcceptedFifteenIsNot) {
  auto ok = LoadCampaignXml(
      ExampleWith("from=\"2020-01-23\" to=\"2020-01-29\"", "from=\"2020-01-20\" to=\"2020-02-02\""),
      "c.xml");
  EXPECT_TRUE(ok.ok()) << ErrorText(ok, Lang::kEn);
  auto bad = LoadCampaignXml(
      ExampleWith("from=\"2020-01-23\" to=\"2020-01-29\"", "from=\"2020-01-20\" to=\"2020-02-03\""),
      "c.xml");
  EXPECT_EQ(ErrorText(bad, Lang::kEn),
            "c.xml:26: holiday \"Tết Nguyên đán Canh Tý\" (2020-01-20 – 2020-02-03) is 15 days "
            "long (at most 14)");
}

TEST(CampaignLoaderTest, NamesCollideAcrossUnitsWhateverTheCase) {
  auto r = LoadCampaignXml(
      ExampleWith("<alias>LĐLĐ huyện Tam Đường</alias>",
                  "<alias>LĐLĐ huyện Tam Đường</alias><alias>lđlđ tp   lai châu</alias>"),
      "c.xml");
  EXPECT_EQ(ErrorText(r, Lang::kEn),
            "c.xml:13: name \"lđlđ tp lai châu\" belongs to both unit \"tp-lai-chau\" (line 12) "
            "and unit \"tam-duong\"");
  // The same name twice inside one unit is harmless.
  auto same_unit = LoadCampaignXml(
      ExampleWith("<alias>LĐLĐ huyện Tam Đường</alias>",
                  "<alias>LĐLĐ huyện Tam Đường</alias><alias>LĐLĐ HUYỆN TAM ĐƯỜNG</alias>"),
      "c.xml");
  EXPECT_TRUE(same_unit.ok()) << ErrorText(same_unit, Lang::kEn);
}

TEST(CampaignLoaderTest, TextIsNfcWithSpacesCollapsed) {
  // "Tam Đường" typed decomposed (combining horn and grave) and over two lines.
  auto r = LoadCampaignXml(
      ExampleWith(
          "<name>Liên đoàn Lao động huyện Tam Đường</name>",
          "<name>  Liên đoàn Lao động\n      huyện Tam Đu\xCC\x9Bo\xCC\x9B\xCC\x80ng </name>"),
      "c.xml");
  ASSERT_TRUE(r.ok()) << ErrorText(r, Lang::kEn);
  EXPECT_EQ(r->FindUnit("tam-duong")->name, "Liên đoàn Lao động huyện Tam Đường");
}

TEST(CampaignLoaderTest, OptionalPartsMayBeLeftOut) {
  auto r = LoadData("working-days.xml");
  ASSERT_TRUE(r.ok()) << ErrorText(r, Lang::kEn);
  EXPECT_EQ(r->issuer.parent, "");
  EXPECT_FALSE(r->plan.date.has_value());
  EXPECT_EQ(r->periods.at(0).name, "thang-1");  // no <name>: the id stands in
  EXPECT_TRUE(r->periods.at(0).sections.empty());
}

TEST(CampaignLoaderTest, MissingFileIsAConfigErrorNamingIt) {
  auto r = LoadCampaignFile(kData + "no-such-file.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConfig);
  EXPECT_EQ(r.error().Describe(Lang::kVi), kData + "no-such-file.xml: không có tệp chiến dịch này");
  auto dir = LoadCampaignFile(kData);
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.error().code, ErrorCode::kConfig);
}

TEST(CampaignLoaderTest, ADoctypeIsRefused) {
  auto r = LoadCampaignXml(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE campaign [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<campaign xmlns=\"urn:tonghop:campaign:1\" id=\"x\"><name>&x;</name></campaign>",
      "evil.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConfig);
  EXPECT_NE(r.error().what.en.find("DOCTYPE"), std::string::npos) << r.error().what.en;
}

}  // namespace
}  // namespace tonghop::campaign
