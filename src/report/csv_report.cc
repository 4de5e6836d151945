// The CSV report: UTF-8 with a byte-order mark and CRLF line ends, so Excel
// opens Vietnamese text correctly; RFC 4180 quoting. One row per unit and
// period, then a totals row per period. Text cells that a spreadsheet
// would run as a formula (=, +, -, @ first) get a leading apostrophe.
#include <algorithm>

#include "report/format.h"
#include "report/render.h"
#include "text/letters.h"

namespace tonghop::report {
namespace {

void Cell(std::string& line, std::string_view value) {
  if (!line.empty()) line.push_back(',');
  bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) {
    line.append(value);
    return;
  }
  line.push_back('"');
  for (char c : value) {
    if (c == '"') line.push_back('"');
    line.push_back(c);
  }
  line.push_back('"');
}

// A text cell (names, paths, messages): guarded against formula injection.
void TextCell(std::string& line, std::string_view value) {
  if (!value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                         value.front() == '@')) {
    Cell(line, "'" + std::string(value));
    return;
  }
  Cell(line, value);
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out.append(sep);
    out.append(s);
  }
  return out;
}

struct Column {
  std::string id;
  std::string label;
};

}  // namespace

Status RenderCsv(const Consolidated& report, const ReportOptions& options, Sink& sink) {
  const bool en = options.lang == Lang::kEn;
  // Figures: every metric of the selected periods, in order of first appearance.
  std::vector<Column> metrics;
  for (const PeriodReport& p : report.periods) {
    for (const MetricColumn& m : p.metrics) {
      bool known = std::any_of(metrics.begin(), metrics.end(),
                               [&](const Column& c) { return c.id == m.id; });
      if (!known) metrics.push_back({m.id, text::UpperFirst(m.label)});
    }
  }

  std::string out = "\xEF\xBB\xBF";
  std::string line;
  const char* const headers_vi[] = {
      "Kỳ báo cáo",   "Mã đơn vị",      "Đơn vị", "Tình trạng", "Số ngày muộn", "Số",     "Ký hiệu",
      "Ngày văn bản", "Thời điểm nhận", "Tệp",    "SHA-256",    "Thiếu mục",    "Ghi chú"};
  const char* const headers_en[] = {
      "Period",        "Unit id",  "Unit", "Status",  "Days late",        "Number", "Symbol",
      "Document date", "Received", "File", "SHA-256", "Missing sections", "Notes"};
  for (const char* h : en ? headers_en : headers_vi) Cell(line, h);
  for (const Column& m : metrics) TextCell(line, m.label);
  out += line + "\r\n";

  for (const PeriodReport& p : report.periods) {
    for (const UnitRow& u : p.units) {
      line.clear();
      Cell(line, p.id);
      Cell(line, u.unit);
      TextCell(line, u.name);
      TextCell(line, StatusLabel(u, options.lang));
      Cell(line, std::to_string(u.days_late));
      if (u.document) {
        TextCell(line, u.document->number.value_or(""));
        TextCell(line, u.document->symbol.value_or(""));
        TextCell(line, u.document->date.value_or(""));
        TextCell(line, u.document->received.value_or(""));
        TextCell(line, u.document->path);
        Cell(line, u.document->sha256);
      } else {
        for (int i = 0; i < 6; ++i) Cell(line, "");
      }
      std::vector<std::string> sections;
      for (const std::string& s : u.missing_sections) sections.push_back(p.SectionTitleOf(s));
      TextCell(line, Join(sections, "; "));
      std::vector<std::string> notes;
      for (const model::Finding& f : u.findings) {
        if (f.code == model::codes::kMissingSection || f.code == model::codes::kLateSubmission) {
          continue;
        }
        notes.push_back(model::DescribeFinding(f).In(options.lang));
      }
      TextCell(line, Join(notes, "; "));
      for (const Column& c : metrics) {
        std::string value;
        for (size_t i = 0; i < p.metrics.size(); ++i) {
          if (p.metrics[i].id == c.id && u.metrics[i]) value = FormatNumberPlain(*u.metrics[i]);
        }
        Cell(line, value);
      }
      out += line + "\r\n";
    }
    line.clear();
    const Totals& t = p.totals;
    Cell(line, p.id);
    Cell(line, "");
    Cell(line, en ? "Total" : "Tổng cộng");
    std::string summary =
        en ? "Submitted " + std::to_string(t.submitted) + "/" + std::to_string(t.expected) +
                 "; on time " + std::to_string(t.on_time) + "; late " + std::to_string(t.late) +
                 "; missing " + std::to_string(t.missing)
           : "Đã nộp " + std::to_string(t.submitted) + "/" + std::to_string(t.expected) +
                 "; đúng hạn " + std::to_string(t.on_time) + "; muộn " + std::to_string(t.late) +
                 "; chưa nộp " + std::to_string(t.missing);
    Cell(line, summary);
    for (int i = 0; i < 9; ++i) Cell(line, "");
    for (const Column& c : metrics) {
      std::string value;
      for (size_t i = 0; i < p.metrics.size(); ++i) {
        if (p.metrics[i].id == c.id) value = FormatNumberPlain(t.metrics[i]);
      }
      Cell(line, value);
    }
    out += line + "\r\n";
  }
  return sink.Write(out);
}

}  // namespace tonghop::report
