// Field extraction: model::Document → model::Record (spec/record.md), every
// field that needs no campaign — issuer, number and symbol, type, place and
// date, title and subject, sections, references, signer, recipients — with a
// `missing-field` finding (attribute `field`) for each one not found and
// `symbol-type-mismatch` when the symbol's type code contradicts the type
// line. Nothing is guessed: a field the document leaves blank is null.
//
// The campaign-dependent parts (unit, period, section ids, figures) are
// check/analyze.h's, which calls this first.
//
// Pure; linear in the document's size: the body is flattened once and each
// field reads its own part of it once. Thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "extract/lines.h"
#include "extract/metrics.h"
#include "model/document.h"
#include "model/record.h"

namespace tonghop::extract {

// Where the parts of a document are, for the steps that come after
// extraction (figures, campaign checks). Points into the Document.
struct DocumentLayout {
  BodyLines lines;
  size_t content_begin = 0;  // first line after the subject
  size_t content_end = 0;    // first line of the closing (Nơi nhận, signer)
};

// Fills every field except source, issuer.unit, period, metrics and section
// ids. Reading findings of the Document are not copied (the caller decides).
model::Record ExtractRecord(const model::Document& document, DocumentLayout* layout = nullptr);

// The figures a campaign period asks for, read from the content of an
// extracted document (extract/metrics.h); `keys` are MakeMetricKeys(
// period.metrics, period.match).
std::map<std::string, model::MetricValue> ExtractCampaignMetrics(const DocumentLayout& layout,
                                                                 const campaign::Period& period,
                                                                 const MetricKeys& keys);

}  // namespace tonghop::extract
