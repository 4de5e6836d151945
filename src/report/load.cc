#include "report/load.h"

#include <filesystem>

namespace tonghop::report {

Result<StoreRows> LoadStoreRows(store::Store& store, std::string_view campaign_id) {
  StoreRows rows;
  auto documents = store.AllDocuments(campaign_id, std::nullopt);
  if (!documents.ok()) return documents.take_error();
  rows.documents = std::move(documents).value();
  auto sightings = store.Sightings(campaign_id, std::nullopt);
  if (!sightings.ok()) return sightings.take_error();
  rows.sightings = std::move(sightings).value();
  return rows;
}

Result<std::unique_ptr<store::Store>> OpenStoreForReading(const store::StoreConfig& config) {
  std::string file;
  if (config.uri.empty() || config.uri == "sqlite:") {
    file = (std::filesystem::path(config.data_dir) / std::string(store::kSqliteFileName)).string();
  } else if (config.uri.rfind("sqlite:", 0) == 0) {
    file = config.uri.substr(7);
  }
  if (!file.empty()) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec) && !ec) return std::unique_ptr<store::Store>();
  }
  return store::OpenStore(config);
}

}  // namespace tonghop::report
