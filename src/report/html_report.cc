// The HTML report: one self-contained file (inline CSS; no scripts, links,
// images or fonts from elsewhere), Vietnamese, readable on screen and
// printable (A4, NĐ 30 margins, colours kept). Written as polyglot markup
// (void elements closed, numeric character references) so that an XML
// parser reads it too. The submission matrix is
// coloured by status with a legend; the rest follows the DOCX report.
#include "report/format.h"
#include "report/render.h"
#include "text/letters.h"

namespace tonghop::report {
namespace {

constexpr const char* kCss = R"css(
body{font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.4;color:#000;background:#fff;max-width:62em;margin:1.5em auto;padding:0 1.5em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
th,td{border:1px solid #555;padding:.15em .4em;font-size:12pt;vertical-align:middle}
th{background:#eee;font-weight:bold;text-align:center}
td.c{text-align:center}td.n{text-align:right;white-space:nowrap}
tfoot td{font-weight:bold}
table.layout,table.layout td{border:none;padding:0;font-size:13pt;text-align:center;vertical-align:top}
.caps{margin:0}.b{font-weight:bold}.i{font-style:italic}.nowrap{white-space:nowrap}
.motto{font-weight:bold;text-decoration:underline}
.rule{width:35%;margin:.2em auto 0;border-top:1px solid #000}
h1{font-size:14pt;text-align:center;margin:1.2em 0 0}
.subject{text-align:center;font-weight:bold;margin:0}
h2{font-size:14pt;margin:1em 0 .4em}h3{font-size:14pt;margin:.8em 0 .3em}
p.body{text-align:justify;text-indent:1cm;margin:.3em 0}
.s-on-time{background:#cdebd3}.s-late{background:#ffe8a8}.s-missing{background:#f6c6cb}.s-pending{background:#dfe1e4}
.legend span{display:inline-block;border:1px solid #555;padding:0 .5em;margin:0 .4em .2em 0;font-size:12pt}
.sign td{width:50%}.sign .left{text-align:left}.recipients{font-size:11pt;margin:0;padding:0;list-style:none}
.space{height:5em}
@media print{
@page{size:A4;margin:20mm 15mm 20mm 30mm}
body{max-width:none;margin:0;padding:0;font-size:13pt}
tr{break-inside:avoid}thead{display:table-header-group}
h2,h3{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";

std::string Esc(std::string_view text) {
  std::string safe = XmlSafe(text);
  std::string out;
  out.reserve(safe.size());
  for (char c : safe) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

const char* StatusClass(const UnitRow& u) {
  switch (u.status) {
    case UnitStatus::kOnTime:
      return "s-on-time";
    case UnitStatus::kLate:
      return "s-late";
    case UnitStatus::kMissing:
      return u.not_yet_due ? "s-pending" : "s-missing";
  }
  return "";
}

void Legend(std::string& out, bool pending) {
  out +=
      "<p class=\"legend\">Chú giải: <span class=\"s-on-time\">Đúng hạn</span>"
      "<span class=\"s-late\">Nộp muộn</span><span class=\"s-missing\">Chưa nộp</span>";
  if (pending) out += "<span class=\"s-pending\">Chưa đến hạn</span>";
  out += "</p>\n";
}

void Header(std::string& out, const Consolidated& report, const ReportOptions& options) {
  out += "<table class=\"layout\"><tr><td style=\"width:42%\">";
  if (!report.issuer.parent.empty()) {
    for (const std::string& line : OrganisationLines(report.issuer.parent)) {
      out += "<p class=\"caps\">" + Esc(line) + "</p>";
    }
  }
  for (const std::string& line : OrganisationLines(report.issuer.name)) {
    out += "<p class=\"caps b\">" + Esc(line) + "</p>";
  }
  out += "<div class=\"rule\"></div>";
  out +=
      "</td><td><p class=\"caps b nowrap\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
      "<p class=\"caps motto\">Độc lập - Tự do - Hạnh phúc</p></td></tr>\n";
  // The blank number keeps its width (HTML would collapse the spaces).
  std::string number = Esc(NumberLine(report, options));
  for (size_t at; (at = number.find("  ")) != std::string::npos;)
    number.replace(at, 2, "&#160;&#160;");
  out += "<tr><td><p>" + number + "</p></td><td><p class=\"i\">" +
         Esc(PlaceDateLine(report.issuer.place, options.date)) + "</p></td></tr></table>\n";
  out += "<h1>BÁO CÁO</h1>\n";
  for (const std::string& line : SubjectLines(report)) {
    out += "<p class=\"subject\">" + Esc(line) + "</p>\n";
  }
  out += "<div class=\"rule\" style=\"width:25%\"></div>\n";
}

void Matrix(std::string& out, const Consolidated& report) {
  out += "<table class=\"matrix\"><thead><tr><th>TT</th><th>Đơn vị</th>";
  for (const PeriodReport& p : report.periods) {
    out += "<th>" + Esc(p.id) + "<br/>hạn " + Esc(FormatDateVi(p.due)) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  const size_t units = report.periods.front().units.size();
  for (size_t i = 0; i < units; ++i) {
    out += "<tr><td class=\"c\">" + std::to_string(i + 1) + "</td><td>" +
           Esc(report.periods.front().units[i].name) + "</td>";
    for (const PeriodReport& p : report.periods) {
      const UnitRow& u = p.units[i];
      out += std::string("<td class=\"c ") + StatusClass(u) + "\">" +
             Esc(StatusLabel(u, Lang::kVi)) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

void SubmissionTable(std::string& out, const PeriodReport& p) {
  const Totals& t = p.totals;
  out += "<p class=\"body\">Hạn nộp báo cáo: ngày " + FormatDateVi(p.due) +
         ". Số đơn vị phải báo cáo: " + std::to_string(t.expected) +
         "; đã nộp: " + std::to_string(t.submitted) + " (đúng hạn: " + std::to_string(t.on_time) +
         ", muộn: " + std::to_string(t.late) + "); chưa nộp: " + std::to_string(t.missing) +
         ".</p>\n";
  out +=
      "<table><thead><tr><th>TT</th><th>Đơn vị</th><th>Số, ký hiệu</th><th>Ngày văn bản</th>"
      "<th>Ngày nhận</th><th>Tình trạng</th><th>Thiếu mục</th></tr></thead><tbody>\n";
  int n = 0;
  for (const UnitRow& u : p.units) {
    out += "<tr><td class=\"c\">" + std::to_string(++n) + "</td><td>" + Esc(u.name) + "</td>";
    if (u.document) {
      out += "<td class=\"c\">" + Esc(NumberSymbol(*u.document)) + "</td><td class=\"c\">" +
             Esc(u.document->date ? FormatIsoDateHuman(*u.document->date, Lang::kVi) : "") +
             "</td><td class=\"c\">" +
             Esc(u.document->received_utc ? FormatInstantHuman(*u.document->received_utc, Lang::kVi)
                                          : "") +
             "</td>";
    } else {
      out += "<td></td><td></td><td></td>";
    }
    out += std::string("<td class=\"c ") + StatusClass(u) + "\">" + Esc(StatusLabel(u, Lang::kVi)) +
           "</td><td>";
    bool first = true;
    for (const std::string& s : u.missing_sections) {
      out += (first ? "" : ", ") + Esc(p.SectionTitleOf(s));
      first = false;
    }
    out += "</td></tr>\n";
  }
  out += "</tbody></table>\n";
}

void MetricsTable(std::string& out, const PeriodReport& p) {
  if (p.metrics.empty()) {
    out += "<p class=\"body\">Kỳ báo cáo này không có số liệu cần tổng hợp.</p>\n";
    return;
  }
  if (p.totals.submitted == 0) {
    out += "<p class=\"body\">Chưa có đơn vị nộp báo cáo nên chưa có số liệu tổng hợp.</p>\n";
    return;
  }
  out += "<p class=\"body\">Tổng hợp số liệu từ báo cáo của " + std::to_string(p.totals.submitted) +
         " đơn vị đã nộp.</p>\n";
  out += "<table><thead><tr><th>TT</th><th>Đơn vị</th>";
  for (const MetricColumn& m : p.metrics) out += "<th>" + Esc(text::UpperFirst(m.label)) + "</th>";
  out += "</tr></thead><tbody>\n";
  int n = 0;
  for (const UnitRow& u : p.units) {
    out += "<tr><td class=\"c\">" + std::to_string(++n) + "</td><td>" + Esc(u.name) + "</td>";
    for (const std::optional<double>& v : u.metrics) {
      out += "<td class=\"n\">" + (v ? FormatNumberVi(*v) : std::string("–")) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody><tfoot><tr><td></td><td class=\"c\">Tổng cộng</td>";
  for (size_t i = 0; i < p.metrics.size(); ++i) {
    out += "<td class=\"n\">" +
           (p.totals.metric_reported[i] ? FormatNumberVi(p.totals.metrics[i]) : std::string("–")) +
           "</td>";
  }
  out += "</tr></tfoot></table>\n";
}

std::string PeriodHeading(size_t n, const PeriodReport& p) {
  return "<h3>" + std::to_string(n) + ". " + Esc(text::UpperFirst(p.name)) + "</h3>\n";
}

}  // namespace

Status RenderHtml(const Consolidated& report, const ReportOptions& options, Sink& sink) {
  const bool several = report.periods.size() > 1;
  const std::string subject = SubjectLines(report).front();
  std::string out;
  out.reserve(16384 + report.periods.size() *
                          (report.periods.empty() ? 0 : report.periods.front().units.size()) * 600);
  out +=
      "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      "<meta name=\"generator\" content=\"" +
      Esc(options.generator) + "\"/>\n<title>" + Esc("Báo cáo " + text::LowerFirst(subject)) +
      "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n";
  Header(out, report, options);

  out += "<p class=\"body\">" + Esc(OpeningSentence(report)) + "</p>\n";

  bool pending = false;
  for (const PeriodReport& p : report.periods) {
    for (const UnitRow& u : p.units) pending = pending || u.not_yet_due;
  }
  out += "<h2>I. TÌNH HÌNH NỘP BÁO CÁO</h2>\n";
  Legend(out, pending);
  if (several) Matrix(out, report);
  size_t n = 0;
  for (const PeriodReport& p : report.periods) {
    if (several) out += PeriodHeading(++n, p);
    SubmissionTable(out, p);
  }

  out += "<h2>II. KẾT QUẢ THỰC HIỆN</h2>\n";
  n = 0;
  for (const PeriodReport& p : report.periods) {
    if (several) out += PeriodHeading(++n, p);
    MetricsTable(out, p);
  }

  out += "<h2>III. NHỮNG VẤN ĐỀ CẦN LƯU Ý</h2>\n";
  bool any = false;
  n = 0;
  for (const PeriodReport& p : report.periods) {
    ++n;
    std::string items;
    for (const UnitRow& u : p.units) {
      std::vector<std::string> remarks = UnitRemarks(p, u);
      if (remarks.empty()) continue;
      std::string text;
      for (const std::string& r : remarks) text += (text.empty() ? "" : "; ") + r;
      items += "<li><span class=\"" + std::string(StatusClass(u)) + "\">" + Esc(u.name) +
               "</span>: " + Esc(text) + ".</li>\n";
    }
    if (items.empty()) continue;
    any = true;
    if (several) out += PeriodHeading(n, p);
    out += "<ul>\n" + items + "</ul>\n";
  }
  std::vector<std::string> audit = AuditRemarks(report);
  if (!audit.empty()) {
    any = true;
    out += "<p class=\"body i\">Về văn bản nhận được:</p>\n<ul>\n";
    for (const std::string& line : audit) out += "<li>" + Esc(line) + ".</li>\n";
    out += "</ul>\n";
  }
  if (!any) out += "<p class=\"body\">Không có vấn đề cần lưu ý.</p>\n";

  out +=
      "<h2>IV. ĐỀ XUẤT, KIẾN NGHỊ</h2>\n"
      "<p class=\"body i\">(Bộ phận tổng hợp ghi đề xuất, kiến nghị vào đây.)</p>\n";
  out += "<p class=\"body\">Trên đây là báo cáo " + Esc(text::LowerFirst(subject)) + "./.</p>\n";

  out +=
      "<table class=\"layout sign\"><tr><td class=\"left\"><p class=\"b i\">Nơi nhận:</p>"
      "<ul class=\"recipients\">";
  for (const std::string& r : Recipients(report, options)) out += "<li>- " + Esc(r) + "</li>";
  out += "</ul></td><td><p class=\"b\">" + Esc(options.signer_authority) + "</p><p class=\"b\">" +
         Esc(options.signer_position) + "</p><div class=\"space\"></div><p class=\"b\">" +
         Esc(options.signer_name) + "</p></td></tr></table>\n";
  out += "</body>\n</html>\n";
  return sink.Write(out);
}

}  // namespace tonghop::report
