#include "pipeline/analyze.h"

namespace tonghop::pipeline {

model::Record Analyze(const model::Document& document, model::Source source,
                      const campaign::Campaign& /*campaign*/) {
  model::Record record;
  record.source = std::move(source);
  record.findings = document.findings;
  return record;
}

}  // namespace tonghop::pipeline
