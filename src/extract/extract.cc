#include "extract/extract.h"

#include "extract/closing.h"
#include "extract/doc_number.h"
#include "extract/doc_types.h"
#include "extract/header.h"
#include "extract/metrics.h"
#include "extract/references.h"
#include "extract/sections.h"
#include "model/finding.h"
#include "text/fold.h"

namespace tonghop::extract {
namespace {

void MissingField(model::Record& r, const char* field) {
  r.findings.push_back(model::MakeFinding(model::codes::kMissingField, {{"field", field}}));
}

// Abbreviations shared by a type and an issuer part (CĐ công điện / công
// đoàn, HĐ hợp đồng / hội đồng, TC thông cáo): in a công văn symbol they
// name the issuer, not a type.
bool IsAmbiguousCode(std::string_view code) { return code == "CĐ" || code == "HĐ" || code == "TC"; }

void CheckSymbolType(model::Record& r) {
  if (!r.doc_type || !r.symbol) return;
  std::string code = SymbolTypeCode(*r.symbol);
  bool mismatch;
  if (r.doc_type->code == kCongVanCode) {
    mismatch = !code.empty() && code != kCongVanCode && !IsAmbiguousCode(code);
  } else {
    mismatch = code != r.doc_type->code;
  }
  if (mismatch) {
    r.findings.push_back(
        model::MakeFinding(model::codes::kSymbolTypeMismatch,
                           {{"symbol", *r.symbol}, {"doc_type", r.doc_type->code}}));
  }
}

}  // namespace

model::Record ExtractRecord(const model::Document& document, DocumentLayout* layout_out) {
  DocumentLayout layout;
  layout.lines = FlattenBody(document);
  model::Record r;

  Header h = ExtractHeader(layout.lines);
  r.issuer.parent = h.parent;
  r.issuer.name = h.issuer;
  r.issuer.body = h.body;
  r.number = h.number.number;
  r.symbol = h.number.symbol;
  r.year = h.number.year;
  r.place = h.place;
  r.date = h.date;
  r.title = h.title;
  r.subject = h.subject;
  if (h.title_type) {
    r.doc_type = model::DocType{std::string(h.title_type->code), std::string(h.title_type->name)};
  } else if (h.vv) {
    const DocTypeInfo* cv = FindDocTypeByCode(kCongVanCode);
    r.doc_type = model::DocType{std::string(cv->code), std::string(cv->name)};
  }

  Closing closing = ExtractClosing(layout.lines, h.body_start);
  layout.content_begin = h.body_start;
  layout.content_end = std::max(closing.start, h.body_start);
  r.signer = closing.signer;
  r.recipients = closing.addressees;
  r.recipients.insert(r.recipients.end(), closing.recipients.begin(), closing.recipients.end());
  r.sections = ExtractSections(layout.lines, layout.content_begin, layout.content_end);
  r.references = ExtractReferences(layout.lines, layout.content_begin, layout.content_end);

  if (!r.issuer.name) MissingField(r, "issuer");
  if (!r.number) MissingField(r, "number");
  if (!r.symbol) MissingField(r, "symbol");
  if (!r.doc_type) MissingField(r, "doc_type");
  if (!r.place) MissingField(r, "place");
  if (!r.date) MissingField(r, "date");
  bool cong_van = r.doc_type && r.doc_type->code == kCongVanCode;
  if (!r.title && !cong_van) MissingField(r, "title");
  if (!r.subject) MissingField(r, "subject");
  if (r.sections.empty() && !cong_van) MissingField(r, "sections");
  if (!r.signer) MissingField(r, "signer");
  if (r.recipients.empty()) MissingField(r, "recipients");
  CheckSymbolType(r);

  if (layout_out) *layout_out = std::move(layout);
  return r;
}

std::map<std::string, model::MetricValue> ExtractCampaignMetrics(const DocumentLayout& layout,
                                                                 const campaign::Period& period,
                                                                 const MetricKeys& keys) {
  return ExtractMetrics(layout.lines, layout.content_begin, layout.content_end, period.metrics,
                        keys);
}

}  // namespace tonghop::extract
