// tonghop status --campaign C.xml [--period P] [--json] [--data-dir D]
// The submission matrix (report::Consolidated) as a table or as the JSON of
// spec/record.md.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report_common.h"
#include "common/json_writer.h"
#include "report/json_report.h"
#include "report/status_table.h"

namespace tonghop::cli {

int RunStatus(const std::vector<std::string>& args, Context& ctx) {
  ConsolidateFlags flags;
  bool json = false;
  ArgParser parser(
      "tonghop status --campaign C.xml [--period P] [--json] [--data-dir D]",
      Msg("Bảng tình hình nộp báo cáo: với mỗi đơn vị và kỳ báo cáo, văn bản được tính (số/ký "
          "hiệu, ngày, thời điểm nhận), đúng hạn / muộn (số ngày) / chưa nộp, mục còn thiếu, ghi "
          "chú; tổng hợp theo kỳ.",
          "The submission matrix: for each unit and period, the counting document (number/symbol, "
          "date, received), on time / late (days) / missing, missing sections, notes; totals per "
          "period."));
  AddCampaignFlag(parser, &flags);
  parser.Option("--period", &flags.period, "P",
                Msg("chỉ một kỳ báo cáo (mặc định: mọi kỳ)", "one period only (default: all)"));
  parser.Flag("--json", &json, Msg("in JSON (spec/record.md)", "print JSON (spec/record.md)"));
  AddStoreFlags(parser, &flags, StoreAccess::kReadIfExists);
  parser.Option("--sort", &flags.sort, "campaign|name",
                Msg("thứ tự đơn vị: theo tệp đợt thi đua hoặc theo tên (mặc định name)",
                    "unit order: as in the campaign file or by name (default name)"));
  parser.Option("--as-of", &flags.as_of, "ISO|now",
                Msg("tính đến thời điểm này (mặc định now): đơn vị chưa nộp khi chưa hết hạn là "
                    "\"chưa đến hạn\"",
                    "as of this instant (default now): a unit missing before the due day ends "
                    "is \"not yet due\""));
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (!flags.campaign) {
    return ctx.UsageError(Msg("Cần --campaign C.xml", "--campaign C.xml is required"));
  }
  Result<report::ConsolidateOptions> options =
      ConsolidateOptionsFrom(flags, report::SortOrder::kName, "now");
  if (!options.ok()) return ctx.Fail(options.error());
  Result<report::Consolidated> consolidated = ConsolidateForCli(ctx, flags, *options);
  if (!consolidated.ok()) return ctx.Fail(consolidated.error());
  if (json) {
    JsonWriter w(ctx.out, 1);
    report::WriteStatusJson(w, *consolidated, ctx.lang);
    ctx.out << '\n';
  } else {
    report::WriteStatusTable(ctx.out, *consolidated, ctx.lang);
  }
  return 0;
}

}  // namespace tonghop::cli
