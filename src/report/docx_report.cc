// The DOCX report: a Vietnamese administrative report (NĐ 30/2020 thể thức)
// of the campaign's issuer. Layout, top to bottom:
//   header table (borderless, 2 columns): parent / ISSUER + short line |
//     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc;
//     Số: …/BC-… | Lai Châu, ngày … tháng … năm …
//   BÁO CÁO + subject + short line
//   opening sentence citing the plan
//   I. TÌNH HÌNH NỘP BÁO CÁO (per period: counts, bordered table)
//   II. KẾT QUẢ THỰC HIỆN (per period: figures, table with a totals row)
//   III. NHỮNG VẤN ĐỀ CẦN LƯU Ý (remarks by unit, audit)
//   IV. ĐỀ XUẤT, KIẾN NGHỊ (left for the clerk)
//   signer table (borderless): Nơi nhận | TM. BAN THƯỜNG VỤ / CHỦ TỊCH / name
// A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right).
#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <pugixml.hpp>

#include "report/docx_package.h"
#include "report/format.h"
#include "report/render.h"
#include "text/letters.h"

namespace tonghop::report {
namespace {

// Twips (1/20 pt). A4 is 11906 × 16838; the text column is what the
// margins leave.
constexpr int kPageWidth = 11906;
constexpr int kPageHeight = 16838;
constexpr int kMarginTop = 1134;                                     // 20 mm
constexpr int kMarginBottom = 1134;                                  // 20 mm
constexpr int kMarginLeft = 1701;                                    // 30 mm
constexpr int kMarginRight = 851;                                    // 15 mm
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;  // 9354

enum class Align { kInherit, kLeft, kCenter, kRight, kBoth };

struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  int half_points = 0;  // 0: the style's size
};

struct Para {
  const char* style = nullptr;
  Align align = Align::kInherit;
  int before = -1;  // twips; -1: the style's
  int after = -1;
  int first_line = -1;
  bool keep_next = false;
  // A short rule above the (empty) paragraph: the line under the issuer's
  // name and under the subject (NĐ 30: 1/3 to 1/2 of the text above).
  int rule_indent = 0;
};

Run Text(std::string text, int half_points = 0) {
  Run r;
  r.text = std::move(text);
  r.half_points = half_points;
  return r;
}
Run Bold(std::string text, int half_points = 0) {
  Run r = Text(std::move(text), half_points);
  r.bold = true;
  return r;
}
Run Italic(std::string text, int half_points = 0) {
  Run r = Text(std::move(text), half_points);
  r.italic = true;
  return r;
}

void Val(pugi::xml_node node, const char* name, const char* value) {
  node.append_child(name).append_attribute("w:val") = value;
}

const char* AlignValue(Align a) {
  switch (a) {
    case Align::kLeft:
      return "left";
    case Align::kCenter:
      return "center";
    case Align::kRight:
      return "right";
    case Align::kBoth:
      return "both";
    case Align::kInherit:
      break;
  }
  return nullptr;
}

void AppendRun(pugi::xml_node p, const Run& run) {
  if (run.text.empty()) return;
  pugi::xml_node r = p.append_child("w:r");
  if (run.bold || run.italic || run.underline || run.half_points) {
    pugi::xml_node rpr = r.append_child("w:rPr");
    if (run.bold) {
      rpr.append_child("w:b");
      rpr.append_child("w:bCs");
    }
    if (run.italic) {
      rpr.append_child("w:i");
      rpr.append_child("w:iCs");
    }
    if (run.half_points) {
      std::string size = std::to_string(run.half_points);
      Val(rpr, "w:sz", size.c_str());
      Val(rpr, "w:szCs", size.c_str());
    }
    if (run.underline) Val(rpr, "w:u", "single");
  }
  std::string text = XmlSafe(run.text);
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (text.empty()) {
    p.remove_child(r);
    return;
  }
  pugi::xml_node t = r.append_child("w:t");
  if (text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string::npos) {
    t.append_attribute("xml:space") = "preserve";
  }
  t.append_child(pugi::node_pcdata).set_value(text.c_str());
}

pugi::xml_node AddParagraph(pugi::xml_node parent, const Para& para, const std::vector<Run>& runs) {
  pugi::xml_node p = parent.append_child("w:p");
  pugi::xml_node ppr = p.append_child("w:pPr");
  if (para.style) Val(ppr, "w:pStyle", para.style);
  if (para.keep_next) ppr.append_child("w:keepNext");
  if (para.rule_indent) {
    pugi::xml_node top = ppr.append_child("w:pBdr").append_child("w:top");
    top.append_attribute("w:val") = "single";
    top.append_attribute("w:sz") = "6";
    top.append_attribute("w:space") = "1";
    top.append_attribute("w:color") = "auto";
  }
  if (para.before >= 0 || para.after >= 0) {
    pugi::xml_node spacing = ppr.append_child("w:spacing");
    if (para.before >= 0) spacing.append_attribute("w:before") = para.before;
    if (para.after >= 0) spacing.append_attribute("w:after") = para.after;
  }
  if (para.rule_indent || para.first_line >= 0) {
    pugi::xml_node ind = ppr.append_child("w:ind");
    if (para.rule_indent) {
      ind.append_attribute("w:left") = para.rule_indent;
      ind.append_attribute("w:right") = para.rule_indent;
    }
    ind.append_attribute("w:firstLine") = para.first_line >= 0 ? para.first_line : 0;
  }
  if (const char* jc = AlignValue(para.align)) Val(ppr, "w:jc", jc);
  if (para.rule_indent) {
    // The rule's paragraph mark is small so the line sits close to the text.
    pugi::xml_node rpr = ppr.append_child("w:rPr");
    Val(rpr, "w:sz", "8");
    Val(rpr, "w:szCs", "8");
  }
  for (const Run& r : runs) AppendRun(p, r);
  return p;
}

pugi::xml_node AddParagraph(pugi::xml_node parent, const Para& para,
                            std::initializer_list<Run> runs) {
  return AddParagraph(parent, para, std::vector<Run>(runs));
}

Para Centered(int before = 0, int after = 0) {
  Para p;
  p.align = Align::kCenter;
  p.before = before;
  p.after = after;
  p.first_line = 0;
  return p;
}

Para Body() {
  Para p;
  p.style = docx_style::kBody;
  return p;
}

// ---- Tables -------------------------------------------------------------

pugi::xml_node AddTable(pugi::xml_node parent, const std::vector<int>& widths, bool bordered) {
  pugi::xml_node tbl = parent.append_child("w:tbl");
  pugi::xml_node pr = tbl.append_child("w:tblPr");
  if (bordered) Val(pr, "w:tblStyle", docx_style::kTableGrid);
  int total = 0;
  for (int w : widths) total += w;
  pugi::xml_node tw = pr.append_child("w:tblW");
  tw.append_attribute("w:w") = total;
  tw.append_attribute("w:type") = "dxa";
  if (bordered) {
    Val(pr, "w:jc", "center");
  } else {
    pugi::xml_node borders = pr.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      pugi::xml_node b = borders.append_child(side);
      b.append_attribute("w:val") = "nil";
    }
  }
  pugi::xml_node layout = pr.append_child("w:tblLayout");
  layout.append_attribute("w:type") = "fixed";
  pugi::xml_node look = pr.append_child("w:tblLook");
  look.append_attribute("w:val") = bordered ? "04A0" : "0000";
  look.append_attribute("w:firstRow") = bordered ? "1" : "0";
  look.append_attribute("w:lastRow") = "0";
  look.append_attribute("w:firstColumn") = "0";
  look.append_attribute("w:lastColumn") = "0";
  look.append_attribute("w:noHBand") = "1";
  look.append_attribute("w:noVBand") = "1";
  pugi::xml_node grid = tbl.append_child("w:tblGrid");
  for (int w : widths) grid.append_child("w:gridCol").append_attribute("w:w") = w;
  return tbl;
}

pugi::xml_node AddRow(pugi::xml_node tbl, bool header) {
  pugi::xml_node tr = tbl.append_child("w:tr");
  pugi::xml_node pr = tr.append_child("w:trPr");
  pr.append_child("w:cantSplit");
  if (header) pr.append_child("w:tblHeader");
  return tr;
}

pugi::xml_node AddCell(pugi::xml_node tr, int width, bool center_vertically = true) {
  pugi::xml_node tc = tr.append_child("w:tc");
  pugi::xml_node pr = tc.append_child("w:tcPr");
  pugi::xml_node w = pr.append_child("w:tcW");
  w.append_attribute("w:w") = width;
  w.append_attribute("w:type") = "dxa";
  if (center_vertically) Val(pr, "w:vAlign", "center");
  return tc;
}

// A table cell holding one paragraph of table text.
void TextCell(pugi::xml_node tr, int width, const std::string& text, Align align, bool bold = false,
              int half_points = 0) {
  pugi::xml_node tc = AddCell(tr, width);
  Para p;
  p.style = docx_style::kTableText;
  p.align = align;
  Run r = Text(text, half_points);
  r.bold = bold;
  AddParagraph(tc, p, {r});
}

// Distributes `total` over n columns (the last takes the remainder).
std::vector<int> Spread(int total, size_t n) {
  std::vector<int> widths(n, n ? total / static_cast<int>(n) : 0);
  if (n) widths.back() = total - widths.front() * static_cast<int>(n - 1);
  return widths;
}

// ---- Report sections ----------------------------------------------------

// A figure's total, or a dash when no unit gave the figure.
std::string TotalText(const Totals& totals, size_t i) {
  return totals.metric_reported[i] ? FormatNumberVi(totals.metrics[i]) : "–";
}

void HeaderBlock(pugi::xml_node body, const Consolidated& report, const ReportOptions& options) {
  // Left: parent (13 pt) and issuer (13 pt bold) fit in 3950 twips once
  // broken; right: the national name in 12 pt bold needs about 5010.
  const int left = 3950;
  const int right = kTextWidth - left;
  pugi::xml_node tbl = AddTable(body, {left, right}, false);
  pugi::xml_node row = tbl.append_child("w:tr");
  pugi::xml_node cell = AddCell(row, left, false);
  if (!report.issuer.parent.empty()) {
    for (const std::string& line : OrganisationLines(report.issuer.parent)) {
      AddParagraph(cell, Centered(), {Text(line, 26)});
    }
  }
  for (const std::string& line : OrganisationLines(report.issuer.name)) {
    AddParagraph(cell, Centered(), {Bold(line, 26)});
  }
  Para rule = Centered();
  rule.rule_indent = 1150;
  AddParagraph(cell, rule, {});
  cell = AddCell(row, right, false);
  AddParagraph(cell, Centered(), {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24)});
  Run motto = Bold("Độc lập - Tự do - Hạnh phúc", 26);
  motto.underline = true;
  AddParagraph(cell, Centered(), {motto});

  row = tbl.append_child("w:tr");
  cell = AddCell(row, left, false);
  AddParagraph(cell, Centered(120), {Text(NumberLine(report, options), 26)});
  cell = AddCell(row, right, false);
  AddParagraph(cell, Centered(120), {Italic(PlaceDateLine(report.issuer.place, options.date), 26)});
}

void TitleBlock(pugi::xml_node body, const Consolidated& report) {
  Para title;
  title.style = docx_style::kTitle;
  AddParagraph(body, title, {Text("BÁO CÁO")});
  for (const std::string& line : SubjectLines(report)) {
    Para p = Centered();
    p.keep_next = true;
    AddParagraph(body, p, {Bold(line)});
  }
  Para rule = Centered(60, 240);
  rule.rule_indent = 3200;
  AddParagraph(body, rule, {});
}

std::string CountsSentence(const PeriodReport& p) {
  const Totals& t = p.totals;
  std::string s = "Số đơn vị phải báo cáo: " + std::to_string(t.expected) +
                  "; đã nộp: " + std::to_string(t.submitted) +
                  " (đúng hạn: " + std::to_string(t.on_time) + ", muộn: " + std::to_string(t.late) +
                  "); chưa nộp: " + std::to_string(t.missing) + ".";
  return s;
}

void SubmissionSection(pugi::xml_node body, const Consolidated& report, bool several) {
  AddParagraph(body, Para{docx_style::kHeading1}, {Text("I. TÌNH HÌNH NỘP BÁO CÁO")});
  int n = 0;
  for (const PeriodReport& p : report.periods) {
    ++n;
    if (several) {
      AddParagraph(body, Para{docx_style::kHeading2},
                   {Text(std::to_string(n) + ". " + text::UpperFirst(p.name))});
    }
    AddParagraph(body, Body(),
                 {Text("Hạn nộp báo cáo: ngày " + FormatDateVi(p.due) + ". " + CountsSentence(p))});

    // 11 pt: a date (05/07/2020) needs 1220 twips, "143/BC-LĐLĐ" 1670.
    const std::vector<int> widths = {520, 2300, 1700, 1250, 1250, 1150, kTextWidth - 8170};
    constexpr int kSize = 22;
    pugi::xml_node tbl = AddTable(body, widths, true);
    pugi::xml_node tr = AddRow(tbl, true);
    const char* const headers[] = {"TT",        "Đơn vị",     "Số, ký hiệu", "Ngày văn bản",
                                   "Ngày nhận", "Tình trạng", "Thiếu mục"};
    for (size_t i = 0; i < widths.size(); ++i) {
      TextCell(tr, widths[i], headers[i], Align::kCenter, true, kSize);
    }
    int tt = 0;
    for (const UnitRow& u : p.units) {
      tr = AddRow(tbl, false);
      TextCell(tr, widths[0], std::to_string(++tt), Align::kCenter, false, kSize);
      TextCell(tr, widths[1], u.name, Align::kLeft, false, kSize);
      if (u.document) {
        TextCell(tr, widths[2], NumberSymbol(*u.document), Align::kCenter, false, kSize);
        TextCell(tr, widths[3],
                 u.document->date ? FormatIsoDateHuman(*u.document->date, Lang::kVi) : "",
                 Align::kCenter, false, kSize);
        // Received: the date over the time, each on its own line.
        std::string received = u.document->received_utc
                                   ? FormatInstantHuman(*u.document->received_utc, Lang::kVi)
                                   : "";
        pugi::xml_node tc = AddCell(tr, widths[4]);
        Para cell_para;
        cell_para.style = docx_style::kTableText;
        cell_para.align = Align::kCenter;
        size_t space = received.find(' ');
        AddParagraph(tc, cell_para, {Text(received.substr(0, space), kSize)});
        if (space != std::string::npos) {
          AddParagraph(tc, cell_para, {Text(received.substr(space + 1), kSize)});
        }
      } else {
        for (int i = 2; i <= 4; ++i) TextCell(tr, widths[i], "", Align::kCenter, false, kSize);
      }
      TextCell(tr, widths[5], StatusLabel(u, Lang::kVi), Align::kCenter,
               u.status != UnitStatus::kOnTime, kSize);
      std::string sections;
      for (const std::string& s : u.missing_sections) {
        sections += (sections.empty() ? "" : ", ") + p.SectionTitleOf(s);
      }
      TextCell(tr, widths[6], sections, Align::kLeft, false, kSize);
    }
    // Who is late and who is missing, in words (the table's summary).
    std::string late, missing;
    for (const UnitRow& u : p.units) {
      if (u.status == UnitStatus::kLate) {
        late += (late.empty() ? "" : "; ") + u.name + " (" + std::to_string(u.days_late) + " ngày)";
      } else if (u.status == UnitStatus::kMissing) {
        missing += (missing.empty() ? "" : "; ") + u.name;
      }
    }
    Para after = Body();
    after.before = 120;
    if (!late.empty()) AddParagraph(body, after, {Text("- Đơn vị nộp muộn: " + late + ".")});
    if (!missing.empty()) {
      Para q = Body();
      q.before = late.empty() ? 120 : 0;
      AddParagraph(
          body, q,
          {Text(std::string(p.due_passed.value_or(true) ? "- Đơn vị chưa nộp: "
                                                        : "- Đơn vị chưa nộp (chưa đến hạn): ") +
                missing + ".")});
    }
    if (late.empty() && missing.empty()) {
      AddParagraph(body, after, {Text("- Tất cả các đơn vị đã nộp báo cáo đúng hạn.")});
    }
  }
}

// Up to this many figures the per-unit table fits the portrait page in
// 12 pt; more go to a landscape appendix (NĐ 30 PL I: Phụ lục).
constexpr size_t kInlineMetrics = 4;

// The per-unit figures of a period with a totals row, `total_width` wide.
void MetricsTable(pugi::xml_node body, const PeriodReport& p, int total_width) {
  const int tt = 600;  // "TT" in 12 pt bold
  const int name = 3000;
  std::vector<int> widths = {tt, name};
  for (int w : Spread(total_width - tt - name, p.metrics.size())) widths.push_back(w);
  pugi::xml_node tbl = AddTable(body, widths, true);
  pugi::xml_node tr = AddRow(tbl, true);
  TextCell(tr, widths[0], "TT", Align::kCenter, true);
  TextCell(tr, widths[1], "Đơn vị", Align::kCenter, true);
  for (size_t i = 0; i < p.metrics.size(); ++i) {
    TextCell(tr, widths[i + 2], text::UpperFirst(p.metrics[i].label), Align::kCenter, true, 22);
  }
  int row = 0;
  for (const UnitRow& u : p.units) {
    tr = AddRow(tbl, false);
    TextCell(tr, widths[0], std::to_string(++row), Align::kCenter);
    TextCell(tr, widths[1], u.name, Align::kLeft);
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      TextCell(tr, widths[i + 2], u.metrics[i] ? FormatNumberVi(*u.metrics[i]) : "–",
               Align::kRight);
    }
  }
  tr = AddRow(tbl, false);
  TextCell(tr, widths[0], "", Align::kCenter);
  TextCell(tr, widths[1], "Tổng cộng", Align::kCenter, true);
  for (size_t i = 0; i < p.metrics.size(); ++i) {
    TextCell(tr, widths[i + 2], TotalText(p.totals, i), Align::kRight, true);
  }
}

// Periods whose figures go to the appendix, in order (Phụ lục I, II, …).
std::vector<const PeriodReport*> AppendixPeriods(const Consolidated& report) {
  std::vector<const PeriodReport*> out;
  for (const PeriodReport& p : report.periods) {
    if (p.metrics.size() > kInlineMetrics && p.totals.submitted > 0) out.push_back(&p);
  }
  return out;
}

std::string AppendixName(size_t index, size_t count) {
  static const char* const kRoman[] = {"I",    "II", "III", "IV", "V",   "VI",   "VII",
                                       "VIII", "IX", "X",   "XI", "XII", "XIII", "XIV"};
  if (count < 2) return "Phụ lục";
  return index < std::size(kRoman) ? std::string("Phụ lục ") + kRoman[index]
                                   : "Phụ lục " + std::to_string(index + 1);
}

void ResultsSection(pugi::xml_node body, const Consolidated& report, bool several) {
  AddParagraph(body, Para{docx_style::kHeading1}, {Text("II. KẾT QUẢ THỰC HIỆN")});
  const std::vector<const PeriodReport*> appendix = AppendixPeriods(report);
  int n = 0;
  for (const PeriodReport& p : report.periods) {
    ++n;
    if (several) {
      AddParagraph(body, Para{docx_style::kHeading2},
                   {Text(std::to_string(n) + ". " + text::UpperFirst(p.name))});
    }
    if (p.metrics.empty()) {
      AddParagraph(body, Body(), {Text("Kỳ báo cáo này không có số liệu cần tổng hợp.")});
      continue;
    }
    if (p.totals.submitted == 0) {
      AddParagraph(body, Body(),
                   {Text("Chưa có đơn vị nộp báo cáo nên chưa có số liệu tổng hợp.")});
      continue;
    }
    AddParagraph(body, Body(),
                 {Text("Tổng hợp số liệu từ báo cáo của " + std::to_string(p.totals.submitted) +
                       " đơn vị đã nộp:")});
    for (size_t i = 0; i < p.metrics.size(); ++i) {
      AddParagraph(body, Body(),
                   {Text("- " + text::UpperFirst(p.metrics[i].label) + ": " +
                         TotalText(p.totals, i) + (i + 1 == p.metrics.size() ? "." : ";"))});
    }
    auto in_appendix = std::find(appendix.begin(), appendix.end(), &p);
    if (in_appendix != appendix.end()) {
      const size_t index = static_cast<size_t>(in_appendix - appendix.begin());
      AddParagraph(body, Body(),
                   {Italic("(Số liệu chi tiết của từng đơn vị tại " +
                           AppendixName(index, appendix.size()) + " kèm theo.)")});
      continue;
    }
    MetricsTable(body, p, kTextWidth);
    AddParagraph(body, Body(), {});
  }
}

void RemarksSection(pugi::xml_node body, const Consolidated& report, bool several) {
  AddParagraph(body, Para{docx_style::kHeading1}, {Text("III. NHỮNG VẤN ĐỀ CẦN LƯU Ý")});
  bool any = false;
  int n = 0;
  for (const PeriodReport& p : report.periods) {
    ++n;
    std::vector<std::pair<const UnitRow*, std::vector<std::string>>> rows;
    for (const UnitRow& u : p.units) {
      std::vector<std::string> remarks = UnitRemarks(p, u);
      if (!remarks.empty()) rows.emplace_back(&u, std::move(remarks));
    }
    if (rows.empty()) continue;
    any = true;
    if (several) {
      AddParagraph(body, Para{docx_style::kHeading2},
                   {Text(std::to_string(n) + ". " + text::UpperFirst(p.name))});
    }
    for (const auto& [unit, remarks] : rows) {
      std::string text;
      for (const std::string& r : remarks) text += (text.empty() ? "" : "; ") + r;
      AddParagraph(body, Body(), {Text("- " + unit->name + ": "), Text(text + ".")});
    }
  }
  std::vector<std::string> audit = AuditRemarks(report);
  if (!audit.empty()) {
    any = true;
    AddParagraph(body, Body(), {Italic("Về văn bản nhận được:")});
    for (const std::string& line : audit) AddParagraph(body, Body(), {Text("- " + line + ".")});
  }
  if (!any) AddParagraph(body, Body(), {Text("Không có vấn đề cần lưu ý.")});
}

void ProposalSection(pugi::xml_node body) {
  AddParagraph(body, Para{docx_style::kHeading1}, {Text("IV. ĐỀ XUẤT, KIẾN NGHỊ")});
  AddParagraph(body, Body(), {Italic("(Bộ phận tổng hợp ghi đề xuất, kiến nghị vào đây.)")});
  // Two dotted lines that fit the text column (30 ellipses at 14 pt).
  std::string dots;
  for (int i = 0; i < 30; ++i) dots += "…";
  Para line = Body();
  line.first_line = 0;
  AddParagraph(body, line, {Text(dots)});
  AddParagraph(body, line, {Text(dots)});
}

void SignerBlock(pugi::xml_node body, const Consolidated& report, const ReportOptions& options) {
  AddParagraph(
      body, Body(),
      {Text("Trên đây là báo cáo " + text::LowerFirst(SubjectLines(report).front()) + "./.")});
  const int left = 4300;
  const int right = kTextWidth - left;
  pugi::xml_node tbl = AddTable(body, {left, right}, false);
  pugi::xml_node row = tbl.append_child("w:tr");
  pugi::xml_node cell = AddCell(row, left, false);
  Para label;
  label.before = 240;
  label.first_line = 0;
  Run nr = Bold("Nơi nhận:", 24);
  nr.italic = true;
  AddParagraph(cell, label, {nr});
  for (const std::string& r : Recipients(report, options)) {
    Para p;
    p.first_line = 0;
    AddParagraph(cell, p, {Text("- " + r, 22)});
  }
  cell = AddCell(row, right, false);
  AddParagraph(cell, Centered(240), {Bold(options.signer_authority, 26)});
  AddParagraph(cell, Centered(), {Bold(options.signer_position, 26)});
  for (int i = 0; i < 4; ++i) AddParagraph(cell, Centered(), {});
  AddParagraph(cell, Centered(), {Bold(options.signer_name, 28)});
}

// Page setup: A4 with NĐ 30 margins, the page-number header (not on the
// first page of the report). `landscape` turns the page for the appendix.
void SectionProperties(pugi::xml_node parent, bool landscape, bool first_page_blank) {
  pugi::xml_node sect = parent.append_child("w:sectPr");
  pugi::xml_node header = sect.append_child("w:headerReference");
  header.append_attribute("w:type") = "default";
  header.append_attribute("r:id") = kHeaderRelId;
  pugi::xml_node size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = landscape ? kPageHeight : kPageWidth;
  size.append_attribute("w:h") = landscape ? kPageWidth : kPageHeight;
  if (landscape) size.append_attribute("w:orient") = "landscape";
  pugi::xml_node margins = sect.append_child("w:pgMar");
  margins.append_attribute("w:top") = kMarginTop;
  margins.append_attribute("w:right") = kMarginRight;
  margins.append_attribute("w:bottom") = kMarginBottom;
  margins.append_attribute("w:left") = kMarginLeft;
  margins.append_attribute("w:header") = 567;
  margins.append_attribute("w:footer") = 567;
  margins.append_attribute("w:gutter") = 0;
  sect.append_child("w:cols").append_attribute("w:space") = 720;
  if (first_page_blank) sect.append_child("w:titlePg");
}

// Phụ lục (NĐ 30 PL I): the per-unit figures of the periods with many
// figures, one landscape page each, after the signature.
void Appendix(pugi::xml_node body, const Consolidated& report, const ReportOptions& options) {
  const std::vector<const PeriodReport*> periods = AppendixPeriods(report);
  const int landscape_width = kPageHeight - kMarginLeft - kMarginRight;
  for (size_t i = 0; i < periods.size(); ++i) {
    const PeriodReport& p = *periods[i];
    Para name = Centered(0, 0);
    if (i > 0) {
      pugi::xml_node br = body.append_child("w:p").append_child("w:r").append_child("w:br");
      br.append_attribute("w:type") = "page";
    }
    AddParagraph(body, name, {Bold(AppendixName(i, periods.size()))});
    AddParagraph(body, Centered(), {Bold("SỐ LIỆU KẾT QUẢ CỦA CÁC ĐƠN VỊ")});
    AddParagraph(body, Centered(), {Bold(text::UpperFirst(p.name))});
    AddParagraph(body, Centered(0, 240),
                 {Italic("(Kèm theo Báo cáo số " + ReportNumberSymbol(report, options) + " " +
                         PlaceDateLine("", options.date) + ")")});
    MetricsTable(body, p, landscape_width);
  }
}

struct StringWriter final : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

}  // namespace

Status RenderDocx(const Consolidated& report, const ReportOptions& options, Sink& sink) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("w:document");
  root.append_attribute("xmlns:w") = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  root.append_attribute("xmlns:r") =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  pugi::xml_node body = root.append_child("w:body");

  const bool several = report.periods.size() > 1;
  HeaderBlock(body, report, options);
  TitleBlock(body, report);
  AddParagraph(body, Body(), {Text(OpeningSentence(report))});
  SubmissionSection(body, report, several);
  ResultsSection(body, report, several);
  RemarksSection(body, report, several);
  ProposalSection(body);
  SignerBlock(body, report, options);
  // Word keeps a paragraph after a closing table; without one some versions
  // offer to repair the file. With an appendix, that paragraph also ends the
  // portrait section.
  pugi::xml_node last = AddParagraph(body, Para{}, {});
  if (!AppendixPeriods(report).empty()) {
    SectionProperties(last.child("w:pPr"), false, true);
    Appendix(body, report, options);
    AddParagraph(body, Para{}, {});
    SectionProperties(body, true, false);
  } else {
    SectionProperties(body, false, true);
  }

  StringWriter writer;
  writer.out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
  doc.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);

  DocxParts parts;
  parts.document_xml = std::move(writer.out);
  parts.title = "Báo cáo " + text::LowerFirst(SubjectLines(report).front());
  parts.subject = report.campaign_name;
  parts.creator = report.issuer.name;
  parts.generator = options.generator;
  parts.created = options.date;
  return WriteDocxPackage(parts, sink);
}

}  // namespace tonghop::report
