// `tonghop status --json` (spec/record.md, exactly its keys) and the JSON
// report, which is the same object plus the report's metadata ("report")
// and the audit lists ("audit"), with a few more keys per period (name,
// doc_type, from, to, metric_labels; due_passed with an as-of instant).
// Numbers are plain JSON numbers.
#pragma once

#include "common/json_writer.h"
#include "common/lang.h"
#include "report/consolidated.h"

namespace tonghop::report {

// {"campaign": …, "periods": [{"id", "due", "units": […], "totals": {…}}]}
void WriteStatusJson(JsonWriter& w, const Consolidated& report, Lang lang);

}  // namespace tonghop::report
