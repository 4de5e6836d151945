// Working-day arithmetic for due dates given as `@due-working-days`
// (spec/campaign.md): a working day is Monday to Friday and not inside any
// `calendar/holiday` range (inclusive). Holidays that fall on a weekend change
// nothing (no compensatory day off is assumed; list it as a holiday if the
// government declares one). Pure functions.
#pragma once

#include <vector>

#include "campaign/campaign.h"

namespace tonghop::campaign {

bool IsWeekend(const Date& day);
// True when `day` lies inside one of the holiday ranges.
bool IsHoliday(const Date& day, const std::vector<Holiday>& holidays);
bool IsWorkingDay(const Date& day, const std::vector<Holiday>& holidays);

// The n-th working day strictly after `after`; n = 0 gives `after` itself
// (whatever day it is). n must be >= 0 and `after` Valid().
// Example: after Friday 2020-06-26, n = 1 → Monday 2020-06-29.
Date AddWorkingDays(const Date& after, int n, const std::vector<Holiday>& holidays);

}  // namespace tonghop::campaign
