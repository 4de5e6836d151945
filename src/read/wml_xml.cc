#include "read/wml_xml.h"

#include <array>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace tonghop::read::wml {
namespace {

struct KnownNamespace {
  const char* prefix;  // canonical prefix
  const char* uri;
};

// Namespaces the reader knows, with the prefix their names are rewritten to.
// Strict URIs map to the same prefix as their Transitional twins.
constexpr KnownNamespace kOoxmlNamespaces[] = {
    {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
    {"w", "http://purl.oclc.org/ooxml/wordprocessingml/main"},
    {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
    {"r", "http://purl.oclc.org/ooxml/officeDocument/relationships"},
    {"mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"},
    {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
    {"wp", "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"},
    {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
    {"a", "http://purl.oclc.org/ooxml/drawingml/main"},
    {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
    {"pic", "http://purl.oclc.org/ooxml/drawingml/picture"},
    {"wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"},
    {"wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"},
    {"wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"},
    {"wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"},
    {"w14", "http://schemas.microsoft.com/office/word/2010/wordml"},
    {"w15", "http://schemas.microsoft.com/office/word/2012/wordml"},
    {"v", "urn:schemas-microsoft-com:vml"},
    {"o", "urn:schemas-microsoft-com:office:office"},
    {"w10", "urn:schemas-microsoft-com:office:word"},
    {"m", "http://schemas.openxmlformats.org/officeDocument/2006/math"},
    {"m", "http://purl.oclc.org/ooxml/officeDocument/math"},
    {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
    {"ep", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"},
};

constexpr KnownNamespace kWord2003Namespaces[] = {
    {"w", "http://schemas.microsoft.com/office/word/2003/wordml"},
    {"wx", "http://schemas.microsoft.com/office/word/2003/auxHint"},
    {"aml", "http://schemas.microsoft.com/aml/2001/core"},
    {"v", "urn:schemas-microsoft-com:vml"},
    {"o", "urn:schemas-microsoft-com:office:office"},
    {"w10", "urn:schemas-microsoft-com:office:word"},
};

// Prefixes a mc:Choice may require for the reader to take it: the content
// behind them is read (shapes with text boxes, groups, canvases, Word 2010+
// properties such as custom number formats) or harmless.
constexpr std::string_view kUnderstoodPrefixes[] = {"wps", "wpg", "wpc", "wp14", "w14", "w15", "w",
                                                    "wp",  "a",   "pic", "v",    "o",   "w10", "m"};

struct NamespaceTable {
  const KnownNamespace* begin;
  const KnownNamespace* end;

  // Canonical prefix of a URI, or nullptr when unknown.
  const char* PrefixOf(std::string_view uri) const {
    for (const KnownNamespace* k = begin; k != end; ++k) {
      if (uri == k->uri) return k->prefix;
    }
    return nullptr;
  }
  bool IsCanonicalPrefix(std::string_view prefix) const {
    for (const KnownNamespace* k = begin; k != end; ++k) {
      if (prefix == k->prefix) return true;
    }
    return false;
  }
};

NamespaceTable TableFor(Dialect dialect) {
  if (dialect == Dialect::kWord2003) {
    return {std::begin(kWord2003Namespaces), std::end(kWord2003Namespaces)};
  }
  return {std::begin(kOoxmlNamespaces), std::end(kOoxmlNamespaces)};
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The in-scope namespace bindings while walking a tree.
class Scope {
 public:
  explicit Scope(const NamespaceTable& table) : table_(table) {}

  // Declares the xmlns attributes of `node` (entered at `depth`). Returns true
  // if it declared any.
  bool Enter(pugi::xml_node node, size_t depth) {
    bool any = false;
    for (pugi::xml_attribute attr : node.attributes()) {
      std::string_view name = attr.name();
      if (!name.starts_with("xmlns")) continue;
      std::string_view prefix;
      if (name.size() == 5) {
        prefix = "";
      } else if (name[5] == ':') {
        prefix = name.substr(6);
      } else {
        continue;
      }
      bindings_.push_back({prefix, table_.PrefixOf(attr.value()), depth});
      any = true;
    }
    return any;
  }

  void Leave(size_t depth) {
    while (!bindings_.empty() && bindings_.back().depth >= depth) bindings_.pop_back();
  }

  // The canonical prefix for `prefix` in scope: the known one, "" when the
  // prefix is bound to an unknown namespace, or `prefix` itself when it is not
  // declared at all (lenient: hand-written parts that forgot a declaration).
  std::string_view Resolve(std::string_view prefix) const {
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->prefix == prefix) return it->canonical ? std::string_view(it->canonical) : "";
    }
    return prefix;
  }

 private:
  struct Binding {
    std::string_view prefix;
    const char* canonical;  // nullptr: unknown namespace
    size_t depth;
  };
  const NamespaceTable& table_;
  std::vector<Binding> bindings_;
};

// The name `name` should carry, or "" when it is already right.
std::string CanonicalName(std::string_view name, const Scope& scope, const NamespaceTable& table,
                          bool is_attribute) {
  size_t colon = name.find(':');
  std::string_view prefix = colon == std::string_view::npos ? "" : name.substr(0, colon);
  std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
  if (prefix.empty() && is_attribute) return {};  // unprefixed attributes have no namespace
  std::string_view canonical = scope.Resolve(prefix);
  if (canonical == prefix) return {};
  if (canonical.empty()) {
    // Unknown namespace: harmless unless the written prefix looks canonical.
    if (prefix.empty() || !table.IsCanonicalPrefix(prefix)) return {};
    return "_:" + std::string(local);
  }
  std::string out(canonical);
  out += ':';
  out += local;
  return out;
}

// Rewrites the prefixes of a mc:Choice Requires list to canonical ones
// (unknown → "_").
void CanonicalizeRequires(pugi::xml_node choice, const Scope& scope) {
  pugi::xml_attribute requires_attr = choice.attribute("Requires");
  if (!requires_attr) return;
  std::string_view list = requires_attr.value();
  std::string out;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find_first_of(" \t\r\n", start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) {
      std::string_view canonical = scope.Resolve(list.substr(start, end - start));
      if (!out.empty()) out += ' ';
      out += canonical.empty() ? std::string_view("_") : canonical;
    }
    start = end + 1;
  }
  requires_attr.set_value(out.c_str());
}

// Byte offset just past the document element's start tag, or npos.
size_t EndOfRootStartTag(std::string_view xml) {
  size_t i = 0;
  while (true) {
    i = xml.find('<', i);
    if (i == std::string_view::npos || i + 1 >= xml.size()) return std::string_view::npos;
    char next = xml[i + 1];
    if (next == '?') {
      i = xml.find("?>", i);
      if (i == std::string_view::npos) return i;
      i += 2;
    } else if (next == '!') {
      if (xml.compare(i, 4, "<!--") == 0) {
        i = xml.find("-->", i);
        if (i == std::string_view::npos) return i;
        i += 3;
      } else {
        return std::string_view::npos;  // DOCTYPE: refused later anyway
      }
    } else {
      break;
    }
  }
  char quote = 0;
  for (size_t k = i + 1; k < xml.size(); ++k) {
    char c = xml[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return k + 1;
    }
  }
  return std::string_view::npos;
}

// True when the names are canonical already: every namespace declaration in
// the raw bytes binds a known URI to its canonical prefix, or an unknown URI
// to a prefix that is not a canonical one, and no default namespace is a
// known one. Word declares a:, pic: … locally on drawings with their usual
// prefixes, so most documents pass and skip the renaming walk. Anything this
// byte scan cannot read with certainty (odd spacing, entities in the URI, the
// word "xmlns" in text) answers false: the walk then decides.
bool DeclarationsCanonical(std::string_view raw, const NamespaceTable& table) {
  for (size_t at = raw.find("xmlns"); at != std::string_view::npos; at = raw.find("xmlns", at)) {
    size_t i = at + 5;
    std::string_view prefix;
    if (i < raw.size() && raw[i] == ':') {
      size_t start = ++i;
      while (i < raw.size() && raw[i] != '=' && !IsSpace(raw[i]) && raw[i] != '>' && raw[i] != '<')
        ++i;
      prefix = raw.substr(start, i - start);
      if (prefix.empty()) return false;
    }
    if (i >= raw.size() || raw[i] != '=') return false;
    ++i;
    if (i >= raw.size() || (raw[i] != '"' && raw[i] != '\'')) return false;
    char quote = raw[i++];
    size_t end = raw.find(quote, i);
    if (end == std::string_view::npos) return false;
    std::string_view uri = raw.substr(i, end - i);
    if (uri.find('&') != std::string_view::npos) return false;
    const char* canonical = table.PrefixOf(uri);
    if (prefix.empty()) {
      if (canonical) return false;  // unprefixed names in a known namespace need a prefix
    } else if (canonical ? prefix != canonical : table.IsCanonicalPrefix(prefix)) {
      return false;
    }
    at = end + 1;
  }
  return true;
}

Status Canonicalize(pugi::xml_node root, const NamespaceTable& table, const ReadLimits& limits,
                    std::string_view part_name) {
  Scope scope(table);
  pugi::xml_node node = root;
  size_t depth = 0;
  while (node) {
    // Enter.
    scope.Enter(node, depth);
    if (std::string name = CanonicalName(node.name(), scope, table, false); !name.empty()) {
      node.set_name(name.c_str());
    }
    for (pugi::xml_attribute attr : node.attributes()) {
      std::string_view attr_name = attr.name();
      if (attr_name.starts_with("xmlns")) continue;
      if (std::string name = CanonicalName(attr_name, scope, table, true); !name.empty()) {
        attr.set_name(name.c_str());
      }
    }
    if (NameIs(node, "mc:Choice")) CanonicalizeRequires(node, scope);
    // Next element in document order.
    pugi::xml_node child = node.first_child();
    while (child && child.type() != pugi::node_element) child = child.next_sibling();
    if (child) {
      if (++depth > limits.max_xml_depth) {
        return MakeError(
            ErrorCode::kLimitExceeded,
            Msg("XML lồng quá sâu (quá " + std::to_string(limits.max_xml_depth) + " mức)",
                "XML nested too deeply (over " + std::to_string(limits.max_xml_depth) + " levels)"),
            std::string(part_name));
      }
      node = child;
      continue;
    }
    while (true) {
      scope.Leave(depth);
      if (node == root) return OkStatus();
      pugi::xml_node sibling = node.next_sibling();
      while (sibling && sibling.type() != pugi::node_element) sibling = sibling.next_sibling();
      if (sibling) {
        node = sibling;
        break;
      }
      node = node.parent();
      --depth;
    }
  }
  return OkStatus();
}

}  // namespace

Result<std::unique_ptr<XmlPart>> ParseXmlPart(std::string bytes, std::string_view part_name,
                                              Dialect dialect, const ReadLimits& limits) {
  auto part = std::make_unique<XmlPart>();
  part->bytes_ = std::move(bytes);
  std::string_view raw = part->bytes_;
  // Every ReadDocument path has passed these bytes through the XML guard
  // already (ZipPackage::ReadPart per part, ReadDocument for a whole Flat OPC
  // or Word 2003 file); scanning twice would cost a quarter of the read. A
  // package built in memory by a caller gets this cheap DOCTYPE check (before
  // the root, where EndOfRootStartTag stops) and the walkers' depth limit.
  size_t root_end = EndOfRootStartTag(raw);
  if (root_end == std::string_view::npos && raw.find("<!DOCTYPE") != std::string_view::npos) {
    return MakeError(ErrorCode::kCorrupt,
                     Msg("Phần XML có khai báo DOCTYPE (không được phép)",
                         "The XML part has a DOCTYPE declaration (not allowed)"),
                     std::string(part_name));
  }
  if (raw.size() > limits.max_part_bytes) {
    return MakeError(
        ErrorCode::kLimitExceeded,
        Msg("Phần XML quá lớn (" + std::to_string(raw.size() >> 20) + " MiB)",
            "The XML part is too large (" + std::to_string(raw.size() >> 20) + " MiB)"),
        std::string(part_name));
  }
  // (UTF-16/32 parts are converted by pugixml; their bytes cannot be scanned.)
  bool ascii_compatible = raw.size() >= 2 && raw[0] != '\0' && raw[1] != '\0' &&
                          static_cast<unsigned char>(raw[0]) < 0xFE;
  bool canonical = ascii_compatible && root_end != std::string_view::npos &&
                   DeclarationsCanonical(raw, TableFor(dialect));

  constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;
  pugi::xml_parse_result parsed = part->doc_.load_buffer_inplace(
      part->bytes_.data(), part->bytes_.size(), kParseOptions, pugi::encoding_auto);
  if (!parsed) {
    return MakeError(ErrorCode::kCorrupt,
                     Msg(std::string("XML hỏng ở byte ") + std::to_string(parsed.offset) + ": " +
                             parsed.description(),
                         std::string("Malformed XML at byte ") + std::to_string(parsed.offset) +
                             ": " + parsed.description()),
                     std::string(part_name));
  }
  pugi::xml_node root = part->doc_.document_element();
  if (!root) {
    return MakeError(ErrorCode::kCorrupt, Msg("Phần XML rỗng", "The XML part is empty"),
                     std::string(part_name));
  }
  NamespaceTable table = TableFor(dialect);
  if (!canonical) {
    if (Status st = Canonicalize(root, table, limits, part_name); !st.ok()) return st.take_error();
  }
  return part;
}

Result<std::unique_ptr<XmlPart>> LoadXmlPart(const Package& package, std::string_view part_name,
                                             Dialect dialect, const ReadLimits& limits) {
  Result<std::string> bytes = package.ReadPart(part_name);
  if (!bytes.ok()) return bytes.take_error();
  return ParseXmlPart(std::move(*bytes), part_name, dialect, limits);
}

std::optional<bool> OnOff(pugi::xml_node property) {
  if (!property) return std::nullopt;
  pugi::xml_attribute val = property.attribute("w:val");
  if (!val) return true;
  std::string_view v = val.value();
  if (v == "0" || v == "false" || v == "off" || v == "none") return false;
  return true;
}

std::optional<long> ParseInt(const char* text) {
  if (!text) return std::nullopt;
  while (*text == ' ' || *text == '\t') ++text;
  char* end = nullptr;
  long value = std::strtol(text, &end, 10);
  if (end == text) return std::nullopt;
  return value;
}

bool RequiresUnderstood(std::string_view list) {
  size_t start = 0;
  bool any = false;
  while (start < list.size()) {
    size_t end = list.find_first_of(" \t\r\n", start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) {
      std::string_view prefix = list.substr(start, end - start);
      bool known = false;
      for (std::string_view k : kUnderstoodPrefixes) known = known || prefix == k;
      if (!known) return false;
      any = true;
    }
    start = end + 1;
  }
  return any;
}

pugi::xml_node SelectAlternateContent(pugi::xml_node alternate_content) {
  for (pugi::xml_node branch : alternate_content.children()) {
    if (branch.type() != pugi::node_element) continue;
    if (NameIs(branch, "mc:Choice")) {
      if (RequiresUnderstood(branch.attribute("Requires").value())) return branch;
    } else if (NameIs(branch, "mc:Fallback")) {
      return branch;
    }
  }
  return {};
}

pugi::xml_node FindChild(pugi::xml_node parent, const char* name) {
  pugi::xml_node direct = parent.child(name);
  if (direct || !parent.child("mc:AlternateContent")) return direct;
  pugi::xml_node found;
  ForEachChildElement(parent, [&](pugi::xml_node child) {
    if (!found && NameIs(child, name)) found = child;
  });
  return found;
}

}  // namespace tonghop::read::wml
