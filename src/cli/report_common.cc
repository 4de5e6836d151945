#include "cli/report_common.h"

#include <cstdint>
#include <ctime>

#include "campaign/deadline.h"
#include "report/load.h"

namespace tonghop::cli {
namespace {

Result<std::optional<std::int64_t>> ParseAsOf(const std::optional<std::string>& value) {
  if (!value) return std::optional<std::int64_t>();
  if (*value == "now")
    return std::optional<std::int64_t>(static_cast<std::int64_t>(std::time(nullptr)));
  auto instant = campaign::ParseInstant(*value);
  if (!instant) {
    if (auto day = campaign::Date::Parse(*value)) {
      // A date alone: the end of that day in Vietnam time.
      return std::optional<std::int64_t>(campaign::EndOfDayVietnamUtc(*day));
    }
    return MakeError(ErrorCode::kUsage,
                     Msg("--as-of cần thời điểm ISO 8601 (2020-07-10T17:00:00+07:00), ngày "
                         "(2020-07-10) hoặc now: " +
                             *value,
                         "--as-of needs an ISO 8601 instant (2020-07-10T17:00:00+07:00), a date "
                         "(2020-07-10) or now: " +
                             *value));
  }
  return std::optional<std::int64_t>(*instant);
}

Result<report::SortOrder> ParseSort(const std::optional<std::string>& value,
                                    report::SortOrder fallback) {
  if (!value) return fallback;
  if (*value == "campaign") return report::SortOrder::kCampaign;
  if (*value == "name") return report::SortOrder::kName;
  return MakeError(ErrorCode::kUsage, Msg("--sort nhận campaign hoặc name: " + *value,
                                          "--sort takes campaign or name: " + *value));
}

}  // namespace

Result<report::ConsolidateOptions> ConsolidateOptionsFrom(
    const ConsolidateFlags& flags, report::SortOrder default_sort,
    const std::optional<std::string>& default_as_of) {
  report::ConsolidateOptions options;
  options.period = flags.period;
  Result<report::SortOrder> sort = ParseSort(flags.sort, default_sort);
  if (!sort.ok()) return sort.take_error();
  options.sort = *sort;
  Result<std::optional<std::int64_t>> as_of = ParseAsOf(flags.as_of ? flags.as_of : default_as_of);
  if (!as_of.ok()) return as_of.take_error();
  options.as_of_utc = *as_of;
  return options;
}

Result<report::Consolidated> ConsolidateForCli(const Context& ctx, const ConsolidateFlags& flags,
                                               const report::ConsolidateOptions& options) {
  Result<CampaignStore> opened = OpenCampaignStore(flags, StoreAccess::kReadIfExists);
  if (!opened.ok()) return opened.take_error();
  report::StoreRows rows;
  if (opened->store) {
    auto loaded = report::LoadStoreRows(*opened->store, opened->campaign.id);
    if (!loaded.ok()) return loaded.take_error();
    rows = std::move(loaded).value();
  }
  const std::string& campaign_id = opened->campaign.id;
  if (rows.documents.empty() && !ctx.quiet) {
    const std::string data_dir = flags.StoreConfig().data_dir;
    ctx.Warn(Msg("Kho dữ liệu chưa có văn bản nào của đợt thi đua " + campaign_id +
                     " (--data-dir " + data_dir + ")",
                 "The store holds no document of campaign " + campaign_id + " yet (--data-dir " +
                     data_dir + ")"));
  }
  return report::Consolidate(opened->campaign, rows, options);
}

}  // namespace tonghop::cli
