#include "check/analyze.h"

#include "check/period.h"
#include "check/section_match.h"
#include "check/unit.h"
#include "extract/extract.h"
#include "model/finding.h"
#include "text/fold.h"

namespace tonghop::check {
namespace {

std::string_view WithoutLeadingZeros(std::string_view number) {
  while (number.size() > 1 && number.front() == '0') number.remove_prefix(1);
  return number;
}

std::string SymbolKey(std::string_view symbol) {
  // Fold key without the spaces NĐ 30 forbids in symbols ("KH - LĐLĐ").
  std::string key = text::FoldKey(symbol);
  std::string out;
  for (char c : key) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

const campaign::Period* CheckUnitAndPeriod(model::Record& r, const CampaignKeys& campaign,
                                           const Assignment& assigned) {
  const campaign::Campaign& c = campaign.campaign();
  const campaign::Unit* assigned_unit = assigned.unit ? c.FindUnit(*assigned.unit) : nullptr;
  const campaign::Period* assigned_period =
      assigned.period ? c.FindPeriod(*assigned.period) : nullptr;
  if (assigned_unit || assigned_period) {
    std::string ids = assigned_unit ? assigned_unit->id : "";
    if (assigned_period) ids += (ids.empty() ? "" : " / ") + assigned_period->id;
    r.findings.push_back(model::MakeFinding(model::codes::kAssignedOnIngest, {{"assigned", ids}}));
  }
  UnitMatch unit = assigned_unit ? UnitMatch{} : ResolveUnit(r.issuer, campaign);
  if (assigned_unit) {
    r.issuer.unit = assigned_unit->id;
  } else if (unit.unit) {
    r.issuer.unit = unit.unit->id;
  } else if (!unit.candidates.empty()) {
    std::string names;
    for (const campaign::Unit* u : unit.candidates) names += (names.empty() ? "" : ", ") + u->id;
    r.findings.push_back(model::MakeFinding(model::codes::kAmbiguousUnit, {{"candidates", names}}));
  } else {
    r.findings.push_back(model::MakeFinding(model::codes::kUnknownUnit));
  }
  if (assigned_period) {
    r.period = assigned_period->id;
    r.period_reason = "--period";
    return assigned_period;
  }
  PeriodChoice period = ChoosePeriod(r, campaign);
  if (!period.period) {
    r.findings.push_back(model::MakeFinding(model::codes::kUnknownPeriod));
    return nullptr;
  }
  r.period = period.period->id;
  r.period_reason = period.reason;
  return period.period;
}

void CheckPeriodContent(model::Record& r, const campaign::Campaign& campaign,
                        const PeriodKeys& period) {
  for (const campaign::SectionSpec* missing : MatchSections(r.sections, period)) {
    std::string title = missing->titles.empty() ? missing->id : missing->titles.front();
    r.findings.push_back(model::MakeFinding(model::codes::kMissingSection,
                                            {{"section", missing->id}, {"title", title}}));
  }
  bool report = r.doc_type && r.doc_type->code == "BC";
  if (report && !campaign.plan.number.empty() && !CitesPlan(r, campaign.plan)) {
    r.findings.push_back(
        model::MakeFinding(model::codes::kNoPlanReference,
                           {{"plan", campaign.plan.number + "/" + campaign.plan.symbol}}));
  }
}

void CheckMetrics(model::Record& r, const campaign::Period& period) {
  for (const campaign::MetricSpec& m : period.metrics) {
    if (r.metrics.count(m.id)) continue;
    std::string label = m.labels.empty() ? m.id : m.labels.front();
    r.findings.push_back(
        model::MakeFinding(model::codes::kMissingMetric, {{"metric", m.id}, {"label", label}}));
  }
}

}  // namespace

bool CitesPlan(const model::Record& record, const campaign::PlanRef& plan) {
  const std::string symbol = SymbolKey(plan.symbol);
  for (const model::Reference& ref : record.references) {
    if (!ref.number || !ref.symbol) continue;
    if (WithoutLeadingZeros(*ref.number) == WithoutLeadingZeros(plan.number) &&
        SymbolKey(*ref.symbol) == symbol) {
      return true;
    }
  }
  return false;
}

void CheckRecord(model::Record& record, const CampaignKeys& campaign) {
  if (const campaign::Period* period = CheckUnitAndPeriod(record, campaign, {})) {
    CheckPeriodContent(record, campaign.campaign(), campaign.Of(*period));
  }
}

namespace {

model::Record Extract(const model::Document& document, const model::Source& source,
                      extract::DocumentLayout& layout) {
  model::Record record = extract::ExtractRecord(document, &layout);
  record.source = source;
  // Reading findings (legacy encoding converted, content not read) first.
  record.findings.insert(record.findings.begin(), document.findings.begin(),
                         document.findings.end());
  return record;
}

}  // namespace

model::Record Analyze(const model::Document& document, const model::Source& source,
                      const CampaignKeys& campaign, const Assignment& assigned) {
  extract::DocumentLayout layout;
  model::Record record = Extract(document, source, layout);
  const campaign::Period* period = CheckUnitAndPeriod(record, campaign, assigned);
  if (!period) return record;
  const PeriodKeys& keys = campaign.Of(*period);
  CheckPeriodContent(record, campaign.campaign(), keys);
  record.metrics = extract::ExtractCampaignMetrics(layout, *period, keys.metrics);
  CheckMetrics(record, *period);
  return record;
}

model::Record Analyze(const model::Document& document, const model::Source& source,
                      const campaign::Campaign* campaign) {
  if (campaign) return Analyze(document, source, CampaignKeys(*campaign));
  extract::DocumentLayout layout;
  return Extract(document, source, layout);
}

}  // namespace tonghop::check
