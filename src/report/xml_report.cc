// The XML report, valid against schemas/consolidated.xsd
// (urn:tonghop:consolidated:1). Written with pugixml; every string goes
// through XmlSafe so that no stored text can break the document.
#include <pugixml.hpp>

#include "campaign/deadline.h"
#include "report/format.h"
#include "report/render.h"

namespace tonghop::report {
namespace {

constexpr const char* kNamespace = "urn:tonghop:consolidated:1";

struct StringWriter final : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

void Attr(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(XmlSafe(value).c_str());
}
void OptAttr(pugi::xml_node node, const char* name, const std::optional<std::string>& value) {
  if (value) Attr(node, name, *value);
}
pugi::xml_node TextChild(pugi::xml_node parent, const char* name, std::string_view text) {
  pugi::xml_node child = parent.append_child(name);
  child.append_child(pugi::node_pcdata).set_value(XmlSafe(text).c_str());
  return child;
}

void Document(pugi::xml_node parent, const char* name, const DocumentRef& d) {
  pugi::xml_node node = parent.append_child(name);
  Attr(node, "sha256", d.sha256);
  Attr(node, "path", d.path);
  Attr(node, "format", d.format);
  OptAttr(node, "number", d.number);
  OptAttr(node, "symbol", d.symbol);
  OptAttr(node, "date", d.date);
  OptAttr(node, "received", d.received);
}

void Finding(pugi::xml_node parent, const model::Finding& f, Lang lang) {
  pugi::xml_node node = parent.append_child("finding");
  Attr(node, "code", f.code);
  Attr(node, "severity", model::SeverityName(f.severity));
  for (const auto& [name, value] : f.attrs) {
    pugi::xml_node a = node.append_child("attr");
    Attr(a, "name", name);
    Attr(a, "value", value);
  }
  TextChild(node, "message", model::DescribeFinding(f).In(lang));
}

void Period(pugi::xml_node root, const PeriodReport& p, Lang lang) {
  pugi::xml_node node = root.append_child("period");
  Attr(node, "id", p.id);
  Attr(node, "doc-type", p.doc_type);
  Attr(node, "from", p.from.Iso());
  Attr(node, "to", p.to.Iso());
  Attr(node, "due", p.due.Iso());
  if (p.due_passed) Attr(node, "due-passed", *p.due_passed ? "true" : "false");
  TextChild(node, "name", p.name);
  for (const SectionTitle& s : p.sections) {
    pugi::xml_node def = node.append_child("section-def");
    Attr(def, "id", s.id);
    Attr(def, "required", s.required ? "true" : "false");
    Attr(def, "title", s.title);
  }
  for (const MetricColumn& m : p.metrics) {
    pugi::xml_node def = node.append_child("metric-def");
    Attr(def, "id", m.id);
    Attr(def, "kind", m.kind == campaign::MetricKind::kDecimal ? "decimal" : "int");
    Attr(def, "label", m.label);
  }
  for (const UnitRow& u : p.units) {
    pugi::xml_node unit = node.append_child("unit");
    Attr(unit, "id", u.unit);
    Attr(unit, "status", UnitStatusCode(u.status));
    Attr(unit, "days-late", std::to_string(u.days_late));
    if (u.not_yet_due) Attr(unit, "not-yet-due", "true");
    TextChild(unit, "name", u.name);
    if (u.document) Document(unit, "document", *u.document);
    for (const std::string& s : u.missing_sections) {
      pugi::xml_node ms = unit.append_child("missing-section");
      Attr(ms, "id", s);
      Attr(ms, "title", p.SectionTitleOf(s));
    }
    for (const model::Finding& f : u.findings) Finding(unit, f, lang);
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      if (!u.metrics[i]) continue;
      pugi::xml_node m = unit.append_child("metric");
      Attr(m, "id", p.metrics[i].id);
      Attr(m, "value", FormatNumberPlain(*u.metrics[i]));
    }
  }
  pugi::xml_node totals = node.append_child("totals");
  Attr(totals, "expected", std::to_string(p.totals.expected));
  Attr(totals, "submitted", std::to_string(p.totals.submitted));
  Attr(totals, "on-time", std::to_string(p.totals.on_time));
  Attr(totals, "late", std::to_string(p.totals.late));
  Attr(totals, "missing", std::to_string(p.totals.missing));
  for (size_t i = 0; i < p.metrics.size(); ++i) {
    pugi::xml_node m = totals.append_child("metric");
    Attr(m, "id", p.metrics[i].id);
    Attr(m, "value", FormatNumberPlain(p.totals.metrics[i]));
    Attr(m, "reported", std::to_string(p.totals.metric_reported[i]));
  }
}

}  // namespace

Status RenderXml(const Consolidated& report, const ReportOptions& options, Sink& sink) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("consolidated");
  Attr(root, "xmlns", kNamespace);
  Attr(root, "version", "1");
  Attr(root, "campaign", report.campaign_id);
  Attr(root, "period", report.period_selector);
  Attr(root, "sort", SortOrderName(report.sort));
  Attr(root, "generator", options.generator);
  if (report.as_of_utc) Attr(root, "as-of", campaign::FormatInstantVietnam(*report.as_of_utc));
  TextChild(root, "name", report.campaign_name);
  pugi::xml_node issuer = root.append_child("issuer");
  TextChild(issuer, "parent", report.issuer.parent);
  TextChild(issuer, "name", report.issuer.name);
  TextChild(issuer, "place", report.issuer.place);
  pugi::xml_node plan = TextChild(root, "plan", PlanCitation(report.plan));
  Attr(plan, "number", report.plan.number);
  Attr(plan, "symbol", report.plan.symbol);
  if (report.plan.date) Attr(plan, "date", report.plan.date->Iso());
  pugi::xml_node meta = root.append_child("report");
  Attr(meta, "symbol", ReportSymbol(report, options));
  if (!options.number.empty()) Attr(meta, "number", options.number);
  if (options.date) Attr(meta, "date", options.date->Iso());
  for (const PeriodReport& p : report.periods) Period(root, p, options.lang);

  pugi::xml_node audit = root.append_child("audit");
  for (const SupersededDoc& s : report.audit.superseded) {
    pugi::xml_node node = audit.append_child("superseded");
    Attr(node, "period", s.period);
    Attr(node, "unit", s.unit);
    Document(node, "document", s.document);
    if (s.superseded_by) Document(node, "superseded-by", *s.superseded_by);
  }
  for (const DuplicateArrival& d : report.audit.duplicates) {
    pugi::xml_node node = audit.append_child("duplicate");
    Attr(node, "sha256", d.sha256);
    Attr(node, "path", d.path);
    OptAttr(node, "received", d.received);
    Attr(node, "original-path", d.original_path);
    OptAttr(node, "period", d.period);
    OptAttr(node, "unit", d.unit);
  }
  for (const UnassignedDoc& u : report.audit.unassigned) {
    pugi::xml_node node = audit.append_child("unassigned");
    Attr(node, "reason", UnassignedReasonCode(u.reason));
    OptAttr(node, "unit", u.unit);
    OptAttr(node, "period", u.period);
    if (u.subject) TextChild(node, "subject", *u.subject);
    Document(node, "document", u.document);
    for (const model::Finding& f : u.findings) Finding(node, f, options.lang);
  }

  StringWriter writer;
  writer.out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  doc.save(writer, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
  return sink.Write(writer.out);
}

}  // namespace tonghop::report
