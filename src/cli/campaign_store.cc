#include "cli/campaign_store.h"

#include "campaign/loader.h"
#include "report/load.h"

namespace tonghop::cli {

store::StoreConfig CampaignStoreFlags::StoreConfig() const {
  store::StoreConfig config;
  if (store) config.uri = *store;
  if (data_dir) config.data_dir = *data_dir;
  return config;
}

void AddCampaignFlag(ArgParser& parser, CampaignStoreFlags* flags) {
  parser.Option("--campaign", &flags->campaign, "C.xml",
                Msg("tệp đợt thi đua (bắt buộc)", "the campaign file (required)"));
}

void AddStoreFlags(ArgParser& parser, CampaignStoreFlags* flags, StoreAccess access) {
  const bool write = access == StoreAccess::kWrite;
  parser.Option("--data-dir", &flags->data_dir, "D",
                write ? Msg("thư mục dữ liệu (mặc định ./tonghop-data)",
                            "data folder (default ./tonghop-data)")
                      : Msg("thư mục dữ liệu (mặc định ./tonghop-data)",
                            "the data directory (default ./tonghop-data)"));
  parser.Option("--store", &flags->store, "URI",
                write ? Msg("kho dữ liệu: sqlite: (mặc định) hoặc sqlite:ĐƯỜNG_DẪN",
                            "the store: sqlite: (default) or sqlite:PATH")
                      : Msg("kho dữ liệu (mặc định sqlite: trong thư mục dữ liệu)",
                            "the store (default sqlite: in the data directory)"));
}

Result<CampaignStore> OpenCampaignStore(const CampaignStoreFlags& flags, StoreAccess access) {
  Result<campaign::Campaign> campaign = campaign::LoadCampaignFile(flags.campaign.value());
  if (!campaign.ok()) return campaign.take_error();
  const store::StoreConfig config = flags.StoreConfig();
  Result<std::unique_ptr<store::Store>> store = access == StoreAccess::kWrite
                                                    ? store::OpenStore(config)
                                                    : report::OpenStoreForReading(config);
  if (!store.ok()) return store.take_error();
  return CampaignStore{std::move(*campaign), std::move(*store)};
}

}  // namespace tonghop::cli
