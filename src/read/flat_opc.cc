#include "read/flat_opc.h"

#include <array>
#include <pugixml.hpp>
#include <set>
#include <vector>

#include "common/ascii.h"

namespace tonghop::read {
namespace {

std::string_view LocalName(std::string_view qname) {
  std::size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

Error Broken(const std::string& vi, const std::string& en, std::string where = {}) {
  return MakeError(
      ErrorCode::kCorrupt,
      Msg("Tệp Word XML (Flat OPC) bị hỏng: " + vi, "Broken Word XML (Flat OPC) file: " + en),
      std::move(where));
}

struct StringWriter final : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

void AppendEscapedAttribute(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

// The part's XML: the element serialised, plus the namespace declarations it
// inherits from the pkg:* wrapper (Word declares them on the element itself,
// other writers on pkg:package), for the prefixes the part uses.
std::string SerializePart(pugi::xml_node element) {
  StringWriter writer;
  element.print(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  std::set<std::string_view> declared;
  for (pugi::xml_attribute a : element.attributes()) declared.insert(a.name());
  std::string inherited;
  for (pugi::xml_node up = element.parent(); up && up.type() == pugi::node_element;
       up = up.parent()) {
    for (pugi::xml_attribute a : up.attributes()) {
      std::string_view name = a.name();
      if (name != "xmlns" && name.rfind("xmlns:", 0) != 0) continue;
      if (!declared.insert(name).second) continue;
      if (name != "xmlns") {  // a prefix the part never uses (pkg:) is left out
        std::string prefix(name.substr(6));
        if (writer.out.find("<" + prefix + ":") == std::string::npos &&
            writer.out.find(" " + prefix + ":") == std::string::npos) {
          continue;
        }
      }
      inherited += ' ';
      inherited += name;
      inherited += "=\"";
      AppendEscapedAttribute(inherited, a.value());
      inherited += '"';
    }
  }
  if (inherited.empty()) return std::move(writer.out);
  std::size_t after_name = 1 + std::string_view(element.name()).size();
  writer.out.insert(after_name, inherited);
  return std::move(writer.out);
}

constexpr std::array<signed char, 256> MakeBase64Table() {
  std::array<signed char, 256> t{};
  for (auto& v : t) v = -1;
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (int i = 0; i < 64; ++i)
    t[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
  return t;
}
constexpr std::array<signed char, 256> kBase64 = MakeBase64Table();

}  // namespace

std::optional<std::string> DecodeBase64(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3 + 3);
  std::uint32_t acc = 0;
  int bits = 0;
  int pad = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '=') {
      ++pad;
      continue;
    }
    if (pad > 0) return std::nullopt;  // data after padding
    int v = kBase64[c];
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  if (bits >= 6 || pad > 2) return std::nullopt;  // a lone 6-bit group cannot end the data
  return out;
}

Result<MemoryPackage> ReadFlatOpc(std::string_view xml, const ReadLimits& limits) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (!parsed) {
    return Broken(std::string("lỗi XML (") + parsed.description() + ") ở byte " +
                      std::to_string(parsed.offset),
                  std::string("XML error (") + parsed.description() + ") at byte " +
                      std::to_string(parsed.offset));
  }
  pugi::xml_node root = doc.document_element();
  std::string_view root_name = root.name();
  std::string prefix(
      root_name.substr(0, root_name.size() - LocalName(root_name).size()));  // "pkg:" or ""
  std::string ns_attr = prefix.empty() ? "xmlns" : "xmlns:" + prefix.substr(0, prefix.size() - 1);
  if (LocalName(root_name) != "package" ||
      root.attribute(ns_attr.c_str()).value() != kFlatOpcNamespace) {
    return Broken("phần tử gốc không phải pkg:package", "the root element is not pkg:package");
  }
  const std::string part_tag = prefix + "part";
  const std::string name_attr = prefix + "name";
  const std::string xml_data_tag = prefix + "xmlData";
  const std::string binary_data_tag = prefix + "binaryData";

  MemoryPackage package;
  std::set<std::string> seen;
  std::uint64_t total = 0;
  std::uint32_t count = 0;
  for (pugi::xml_node part : root.children(part_tag.c_str())) {
    if (++count > limits.max_zip_entries) {
      return MakeError(
          ErrorCode::kLimitExceeded,
          Msg("Tệp Word XML có hơn " + std::to_string(limits.max_zip_entries) + " phần",
              "The Word XML file has more than " + std::to_string(limits.max_zip_entries) +
                  " parts"));
    }
    std::string name = part.attribute(name_attr.c_str()).value();
    if (name.empty()) return Broken("một phần không có tên", "a part has no name");
    if (name.front() != '/') name.insert(name.begin(), '/');
    if (!seen.insert(AsciiLower(name)).second) {
      return MakeError(
          ErrorCode::kCorrupt,
          Msg("Tệp Word XML có hai phần trùng tên " + name + " — bị từ chối để an toàn",
              "The Word XML file has two parts named " + name + " — refused for safety"));
    }
    std::string bytes;
    if (pugi::xml_node data = part.child(xml_data_tag.c_str())) {
      pugi::xml_node element =
          data.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; });
      if (!element)
        return Broken("phần " + name + " không có nội dung XML",
                      "part " + name + " has no XML content", name);
      bytes = SerializePart(element);
    } else if (pugi::xml_node binary = part.child(binary_data_tag.c_str())) {
      std::string_view text = binary.text().get();
      if (text.size() / 4 * 3 > limits.max_part_bytes + 3) {
        bytes.resize(limits.max_part_bytes + 1);  // reported just below
      } else {
        std::optional<std::string> decoded = DecodeBase64(text);
        if (!decoded)
          return Broken("dữ liệu base64 của phần " + name + " sai",
                        "bad base64 data in part " + name, name);
        bytes = std::move(*decoded);
      }
    } else {
      return Broken("phần " + name + " không có dữ liệu", "part " + name + " has no data", name);
    }
    if (bytes.size() > limits.max_part_bytes) {
      return MakeError(
          ErrorCode::kLimitExceeded,
          Msg("Phần lớn hơn giới hạn " + std::to_string(limits.max_part_bytes >> 20) + " MiB",
              "The part is larger than the limit of " +
                  std::to_string(limits.max_part_bytes >> 20) + " MiB"),
          name);
    }
    total += bytes.size();
    if (total > limits.max_total_inflated_bytes) {
      return MakeError(ErrorCode::kLimitExceeded,
                       Msg("Tổng dung lượng các phần vượt giới hạn " +
                               std::to_string(limits.max_total_inflated_bytes >> 20) + " MiB",
                           "The parts together exceed the limit of " +
                               std::to_string(limits.max_total_inflated_bytes >> 20) + " MiB"),
                       name);
    }
    package.AddPart(std::move(name), std::move(bytes));
  }
  if (count == 0) return Broken("không có phần nào", "it holds no parts");
  return package;
}

}  // namespace tonghop::read
