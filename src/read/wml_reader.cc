#include "read/wml_reader.h"

#include <set>

#include "read/wml_body.h"
#include "read/wml_core_props.h"
#include "read/wml_numbering.h"
#include "read/wml_styles.h"
#include "read/wml_xml.h"

namespace tonghop::read {
namespace {

using wml::Dialect;

// The target of the first internal relationship of `kind` that exists.
std::string TargetOfKind(const Package& package, const std::vector<Relationship>& rels,
                         std::string_view kind) {
  for (const Relationship& rel : rels) {
    if (!rel.external && rel.Kind() == kind && package.HasPart(rel.target)) return rel.target;
  }
  return {};
}

const Relationship* RelById(const std::vector<Relationship>& rels, std::string_view id) {
  for (const Relationship& rel : rels) {
    if (rel.id == id) return &rel;
  }
  return nullptr;
}

// A secondary part that cannot be read is reported and skipped; limits stop
// the whole document.
bool IsFatal(const Error& error) { return error.code == ErrorCode::kLimitExceeded; }

void ReportUnreadPart(wml::ReadContext& ctx, const std::string& part, const Error& error) {
  ctx.Report(model::codes::kUnsupportedContent, "what", part + ": " + error.what.en);
}

// Reads the header and footer parts referenced by the section properties,
// each part once, in section order.
Status ReadHeadersAndFooters(const Package& package, const std::vector<Relationship>& rels,
                             wml::ReadContext& ctx, const wml::NumberingDefinitions& numbering,
                             model::Document& doc) {
  std::vector<pugi::xml_node> sections = ctx.section_properties;
  std::set<std::string> seen;
  for (pugi::xml_node sect_pr : sections) {
    for (pugi::xml_node ref : sect_pr.children()) {
      bool header = wml::NameIs(ref, "w:headerReference");
      if (!header && !wml::NameIs(ref, "w:footerReference")) continue;
      const Relationship* rel = RelById(rels, ref.attribute("r:id").value());
      if (!rel || rel->external || !package.HasPart(rel->target)) continue;
      if (!seen.insert(rel->target).second) continue;
      auto part = wml::LoadXmlPart(package, rel->target, Dialect::kOoxml, ctx.options.limits);
      if (!part.ok()) {
        if (IsFatal(part.error())) return part.take_error();
        ReportUnreadPart(ctx, rel->target, part.error());
        continue;
      }
      wml::ListCounters counters(numbering, ctx.styles);
      wml::StoryReader story(ctx, counters);
      Status st = story.Read((*part)->root(), header ? doc.headers : doc.footers);
      if (!st.ok()) return st;
    }
  }
  return OkStatus();
}

// Footnotes, then endnotes; separators skipped.
Status ReadNotes(const Package& package, const std::vector<Relationship>& rels,
                 wml::ReadContext& ctx, const wml::NumberingDefinitions& numbering,
                 model::Document& doc) {
  wml::ListCounters counters(numbering, ctx.styles);
  for (std::string_view kind : {"footnotes", "endnotes"}) {
    std::string target = TargetOfKind(package, rels, kind);
    if (target.empty()) continue;
    auto part = wml::LoadXmlPart(package, target, Dialect::kOoxml, ctx.options.limits);
    if (!part.ok()) {
      if (IsFatal(part.error())) return part.take_error();
      ReportUnreadPart(ctx, target, part.error());
      continue;
    }
    for (pugi::xml_node note : (*part)->root().children()) {
      if (!wml::NameIs(note, "w:footnote") && !wml::NameIs(note, "w:endnote")) continue;
      std::string_view type = note.attribute("w:type").value();
      if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") {
        continue;
      }
      wml::StoryReader story(ctx, counters);
      Status st = story.Read(note, doc.notes);
      if (!st.ok()) return st;
    }
  }
  return OkStatus();
}

}  // namespace

Result<model::Document> ReadWordprocessingMl(const Package& package, model::Format format,
                                             const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  Result<std::string> main_part = FindMainDocumentPart(package);
  if (!main_part.ok()) return main_part.take_error();
  Result<std::vector<Relationship>> rels_result = ReadRelationships(package, *main_part);
  if (!rels_result.ok()) return rels_result.take_error();
  const std::vector<Relationship>& rels = *rels_result;

  auto document = wml::LoadXmlPart(package, *main_part, Dialect::kOoxml, limits);
  if (!document.ok()) return document.take_error();
  pugi::xml_node body = (*document)->root().child("w:body");
  if (!wml::NameIs((*document)->root(), "w:document")) {
    return MakeError(ErrorCode::kCorrupt,
                     Msg("Phần văn bản chính không phải WordprocessingML (w:document)",
                         "The main part is not WordprocessingML (w:document)"),
                     *main_part);
  }

  model::Document doc;
  doc.format = format;
  std::vector<model::Finding> early_findings;

  std::unique_ptr<wml::XmlPart> styles_part;
  if (std::string target = TargetOfKind(package, rels, "styles"); !target.empty()) {
    auto part = wml::LoadXmlPart(package, target, Dialect::kOoxml, limits);
    if (part.ok()) {
      styles_part = std::move(*part);
    } else if (IsFatal(part.error())) {
      return part.take_error();
    } else {
      early_findings.push_back(model::MakeFinding(
          model::codes::kUnsupportedContent, {{"what", target + ": " + part.error().what.en}}));
    }
  }
  std::string theme_target = TargetOfKind(package, rels, "theme");
  auto load_theme = [&package, theme_target, &limits]() {
    if (theme_target.empty()) return wml::ThemeFonts{};
    auto part = wml::LoadXmlPart(package, theme_target, Dialect::kOoxml, limits);
    return part.ok() ? wml::ReadThemeFonts((*part)->root()) : wml::ThemeFonts{};
  };
  wml::StyleSheet styles(styles_part ? styles_part->root() : pugi::xml_node(), Dialect::kOoxml,
                         load_theme);

  std::unique_ptr<wml::XmlPart> numbering_part;
  if (std::string target = TargetOfKind(package, rels, "numbering"); !target.empty()) {
    auto part = wml::LoadXmlPart(package, target, Dialect::kOoxml, limits);
    if (part.ok()) {
      numbering_part = std::move(*part);
    } else if (IsFatal(part.error())) {
      return part.take_error();
    } else {
      early_findings.push_back(model::MakeFinding(
          model::codes::kUnsupportedContent, {{"what", target + ": " + part.error().what.en}}));
    }
  }
  wml::NumberingDefinitions numbering = wml::NumberingDefinitions::FromOoxml(
      numbering_part ? numbering_part->root() : pugi::xml_node());

  wml::ReadContext ctx(styles, numbering, options, Dialect::kOoxml);
  for (model::Finding& f : early_findings) ctx.findings.push_back(std::move(f));
  for (const std::string& format_name : numbering.Unsupported()) {
    ctx.Report(model::codes::kUnsupportedContent, "what", "numFmt " + format_name);
  }

  {
    wml::ListCounters counters(numbering, styles);
    wml::StoryReader story(ctx, counters);
    if (Status st = story.Read(body, doc.body); !st.ok()) return st.take_error();
  }
  if (Status st = ReadHeadersAndFooters(package, rels, ctx, numbering, doc); !st.ok()) {
    return st.take_error();
  }
  if (Status st = ReadNotes(package, rels, ctx, numbering, doc); !st.ok()) return st.take_error();
  wml::ReadCoreProperties(package, limits, doc.properties);
  doc.findings = std::move(ctx.findings);
  return doc;
}

}  // namespace tonghop::read
