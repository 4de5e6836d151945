// campaign::Campaign: what the pipeline expects to receive (spec/campaign.md):
// the plan the reports answer, the units that must report, the periods with
// their due dates, required sections and figures. Plain data; loaded and
// validated by campaign/loader.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tonghop::campaign {

// A calendar day, ISO "YYYY-MM-DD" ordering-compatible.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  auto operator<=>(const Date&) const = default;
  std::string Iso() const;  // "2020-07-10"
};

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
  Date due;  // resolved: either @due, or @due-working-days after @to
  std::optional<int> due_working_days;
  std::vector<std::string> match;  // subject keywords
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
