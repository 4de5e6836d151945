#include "check/unit.h"

#include <algorithm>

#include "extract/abbreviations.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace tonghop::check {

std::string UnitKey(std::string_view name, bool no_marks) {
  std::string key = extract::ExpandAbbreviations(text::FoldKey(name));
  if (no_marks) key = text::FoldKey(key, {.no_marks = true});
  return key;
}

UnitMatch ResolveUnit(const model::Issuer& issuer, const campaign::Campaign& campaign) {
  UnitMatch out;
  if (!issuer.name) return out;
  // Text typed entirely without diacritics is compared without marks.
  const bool no_marks = text::IsAscii(*issuer.name);
  const std::string issuer_key = UnitKey(*issuer.name, no_marks);
  size_t best_len = 0;
  for (const campaign::Unit& unit : campaign.units) {
    size_t unit_best = 0;
    auto consider = [&](const std::string& name) {
      std::string key = UnitKey(name, no_marks);
      if (key.size() > unit_best && text::FoldedContains(issuer_key, key)) unit_best = key.size();
    };
    consider(unit.name);
    for (const std::string& alias : unit.aliases) consider(alias);
    if (unit_best == 0) continue;
    if (unit_best > best_len) {
      best_len = unit_best;
      out.candidates = {&unit};
    } else if (unit_best == best_len) {
      out.candidates.push_back(&unit);
    }
  }
  if (out.candidates.size() == 1) {
    out.unit = out.candidates.front();
    out.candidates.clear();
  }
  return out;
}

}  // namespace tonghop::check
