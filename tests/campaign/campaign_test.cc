#include "campaign/campaign.h"

#include <gtest/gtest.h>

namespace tonghop::campaign {
namespace {

TEST(DateTest, ParsesIsoDaysAndRefusesImpossibleOnes) {
  auto d = Date::Parse("2020-07-10");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Date{2020, 7, 10}));
  EXPECT_EQ(d->Iso(), "2020-07-10");
  EXPECT_TRUE(Date::Parse("2020-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2000-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2021-02-29").has_value());
  EXPECT_FALSE(Date::Parse("1900-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2020-04-31").has_value());
  EXPECT_FALSE(Date::Parse("2020-13-01").has_value());
  EXPECT_FALSE(Date::Parse("2020-00-10").has_value());
  EXPECT_FALSE(Date::Parse("2020-7-10").has_value());
  EXPECT_FALSE(Date::Parse("10/07/2020").has_value());
  EXPECT_FALSE(Date::Parse("2020-07-10T00:00").has_value());
  EXPECT_FALSE(Date::Parse("0000-01-01").has_value());
  EXPECT_FALSE(Date::Parse("").has_value());
}

TEST(DateTest, DayNumbersCountFromTheUnixEpoch) {
  EXPECT_EQ((Date{1970, 1, 1}).DayNumber(), 0);
  EXPECT_EQ((Date{1969, 12, 31}).DayNumber(), -1);
  EXPECT_EQ((Date{2020, 1, 1}).DayNumber(), 18262);
  EXPECT_EQ((Date{2020, 7, 10}).DayNumber(), 18453);
  EXPECT_EQ(Date::FromDayNumber(18321), (Date{2020, 2, 29}));
  EXPECT_EQ(DaysBetween(Date{2020, 2, 28}, Date{2020, 3, 1}), 2);
  EXPECT_EQ(DaysBetween(Date{2021, 2, 28}, Date{2021, 3, 1}), 1);
  EXPECT_EQ((Date{2020, 12, 31}).AddDays(1), (Date{2021, 1, 1}));
  EXPECT_EQ((Date{2020, 3, 1}).AddDays(-1), (Date{2020, 2, 29}));
}

TEST(DateTest, DayNumbersRoundTripOverCenturies) {
  for (std::int64_t n = -700000; n <= 800000; n += 97) {
    Date d = Date::FromDayNumber(n);
    ASSERT_TRUE(d.Valid()) << n;
    ASSERT_EQ(d.DayNumber(), n);
  }
}

TEST(DateTest, IsoWeekday) {
  EXPECT_EQ((Date{1970, 1, 1}).IsoWeekday(), 4);    // Thursday
  EXPECT_EQ((Date{1969, 12, 29}).IsoWeekday(), 1);  // Monday
  EXPECT_EQ((Date{2020, 1, 1}).IsoWeekday(), 3);    // Wednesday
  EXPECT_EQ((Date{2020, 2, 29}).IsoWeekday(), 6);   // Saturday
  EXPECT_EQ((Date{2020, 8, 30}).IsoWeekday(), 7);   // Sunday
}

TEST(DateTest, OrdersByCalendar) {
  EXPECT_LT((Date{2020, 1, 31}), (Date{2020, 2, 1}));
  EXPECT_LT((Date{2019, 12, 31}), (Date{2020, 1, 1}));
}

}  // namespace
}  // namespace tonghop::campaign
