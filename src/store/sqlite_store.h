// The embedded store: one SQLite file through Poco::Data::SQLite.
//
// The file is opened in WAL mode with a busy timeout and foreign keys on;
// write transactions start with BEGIN IMMEDIATE so that two writers wait for
// each other instead of failing on a lock upgrade. The schema is created and
// upgraded by versioned migrations (table schema_version), each in one
// transaction, on open. A file written by a newer tonghop (a higher schema
// version than this build knows) is refused with kStore.
//
// Do not put the file on a network share: SQLite's WAL needs shared memory
// between the processes of one host.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "common/error.h"
#include "store/store.h"

namespace tonghop::store {

struct SqliteOptions {
  std::string path;              // the database file; its folder must exist
  const Clock* clock = nullptr;  // not owned; null = SystemClock()
  int busy_timeout_ms = 10000;   // how long a writer waits for another
  // Testing only: migrate no further than this version (0 = all known).
  int max_schema_version = 0;
  // Testing only: called between the statements of a write transaction with
  // the step's name ("document", "submission", "findings", ...); an error
  // returned rolls the transaction back as a crash would.
  std::function<Status(std::string_view step)> fault_injection;
};

// The newest schema version this build creates.
int SqliteSchemaVersion();

// Opens the file (created if missing) and migrates it.
Result<std::unique_ptr<Store>> OpenSqliteStore(const SqliteOptions& options);

}  // namespace tonghop::store
