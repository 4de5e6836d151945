// tonghop report --campaign C.xml --period P|all --format docx|xml|json|csv|html -o OUT
// Consolidates the store and writes one report file. The file is written
// beside OUT under a temporary name and renamed over it when complete, so a
// failure never leaves half a report.
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>

#include "campaign/deadline.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report_common.h"
#include "report/render.h"

namespace tonghop::cli {
namespace {

Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      return MakeError(ErrorCode::kIo,
                       Msg("Không ghi được tệp báo cáo", "Cannot write the report file"), path);
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return MakeError(ErrorCode::kIo,
                     Msg("Không ghi được tệp báo cáo: " + ec.message(),
                         "Cannot write the report file: " + ec.message()),
                     path);
  }
  return OkStatus();
}

Result<std::optional<campaign::Date>> ParseReportDate(const std::optional<std::string>& value) {
  if (!value) return std::optional<campaign::Date>();
  if (*value == "today") {
    return std::optional<campaign::Date>(
        campaign::VietnamDateOf(static_cast<std::int64_t>(std::time(nullptr))));
  }
  if (auto date = campaign::Date::Parse(*value)) return std::optional<campaign::Date>(*date);
  return MakeError(ErrorCode::kUsage,
                   Msg("--date cần ngày dạng 2020-07-20 hoặc today: " + *value,
                       "--date needs a date such as 2020-07-20, or today: " + *value));
}

// --format, or else the extension of -o, or else DOCX.
Result<report::Format> FormatFor(const std::optional<std::string>& format_name,
                                 const std::string& output) {
  if (format_name) {
    if (std::optional<report::Format> format = report::ParseFormat(*format_name)) return *format;
    return MakeError(ErrorCode::kUsage,
                     Msg("--format nhận docx, xml, json, csv hoặc html: " + *format_name,
                         "--format takes docx, xml, json, csv or html: " + *format_name));
  }
  std::string ext = std::filesystem::path(output).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::optional<report::Format> format =
      ext.size() > 1 ? report::ParseFormat(ext.substr(1)) : std::nullopt;
  return format.value_or(report::Format::kDocx);
}

}  // namespace

int RunReport(const std::vector<std::string>& args, Context& ctx) {
  ConsolidateFlags flags;
  std::optional<std::string> format_name, output, number, symbol, date, signer;
  std::vector<std::string> recipients;
  ArgParser parser(
      "tonghop report --campaign C.xml --period P|all --format docx|xml|json|csv|html -o OUT",
      Msg("Báo cáo tổng hợp của một kỳ (hoặc mọi kỳ): đơn vị đã nộp, đúng hạn hay muộn, đơn vị "
          "chưa nộp, mục còn thiếu và ghi chú, số liệu từng đơn vị và tổng cộng. DOCX theo thể "
          "thức văn bản hành chính (NĐ 30/2020); XML, JSON, CSV (Excel), HTML.",
          "The consolidated report of one period (or all): who submitted, on time or late, who "
          "is missing, missing sections and notes, every unit's figures with totals. DOCX in the "
          "Vietnamese administrative layout (Decree 30/2020); XML, JSON, CSV (Excel), HTML."));
  AddCampaignFlag(parser, &flags);
  parser.Option("--period", &flags.period, "P|all",
                Msg("kỳ báo cáo, hoặc all cho mọi kỳ (mặc định all)",
                    "the period, or all for every period (default all)"));
  parser.Option("--format", &format_name, "docx|xml|json|csv|html",
                Msg("định dạng (mặc định theo đuôi tệp -o, không có thì docx)",
                    "the format (default: from the -o extension, else docx)"));
  parser.Option("-o", &output, "OUT",
                Msg("tệp kết quả (- là stdout)", "output file (- is stdout)"));
  parser.Option("--output", &output, "OUT", Msg("như -o", "same as -o"));
  parser.Option("--number", &number, "N",
                Msg("số của báo cáo (mặc định để trống cho văn thư điền)",
                    "the report's number (default: blank for the registry)"));
  parser.Option("--symbol", &symbol, "S",
                Msg("ký hiệu (mặc định BC- và phần cơ quan trong ký hiệu kế hoạch, vd BC-LĐLĐ)",
                    "the symbol (default BC- and the issuer part of the plan's, e.g. BC-LĐLĐ)"));
  parser.Option("--date", &date, "YYYY-MM-DD|today",
                Msg("ngày ký báo cáo (mặc định để trống)", "the report's date (default blank)"));
  parser.Option("--signer", &signer, "NAME",
                Msg("họ tên người ký (mặc định để trống)", "the signer's name (default blank)"));
  parser.Repeated("--recipient", &recipients, "TEXT",
                  Msg("một dòng Nơi nhận (lặp lại được; mặc định danh sách chuẩn)",
                      "one line of Nơi nhận (repeatable; default: a standard list)"));
  parser.Option("--sort", &flags.sort, "campaign|name",
                Msg("thứ tự đơn vị: theo tệp đợt thi đua (mặc định) hoặc theo tên",
                    "unit order: as in the campaign file (default) or by name"));
  parser.Option("--as-of", &flags.as_of, "ISO|now",
                Msg("tính đến thời điểm này (mặc định: không xét; báo cáo không phụ thuộc giờ "
                    "chạy)",
                    "as of this instant (default: none, so the report does not depend on when "
                    "it runs)"));
  AddStoreFlags(parser, &flags, StoreAccess::kReadIfExists);
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (!flags.campaign) {
    return ctx.UsageError(Msg("Cần --campaign C.xml", "--campaign C.xml is required"));
  }
  if (!output) return ctx.UsageError(Msg("Cần -o TỆP_KẾT_QUẢ", "-o OUT is required"));
  Result<report::Format> format = FormatFor(format_name, *output);
  if (!format.ok()) return ctx.Fail(format.error());
  Result<report::ConsolidateOptions> options =
      ConsolidateOptionsFrom(flags, report::SortOrder::kCampaign, std::nullopt);
  if (!options.ok()) return ctx.Fail(options.error());
  Result<std::optional<campaign::Date>> report_date = ParseReportDate(date);
  if (!report_date.ok()) return ctx.Fail(report_date.error());

  report::ReportOptions render;
  render.number = number.value_or("");
  render.symbol = symbol.value_or("");
  render.date = *report_date;
  render.signer_name = signer.value_or("");
  render.recipients = recipients;
  render.lang = ctx.lang;

  Result<report::Consolidated> consolidated = ConsolidateForCli(ctx, flags, *options);
  if (!consolidated.ok()) return ctx.Fail(consolidated.error());

  std::string bytes;
  report::StringSink sink(bytes);
  if (Status st = report::Render(*format, *consolidated, render, sink); !st.ok())
    return ctx.Fail(st.error());
  if (*output == "-") {
    ctx.out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    ctx.out.flush();
    return 0;
  }
  if (Status st = WriteFileAtomically(*output, bytes); !st.ok()) return ctx.Fail(st.error());
  if (!ctx.quiet) {
    ctx.Warn(Msg("Đã ghi " + *output + " (" + report::FormatName(*format) + ", " +
                     std::to_string(bytes.size()) + " byte)",
                 "Wrote " + *output + " (" + report::FormatName(*format) + ", " +
                     std::to_string(bytes.size()) + " bytes)"));
  }
  return 0;
}

}  // namespace tonghop::cli
