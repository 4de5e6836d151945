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
  std::optional<std::string> campaign_path, period, data_dir, store_uri, sort, as_of;
  bool json = false;
  ArgParser parser(
      "tonghop status --campaign C.xml [--period P] [--json] [--data-dir D]",
      Msg("Bảng tình hình nộp báo cáo: với mỗi đơn vị và kỳ báo cáo, văn bản được tính (số/ký "
          "hiệu, ngày, thời điểm nhận), đúng hạn / muộn (số ngày) / chưa nộp, mục còn thiếu, ghi "
          "chú; tổng hợp theo kỳ.",
          "The submission matrix: for each unit and period, the counting document (number/symbol, "
          "date, received), on time / late (days) / missing, missing sections, notes; totals per "
          "period."));
  parser.Option("--campaign", &campaign_path, "C.xml",
                Msg("tệp đợt thi đua (bắt buộc)", "the campaign file (required)"));
  parser.Option("--period", &period, "P",
                Msg("chỉ một kỳ báo cáo (mặc định: mọi kỳ)", "one period only (default: all)"));
  parser.Flag("--json", &json, Msg("in JSON (spec/record.md)", "print JSON (spec/record.md)"));
  parser.Option("--data-dir", &data_dir, "D",
                Msg("thư mục dữ liệu (mặc định ./tonghop-data)",
                    "the data directory (default ./tonghop-data)"));
  parser.Option("--store", &store_uri, "URI",
                Msg("kho dữ liệu (mặc định sqlite: trong thư mục dữ liệu)",
                    "the store (default sqlite: in the data directory)"));
  parser.Option("--sort", &sort, "campaign|name",
                Msg("thứ tự đơn vị: theo tệp đợt thi đua hoặc theo tên (mặc định name)",
                    "unit order: as in the campaign file or by name (default name)"));
  parser.Option("--as-of", &as_of, "ISO|now",
                Msg("tính đến thời điểm này (mặc định now): đơn vị chưa nộp khi chưa hết hạn là "
                    "\"chưa đến hạn\"",
                    "as of this instant (default now): a unit missing before the due day ends "
                    "is \"not yet due\""));
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (!campaign_path) {
    return ctx.UsageError(Msg("Cần --campaign C.xml", "--campaign C.xml is required"));
  }
  report::ConsolidateOptions options;
  options.period = period;
  auto sort_order = ParseSort(sort, report::SortOrder::kName);
  if (!sort_order.ok()) {
    return ctx.Fail(sort_order.error());
  }
  options.sort = *sort_order;
  auto instant = ParseAsOf(as_of ? as_of : std::optional<std::string>("now"));
  if (!instant.ok()) {
    return ctx.Fail(instant.error());
  }
  options.as_of_utc = *instant;
  store::StoreConfig store_config;
  if (data_dir) store_config.data_dir = *data_dir;
  if (store_uri) store_config.uri = *store_uri;

  auto consolidated = ConsolidateForCli(ctx, *campaign_path, store_config, options);
  if (!consolidated.ok()) {
    return ctx.Fail(consolidated.error());
  }
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
