#include "report/render.h"

#include <algorithm>
#include <map>

#include "report/format.h"
#include "text/letters.h"

namespace tonghop::report {

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "docx") return Format::kDocx;
  if (name == "xml") return Format::kXml;
  if (name == "json") return Format::kJson;
  if (name == "csv") return Format::kCsv;
  if (name == "html") return Format::kHtml;
  return std::nullopt;
}

const char* FormatName(Format format) {
  switch (format) {
    case Format::kDocx:
      return "docx";
    case Format::kXml:
      return "xml";
    case Format::kJson:
      return "json";
    case Format::kCsv:
      return "csv";
    case Format::kHtml:
      return "html";
  }
  return "docx";
}

const char* FormatExtension(Format format) {
  switch (format) {
    case Format::kDocx:
      return ".docx";
    case Format::kXml:
      return ".xml";
    case Format::kJson:
      return ".json";
    case Format::kCsv:
      return ".csv";
    case Format::kHtml:
      return ".html";
  }
  return "";
}

std::string ReportSymbol(const Consolidated& report, const ReportOptions& options) {
  if (!options.symbol.empty()) return options.symbol;
  const std::string& plan = report.plan.symbol;
  if (plan.empty()) return "BC";
  size_t dash = plan.find('-');
  std::string issuer = dash == std::string::npos ? plan : plan.substr(dash + 1);
  return issuer.empty() ? "BC" : "BC-" + issuer;
}

std::string ReportNumberSymbol(const Consolidated& report, const ReportOptions& options) {
  std::string number = options.number;
  if (number.empty()) {
    number = "      ";  // a blank the clerk fills in when the report is registered
  } else if (number.size() == 1 && number[0] >= '1' && number[0] <= '9') {
    number = "0" + number;  // NĐ 30 PL I §II.3: numbers below 10 take a leading zero
  }
  return number + "/" + ReportSymbol(report, options);
}

std::string NumberLine(const Consolidated& report, const ReportOptions& options) {
  return "Số: " + ReportNumberSymbol(report, options);
}

std::vector<std::string> SubjectLines(const Consolidated& report) {
  std::vector<std::string> lines;
  if (report.periods.size() == 1 && report.period_selector != kAllPeriods) {
    const PeriodReport& p = report.periods.front();
    lines.push_back((p.doc_type == "BC" ? "Tổng hợp kết quả " : "Tổng hợp tình hình gửi ") +
                    text::LowerFirst(p.name));
  } else {
    lines.push_back("Tổng hợp tình hình nộp báo cáo và kết quả các đợt");
  }
  if (!report.campaign_name.empty()) lines.push_back(text::LowerFirst(report.campaign_name));
  return lines;
}

std::vector<std::string> Recipients(const Consolidated& report, const ReportOptions& options) {
  if (!options.recipients.empty()) return options.recipients;
  std::vector<std::string> out;
  if (!report.issuer.parent.empty()) out.push_back(report.issuer.parent + " (b/c);");
  out.push_back("Các đơn vị tham gia đợt thi đua (để biết);");
  out.push_back("Lưu: VT.");
  return out;
}

// Long organisation names wrap in the narrow header column; they are broken
// where a clerk would (before the administrative part) instead of wherever
// the renderer's font metrics fall.
std::vector<std::string> OrganisationLines(const std::string& name) {
  constexpr int kLongName = 24;  // display columns
  if (DisplayWidth(name) <= kLongName) return {name};
  static const char* const kBreakBefore[] = {" TỈNH ",   " THÀNH PHỐ ", " HUYỆN ",  " QUẬN ",
                                             " THỊ XÃ ", " THỊ TRẤN ",  " PHƯỜNG ", " XÃ ",
                                             " NGÀNH ",  " VIỆT NAM"};
  size_t best = std::string::npos;
  for (const char* word : kBreakBefore) {
    size_t at = name.rfind(word);
    if (at != std::string::npos && at > 0 && (best == std::string::npos || at > best)) best = at;
  }
  if (best == std::string::npos) return {name};
  return {name.substr(0, best), name.substr(best + 1)};
}

std::vector<std::string> UnitRemarks(const PeriodReport& period, const UnitRow& unit) {
  std::vector<std::string> out;
  if (unit.status == UnitStatus::kLate) {
    out.push_back("nộp muộn " + std::to_string(unit.days_late) + " ngày (hạn nộp " +
                  FormatDateVi(period.due) + ")");
  }
  if (!unit.missing_sections.empty()) {
    std::string titles;
    for (const std::string& s : unit.missing_sections) {
      titles += (titles.empty() ? "" : ", ") + period.SectionTitleOf(s);
    }
    out.push_back("thiếu mục: " + titles);
  }
  for (const model::Finding& f : unit.findings) {
    if (f.code == model::codes::kLateSubmission || f.code == model::codes::kMissingSection ||
        f.severity == model::Severity::kInfo) {
      continue;
    }
    std::string message = text::LowerFirst(model::DescribeFinding(f).vi);
    if (std::find(out.begin(), out.end(), message) == out.end()) out.push_back(std::move(message));
  }
  return out;
}

std::vector<std::string> AuditRemarks(const Consolidated& report) {
  std::map<std::string, std::string> names;
  if (!report.periods.empty()) {
    for (const UnitRow& u : report.periods.front().units) names[u.unit] = u.name;
  }
  auto doc_name = [](const DocumentRef& d) {
    std::string ns = NumberSymbol(d);
    std::string out = ns.empty() ? d.path : "số " + ns;
    if (d.date) out += " ngày " + FormatIsoDateHuman(*d.date, Lang::kVi);
    return out;
  };
  std::vector<std::string> out;
  for (const SupersededDoc& s : report.audit.superseded) {
    auto it = names.find(s.unit);
    std::string line =
        (it != names.end() ? it->second : s.unit) + ": văn bản " + doc_name(s.document);
    if (report.periods.size() > 1) {
      for (const PeriodReport& p : report.periods) {
        if (p.id == s.period) line += " (" + text::LowerFirst(p.name) + ")";
      }
    }
    line += " đã được thay thế";
    if (s.superseded_by) line += " bởi văn bản " + doc_name(*s.superseded_by);
    out.push_back(line);
  }
  if (!report.audit.duplicates.empty()) {
    out.push_back(std::to_string(report.audit.duplicates.size()) +
                  " lượt gửi lại văn bản đã nhận (mỗi văn bản chỉ tính một lần)");
  }
  if (!report.audit.unassigned.empty()) {
    std::string paths;
    for (const UnassignedDoc& u : report.audit.unassigned) {
      paths += (paths.empty() ? "" : "; ") + u.document.path + " (" +
               UnassignedReasonText(u.reason, Lang::kVi) + ")";
    }
    out.push_back(std::to_string(report.audit.unassigned.size()) +
                  " văn bản chưa xác định được đơn vị hoặc kỳ báo cáo: " + paths);
  }
  return out;
}

Status Render(Format format, const Consolidated& report, const ReportOptions& options, Sink& sink) {
  switch (format) {
    case Format::kDocx:
      return RenderDocx(report, options, sink);
    case Format::kXml:
      return RenderXml(report, options, sink);
    case Format::kJson:
      return RenderJson(report, options, sink);
    case Format::kCsv:
      return RenderCsv(report, options, sink);
    case Format::kHtml:
      return RenderHtml(report, options, sink);
  }
  return MakeError(ErrorCode::kInternal, Msg("Định dạng không hỗ trợ", "Unsupported format"));
}

}  // namespace tonghop::report
