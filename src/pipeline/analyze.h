// Document → checked Record: the one seam where field extraction and the
// campaign checks (src/extract, src/check) plug into the pipeline.
//
// Stand-in until the extract stage's entry point lands: it fills what the
// pipeline itself knows — the source block (path, SHA-256, format, size,
// received) and the reader's findings — and leaves issuer, period and the
// other fields empty (a record without unit or period is stored but counts
// nowhere). Swapping in the real analysis changes only analyze.cc.
//
// Pure and thread-safe: batch runs it on worker threads.
#pragma once

#include "campaign/campaign.h"
#include "model/document.h"
#include "model/record.h"

namespace tonghop::pipeline {

model::Record Analyze(const model::Document& document, model::Source source,
                      const campaign::Campaign& campaign);

}  // namespace tonghop::pipeline
