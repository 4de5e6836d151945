// Word's Flat OPC "XML Document" (Save As → Word XML Document, *.xml): a
// whole package in one XML file, root pkg:package in the namespace
// http://schemas.microsoft.com/office/2006/xmlPackage, one pkg:part per part
// (pkg:name, pkg:contentType) holding either pkg:xmlData (the part's XML
// inline) or pkg:binaryData (base64).
//
// ReadFlatOpc turns it into a MemoryPackage so the one WordprocessingML
// reader reads it like a DOCX: xmlData's element is serialised back to text
// (namespace declarations inherited from pkg:* ancestors are carried onto it,
// whitespace-only text kept), binaryData is base64-decoded.
//
// The caller runs CheckXml on the whole file first (ReadDocument does).
// Limits: max_zip_entries parts, max_part_bytes per part, the total against
// max_total_inflated_bytes. Duplicate part names (ASCII case-insensitive) are
// refused as in a ZIP package. Errors: kCorrupt (malformed XML, bad base64,
// not a pkg:package, duplicate), kLimitExceeded. Pure, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/error.h"
#include "read/limits.h"
#include "read/package.h"

namespace tonghop::read {

inline constexpr std::string_view kFlatOpcNamespace =
    "http://schemas.microsoft.com/office/2006/xmlPackage";

Result<MemoryPackage> ReadFlatOpc(std::string_view xml, const ReadLimits& limits = {});

// Base64 (RFC 4648, whitespace ignored, padding optional) → bytes; nullopt on
// any other character or a bad length.
std::optional<std::string> DecodeBase64(std::string_view text);

}  // namespace tonghop::read
