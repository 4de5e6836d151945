#include "read/word2003_reader.h"

#include <set>

#include "model/document_text.h"
#include "read/wml_body.h"
#include "read/wml_numbering.h"
#include "read/wml_styles.h"
#include "read/wml_xml.h"
#include "text/normalize.h"

// Word 2003 XML shares WordprocessingML's paragraph, run and table
// vocabulary; the differences are handled by Dialect::kWord2003 in the shared
// walker (w:hlink, wx:sect, aml:annotation revisions, w:listPr with Word's
// rendered label wx:t, w:vmerge, w:h-ansi, inline headers and notes). Here:
// the document-level pieces (styles, lists, default fonts, headers kept in
// w:sectPr, notes written inline, o:DocumentProperties).

namespace tonghop::read {
namespace {

using wml::Dialect;

std::string PropertyText(pugi::xml_node properties, const char* name) {
  std::string value = properties.child(name).child_value();
  text::NormalizeInPlace(value);
  return value;
}

std::string JoinedText(const std::vector<model::Block>& blocks) {
  std::string out;
  for (const std::string& line : model::BlockLines(blocks)) {
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

Result<model::Document> ReadWord2003(std::string_view xml, const ReadOptions& options) {
  auto part = wml::ParseXmlPart(std::string(xml), "", Dialect::kWord2003, options.limits);
  if (!part.ok()) return part.take_error();
  pugi::xml_node root = (*part)->root();
  if (!wml::NameIs(root, "w:wordDocument")) {
    return MakeError(ErrorCode::kCorrupt, Msg("Không phải tài liệu Word 2003 XML (w:wordDocument)",
                                              "Not a Word 2003 XML document (w:wordDocument)"));
  }

  wml::StyleSheet styles(root.child("w:styles"), Dialect::kWord2003);
  if (pugi::xml_node fonts = root.child("w:fonts").child("w:defaultFonts")) {
    wml::RunProps defaults;
    auto slot = [&fonts](const char* attr) {
      std::string_view name = fonts.attribute(attr).value();
      return wml::FontSlot{name, wml::ThemeSlot::kNone};
    };
    defaults.ascii = slot("w:ascii");
    defaults.h_ansi = slot("w:h-ansi");
    defaults.east_asia = slot("w:fareast");
    defaults.cs = slot("w:cs");
    styles.OverlayDefaults(defaults);
  }
  wml::NumberingDefinitions numbering =
      wml::NumberingDefinitions::FromWord2003(root.child("w:lists"));

  model::Document doc;
  doc.format = model::Format::kWord2003;
  wml::ReadContext ctx(styles, numbering, options, Dialect::kWord2003);
  for (const std::string& format_name : numbering.Unsupported()) {
    ctx.Report(model::codes::kUnsupportedContent, "what", "list format " + format_name);
  }
  {
    wml::ListCounters counters(numbering, styles);
    wml::StoryReader story(ctx, counters);
    if (Status st = story.Read(root.child("w:body"), doc.body); !st.ok()) return st.take_error();
  }

  // Headers and footers sit inside each w:sectPr; sections often repeat the
  // same one, which is kept once.
  std::set<std::string> seen_headers, seen_footers;
  std::vector<pugi::xml_node> sections = ctx.section_properties;
  for (pugi::xml_node sect_pr : sections) {
    for (pugi::xml_node child : sect_pr.children()) {
      bool header = wml::NameIs(child, "w:hdr");
      if (!header && !wml::NameIs(child, "w:ftr")) continue;
      std::vector<model::Block> blocks;
      wml::ListCounters counters(numbering, styles);
      wml::StoryReader story(ctx, counters);
      if (Status st = story.Read(child, blocks); !st.ok()) return st.take_error();
      if (!(header ? seen_headers : seen_footers).insert(JoinedText(blocks)).second) continue;
      auto& out = header ? doc.headers : doc.footers;
      for (model::Block& block : blocks) out.push_back(std::move(block));
    }
  }

  {
    wml::ListCounters counters(numbering, styles);
    std::vector<pugi::xml_node> notes = ctx.inline_notes;
    for (pugi::xml_node note : notes) {
      wml::StoryReader story(ctx, counters);
      if (Status st = story.Read(note, doc.notes); !st.ok()) return st.take_error();
    }
  }

  pugi::xml_node props = root.child("o:DocumentProperties");
  doc.properties.title = PropertyText(props, "o:Title");
  doc.properties.subject = PropertyText(props, "o:Subject");
  doc.properties.creator = PropertyText(props, "o:Author");
  doc.properties.description = PropertyText(props, "o:Description");
  doc.properties.keywords = PropertyText(props, "o:Keywords");
  doc.properties.last_modified_by = PropertyText(props, "o:LastAuthor");
  doc.properties.created = PropertyText(props, "o:Created");
  doc.properties.modified = PropertyText(props, "o:LastSaved");
  doc.findings = std::move(ctx.findings);
  return doc;
}

}  // namespace tonghop::read
