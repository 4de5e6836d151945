#include "check/unit.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace tonghop::check {

namespace {

// The comparison key of an issuer name, as CampaignKeys has the units'.
std::string IssuerKey(std::string_view name, bool no_marks) {
  return text::ExpandedFoldKey(name, {.no_marks = no_marks});
}

// Units whose name the key contains; `min_end` > 0 requires the match to
// end beyond that byte (into the issuer name when the key is parent + name).
UnitMatch Match(const std::string& issuer_key, bool no_marks, const CampaignKeys& campaign,
                size_t min_end) {
  UnitMatch out;
  size_t best_len = 0;
  for (const UnitKeys& unit : campaign.units()) {
    size_t unit_best = 0;
    for (const std::string& key : no_marks ? unit.bare_keys : unit.keys) {
      if (key.size() <= unit_best) continue;
      for (size_t pos = text::FoldedFind(issuer_key, key); pos != std::string::npos;
           pos = text::FoldedFind(issuer_key, key, pos + 1)) {
        if (pos + key.size() > min_end) {
          unit_best = key.size();
          break;
        }
      }
    }
    if (unit_best == 0) continue;
    if (unit_best > best_len) {
      best_len = unit_best;
      out.candidates = {unit.unit};
    } else if (unit_best == best_len) {
      out.candidates.push_back(unit.unit);
    }
  }
  if (out.candidates.size() == 1) {
    out.unit = out.candidates.front();
    out.candidates.clear();
  }
  return out;
}

}  // namespace

UnitMatch ResolveUnit(const model::Issuer& issuer, const CampaignKeys& campaign) {
  if (!issuer.name) return {};
  // Text typed entirely without diacritics is compared without marks.
  const bool no_marks = text::IsAscii(*issuer.name);
  const std::string name_key = IssuerKey(*issuer.name, no_marks);
  UnitMatch out = Match(name_key, no_marks, campaign, 0);
  if (out.unit || !out.candidates.empty() || !issuer.parent) return out;
  // A name wrapped over two header lines may have been read as parent +
  // name ("LIÊN ĐOÀN LAO ĐỘNG" / "HUYỆN TAM ĐƯỜNG"): a unit named across the
  // two counts, one named by the parent alone does not.
  const std::string parent_key = IssuerKey(*issuer.parent, no_marks);
  return Match(parent_key + " " + name_key, no_marks, campaign, parent_key.size());
}

}  // namespace tonghop::check
