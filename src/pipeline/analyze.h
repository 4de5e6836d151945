// Document → checked Record: the one seam where field extraction and the
// campaign checks plug into the pipeline.
//
// check::Analyze (extract + unit, period, sections, figures, plan reference)
// plus the one check that needs where the document came from: lateness. When
// the record has a period and source.received, the received instant is
// judged against the end of the period's due day in Vietnam time
// (campaign/deadline.h) and a late one gets a `late-submission` finding
// (attributes `days`, `due`).
//
// Pure and thread-safe: batch runs it on worker threads.
#pragma once

#include "campaign/campaign.h"
#include "check/analyze.h"
#include "check/campaign_keys.h"
#include "model/document.h"
#include "model/record.h"

namespace tonghop::pipeline {

model::Record Analyze(const model::Document& document, model::Source source,
                      const check::CampaignKeys& campaign, const check::Assignment& assigned = {});

// Adds the `late-submission` finding when the record is late (see above).
void JudgeLateness(model::Record& record, const campaign::Campaign& campaign);

}  // namespace tonghop::pipeline
