// An OPC package (ECMA-376 Part 2): named parts plus relationships. A DOCX is
// a ZIP package (zip_package.h); Word's Flat OPC "XML Document" is the same
// package written inline in one XML file (flat_opc.h). Both give a Package,
// and one WordprocessingML reader (wml/) reads either.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace tonghop::read {

// Relationship types, Transitional and Strict, by their last path segment
// ("officeDocument", "styles", "numbering", "header", ...).
struct Relationship {
  std::string id;
  std::string type;    // full type URI as written
  std::string target;  // resolved absolute part name ("/word/styles.xml"), or the URI if external
  bool external = false;  // TargetMode="External": never opened

  // Last segment of the type URI, e.g. "officeDocument".
  std::string_view Kind() const;
};

class Package {
 public:
  virtual ~Package() = default;

  // Part names are absolute ("/word/document.xml") and compare
  // ASCII-case-insensitively, as OPC requires.
  virtual bool HasPart(std::string_view part_name) const = 0;

  // The part's bytes. Errors: kCorrupt (missing, broken), kLimitExceeded.
  virtual Result<std::string> ReadPart(std::string_view part_name) const = 0;

  // Every part name, in package order.
  virtual std::vector<std::string> PartNames() const = 0;
};

// "/word/document.xml" → "/word/_rels/document.xml.rels"; "/" → "/_rels/.rels".
std::string RelationshipsPartFor(std::string_view source_part);

// Resolves a relationship target relative to its source part's folder
// ("media/a.png" from "/word/document.xml" → "/word/media/a.png"); "../x" and
// absolute targets are handled; a target escaping the package root is kept
// at the root.
std::string ResolvePartName(std::string_view source_part, std::string_view target);

// The relationships of a part ("/" for the package). A missing .rels part
// gives an empty list; a malformed one an error.
Result<std::vector<Relationship>> ReadRelationships(const Package& package,
                                                    std::string_view source_part);

// The main document part, found through /_rels/.rels (officeDocument, in the
// Transitional or the Strict relationship namespace). Never assumed to be
// /word/document.xml.
Result<std::string> FindMainDocumentPart(const Package& package);

// A package whose parts are held in memory (Flat OPC, tests).
class MemoryPackage final : public Package {
 public:
  void AddPart(std::string part_name, std::string bytes);

  bool HasPart(std::string_view part_name) const override;
  Result<std::string> ReadPart(std::string_view part_name) const override;
  std::vector<std::string> PartNames() const override;

 private:
  std::vector<std::string> order_;
  std::map<std::string, std::string> parts_;  // key: lower-cased part name
};

}  // namespace tonghop::read
