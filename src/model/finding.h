// Findings: problems a document (or a submission) has that are worth telling
// the clerk about, but that do not stop the pipeline. Every stage may add
// findings; none throws for them.
//
// A finding is a stable kebab-case code, a severity and a few named attributes
// (e.g. section=kien-nghi, title=Đề xuất, kiến nghị). Its human message is made
// from the catalog in finding.cc at output time, in the language asked for, so
// stored findings can be shown in either language later.
//
// To add a code: add a row to kCatalog in finding.cc (code, severity, the two
// message templates) and a test in tests/model/finding_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/lang.h"

namespace tonghop::model {

enum class Severity { kError, kWarning, kInfo };

const char* SeverityName(Severity severity);  // "error", "warning", "info"

struct Finding {
  std::string code;
  Severity severity = Severity::kWarning;
  // Named values, in insertion order: written as JSON keys beside code and
  // severity, and substituted into the message template ({section}, {days}).
  std::vector<std::pair<std::string, std::string>> attrs;

  // The attribute's value, or "" when absent.
  std::string_view Attr(std::string_view key) const;
};

// Codes used across the pipeline (the catalog in finding.cc knows each).
namespace codes {
inline constexpr std::string_view kMissingField = "missing-field";
inline constexpr std::string_view kMissingSection = "missing-section";
inline constexpr std::string_view kLateSubmission = "late-submission";
inline constexpr std::string_view kUnknownUnit = "unknown-unit";
inline constexpr std::string_view kAssignedOnIngest = "assigned-on-ingest";
inline constexpr std::string_view kAmbiguousUnit = "ambiguous-unit";
inline constexpr std::string_view kUnknownPeriod = "unknown-period";
inline constexpr std::string_view kNoPlanReference = "no-plan-reference";
inline constexpr std::string_view kSymbolTypeMismatch = "symbol-type-mismatch";
inline constexpr std::string_view kLegacyEncodingConverted = "legacy-encoding-converted";
inline constexpr std::string_view kDuplicate = "duplicate";
inline constexpr std::string_view kSuperseded = "superseded";
inline constexpr std::string_view kMissingMetric = "missing-metric";
inline constexpr std::string_view kUnsupportedContent = "unsupported-content";
}  // namespace codes

// Builds a finding with the catalog's default severity for the code.
Finding MakeFinding(std::string_view code,
                    std::vector<std::pair<std::string, std::string>> attrs = {});

// The human message of a finding, from the catalog template with the
// attributes filled in. Unknown codes get a generic message naming the code.
LocalizedText DescribeFinding(const Finding& finding);

// True when the catalog knows the code.
bool IsKnownFindingCode(std::string_view code);

}  // namespace tonghop::model
