// Byte-level identification helpers behind SniffFormat (reader.h): magic
// numbers of the formats tonghop refuses, the stream names inside an OLE
// compound file (legacy .doc/.xls/.ppt, password-protected Office files), and
// the root element of an XML document. Pure functions over untrusted bytes:
// bounded work, no allocation proportional to the input except where noted.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "read/reader.h"

namespace tonghop::read {

// True for the local-header, empty-archive and spanned-archive signatures.
bool HasZipSignature(std::string_view bytes);

// Identifies the formats that are refused by their signature alone (PDF,
// images, RTF, other archives, OLE compound files, MHT, plain text ...).
// nullopt when the bytes are ZIP or start like XML, or nothing matched (the
// caller then says "unknown").
std::optional<SniffResult> SniffRefusedByMagic(std::string_view bytes);

// Plain text, or "unrecognised": the last word when nothing else matched.
SniffResult DescribeUnrecognised(std::string_view bytes);

// The top-level stream and storage names of an OLE/CFB compound file (UTF-8,
// directory order), following the FAT chain of the directory with cycle and
// bounds checks. Also whether a WordDocument stream's FIB says "encrypted".
struct CfbDirectory {
  std::vector<std::string> names;
  bool word_fib_encrypted = false;
};
std::optional<CfbDirectory> ReadCfbDirectory(std::string_view bytes);

// What an OLE compound file is, from its directory (kEncrypted for
// EncryptedPackage / EncryptionInfo and for an encrypted .doc).
SniffResult DescribeCfb(std::string_view bytes);

// The root element of an XML document, after BOM, XML declaration,
// processing instructions (<?mso-application?>), comments and a DOCTYPE.
// UTF-16/32 input is scanned in its own code units (the first 1 MiB).
struct XmlRoot {
  bool found = false;
  std::string qname;          // as written, e.g. "pkg:package"
  std::string local_name;     // "package"
  std::string namespace_uri;  // from xmlns / xmlns:prefix on the root, else ""
  std::string doctype_name;   // non-empty when a DOCTYPE precedes the root
  std::vector<std::pair<std::string, std::string>> attributes;  // on the root, as written

  std::string_view Attribute(std::string_view qname) const;
};
XmlRoot FindXmlRoot(std::string_view bytes);

}  // namespace tonghop::read
