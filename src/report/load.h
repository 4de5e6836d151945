// Reads what report/consolidate.h needs from a Store (I/O through the Store
// interface only; any implementation works).
//
// Failure: the store's error (kStore) as is.
#pragma once

#include <memory>
#include <string_view>

#include "common/error.h"
#include "report/consolidate.h"
#include "store/store.h"

namespace tonghop::report {

// Every document and sighting of the campaign: the counting documents are
// among them, and documents without unit or period have no period to
// filter by, so the whole campaign is read whatever the report's period.
Result<StoreRows> LoadStoreRows(store::Store& store, std::string_view campaign_id);

// Opens the store that `config` names for reading (status, report). When it
// names an SQLite file that does not exist yet (nothing was ingested), gives
// nullptr instead of creating a data folder as a side effect; the caller
// then reports every unit missing (LoadStoreRows is not called).
Result<std::unique_ptr<store::Store>> OpenStoreForReading(const store::StoreConfig& config);

}  // namespace tonghop::report
