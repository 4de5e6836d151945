#include "read/wml_core_props.h"

#include "read/wml_xml.h"
#include "text/normalize.h"

namespace tonghop::read::wml {
namespace {

std::string TextOf(pugi::xml_node root, const char* name) {
  std::string value = root.child(name).child_value();
  text::NormalizeInPlace(value);
  return value;
}

}  // namespace

void ReadCoreProperties(const Package& package, const ReadLimits& limits,
                        model::CoreProperties& properties) {
  Result<std::vector<Relationship>> rels = ReadRelationships(package, "/");
  if (!rels.ok()) return;
  for (const Relationship& rel : *rels) {
    if (rel.external || !package.HasPart(rel.target)) continue;
    std::string_view kind = rel.Kind();
    if (kind == "core-properties") {
      auto part = LoadXmlPart(package, rel.target, Dialect::kOoxml, limits);
      if (!part.ok()) continue;
      pugi::xml_node root = (*part)->root();
      properties.title = TextOf(root, "dc:title");
      properties.subject = TextOf(root, "dc:subject");
      properties.creator = TextOf(root, "dc:creator");
      properties.description = TextOf(root, "dc:description");
      properties.keywords = TextOf(root, "cp:keywords");
      properties.last_modified_by = TextOf(root, "cp:lastModifiedBy");
      properties.created = TextOf(root, "dcterms:created");
      properties.modified = TextOf(root, "dcterms:modified");
    } else if (kind == "extended-properties") {
      auto part = LoadXmlPart(package, rel.target, Dialect::kOoxml, limits);
      if (!part.ok()) continue;
      properties.application = TextOf((*part)->root(), "ep:Application");
    }
  }
}

}  // namespace tonghop::read::wml
