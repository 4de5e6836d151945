#include "report/status_table.h"

#include <algorithm>
#include <string>
#include <vector>

#include "report/format.h"
#include "report/render.h"
#include "text/letters.h"

namespace tonghop::report {
namespace {

void Pad(std::string& line, const std::string& cell, int width) {
  line += cell;
  line.append(static_cast<size_t>(std::max(0, width - DisplayWidth(cell))), ' ');
}

std::string Notes(const UnitRow& u, Lang lang) {
  std::string out;
  for (const model::Finding& f : u.findings) {
    if (f.code == model::codes::kLateSubmission || f.code == model::codes::kMissingSection) {
      continue;
    }
    out += (out.empty() ? "" : "; ") + model::DescribeFinding(f).In(lang);
  }
  return out;
}

}  // namespace

void WriteStatusTable(std::ostream& out, const Consolidated& report, Lang lang) {
  const bool en = lang == Lang::kEn;
  out << (en ? "Campaign: " : "Đợt thi đua: ") << report.campaign_name << " (" << report.campaign_id
      << ")\n";
  if (!report.plan.number.empty()) {
    out << (en ? "Plan: " : "Theo ") << PlanCitation(report.plan) << "\n";
  }
  const char* const headers_vi[] = {"Đơn vị",     "Số/ký hiệu", "Ngày",   "Nhận lúc",
                                    "Tình trạng", "Thiếu mục",  "Ghi chú"};
  const char* const headers_en[] = {"Unit",   "Number/symbol",    "Date", "Received",
                                    "Status", "Missing sections", "Notes"};
  const char* const* headers = en ? headers_en : headers_vi;
  constexpr int kColumns = 7;

  for (const PeriodReport& p : report.periods) {
    out << "\n"
        << (en ? "Period " : "Kỳ ") << p.id << ": " << p.name << " — " << (en ? "due " : "hạn nộp ")
        << FormatIsoDateHuman(p.due.Iso(), lang) << "\n";
    std::vector<std::vector<std::string>> rows;
    rows.reserve(p.units.size() + 1);
    rows.emplace_back(headers, headers + kColumns);
    for (const UnitRow& u : p.units) {
      std::vector<std::string> row(kColumns);
      row[0] = u.name;
      if (u.document) {
        row[1] = NumberSymbol(*u.document);
        if (u.document->date) row[2] = FormatIsoDateHuman(*u.document->date, lang);
        if (u.document->received_utc) row[3] = FormatInstantHuman(*u.document->received_utc, lang);
      }
      row[4] = StatusLabel(u, lang);
      for (const std::string& s : u.missing_sections) {
        row[5] += (row[5].empty() ? "" : ", ") + p.SectionTitleOf(s);
      }
      row[6] = Notes(u, lang);
      for (std::string& cell : row) {
        if (cell.empty()) cell.assign(1, '-');
      }
      rows.push_back(std::move(row));
    }
    int widths[kColumns] = {};
    for (const auto& row : rows) {
      for (int c = 0; c < kColumns; ++c) widths[c] = std::max(widths[c], DisplayWidth(row[c]));
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      std::string line = "  ";
      for (int c = 0; c < kColumns; ++c) {
        if (c == kColumns - 1) {
          line += rows[r][c];  // the last column is not padded
        } else {
          Pad(line, rows[r][c], widths[c] + 2);
        }
      }
      out << line << "\n";
      if (r == 0) {
        // Under the padded columns and the last column's heading.
        int total = DisplayWidth(rows[0][kColumns - 1]);
        for (int c = 0; c < kColumns - 1; ++c) total += widths[c] + 2;
        std::string rule;
        for (int i = 0; i < total; ++i) rule += "─";
        out << "  " << rule << "\n";
      }
    }
    const Totals& t = p.totals;
    if (en) {
      out << "  Total: " << t.expected << " units; submitted " << t.submitted << " (on time "
          << t.on_time << ", late " << t.late << "); missing " << t.missing << "\n";
    } else {
      out << "  Tổng: " << t.expected << " đơn vị; đã nộp " << t.submitted << " (đúng hạn "
          << t.on_time << ", muộn " << t.late << "); chưa nộp " << t.missing << "\n";
    }
    if (!p.metrics.empty()) {
      out << (en ? "  Figures (sum): " : "  Số liệu (tổng): ");
      for (size_t i = 0; i < p.metrics.size(); ++i) {
        out << (i ? "; " : "") << text::UpperFirst(p.metrics[i].label) << " "
            << (t.metric_reported[i] ? FormatNumberHuman(t.metrics[i], lang) : "-");
      }
      out << "\n";
    }
  }
  const Audit& a = report.audit;
  if (!a.superseded.empty() || !a.duplicates.empty() || !a.unassigned.empty()) {
    out << "\n";
    if (en) {
      out << "Superseded documents: " << a.superseded.size()
          << "; repeated arrivals: " << a.duplicates.size()
          << "; documents counted nowhere: " << a.unassigned.size() << "\n";
    } else {
      out << "Văn bản đã bị thay thế: " << a.superseded.size()
          << "; lượt gửi trùng: " << a.duplicates.size()
          << "; văn bản chưa xác định được đơn vị hoặc kỳ: " << a.unassigned.size() << "\n";
    }
    for (const UnassignedDoc& u : a.unassigned) {
      out << "  - " << u.document.path << " (" << UnassignedReasonText(u.reason, lang) << ")\n";
    }
  }
}

}  // namespace tonghop::report
