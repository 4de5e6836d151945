// Which period a document answers, and why.
#include "check/period.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace tonghop::check {
namespace {

model::Record Doc(std::string code, std::optional<std::string> subject,
                  std::optional<std::string> date) {
  model::Record r;
  r.doc_type = model::DocType{std::move(code), ""};
  r.subject = std::move(subject);
  r.date = std::move(date);
  return r;
}

TEST(PeriodTest, OnlyPeriodOfItsType) {
  PeriodChoice p = ChoosePeriod(Doc("KH", "Triển khai phong trào thi đua", "2020-02-05"),
                                testing::LaiChauKeys());
  ASSERT_TRUE(p.period);
  EXPECT_EQ(p.period->id, "ke-hoach");
  EXPECT_EQ(p.reason, "KH");
}

TEST(PeriodTest, KeywordsInTheSubject) {
  PeriodChoice p = ChoosePeriod(
      Doc("BC", "Sơ kết phong trào thi đua “Mừng Đảng quang vinh - Mừng sinh nhật Bác”",
          "2020-12-01"),
      testing::LaiChauKeys());
  ASSERT_TRUE(p.period);
  EXPECT_EQ(p.period->id, "dot-1");  // the keywords win over the date
  EXPECT_EQ(p.reason, "BC; từ khóa 'sơ kết', 'mừng Đảng quang vinh'");
  PeriodChoice total = ChoosePeriod(Doc("BC", "TỔNG KẾT phong trào thi đua năm 2020", "2020-07-01"),
                                    testing::LaiChauKeys());
  EXPECT_EQ(total.period->id, "dot-2");
}

TEST(PeriodTest, MoreKeywordsWin) {
  PeriodChoice p = ChoosePeriod(
      Doc("BC",
          "Sơ kết phong trào thi đua 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2020",
          "2020-07-08"),
      testing::LaiChauKeys());
  EXPECT_EQ(p.period->id, "dot-1");
}

TEST(PeriodTest, DateNearestTheDueDateWhenKeywordsDoNotTell) {
  PeriodChoice p = ChoosePeriod(Doc("BC", "Kết quả phong trào thi đua năm 2020", "2020-11-30"),
                                testing::LaiChauKeys());
  ASSERT_TRUE(p.period);
  EXPECT_EQ(p.period->id, "dot-2");
  EXPECT_EQ(p.reason, "BC; ngày 2020-11-30 gần hạn nộp 2020-12-15 nhất");
  EXPECT_FALSE(
      ChoosePeriod(Doc("BC", "Kết quả phong trào", std::nullopt), testing::LaiChauKeys()).period);
}

TEST(PeriodTest, NoPeriodForTheType) {
  EXPECT_FALSE(ChoosePeriod(Doc("QĐ", "Khen thưởng", "2020-07-01"), testing::LaiChauKeys()).period);
}

}  // namespace
}  // namespace tonghop::check
