#include "report/consolidate.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "campaign/deadline.h"
#include "text/collate.h"

namespace tonghop::report {

const char* UnitStatusCode(UnitStatus status) {
  switch (status) {
    case UnitStatus::kOnTime:
      return "on-time";
    case UnitStatus::kLate:
      return "late";
    case UnitStatus::kMissing:
      return "missing";
  }
  return "missing";
}

const char* SortOrderName(SortOrder order) {
  return order == SortOrder::kName ? "name" : "campaign";
}

const char* UnassignedReasonCode(UnassignedReason reason) {
  switch (reason) {
    case UnassignedReason::kNoUnit:
      return "no-unit";
    case UnassignedReason::kNoPeriod:
      return "no-period";
    case UnassignedReason::kUnknownUnit:
      return "unknown-unit";
    case UnassignedReason::kUnknownPeriod:
      return "unknown-period";
  }
  return "no-unit";
}

const std::string& PeriodReport::SectionTitleOf(const std::string& section_id) const {
  for (const SectionTitle& s : sections) {
    if (s.id == section_id) return s.title;
  }
  return section_id;
}

namespace {

double RoundMicro(double v) { return std::round(v * 1e6) / 1e6; }

DocumentRef RefOf(const store::DocumentRow& d) {
  DocumentRef r;
  r.id = d.id;
  r.sha256 = d.sha256;
  r.path = d.path;
  r.format = d.format;
  r.number = d.number;
  r.symbol = d.symbol;
  r.date = d.date;
  r.received = d.received;
  r.received_utc = d.received_utc;
  return r;
}

// Keys (unit, period) of counting documents.
std::string CellKey(std::string_view period, std::string_view unit) {
  std::string key(period);
  key.push_back('\0');
  key.append(unit);
  return key;
}

std::vector<std::string> MissingSections(const campaign::Period& period,
                                         const std::vector<model::Finding>& findings) {
  std::vector<std::string> found;
  for (const model::Finding& f : findings) {
    if (f.code != model::codes::kMissingSection) continue;
    std::string id(f.Attr("section"));
    if (id.empty()) id = std::string(f.Attr("title"));
    if (!id.empty() && std::find(found.begin(), found.end(), id) == found.end()) {
      found.push_back(std::move(id));
    }
  }
  // Campaign order first, then ids the campaign does not know, as found.
  std::vector<std::string> ordered;
  ordered.reserve(found.size());
  for (const campaign::SectionSpec& s : period.sections) {
    if (std::find(found.begin(), found.end(), s.id) != found.end()) ordered.push_back(s.id);
  }
  for (std::string& id : found) {
    if (std::find(ordered.begin(), ordered.end(), id) == ordered.end()) {
      ordered.push_back(std::move(id));
    }
  }
  return ordered;
}

UnitRow MakeRow(const campaign::Unit& unit, const campaign::Period& period,
                const store::StoredDocument* doc) {
  UnitRow row;
  row.unit = unit.id;
  row.name = unit.name;
  row.metrics.resize(period.metrics.size());
  if (!doc) return row;

  row.document = RefOf(doc->document);
  campaign::Lateness lateness;
  if (doc->document.received_utc) {
    lateness = campaign::JudgeLateness(*doc->document.received_utc, period.due);
  }
  row.status = lateness.late ? UnitStatus::kLate : UnitStatus::kOnTime;
  row.days_late = lateness.days_late;
  if (lateness.late) {
    row.findings.push_back(model::MakeFinding(
        model::codes::kLateSubmission,
        {{"days", std::to_string(lateness.days_late)}, {"due", period.due.Iso()}}));
  }
  for (const model::Finding& f : doc->findings) {
    if (f.code == model::codes::kLateSubmission) continue;  // judged above
    row.findings.push_back(f);
  }
  if (!doc->document.received_utc) {
    row.findings.push_back(
        model::MakeFinding(model::codes::kMissingField, {{"field", "received"}}));
  }
  row.missing_sections = MissingSections(period, doc->findings);
  for (size_t i = 0; i < period.metrics.size(); ++i) {
    auto it = doc->metrics.find(period.metrics[i].id);
    if (it != doc->metrics.end() && std::isfinite(it->second.value)) {
      row.metrics[i] = it->second.value;
    }
  }
  return row;
}

Totals Sum(const std::vector<UnitRow>& units, size_t metric_count) {
  Totals t;
  t.expected = static_cast<int>(units.size());
  t.metrics.assign(metric_count, 0.0);
  t.metric_reported.assign(metric_count, 0);
  for (const UnitRow& u : units) {
    switch (u.status) {
      case UnitStatus::kOnTime:
        ++t.on_time;
        break;
      case UnitStatus::kLate:
        ++t.late;
        break;
      case UnitStatus::kMissing:
        ++t.missing;
        break;
    }
    for (size_t i = 0; i < metric_count; ++i) {
      if (u.metrics[i]) {
        t.metrics[i] += *u.metrics[i];
        ++t.metric_reported[i];
      }
    }
  }
  t.submitted = t.on_time + t.late;
  for (double& m : t.metrics) m = RoundMicro(m);
  return t;
}

// Unit indices in display order.
std::vector<size_t> UnitOrder(const campaign::Campaign& campaign, SortOrder sort) {
  std::vector<size_t> order(campaign.units.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (sort == SortOrder::kName) {
    std::vector<std::string> keys;
    keys.reserve(campaign.units.size());
    for (const campaign::Unit& u : campaign.units) keys.push_back(text::VietnameseSortKey(u.name));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      if (keys[a] != keys[b]) return keys[a] < keys[b];
      if (campaign.units[a].name != campaign.units[b].name) {
        return campaign.units[a].name < campaign.units[b].name;
      }
      return campaign.units[a].id < campaign.units[b].id;
    });
  }
  return order;
}

}  // namespace

Result<Consolidated> Consolidate(const campaign::Campaign& campaign, const StoreRows& rows,
                                 const ConsolidateOptions& options) {
  Consolidated out;
  out.campaign_id = campaign.id;
  out.campaign_name = campaign.name;
  out.issuer = campaign.issuer;
  out.plan = campaign.plan;
  out.sort = options.sort;
  out.as_of_utc = options.as_of_utc;

  const bool all = !options.period || *options.period == kAllPeriods;
  std::vector<const campaign::Period*> periods;
  if (all) {
    out.period_selector = kAllPeriods;
    for (const campaign::Period& p : campaign.periods) periods.push_back(&p);
  } else {
    const campaign::Period* p = campaign.FindPeriod(*options.period);
    if (!p) {
      std::string known;
      for (const campaign::Period& q : campaign.periods)
        known += (known.empty() ? "" : ", ") + q.id;
      return MakeError(
          ErrorCode::kUsage,
          Msg("Đợt thi đua không có kỳ báo cáo " + *options.period + " (có: " + known + ", all)",
              "The campaign has no period " + *options.period + " (known: " + known + ", all)"));
    }
    out.period_selector = p->id;
    periods.push_back(p);
  }
  std::unordered_set<std::string> selected;
  for (const campaign::Period* p : periods) selected.insert(p->id);
  std::unordered_set<std::string> unit_ids;
  for (const campaign::Unit& u : campaign.units) unit_ids.insert(u.id);

  // Classify every stored document once.
  std::unordered_map<std::string, const store::StoredDocument*> counting;
  std::unordered_map<std::int64_t, const store::StoredDocument*> by_id;
  by_id.reserve(rows.documents.size());
  for (const store::StoredDocument& sd : rows.documents) {
    const store::DocumentRow& d = sd.document;
    by_id[d.id] = &sd;
    std::optional<UnassignedReason> reason;
    if (!d.unit) {
      reason = UnassignedReason::kNoUnit;
    } else if (!d.period) {
      reason = UnassignedReason::kNoPeriod;
    } else if (!campaign.FindPeriod(*d.period)) {
      reason = UnassignedReason::kUnknownPeriod;
    } else if (!unit_ids.count(*d.unit)) {
      reason = UnassignedReason::kUnknownUnit;
    }
    if (reason) {
      // Only what may concern the selected periods.
      bool concerns = !d.period || !campaign.FindPeriod(*d.period) || selected.count(*d.period);
      if (concerns) {
        UnassignedDoc u;
        u.document = RefOf(d);
        u.reason = *reason;
        u.unit = d.unit;
        u.period = d.period;
        u.subject = d.subject;
        u.findings = sd.findings;
        out.audit.unassigned.push_back(std::move(u));
      }
      continue;
    }
    if (!selected.count(*d.period)) continue;
    if (d.counts) {
      counting[CellKey(*d.period, *d.unit)] = &sd;
    }
  }
  // Superseded documents, once the whole list is indexed.
  for (const store::StoredDocument& sd : rows.documents) {
    const store::DocumentRow& d = sd.document;
    if (d.counts || !d.superseded_by || !d.unit || !d.period) continue;
    if (!selected.count(*d.period) || !unit_ids.count(*d.unit)) continue;
    SupersededDoc s;
    s.period = *d.period;
    s.unit = *d.unit;
    s.document = RefOf(d);
    auto it = by_id.find(*d.superseded_by);
    if (it != by_id.end()) s.superseded_by = RefOf(it->second->document);
    out.audit.superseded.push_back(std::move(s));
  }
  std::map<std::string, size_t> period_rank;
  for (size_t i = 0; i < campaign.periods.size(); ++i) period_rank[campaign.periods[i].id] = i;
  std::map<std::string, size_t> unit_rank;
  for (size_t i = 0; i < campaign.units.size(); ++i) unit_rank[campaign.units[i].id] = i;
  std::stable_sort(out.audit.superseded.begin(), out.audit.superseded.end(),
                   [&](const SupersededDoc& a, const SupersededDoc& b) {
                     size_t pa = period_rank[a.period], pb = period_rank[b.period];
                     if (pa != pb) return pa < pb;
                     size_t ua = unit_rank[a.unit], ub = unit_rank[b.unit];
                     if (ua != ub) return ua < ub;
                     return a.document.id < b.document.id;
                   });

  for (const store::SightingRow& s : rows.sightings) {
    auto it = by_id.find(s.document_id);
    const store::DocumentRow* d = it != by_id.end() ? &it->second->document : nullptr;
    if (d && d->period && campaign.FindPeriod(*d->period) && !selected.count(*d->period)) continue;
    DuplicateArrival dup;
    dup.sha256 = s.sha256;
    dup.path = s.path;
    dup.received = s.received;
    if (d) {
      dup.original_path = d->path;
      dup.period = d->period;
      dup.unit = d->unit;
    }
    out.audit.duplicates.push_back(std::move(dup));
  }

  const std::vector<size_t> order = UnitOrder(campaign, options.sort);
  for (const campaign::Period* p : periods) {
    PeriodReport pr;
    pr.id = p->id;
    pr.name = p->name.empty() ? p->id : p->name;
    pr.doc_type = p->doc_type;
    pr.from = p->from;
    pr.to = p->to;
    pr.due = p->due;
    for (const campaign::SectionSpec& s : p->sections) {
      pr.sections.push_back({s.id, s.titles.empty() ? s.id : s.titles.front(), s.required});
    }
    for (const campaign::MetricSpec& m : p->metrics) {
      pr.metrics.push_back({m.id, m.kind, m.labels.empty() ? m.id : m.labels.front()});
    }
    if (options.as_of_utc) {
      pr.due_passed = *options.as_of_utc > campaign::EndOfDayVietnamUtc(p->due);
    }
    pr.units.reserve(campaign.units.size());
    for (size_t i : order) {
      const campaign::Unit& unit = campaign.units[i];
      auto it = counting.find(CellKey(p->id, unit.id));
      UnitRow row = MakeRow(unit, *p, it == counting.end() ? nullptr : it->second);
      row.not_yet_due =
          row.status == UnitStatus::kMissing && pr.due_passed.has_value() && !*pr.due_passed;
      pr.units.push_back(std::move(row));
    }
    pr.totals = Sum(pr.units, pr.metrics.size());
    out.periods.push_back(std::move(pr));
  }
  return out;
}

}  // namespace tonghop::report
