// Internal to src/store: the SQLite schema as an ordered list of migrations.
// A migration is never edited once released; a change is a new migration.
// The SQL sticks to what PostgreSQL also accepts where that is cheap (partial
// indexes, RETURNING, CHECK), apart from INTEGER PRIMARY KEY for row ids.
#pragma once

#include <string_view>
#include <vector>

namespace tonghop::store {

struct Migration {
  int version;
  std::string_view description;
  std::vector<std::string_view> statements;
};

// Versions 1, 2, ... in order.
const std::vector<Migration>& SqliteMigrations();

}  // namespace tonghop::store
