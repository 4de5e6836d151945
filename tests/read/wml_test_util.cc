#include "read/wml_test_util.h"

#include <gtest/gtest.h>

#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "model/document_text.h"
#include "read/wml_reader.h"

namespace tonghop::read::testing {

std::string WordRootAttributes() {
  return R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
         R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
         R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
         R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
         R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
         R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
         R"( xmlns:v="urn:schemas-microsoft-com:vml")"
         R"( xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml")"
         R"( xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math")"
         R"( mc:Ignorable="w14")";
}

PackageBuilder& PackageBuilder::Body(std::string body_xml) {
  body_ = std::move(body_xml);
  return *this;
}
PackageBuilder& PackageBuilder::Styles(std::string styles_inner_xml) {
  styles_ = std::move(styles_inner_xml);
  return *this;
}
PackageBuilder& PackageBuilder::Numbering(std::string numbering_inner_xml) {
  numbering_ = std::move(numbering_inner_xml);
  return *this;
}
PackageBuilder& PackageBuilder::Related(std::string rel_id, std::string kind, std::string part_name,
                                        std::string xml) {
  extras_.push_back({std::move(rel_id), std::move(kind), std::move(part_name), std::move(xml)});
  return *this;
}

MemoryPackage PackageBuilder::Build() const {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  MemoryPackage pkg;
  pkg.AddPart(
      "/_rels/.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type=")" +
          rel_ns +
          R"(officeDocument" Target="word/document.xml"/>)"
          "</Relationships>");
  std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  pkg.AddPart("/word/document.xml", "<w:document" + WordRootAttributes() + "><w:body>" + body_ +
                                        "</w:body></w:document>");
  if (!styles_.empty()) {
    pkg.AddPart("/word/styles.xml",
                "<w:styles" + WordRootAttributes() + ">" + styles_ + "</w:styles>");
    rels += R"(<Relationship Id="rIdS" Type=")" + rel_ns + R"(styles" Target="styles.xml"/>)";
  }
  if (!numbering_.empty()) {
    pkg.AddPart("/word/numbering.xml",
                "<w:numbering" + WordRootAttributes() + ">" + numbering_ + "</w:numbering>");
    rels += R"(<Relationship Id="rIdN" Type=")" + rel_ns + R"(numbering" Target="numbering.xml"/>)";
  }
  for (const Extra& e : extras_) {
    pkg.AddPart(e.name, e.xml);
    rels += R"(<Relationship Id=")" + e.id + R"(" Type=")" + rel_ns + e.kind + R"(" Target=")" +
            e.name + R"("/>)";
  }
  rels += "</Relationships>";
  pkg.AddPart("/word/_rels/document.xml.rels", rels);
  return pkg;
}

MemoryPackage LoadFlatOpc(std::string_view xml) {
  MemoryPackage pkg;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  EXPECT_TRUE(parsed) << parsed.description();
  for (pugi::xml_node part : doc.document_element().children("pkg:part")) {
    std::ostringstream out;
    for (pugi::xml_node child : part.child("pkg:xmlData").children()) {
      child.print(out, "", pugi::format_raw);
    }
    pkg.AddPart(part.attribute("pkg:name").value(), out.str());
  }
  return pkg;
}

std::string ReadTestFile(std::string_view name) {
  std::ifstream in(std::string(TONGHOP_TEST_DATA) + "/wml/" + std::string(name), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

model::Document ReadPackage(const Package& package, const ReadOptions& options) {
  Result<model::Document> doc = ReadWordprocessingMl(package, model::Format::kDocx, options);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().Describe(Lang::kEn));
  return doc.ok() ? std::move(*doc) : model::Document{};
}

std::vector<std::string> BodyParagraphs(const model::Document& doc) {
  std::vector<std::string> out;
  model::ForEachParagraph(doc.body,
                          [&](const model::Paragraph& p) { out.push_back(p.DisplayText()); });
  return out;
}

std::string DocumentText(const model::Document& doc) {
  std::ostringstream out;
  model::WriteDocumentText(out, doc);
  return out.str();
}

}  // namespace tonghop::read::testing
