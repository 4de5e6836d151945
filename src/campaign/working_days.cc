#include "campaign/working_days.h"

#include <cassert>

namespace tonghop::campaign {

bool IsWeekend(const Date& day) { return day.IsoWeekday() >= 6; }

bool IsHoliday(const Date& day, const std::vector<Holiday>& holidays) {
  for (const Holiday& h : holidays) {
    if (h.from <= day && day <= h.to) return true;
  }
  return false;
}

bool IsWorkingDay(const Date& day, const std::vector<Holiday>& holidays) {
  return !IsWeekend(day) && !IsHoliday(day, holidays);
}

Date AddWorkingDays(const Date& after, int n, const std::vector<Holiday>& holidays) {
  assert(n >= 0 && after.Valid());
  // Each step moves at least one day; holidays are short (the loader caps
  // them) so this ends within a few times n days.
  std::int64_t day = after.DayNumber();
  while (n > 0) {
    ++day;
    if (IsWorkingDay(Date::FromDayNumber(day), holidays)) --n;
  }
  return Date::FromDayNumber(day);
}

}  // namespace tonghop::campaign
