// Helpers for the WordprocessingML reader tests: packages assembled in
// memory from part strings, and Word "Flat OPC" fixture files (one XML file
// holding every part) loaded into a MemoryPackage.
#pragma once

#include <string>
#include <string_view>

#include "model/document.h"
#include "read/package.h"
#include "read/reader.h"

namespace tonghop::read::testing {

inline constexpr const char* kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// A minimal DOCX package: /word/document.xml whose w:body holds `body_xml`
// (namespaces w, r, mc, wps, wp, a, v, w14 declared on the root), plus
// styles/numbering parts when given. Extra parts are added with AddPart and
// get a relationship from the document when `rel_type` is given.
class PackageBuilder {
 public:
  PackageBuilder& Body(std::string body_xml);
  PackageBuilder& Styles(std::string styles_inner_xml);        // children of w:styles
  PackageBuilder& Numbering(std::string numbering_inner_xml);  // children of w:numbering
  // A part related to the document with id `rel_id` and type `…/relationships/<kind>`.
  PackageBuilder& Related(std::string rel_id, std::string kind, std::string part_name,
                          std::string xml);
  MemoryPackage Build() const;

 private:
  std::string body_;
  std::string styles_;
  std::string numbering_;
  struct Extra {
    std::string id, kind, name, xml;
  };
  std::vector<Extra> extras_;
};

// The root element declarations used by PackageBuilder (for hand-written parts).
std::string WordRootAttributes();

// Loads a Flat OPC file (pkg:package with pkg:xmlData parts) into a package.
MemoryPackage LoadFlatOpc(std::string_view xml);

// Reads a file of tests/data/wml; empty string when missing.
std::string ReadTestFile(std::string_view name);

// Reads a package with ReadWordprocessingMl; the test fails on an error.
model::Document ReadPackage(const Package& package, const ReadOptions& options = {});

// Every paragraph's display text in reading order (body only, tables cell by
// cell), for compact assertions.
std::vector<std::string> BodyParagraphs(const model::Document& doc);

// The document as `inspect --text` prints it.
std::string DocumentText(const model::Document& doc);

}  // namespace tonghop::read::testing
