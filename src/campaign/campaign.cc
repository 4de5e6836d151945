#include "campaign/campaign.h"

#include <cstdio>

namespace tonghop::campaign {

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

const Unit* Campaign::FindUnit(const std::string& unit_id) const {
  for (const Unit& u : units) {
    if (u.id == unit_id) return &u;
  }
  return nullptr;
}

const Period* Campaign::FindPeriod(const std::string& period_id) const {
  for (const Period& p : periods) {
    if (p.id == period_id) return &p;
  }
  return nullptr;
}

}  // namespace tonghop::campaign
