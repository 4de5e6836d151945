#include "cli/report_common.h"

#include <ctime>

#include "campaign/deadline.h"
#include "campaign/loader.h"
#include "report/load.h"

namespace tonghop::cli {

Result<report::Consolidated> ConsolidateForCli(const Context& ctx, const std::string& campaign_path,
                                               const store::StoreConfig& store_config,
                                               const report::ConsolidateOptions& options) {
  Result<campaign::Campaign> campaign = campaign::LoadCampaignFile(campaign_path);
  if (!campaign.ok()) return campaign.take_error();
  auto store = report::OpenStoreForReading(store_config);
  if (!store.ok()) return store.take_error();
  report::StoreRows rows;
  if (*store) {
    auto loaded = report::LoadStoreRows(**store, campaign->id);
    if (!loaded.ok()) return loaded.take_error();
    rows = std::move(loaded).value();
  }
  if (rows.documents.empty() && !ctx.quiet) {
    ctx.Warn(Msg("Kho dữ liệu chưa có văn bản nào của đợt thi đua " + campaign->id +
                     " (--data-dir " + store_config.data_dir + ")",
                 "The store holds no document of campaign " + campaign->id + " yet (--data-dir " +
                     store_config.data_dir + ")"));
  }
  auto consolidated = report::Consolidate(*campaign, rows, options);
  return consolidated;
}

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

}  // namespace tonghop::cli
