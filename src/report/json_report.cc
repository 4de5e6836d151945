#include "report/json_report.h"

#include <sstream>

#include "campaign/deadline.h"
#include "model/record_json.h"
#include "report/format.h"
#include "report/render.h"

namespace tonghop::report {
namespace {

void WriteDocument(JsonWriter& w, const DocumentRef& d) {
  w.BeginObject();
  w.Field("sha256", d.sha256);
  w.Field("number", d.number);
  w.Field("symbol", d.symbol);
  w.Field("date", d.date);
  w.Field("received", d.received);
  w.Field("path", d.path);
  w.EndObject();
}

void WriteUnit(JsonWriter& w, const PeriodReport& p, const UnitRow& u, Lang lang) {
  w.BeginObject();
  w.Field("unit", u.unit);
  w.Field("name", u.name);
  w.Field("status", UnitStatusCode(u.status));
  w.Key("days_late");
  w.Int(u.days_late);
  w.Key("document");
  if (u.document) {
    WriteDocument(w, *u.document);
  } else {
    w.Null();
  }
  w.Key("missing_sections");
  w.BeginArray();
  for (const std::string& s : u.missing_sections) w.String(s);
  w.EndArray();
  w.Key("findings");
  w.BeginArray();
  for (const model::Finding& f : u.findings) model::WriteFindingJson(w, f, lang);
  w.EndArray();
  w.Key("metrics");
  w.BeginObject();
  if (u.document) {
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      w.Key(p.metrics[i].id);
      if (u.metrics[i]) {
        w.Double(*u.metrics[i]);
      } else {
        w.Null();
      }
    }
  }
  w.EndObject();
  w.EndObject();
}

void WritePeriod(JsonWriter& w, const Consolidated& report, const PeriodReport& p, Lang lang,
                 bool extended) {
  w.BeginObject();
  w.Field("id", p.id);
  w.Field("due", p.due.Iso());
  if (extended) {
    w.Field("name", p.name);
    w.Field("doc_type", p.doc_type);
    w.Field("from", p.from.Iso());
    w.Field("to", p.to.Iso());
    if (report.as_of_utc) {
      w.Key("due_passed");
      w.Bool(p.due_passed.value_or(false));
    }
    w.Key("metric_labels");
    w.BeginObject();
    for (const MetricColumn& m : p.metrics) w.Field(m.id, m.label);
    w.EndObject();
  }
  w.Key("units");
  w.BeginArray();
  for (const UnitRow& u : p.units) WriteUnit(w, p, u, lang);
  w.EndArray();
  w.Key("totals");
  w.BeginObject();
  w.Key("submitted");
  w.Int(p.totals.submitted);
  w.Key("on_time");
  w.Int(p.totals.on_time);
  w.Key("late");
  w.Int(p.totals.late);
  w.Key("missing");
  w.Int(p.totals.missing);
  w.Key("metrics");
  w.BeginObject();
  for (size_t i = 0; i < p.metrics.size(); ++i) {
    w.Key(p.metrics[i].id);
    w.Double(p.totals.metrics[i]);
  }
  w.EndObject();
  w.EndObject();
  w.EndObject();
}

void WritePeriods(JsonWriter& w, const Consolidated& report, Lang lang, bool extended) {
  w.Key("periods");
  w.BeginArray();
  for (const PeriodReport& p : report.periods) WritePeriod(w, report, p, lang, extended);
  w.EndArray();
}

void WriteMeta(JsonWriter& w, const Consolidated& report, const ReportOptions& options) {
  w.Key("report");
  w.BeginObject();
  w.Field("generator", options.generator);
  w.Field("period", report.period_selector);
  w.Field("sort", SortOrderName(report.sort));
  w.Key("number");
  if (options.number.empty()) {
    w.Null();
  } else {
    w.String(options.number);
  }
  w.Field("symbol", ReportSymbol(report, options));
  w.Key("date");
  if (options.date) {
    w.String(options.date->Iso());
  } else {
    w.Null();
  }
  w.Key("as_of");
  if (report.as_of_utc) {
    w.String(campaign::FormatInstantVietnam(*report.as_of_utc));
  } else {
    w.Null();
  }
  w.Field("campaign_name", report.campaign_name);
  w.Key("issuer");
  w.BeginObject();
  w.Field("parent", report.issuer.parent);
  w.Field("name", report.issuer.name);
  w.Field("place", report.issuer.place);
  w.EndObject();
  w.Key("plan");
  w.BeginObject();
  w.Field("number", report.plan.number);
  w.Field("symbol", report.plan.symbol);
  w.Key("date");
  if (report.plan.date) {
    w.String(report.plan.date->Iso());
  } else {
    w.Null();
  }
  w.Field("text", PlanCitation(report.plan));
  w.EndObject();
  w.EndObject();
}

void WriteAudit(JsonWriter& w, const Consolidated& report, Lang lang) {
  w.Key("audit");
  w.BeginObject();
  w.Key("superseded");
  w.BeginArray();
  for (const SupersededDoc& s : report.audit.superseded) {
    w.BeginObject();
    w.Field("period", s.period);
    w.Field("unit", s.unit);
    w.Key("document");
    WriteDocument(w, s.document);
    w.Key("superseded_by");
    if (s.superseded_by) {
      WriteDocument(w, *s.superseded_by);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("duplicates");
  w.BeginArray();
  for (const DuplicateArrival& d : report.audit.duplicates) {
    w.BeginObject();
    w.Field("sha256", d.sha256);
    w.Field("path", d.path);
    w.Field("received", d.received);
    w.Field("original_path", d.original_path);
    w.Field("period", d.period);
    w.Field("unit", d.unit);
    w.EndObject();
  }
  w.EndArray();
  w.Key("unassigned");
  w.BeginArray();
  for (const UnassignedDoc& u : report.audit.unassigned) {
    w.BeginObject();
    w.Field("reason", UnassignedReasonCode(u.reason));
    w.Field("unit", u.unit);
    w.Field("period", u.period);
    w.Field("subject", u.subject);
    w.Key("document");
    WriteDocument(w, u.document);
    w.Key("findings");
    w.BeginArray();
    for (const model::Finding& f : u.findings) model::WriteFindingJson(w, f, lang);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void WriteStatusJson(JsonWriter& w, const Consolidated& report, Lang lang) {
  w.BeginObject();
  w.Field("campaign", report.campaign_id);
  WritePeriods(w, report, lang, false);
  w.EndObject();
}

Status RenderJson(const Consolidated& report, const ReportOptions& options, Sink& sink) {
  std::ostringstream out;
  JsonWriter w(out, 1);
  w.BeginObject();
  WriteMeta(w, report, options);
  w.Field("campaign", report.campaign_id);
  WritePeriods(w, report, options.lang, true);
  WriteAudit(w, report, options.lang);
  w.EndObject();
  out << '\n';
  return sink.Write(out.view());
}

}  // namespace tonghop::report
