#include "check/unit.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace tonghop::check {

namespace {

// The comparison key of a unit or issuer name.
std::string UnitKey(std::string_view name, bool no_marks) {
  return text::ExpandedFoldKey(name, {.no_marks = no_marks});
}

// Units whose name the key contains; `min_end` > 0 requires the match to
// end beyond that byte (into the issuer name when the key is parent + name).
UnitMatch Match(const std::string& issuer_key, bool no_marks, const campaign::Campaign& campaign,
                size_t min_end) {
  UnitMatch out;
  size_t best_len = 0;
  for (const campaign::Unit& unit : campaign.units) {
    size_t unit_best = 0;
    auto consider = [&](const std::string& name) {
      std::string key = UnitKey(name, no_marks);
      if (key.size() <= unit_best) return;
      for (size_t pos = text::FoldedFind(issuer_key, key); pos != std::string::npos;
           pos = text::FoldedFind(issuer_key, key, pos + 1)) {
        if (pos + key.size() > min_end) {
          unit_best = key.size();
          return;
        }
      }
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

}  // namespace

UnitMatch ResolveUnit(const model::Issuer& issuer, const campaign::Campaign& campaign) {
  if (!issuer.name) return {};
  // Text typed entirely without diacritics is compared without marks.
  const bool no_marks = text::IsAscii(*issuer.name);
  UnitMatch out = Match(UnitKey(*issuer.name, no_marks), no_marks, campaign, 0);
  if (out.unit || !out.candidates.empty() || !issuer.parent) return out;
  // A name wrapped over two header lines may have been read as parent +
  // name ("LIÊN ĐOÀN LAO ĐỘNG" / "HUYỆN TAM ĐƯỜNG"): a unit named across the
  // two counts, one named by the parent alone does not.
  const std::string parent_key = UnitKey(*issuer.parent, no_marks);
  return Match(parent_key + " " + UnitKey(*issuer.name, no_marks), no_marks, campaign, parent_key.size());
}

}  // namespace tonghop::check
