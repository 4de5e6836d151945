// The report formats and what they share. Each renderer turns one
// report::Consolidated into bytes through a Sink; the same Consolidated and
// options always give the same bytes (no wall clock: the report's date is
// an option, and ZIP entries carry a fixed time).
//
// Human formats (DOCX, HTML) are Vietnamese administrative documents and
// write numbers in Vietnamese notation (1.250,5); machine formats (JSON,
// XML, CSV) write them plain (1250.5). `lang` picks the language of finding
// messages in JSON/XML and of CSV headers and labels.
//
// Failure: the Sink's error, or kInternal if a part cannot be built.
// Thread-safety: renderers are re-entrant.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/campaign.h"
#include "common/error.h"
#include "common/lang.h"
#include "report/consolidated.h"
#include "report/sink.h"

namespace tonghop::report {

enum class Format { kDocx, kXml, kJson, kCsv, kHtml };
std::optional<Format> ParseFormat(std::string_view name);  // "docx", "xml", ...
const char* FormatName(Format format);
const char* FormatExtension(Format format);  // ".docx", ...

struct ReportOptions {
  // The report's own number (`Số: 25/BC-LĐLĐ`); empty leaves a blank for
  // the clerk (`Số:      /BC-LĐLĐ`).
  std::string number;
  // The symbol after the number; empty: "BC-" + the issuer part of the
  // plan's symbol (KH-LĐLĐ → BC-LĐLĐ), or "BC" without one.
  std::string symbol;
  // The date on the place-and-date line; nullopt leaves blanks.
  std::optional<campaign::Date> date;
  // Signer block (NĐ 30 ô 7): authority, position, name (blank line when
  // empty).
  std::string signer_authority = "TM. BAN THƯỜNG VỤ";
  std::string signer_position = "CHỦ TỊCH";
  std::string signer_name;
  // `Nơi nhận:` lines without the leading "- "; empty: a default list.
  std::vector<std::string> recipients;
  Lang lang = Lang::kVi;
  std::string generator = "tonghop " TONGHOP_VERSION;
};

// The symbol the report carries (options.symbol or the derived one).
std::string ReportSymbol(const Consolidated& report, const ReportOptions& options);
// `25/BC-LĐLĐ` or `      /BC-LĐLĐ` (numbers < 10 get a leading zero).
std::string ReportNumberSymbol(const Consolidated& report, const ReportOptions& options);
// `Số: 25/BC-LĐLĐ` or `Số:       /BC-LĐLĐ`.
std::string NumberLine(const Consolidated& report, const ReportOptions& options);
// The subject line(s) under BÁO CÁO.
std::vector<std::string> SubjectLines(const Consolidated& report);
// The recipients to print (options.recipients or the default list).
std::vector<std::string> Recipients(const Consolidated& report, const ReportOptions& options);

// The header block's lines for an organisation name: names longer than 24
// columns are broken before their administrative part ("LIÊN ĐOÀN LAO ĐỘNG"
// / "TỈNH LAI CHÂU", "TỔNG LIÊN ĐOÀN LAO ĐỘNG" / "VIỆT NAM"); otherwise one
// line.
std::vector<std::string> OrganisationLines(const std::string& name);

// What the human formats say about a unit beside its status (Vietnamese):
// "nộp muộn 3 ngày (hạn nộp 10/07/2020)", "thiếu mục: kết quả, đánh giá",
// then the messages of its other error and warning findings.
std::vector<std::string> UnitRemarks(const PeriodReport& period, const UnitRow& unit);
// Audit remarks (Vietnamese): superseded documents, repeated arrivals,
// documents that count for no unit × period.
std::vector<std::string> AuditRemarks(const Consolidated& report);

Status RenderDocx(const Consolidated& report, const ReportOptions& options, Sink& sink);
Status RenderXml(const Consolidated& report, const ReportOptions& options, Sink& sink);
Status RenderJson(const Consolidated& report, const ReportOptions& options, Sink& sink);
Status RenderCsv(const Consolidated& report, const ReportOptions& options, Sink& sink);
Status RenderHtml(const Consolidated& report, const ReportOptions& options, Sink& sink);
Status Render(Format format, const Consolidated& report, const ReportOptions& options, Sink& sink);

}  // namespace tonghop::report
