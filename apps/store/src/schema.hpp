#pragma once
// The run store's tables, described for readers in apps/store/README.md.

namespace groeipad::store::detail {

class Connection;

// Creates whatever of the schema is missing, in one transaction, then checks its version.
void create_schema(Connection& db);

// Throws StoreError unless the database holds a run store of this schema version.
void check_schema(Connection& db);

}  // namespace groeipad::store::detail
