// A fast byte scan of an XML document before any parser sees it.
//
// Refuses, with an Error whose `where` is the given part name:
// - a document larger than the limit (kLimitExceeded);
// - any DOCTYPE (kCorrupt): Word never writes one and OPC forbids DTDs, so an
//   untrusted DTD (entities, external references) is refused outright rather
//   than trusted to each parser's settings;
// - element nesting deeper than ReadLimits::max_xml_depth (kLimitExceeded), so
//   no later traversal, recursive or not, meets a 200 000-deep document.
//
// Linear in the input, one pass, no allocation, no recursion. Understands
// comments, CDATA, processing instructions and quoted attribute values (a '>'
// inside them is not markup). UTF-8 (with or without BOM), UTF-16 and UTF-32
// (by BOM or by the '<' pattern of the first character) are scanned in their
// own code units, so a UTF-16 part cannot hide a DOCTYPE. It is a guard, not a
// parser: malformed XML passes and is left to the parser to report.
//
// Every reader calls it before handing XML to pugixml or libxml2;
// ZipPackage::ReadPart already does for every part that starts like XML.
#pragma once

#include <cstdint>
#include <string_view>

#include "common/error.h"
#include "read/limits.h"

namespace tonghop::read {

struct XmlGuardLimits {
  std::uint64_t max_bytes = 256ull << 20;
  std::uint32_t max_depth = 256;
};

XmlGuardLimits XmlGuardLimitsFor(const ReadLimits& limits);  // max_part_bytes, max_xml_depth

Status CheckXml(std::string_view xml, const XmlGuardLimits& limits, std::string_view where = {});

// True when the bytes start like XML ('<' after an optional BOM and
// whitespace, in UTF-8, UTF-16 or UTF-32).
bool LooksLikeXml(std::string_view bytes);

}  // namespace tonghop::read
