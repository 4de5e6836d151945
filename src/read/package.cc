#include "read/package.h"

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>

namespace tonghop::read {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

constexpr std::string_view kOfficeDocumentTransitional =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
constexpr std::string_view kOfficeDocumentStrict =
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

}  // namespace

std::string_view Relationship::Kind() const {
  std::string_view t(type);
  size_t slash = t.rfind('/');
  return slash == std::string_view::npos ? t : t.substr(slash + 1);
}

std::string RelationshipsPartFor(std::string_view source_part) {
  if (source_part.empty() || source_part == "/") return "/_rels/.rels";
  size_t slash = source_part.rfind('/');
  std::string folder(source_part.substr(0, slash + 1));
  std::string name(source_part.substr(slash + 1));
  return folder + "_rels/" + name + ".rels";
}

std::string ResolvePartName(std::string_view source_part, std::string_view target) {
  // Strip a fragment or query: OPC part names have neither.
  size_t cut = target.find_first_of("#?");
  if (cut != std::string_view::npos) target = target.substr(0, cut);
  std::string base;
  if (!target.empty() && target.front() == '/') {
    base = "";
  } else {
    size_t slash = source_part.rfind('/');
    base = slash == std::string_view::npos ? "" : std::string(source_part.substr(0, slash));
  }
  std::vector<std::string> segments;
  auto push_path = [&segments](std::string_view path) {
    size_t start = 0;
    while (start <= path.size()) {
      size_t end = path.find_first_of("/\\", start);
      if (end == std::string_view::npos) end = path.size();
      std::string_view seg = path.substr(start, end - start);
      if (seg == "..") {
        if (!segments.empty()) segments.pop_back();  // never above the root
      } else if (!seg.empty() && seg != ".") {
        segments.emplace_back(seg);
      }
      start = end + 1;
    }
  };
  push_path(base);
  push_path(target);
  std::string out;
  for (const std::string& seg : segments) out += "/" + seg;
  return out.empty() ? "/" : out;
}

Result<std::vector<Relationship>> ReadRelationships(const Package& package,
                                                    std::string_view source_part) {
  std::vector<Relationship> rels;
  std::string rels_part = RelationshipsPartFor(source_part);
  if (!package.HasPart(rels_part)) return rels;
  Result<std::string> bytes = package.ReadPart(rels_part);
  if (!bytes.ok()) return bytes.take_error();
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(bytes->data(), bytes->size());
  if (!parsed) {
    return MakeError(ErrorCode::kCorrupt,
                     Msg(std::string("Tệp quan hệ hỏng: ") + parsed.description(),
                         std::string("Broken relationships part: ") + parsed.description()),
                     rels_part);
  }
  std::string_view source_for_targets = source_part == "/" ? std::string_view("/") : source_part;
  for (pugi::xml_node node : doc.document_element().children()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "Relationship") continue;
    Relationship rel;
    rel.id = node.attribute("Id").value();
    rel.type = node.attribute("Type").value();
    std::string target = node.attribute("Target").value();
    rel.external = std::string_view(node.attribute("TargetMode").value()) == "External";
    rel.target = rel.external ? target : ResolvePartName(source_for_targets, target);
    rels.push_back(std::move(rel));
  }
  return rels;
}

Result<std::string> FindMainDocumentPart(const Package& package) {
  Result<std::vector<Relationship>> rels = ReadRelationships(package, "/");
  if (!rels.ok()) return rels.take_error();
  for (const Relationship& rel : *rels) {
    if (rel.external) continue;
    if (rel.type == kOfficeDocumentTransitional || rel.type == kOfficeDocumentStrict) {
      if (!package.HasPart(rel.target)) {
        return MakeError(ErrorCode::kCorrupt,
                         Msg("Thiếu phần văn bản chính " + rel.target,
                             "Main document part " + rel.target + " is missing"));
      }
      return rel.target;
    }
  }
  return MakeError(ErrorCode::kCorrupt,
                   Msg("Gói không có phần văn bản chính (quan hệ officeDocument)",
                       "The package has no main document (officeDocument relationship)"));
}

void MemoryPackage::AddPart(std::string part_name, std::string bytes) {
  std::string key = Lower(part_name);
  if (parts_.find(key) == parts_.end()) order_.push_back(part_name);
  parts_[key] = std::move(bytes);
}

bool MemoryPackage::HasPart(std::string_view part_name) const {
  return parts_.count(Lower(part_name)) > 0;
}

Result<std::string> MemoryPackage::ReadPart(std::string_view part_name) const {
  auto it = parts_.find(Lower(part_name));
  if (it == parts_.end()) {
    return MakeError(ErrorCode::kCorrupt, Msg("Thiếu phần " + std::string(part_name),
                                              "Missing part " + std::string(part_name)));
  }
  return it->second;
}

std::vector<std::string> MemoryPackage::PartNames() const { return order_; }

}  // namespace tonghop::read
