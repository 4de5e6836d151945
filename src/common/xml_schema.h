// XML Schema validation with libxml2, safe for untrusted input: no network,
// no DTD loading, no entity substitution, and a document that declares a
// DOCTYPE is refused (none of our formats uses one). Errors carry line numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace tonghop {

struct XmlIssue {
  int line = 0;
  std::string message;  // libxml2's text, trimmed
};

// A compiled schema. Compile once, validate many documents; validation of
// different documents from several threads at once is safe.
class XmlSchema {
 public:
  // `xsd` is the schema text; `name` is used in error messages.
  static Result<XmlSchema> Compile(std::string_view xsd, std::string name);

  XmlSchema(XmlSchema&&) noexcept;
  XmlSchema& operator=(XmlSchema&&) noexcept;
  ~XmlSchema();

  // Parses `xml` and validates it. Returns every problem found, in document
  // order (a malformed document gives its parse errors). Empty = valid.
  std::vector<XmlIssue> Validate(std::string_view xml) const;

 private:
  XmlSchema() = default;
  struct Impl;
  Impl* impl_ = nullptr;
};

// Schemas built into the binary from schemas/*.xsd ("campaign.xsd", ...).
// Returns an empty view for an unknown name.
std::string_view EmbeddedSchema(std::string_view file_name);

}  // namespace tonghop
