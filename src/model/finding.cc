#include "model/finding.h"

#include <array>

namespace tonghop::model {
namespace {

struct CatalogEntry {
  std::string_view code;
  Severity severity;
  std::string_view vi;  // templates: {name} is replaced by the attribute
  std::string_view en;
};

constexpr std::array kCatalog = {
    CatalogEntry{codes::kMissingField, Severity::kWarning, "Không tìm thấy trường {field}",
                 "Field not found: {field}"},
    CatalogEntry{codes::kMissingSection, Severity::kError, "Thiếu mục bắt buộc: {title}",
                 "Required section missing: {title}"},
    CatalogEntry{codes::kLateSubmission, Severity::kWarning, "Nộp muộn {days} ngày (hạn {due})",
                 "Submitted {days} day(s) late (due {due})"},
    CatalogEntry{codes::kUnknownUnit, Severity::kError, "Không xác định được đơn vị gửi văn bản",
                 "Cannot tell which unit sent the document"},
    CatalogEntry{codes::kAssignedOnIngest, Severity::kInfo,
                 "Đơn vị/kỳ do người nạp chỉ định (--unit/--period): {assigned}",
                 "Unit/period given when ingesting (--unit/--period): {assigned}"},
    CatalogEntry{codes::kAmbiguousUnit, Severity::kError,
                 "Không phân biệt được đơn vị gửi: {candidates}",
                 "The sending unit is ambiguous: {candidates}"},
    CatalogEntry{codes::kUnknownPeriod, Severity::kError,
                 "Không xác định được văn bản thuộc đợt báo cáo nào",
                 "Cannot tell which reporting period the document belongs to"},
    CatalogEntry{codes::kNoPlanReference, Severity::kWarning,
                 "Báo cáo không viện dẫn kế hoạch {plan}", "The report does not cite plan {plan}"},
    CatalogEntry{codes::kSymbolTypeMismatch, Severity::kWarning,
                 "Ký hiệu {symbol} không khớp loại văn bản {doc_type}",
                 "Symbol {symbol} does not match document type {doc_type}"},
    CatalogEntry{codes::kLegacyEncodingConverted, Severity::kInfo,
                 "Đã chuyển phông chữ cũ {encoding} sang Unicode",
                 "Legacy {encoding} font text converted to Unicode"},
    CatalogEntry{codes::kDuplicate, Severity::kInfo, "Văn bản trùng với văn bản đã nhận ({path})",
                 "Same document already received ({path})"},
    CatalogEntry{codes::kSuperseded, Severity::kInfo,
                 "Đã được thay thế bởi văn bản nhận sau ({path})",
                 "Superseded by a later document ({path})"},
    CatalogEntry{codes::kMissingMetric, Severity::kWarning, "Không tìm thấy số liệu: {label}",
                 "Figure not found: {label}"},
    CatalogEntry{codes::kUnsupportedContent, Severity::kInfo, "Nội dung không đọc được: {what}",
                 "Content not read: {what}"},
};

const CatalogEntry* Find(std::string_view code) {
  for (const auto& entry : kCatalog) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

std::string Fill(std::string_view tmpl, const Finding& finding) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        out += finding.Attr(tmpl.substr(i + 1, close - i - 1));
        i = close;
        continue;
      }
    }
    out.push_back(tmpl[i]);
  }
  return out;
}

}  // namespace

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "warning";
}

std::string_view Finding::Attr(std::string_view key) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return {};
}

Finding MakeFinding(std::string_view code, std::vector<std::pair<std::string, std::string>> attrs) {
  Finding f;
  f.code = std::string(code);
  const CatalogEntry* entry = Find(code);
  f.severity = entry ? entry->severity : Severity::kWarning;
  f.attrs = std::move(attrs);
  return f;
}

LocalizedText DescribeFinding(const Finding& finding) {
  const CatalogEntry* entry = Find(finding.code);
  if (!entry) return Msg("Lưu ý: " + finding.code, "Note: " + finding.code);
  return Msg(Fill(entry->vi, finding), Fill(entry->en, finding));
}

bool IsKnownFindingCode(std::string_view code) { return Find(code) != nullptr; }

}  // namespace tonghop::model
