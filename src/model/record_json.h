// The record as JSON (spec/record.md): writing, and reading back what was
// written (the store keeps each record's JSON).
#pragma once

#include <ostream>
#include <string_view>

#include "common/error.h"
#include "common/json_writer.h"
#include "common/lang.h"
#include "model/record.h"

namespace tonghop::model {

// Writes one record object. Finding messages are rendered in `lang`.
void WriteRecordJson(JsonWriter& w, const Record& record, Lang lang);

// Writes one finding object: code, severity, attributes, message.
void WriteFindingJson(JsonWriter& w, const Finding& finding, Lang lang);

// Parses a record written by WriteRecordJson (messages are not read back:
// they are regenerated from codes). Unknown keys are ignored.
Result<Record> ParseRecordJson(std::string_view json);

}  // namespace tonghop::model
