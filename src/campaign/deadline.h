// Lateness of a submission (pure): the received instant against the end of
// the due day in Vietnam time (UTC+7, no daylight saving).
//
// On time when received <= due 23:59:59 +07:00 (= due 16:59:59Z). Otherwise
// late, by calendar days: (the received date in +07:00) - (due date). So a
// report received at 00:00:00 +07:00 the day after the due day is 1 day late,
// and one received at 23:59:59 +07:00 that same day is still 1 day late.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "campaign/campaign.h"

namespace tonghop::campaign {

inline constexpr int kVietnamUtcOffsetSeconds = 7 * 3600;

struct Lateness {
  bool late = false;
  int days_late = 0;  // 0 when on time

  bool operator==(const Lateness&) const = default;
};

// received_utc: seconds since 1970-01-01T00:00:00Z.
Lateness JudgeLateness(std::int64_t received_utc, const Date& due);

// The last second of `due` in Vietnam time, as UTC seconds (due 16:59:59Z).
std::int64_t EndOfDayVietnamUtc(const Date& due);

// The calendar day in Vietnam time of an instant.
Date VietnamDateOf(std::int64_t utc_seconds);

// Parses an ISO 8601 instant "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM|±HHMM)"
// (a space instead of 'T' is accepted). Without an offset the time is taken
// as Vietnam time (+07:00): that is how local times from a sender's PC or a
// ZIP entry are meant. Fractions are dropped. Invalid → nullopt.
std::optional<std::int64_t> ParseInstant(std::string_view iso);

// "2020-07-05T09:12:00+07:00": the instant written in Vietnam time.
std::string FormatInstantVietnam(std::int64_t utc_seconds);
// "2020-07-05T02:12:00Z".
std::string FormatInstantUtc(std::int64_t utc_seconds);

}  // namespace tonghop::campaign
