#include "store/store.h"

#include <chrono>
#include <filesystem>
#include <system_error>

#include "store/sqlite_store.h"

namespace tonghop::store {
namespace {

class SystemClockImpl final : public Clock {
 public:
  std::int64_t NowUtcSeconds() const override {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
  }
};

}  // namespace

const Clock& SystemClock() {
  static const SystemClockImpl clock;
  return clock;
}

const char* AddOutcomeName(AddOutcome outcome) {
  switch (outcome) {
    case AddOutcome::kNew:
      return "new";
    case AddOutcome::kDuplicate:
      return "duplicate";
    case AddOutcome::kSupersededExisting:
      return "superseded-existing";
    case AddOutcome::kStoredAsSuperseded:
      return "stored-as-superseded";
    case AddOutcome::kAssigned:
      return "assigned";
  }
  return "new";
}

std::optional<AddOutcome> ParseAddOutcome(std::string_view name) {
  for (AddOutcome o : {AddOutcome::kNew, AddOutcome::kDuplicate, AddOutcome::kSupersededExisting,
                       AddOutcome::kStoredAsSuperseded, AddOutcome::kAssigned}) {
    if (name == AddOutcomeName(o)) return o;
  }
  return std::nullopt;
}

const char* JournalStateName(JournalState state) {
  switch (state) {
    case JournalState::kSeen:
      return "seen";
    case JournalState::kStored:
      return "stored";
    case JournalState::kRejected:
      return "rejected";
    case JournalState::kDone:
      return "done";
    case JournalState::kFailed:
      return "failed";
    case JournalState::kGone:
      return "gone";
  }
  return "seen";
}

std::optional<JournalState> ParseJournalState(std::string_view name) {
  for (JournalState s : {JournalState::kSeen, JournalState::kStored, JournalState::kRejected,
                         JournalState::kDone, JournalState::kFailed, JournalState::kGone}) {
    if (name == JournalStateName(s)) return s;
  }
  return std::nullopt;
}

Result<std::unique_ptr<Store>> OpenStore(const StoreConfig& config) {
  std::string_view uri = config.uri;
  if (uri.starts_with("postgresql:") || uri.starts_with("postgres:")) {
    return MakeError(ErrorCode::kConfig,
                     Msg("kho dữ liệu PostgreSQL chưa được hỗ trợ; dùng sqlite:",
                         "PostgreSQL stores are not supported yet; use sqlite:"),
                     "--store");
  }
  std::filesystem::path file;
  if (uri.empty() || uri == "sqlite:") {
    file = std::filesystem::path(config.data_dir) / std::string(kSqliteFileName);
  } else if (uri.starts_with("sqlite:")) {
    file = std::string(uri.substr(7));
  } else {
    return MakeError(ErrorCode::kConfig,
                     Msg("địa chỉ kho dữ liệu không hợp lệ: " + config.uri +
                             " (dùng sqlite: hoặc sqlite:ĐƯỜNG_DẪN)",
                         "invalid store address: " + config.uri + " (use sqlite: or sqlite:PATH)"),
                     "--store");
  }
  std::filesystem::path folder = file.parent_path();
  if (!folder.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
      return MakeError(ErrorCode::kStore,
                       Msg("không tạo được thư mục dữ liệu: " + ec.message(),
                           "cannot create the data folder: " + ec.message()),
                       folder.string());
    }
  }
  SqliteOptions options;
  options.path = file.string();
  options.clock = config.clock;
  return OpenSqliteStore(options);
}

}  // namespace tonghop::store
