// The one entry point ingest and `inspect` call: a read document (and where
// it came from) → its record, checked against a campaign when one is given.
//
// Without a campaign: extract::ExtractRecord plus the reading findings.
// With a campaign (spec/campaign.md, issue 5 "Checks"):
//  - issuer.unit from the issuer lines (unit.h); none → `unknown-unit`,
//    several → `ambiguous-unit` (attribute `candidates`);
//  - period and period_reason (period.h); none → `unknown-period`;
//  - section ids and `missing-section` (attributes `section`, `title` = the
//    first title variant as the campaign writes it) for required sections
//    not found (section_match.h);
//  - the period's figures (extract/metrics.h) and `missing-metric`
//    (attributes `metric`, `label`) for each one not found;
//  - `no-plan-reference` (attribute `plan`) when a report (BC) does not cite
//    the campaign's plan by number and symbol.
// Lateness is not judged here: it needs the received time, which ingest and
// status compare with campaign/deadline.h.
//
// Pure; thread-safe (the campaign is read-only).
#pragma once

#include <optional>
#include <string>

#include "campaign/campaign.h"
#include "check/campaign_keys.h"
#include "model/document.h"
#include "model/record.h"

namespace tonghop::check {

// What the person ingesting said of the documents (`ingest --unit/--period`):
// it replaces what the issuer lines and the subject would give, and the
// record gets an `assigned-on-ingest` finding (attribute `assigned`:
// "than-uyen", "dot-1" or "than-uyen / dot-1"). Ids must be the campaign's
// (the CLI checks them); an unknown id is ignored.
struct Assignment {
  std::optional<std::string> unit;
  std::optional<std::string> period;
};

model::Record Analyze(const model::Document& document, const model::Source& source,
                      const CampaignKeys& campaign, const Assignment& assigned = {});

// The same for one document: builds the campaign's keys for this call only
// (a caller analysing many documents builds CampaignKeys once). Without a
// campaign, extraction only.
model::Record Analyze(const model::Document& document, const model::Source& source,
                      const campaign::Campaign* campaign);

// The campaign checks on an already extracted record (unit, period, sections,
// plan reference). Figures need the document: Analyze reads them.
void CheckRecord(model::Record& record, const CampaignKeys& campaign);

// True when one of the record's references cites the plan (number compared
// without leading zeros, symbol by fold key).
bool CitesPlan(const model::Record& record, const campaign::PlanRef& plan);

}  // namespace tonghop::check
