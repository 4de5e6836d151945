// The campaign's match keys, built once.
#include "check/campaign_keys.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace tonghop::check {
namespace {

TEST(CampaignKeysTest, UnitNamesAndAliasesWithAbbreviationsExpanded) {
  const CampaignKeys& keys = testing::LaiChauKeys();
  ASSERT_EQ(keys.units().size(), testing::LaiChau().units.size());
  const UnitKeys& tp = keys.units().front();
  EXPECT_EQ(tp.unit, &testing::LaiChau().units.front());
  // The name and both aliases expand to one key; "thành phố" stays.
  EXPECT_EQ(tp.keys, (std::vector<std::string>{"liên đoàn lao động thành phố lai châu"}));
  EXPECT_EQ(tp.bare_keys, (std::vector<std::string>{"lien doan lao dong thanh pho lai chau"}));
  const UnitKeys& than_uyen = keys.units()[6];
  EXPECT_EQ(than_uyen.unit->id, "than-uyen");
  EXPECT_EQ(than_uyen.keys, (std::vector<std::string>{"liên đoàn lao động huyện than uyên",
                                                      "liên đoàn lao động than uyên"}));
  EXPECT_EQ(than_uyen.bare_keys, (std::vector<std::string>{"lien doan lao dong huyen than uyen",
                                                           "lien doan lao dong than uyen"}));
}

TEST(CampaignKeysTest, PeriodKeysFollowTheCampaignOrder) {
  const campaign::Campaign& c = testing::LaiChau();
  const CampaignKeys& keys = testing::LaiChauKeys();
  ASSERT_EQ(keys.periods().size(), c.periods.size());
  const campaign::Period& dot1 = *c.FindPeriod("dot-1");
  const PeriodKeys& k = keys.Of(dot1);
  EXPECT_EQ(k.period, &dot1);
  EXPECT_EQ(k.doc_type, "bc");
  EXPECT_EQ(k.match, (std::vector<std::string>{"đợt 1", "sơ kết", "6 tháng đầu năm",
                                               "mừng đảng quang vinh"}));
  ASSERT_EQ(k.section_titles.size(), dot1.sections.size());
  EXPECT_EQ(k.section_titles[4], (std::vector<std::string>{"kiến nghị", "đề xuất", "đề nghị"}));
  EXPECT_EQ(k.metrics.keywords, k.match);
  ASSERT_FALSE(k.metrics.labels.empty());
  EXPECT_EQ(k.metrics.labels.front().metric, 0u);
  EXPECT_EQ(k.metrics.labels.front().key, "số công đoàn cơ sở");
}

TEST(CampaignKeysTest, EmptyTitlesAndLabelsHaveNoKey) {
  campaign::Period p;
  p.doc_type = "BC";
  p.sections.push_back({"a", true, {"", " ", "Kết quả"}});
  p.metrics.push_back({"m", campaign::MetricKind::kInt, {"", "CĐCS"}});
  PeriodKeys k(p);
  EXPECT_EQ(k.section_titles, (std::vector<std::vector<std::string>>{{"kết quả"}}));
  ASSERT_EQ(k.metrics.labels.size(), 1u);
  EXPECT_EQ(k.metrics.labels[0].key, "công đoàn cơ sở");
}

}  // namespace
}  // namespace tonghop::check
