#include "campaign/working_days.h"

#include <gtest/gtest.h>

#include "campaign/loader.h"

namespace tonghop::campaign {
namespace {

Date D(const char* iso) { return *Date::Parse(iso); }

// The 2020 calendar of the Lai Châu example.
const std::vector<Holiday> k2020 = {
    {D("2020-01-23"), D("2020-01-29"), "Tết Nguyên đán Canh Tý"},
    {D("2020-04-02"), D("2020-04-02"), "Giỗ Tổ Hùng Vương"},
    {D("2020-04-30"), D("2020-05-01"), "30/4, 1/5"},
    {D("2020-09-02"), D("2020-09-02"), "Quốc khánh"},
};

TEST(WorkingDaysTest, WeekendsAndHolidaysAreNotWorkingDays) {
  EXPECT_TRUE(IsWeekend(D("2020-02-29")));   // Saturday
  EXPECT_TRUE(IsWeekend(D("2020-03-01")));   // Sunday
  EXPECT_FALSE(IsWeekend(D("2020-03-02")));  // Monday
  EXPECT_TRUE(IsHoliday(D("2020-01-23"), k2020));
  EXPECT_TRUE(IsHoliday(D("2020-01-29"), k2020));
  EXPECT_FALSE(IsHoliday(D("2020-01-30"), k2020));
  EXPECT_FALSE(IsWorkingDay(D("2020-01-27"), k2020));  // Monday inside Tết
  EXPECT_TRUE(IsWorkingDay(D("2020-01-30"), k2020));
  EXPECT_FALSE(IsWorkingDay(D("2020-01-25"), {}));  // Saturday without holidays
}

TEST(WorkingDaysTest, ZeroWorkingDaysIsTheDayItself) {
  EXPECT_EQ(AddWorkingDays(D("2020-06-30"), 0, k2020), D("2020-06-30"));
  EXPECT_EQ(AddWorkingDays(D("2020-06-27"), 0, k2020), D("2020-06-27"));  // even a Saturday
  EXPECT_EQ(AddWorkingDays(D("2020-01-25"), 0, k2020), D("2020-01-25"));  // even in Tết
}

TEST(WorkingDaysTest, WeekendsAreSkipped) {
  EXPECT_EQ(AddWorkingDays(D("2020-06-26"), 1, {}), D("2020-06-29"));   // Fri → Mon
  EXPECT_EQ(AddWorkingDays(D("2020-07-09"), 2, {}), D("2020-07-13"));   // Thu → Fri, Mon
  EXPECT_EQ(AddWorkingDays(D("2020-06-27"), 1, {}), D("2020-06-29"));   // from a Saturday
  EXPECT_EQ(AddWorkingDays(D("2020-06-30"), 10, {}), D("2020-07-14"));  // two weeks
}

TEST(WorkingDaysTest, TetIsSkippedWhole) {
  // Wed 22 Jan 2020, Tết Thu 23 - Wed 29: the next working day is Thu 30.
  EXPECT_EQ(AddWorkingDays(D("2020-01-22"), 1, k2020), D("2020-01-30"));
  // Mon 20 Jan + 5: Tue 21, Wed 22, (Tết), Thu 30, Fri 31, Mon 3 Feb.
  EXPECT_EQ(AddWorkingDays(D("2020-01-20"), 5, k2020), D("2020-02-03"));
  // Without the calendar the same count lands inside Tết.
  EXPECT_EQ(AddWorkingDays(D("2020-01-20"), 5, {}), D("2020-01-27"));
}

TEST(WorkingDaysTest, HolidaysOnWeekdaysAndAcrossAWeekend) {
  // 30/4 (Thu) and 1/5 (Fri), then the weekend: Wed 29 Apr + 1 = Mon 4 May.
  EXPECT_EQ(AddWorkingDays(D("2020-04-29"), 1, k2020), D("2020-05-04"));
  // Giỗ Tổ on Thu 2 Apr: Wed 1 + 2 = Fri 3, Mon 6.
  EXPECT_EQ(AddWorkingDays(D("2020-04-01"), 2, k2020), D("2020-04-06"));
  // Quốc khánh on Wed 2 Sep: Mon 31 Aug + 2 = Tue 1, Thu 3.
  EXPECT_EQ(AddWorkingDays(D("2020-08-31"), 2, k2020), D("2020-09-03"));
}

TEST(WorkingDaysTest, AHolidayOnAWeekendChangesNothing) {
  const std::vector<Holiday> weekend = {{D("2020-08-29"), D("2020-08-30"), "on a weekend"}};
  EXPECT_EQ(AddWorkingDays(D("2020-08-27"), 2, weekend), D("2020-08-31"));
  EXPECT_EQ(AddWorkingDays(D("2020-08-27"), 2, {}), D("2020-08-31"));
}

TEST(WorkingDaysTest, AcrossTheYearEnd) {
  const std::vector<Holiday> new_year = {{D("2021-01-01"), D("2021-01-01"), "Tết Dương lịch"}};
  EXPECT_EQ(AddWorkingDays(D("2020-12-31"), 1, {}), D("2021-01-01"));
  EXPECT_EQ(AddWorkingDays(D("2020-12-31"), 1, new_year), D("2021-01-04"));
}

TEST(WorkingDaysTest, LoaderResolvesDueWorkingDays) {
  auto r = LoadCampaignFile(std::string(TONGHOP_TEST_DATA) + "/campaigns/working-days.xml");
  ASSERT_TRUE(r.ok()) << r.error().Describe(Lang::kEn);
  const Period& p = r->periods.at(0);
  ASSERT_TRUE(p.due_working_days.has_value());
  EXPECT_EQ(*p.due_working_days, 5);
  EXPECT_EQ(p.due, D("2020-02-03"));
}

}  // namespace
}  // namespace tonghop::campaign
