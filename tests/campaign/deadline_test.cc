#include "campaign/deadline.h"

#include <gtest/gtest.h>

namespace tonghop::campaign {
namespace {

const Date kDue{2020, 7, 10};

Lateness Judge(const char* received) {
  auto t = ParseInstant(received);
  EXPECT_TRUE(t.has_value()) << received;
  return JudgeLateness(t.value_or(0), kDue);
}

TEST(DeadlineTest, TheDueDayEndsAt235959InVietnam) {
  EXPECT_EQ(FormatInstantUtc(EndOfDayVietnamUtc(kDue)), "2020-07-10T16:59:59Z");
  EXPECT_EQ(FormatInstantVietnam(EndOfDayVietnamUtc(kDue)), "2020-07-10T23:59:59+07:00");
}

TEST(DeadlineTest, BoundaryInVietnamTime) {
  EXPECT_EQ(Judge("2020-07-10T23:59:59+07:00"), (Lateness{false, 0}));
  EXPECT_EQ(Judge("2020-07-11T00:00:00+07:00"), (Lateness{true, 1}));
  EXPECT_EQ(Judge("2020-07-11T23:59:59+07:00"), (Lateness{true, 1}));
  EXPECT_EQ(Judge("2020-07-12T00:00:00+07:00"), (Lateness{true, 2}));
}

TEST(DeadlineTest, BoundaryGivenInUtc) {
  EXPECT_EQ(Judge("2020-07-10T16:59:59Z"), (Lateness{false, 0}));
  EXPECT_EQ(Judge("2020-07-10T17:00:00Z"), (Lateness{true, 1}));
  EXPECT_EQ(Judge("2020-07-11T16:59:59Z"), (Lateness{true, 1}));
  EXPECT_EQ(Judge("2020-07-11T17:00:00Z"), (Lateness{true, 2}));
  // Still 10 July in UTC, already 11 July in Vietnam.
  EXPECT_EQ(Judge("2020-07-10T20:00:00Z"), (Lateness{true, 1}));
}

TEST(DeadlineTest, EarlyAndOtherOffsets) {
  EXPECT_EQ(Judge("2020-07-01T08:00:00+07:00"), (Lateness{false, 0}));
  EXPECT_EQ(Judge("2020-07-10T00:00:00+07:00"), (Lateness{false, 0}));
  EXPECT_EQ(Judge("2020-07-11T01:59:59+09:00"), (Lateness{false, 0}));  // 23:59:59 +07
  EXPECT_EQ(Judge("2020-07-11T02:00:00+09:00"), (Lateness{true, 1}));
  EXPECT_EQ(Judge("2020-07-10T12:00:00-05:00"), (Lateness{true, 1}));  // 00:00 +07 on the 11th
  EXPECT_EQ(Judge("2020-08-09T10:00:00+07:00"), (Lateness{true, 30}));
  EXPECT_EQ(Judge("2021-07-10T10:00:00+07:00"), (Lateness{true, 365}));
}

TEST(DeadlineTest, ALocalTimeWithoutOffsetIsVietnamTime) {
  EXPECT_EQ(ParseInstant("2020-07-10T23:59:59"), ParseInstant("2020-07-10T23:59:59+07:00"));
  EXPECT_EQ(ParseInstant("2020-07-10 09:12:00"), ParseInstant("2020-07-10T02:12:00Z"));
  EXPECT_EQ(Judge("2020-07-11T00:00:00"), (Lateness{true, 1}));
}

TEST(DeadlineTest, ParsesVariantsOfIso8601) {
  EXPECT_EQ(ParseInstant("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(ParseInstant("1970-01-01T07:00:00+07:00"), 0);
  EXPECT_EQ(ParseInstant("1970-01-01T07:00:00+0700"), 0);
  EXPECT_EQ(ParseInstant("1970-01-01T00:00:00.999Z"), 0);
  EXPECT_EQ(ParseInstant("2020-07-05T09:12:00+07:00"), ParseInstant("2020-07-05T02:12:00Z"));
  EXPECT_EQ(ParseInstant("1969-12-31T23:59:59Z"), -1);
}

TEST(DeadlineTest, RefusesWhatIsNotAnInstant) {
  for (const char* bad :
       {"", "2020-07-10", "2020-07-10T25:00:00Z", "2020-02-30T10:00:00Z", "2020-07-10T10:00Z",
        "2020-07-10T10:00:00+7", "2020-07-10T10:00:00 ", "2020-07-10T10:00:00+07:00x",
        "10/07/2020 10:00:00", "2020-07-10T10:00:00."}) {
    EXPECT_FALSE(ParseInstant(bad).has_value()) << bad;
  }
}

TEST(DeadlineTest, FormatsRoundTrip) {
  for (std::int64_t t : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{1594400399},
                         std::int64_t{1594400400}, std::int64_t{4102444800}}) {
    EXPECT_EQ(ParseInstant(FormatInstantVietnam(t)), t);
    EXPECT_EQ(ParseInstant(FormatInstantUtc(t)), t);
  }
  EXPECT_EQ(FormatInstantVietnam(0), "1970-01-01T07:00:00+07:00");
  EXPECT_EQ(VietnamDateOf(*ParseInstant("2020-07-10T17:00:00Z")), (Date{2020, 7, 11}));
  EXPECT_EQ(VietnamDateOf(*ParseInstant("2020-07-10T16:59:59Z")), (Date{2020, 7, 10}));
}

}  // namespace
}  // namespace tonghop::campaign
