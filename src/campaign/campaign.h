// campaign::Campaign: what the pipeline expects to receive (spec/campaign.md):
// the plan the reports answer, the units that must report, the periods with
// their due dates, required sections and figures. Plain data; loaded and
// validated by campaign/loader.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop::campaign {

// A calendar day of the proleptic Gregorian calendar (no time, no zone).
// Compares in calendar order.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  auto operator<=>(const Date&) const = default;
  std::string Iso() const;  // "2020-07-10"

  // Parses exactly "YYYY-MM-DD" (years 1..9999) and checks the day exists
  // (2020-02-29 yes, 2021-02-29 no). Anything else gives nullopt.
  static std::optional<Date> Parse(std::string_view iso);
  // True for a day that exists (month 1..12, day within the month, year 1..9999).
  bool Valid() const;

  // Days since 1970-01-01 (negative before); only for Valid() dates.
  std::int64_t DayNumber() const;
  static Date FromDayNumber(std::int64_t days);
  Date AddDays(std::int64_t days) const { return FromDayNumber(DayNumber() + days); }
  // ISO weekday: 1 = Monday ... 6 = Saturday, 7 = Sunday.
  int IsoWeekday() const;
};

// b - a in days.
inline std::int64_t DaysBetween(const Date& a, const Date& b) {
  return b.DayNumber() - a.DayNumber();
}

struct Unit {
  std::string id;
  std::string name;                  // as the campaign writes it
  std::vector<std::string> aliases;  // short forms
};

struct SectionSpec {
  std::string id;
  bool required = false;
  std::vector<std::string> titles;  // variants; a heading matches when its fold key contains one
};

enum class MetricKind { kInt, kDecimal };

struct MetricSpec {
  std::string id;
  MetricKind kind = MetricKind::kInt;
  std::vector<std::string> labels;  // variants, matched against table row labels and sentences
};

struct Period {
  std::string id;
  std::string name;
  std::string doc_type;  // KH, BC, ...
  Date from;
  Date to;
  Date due;  // resolved: either @due, or @due-working-days after @to (working_days.h)
  std::optional<int> due_working_days;  // set when the file gave @due-working-days
  std::vector<std::string> match;       // subject keywords
  std::vector<SectionSpec> sections;
  std::vector<MetricSpec> metrics;
};

struct Holiday {
  Date from;
  Date to;
  std::string name;
};

struct PlanRef {
  std::string number;  // "141"
  std::string symbol;  // "KH-LĐLĐ"
  std::optional<Date> date;
};

struct Issuer {
  std::string parent;
  std::string name;
  std::string place;
};

struct Campaign {
  std::string source;  // the path (or display name) it was loaded from, for messages
  std::string id;
  std::string name;
  Issuer issuer;
  PlanRef plan;
  std::vector<Unit> units;
  std::vector<Holiday> holidays;
  std::vector<Period> periods;

  const Unit* FindUnit(const std::string& id) const;
  const Period* FindPeriod(const std::string& id) const;
};

}  // namespace tonghop::campaign
