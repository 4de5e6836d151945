// XML parts of a WordprocessingML package (and of a Word 2003 XML file) as
// pugixml trees whose names are canonical: every element and attribute name
// is rewritten to a fixed prefix chosen by its namespace URI ("w:" for the
// WordprocessingML main namespace, Transitional or Strict; "mc:", "wps:",
// "v:" ...). The rest of the reader then matches names with a plain string
// compare and is still matching by namespace, never by the prefix a producer
// happened to write. An element of an unknown namespace whose prefix collides
// with a canonical one is renamed "_:local" so it never matches.
//
// Also here: the Markup Compatibility (mc:AlternateContent) branch choice and
// small value readers (on/off, integers).
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "common/error.h"
#include "read/limits.h"
#include "read/package.h"

namespace tonghop::read::wml {

// Which vocabulary "w:" stands for.
enum class Dialect {
  kOoxml,     // ECMA-376 WordprocessingML, Transitional or Strict
  kWord2003,  // Word 2003 XML (http://schemas.microsoft.com/office/word/2003/wordml)
};

// One parsed part. Owns its bytes (parsed in place) and the tree.
class XmlPart {
 public:
  XmlPart() = default;
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;

  pugi::xml_node root() const { return doc_.document_element(); }

 private:
  friend Result<std::unique_ptr<XmlPart>> ParseXmlPart(std::string bytes,
                                                       std::string_view part_name, Dialect dialect,
                                                       const ReadLimits& limits);
  std::string bytes_;
  pugi::xml_document doc_;
};

// Parses one part (whitespace-only text kept, no DTD, no entities beyond the
// predefined ones) and canonicalizes its names. The bytes are expected to
// have passed the XML guard (xml_guard.h), as every ReadDocument path does;
// a DOCTYPE before the root is still refused here. Errors: kCorrupt for
// malformed XML or a DOCTYPE, kLimitExceeded past max_part_bytes or (when
// names need rewriting) max_xml_depth.
// `part_name` is used in error messages only.
Result<std::unique_ptr<XmlPart>> ParseXmlPart(std::string bytes, std::string_view part_name,
                                              Dialect dialect, const ReadLimits& limits);

// Reads and parses a part of `package`. Errors as ParseXmlPart, plus the
// package's own (missing part, size limits).
Result<std::unique_ptr<XmlPart>> LoadXmlPart(const Package& package, std::string_view part_name,
                                             Dialect dialect, const ReadLimits& limits);

// --- names and values ------------------------------------------------------

inline bool NameIs(pugi::xml_node node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

// The first element child of `parent` when it is named `name`, else an empty
// node. Property elements (w:pPr, w:rPr, w:tblPr, w:trPr, w:tcPr) come first
// in their parent by the schema; looking only there keeps the walk from
// comparing every run of a paragraph that has no w:pPr.
inline pugi::xml_node LeadingChild(pugi::xml_node parent, const char* name) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) return NameIs(c, name) ? c : pugi::xml_node();
  }
  return {};
}

inline bool IsAlternateContent(pugi::xml_node node) {
  const char* n = node.name();
  return n[0] == 'm' && n[1] == 'c' && n[2] == ':' && std::strcmp(n + 3, "AlternateContent") == 0;
}

// The value of w:val, or "" when absent.
inline const char* Val(pugi::xml_node node) { return node.attribute("w:val").value(); }

// An on/off property element (w:b, w:vanish ...): present without w:val or
// with true/on/1 → true; false/off/0 → false; absent element → nullopt.
std::optional<bool> OnOff(pugi::xml_node property);

// Leading decimal integer of a string ("12", "-3", "240.5" → 240); nullopt
// when there is none.
std::optional<long> ParseInt(const char* text);

// --- markup compatibility ----------------------------------------------------

// True when every prefix in a mc:Choice Requires list names a namespace the
// reader understands (DrawingML shapes, groups and canvases, Word 2010+
// extensions, math, VML).
bool RequiresUnderstood(std::string_view requires_list);

// The branch of an mc:AlternateContent to read: the first mc:Choice whose
// Requires are understood, else mc:Fallback, else an empty node. Never both.
pugi::xml_node SelectAlternateContent(pugi::xml_node alternate_content);

// Calls fn(child) for each element child of `parent`, reading through
// mc:AlternateContent (the chosen branch's children stand in its place).
// Nested AlternateContent is expanded too, with a fixed nesting bound.
template <typename Fn>
void ForEachChildElement(pugi::xml_node parent, Fn&& fn) {
  constexpr int kMaxNesting = 8;
  pugi::xml_node stack[kMaxNesting];
  int depth = 0;
  pugi::xml_node child = parent.first_child();
  while (true) {
    if (!child) {
      if (depth == 0) return;
      child = stack[--depth].next_sibling();
      continue;
    }
    if (child.type() == pugi::node_element) {
      if (IsAlternateContent(child)) {
        pugi::xml_node branch = SelectAlternateContent(child);
        if (branch && branch.first_child() && depth < kMaxNesting) {
          stack[depth++] = child;
          child = branch.first_child();
          continue;
        }
      } else {
        fn(child);
      }
    }
    child = child.next_sibling();
  }
}

// The first element child named `name`, reading through AlternateContent.
pugi::xml_node FindChild(pugi::xml_node parent, const char* name);

}  // namespace tonghop::read::wml
