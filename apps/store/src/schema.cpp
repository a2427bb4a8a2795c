#include "schema.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "groeipad/store/run_store.hpp"
#include "groeipad/store/store_error.hpp"
#include "sqlite.hpp"

namespace groeipad::store::detail {
namespace {

// Plain tables (not STRICT) so that the SQLite of an older Python can read them; the
// CHECKs keep out what the program never writes. AUTOINCREMENT: an id is never given
// twice, even after the newest run has been deleted by hand.
constexpr const char* kSchema = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE runs (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  kind              TEXT    NOT NULL CHECK (kind <> ''),
  scenario_name     TEXT    NOT NULL,
  scenario_file     TEXT    NOT NULL,
  scenario_text     TEXT    NOT NULL,
  scenario_sha256   TEXT    NOT NULL,
  parameters_file   TEXT    NOT NULL,
  parameters_text   TEXT    NOT NULL,
  parameters_sha256 TEXT    NOT NULL,
  parameters_label  TEXT    NOT NULL,
  seed              INTEGER NOT NULL CHECK (seed >= 0),
  replications      INTEGER NOT NULL CHECK (replications >= 1),
  threads           INTEGER NOT NULL CHECK (threads >= 1),
  months            INTEGER NOT NULL CHECK (months >= 1),
  start_month       TEXT    NOT NULL,
  engine_version    TEXT    NOT NULL,
  git_commit        TEXT    NOT NULL,
  started_utc       TEXT    NOT NULL,
  finished_utc      TEXT    NOT NULL,
  wall_seconds      REAL    NOT NULL CHECK (wall_seconds >= 0),
  agent_months      INTEGER NOT NULL CHECK (agent_months >= 0)
);

CREATE TABLE run_values (
  run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  table_name TEXT    NOT NULL CHECK (table_name <> ''),
  period     TEXT    NOT NULL CHECK (period <> ''),
  unit       TEXT    NOT NULL CHECK (unit <> ''),
  metric     TEXT    NOT NULL CHECK (metric <> ''),
  stat       TEXT    NOT NULL CHECK (stat <> ''),
  value      REAL
);
CREATE INDEX run_values_by_table ON run_values (run_id, table_name);

CREATE VIEW run_speed AS
  SELECT id, kind, scenario_name, started_utc, engine_version, git_commit, threads,
         agent_months, wall_seconds,
         CASE WHEN wall_seconds > 0 THEN agent_months / wall_seconds END
           AS agent_months_per_second
  FROM runs;
)sql";

bool has_table(Connection& db, std::string_view name) {
  Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
  query.bind(1, name);
  query.step();
  return query.integer(0) > 0;
}

bool is_empty(Connection& db) {
  Statement query(db, "SELECT count(*) FROM sqlite_schema");
  query.step();
  return query.integer(0) == 0;
}

}  // namespace

// In a write transaction, so that two processes creating the same new database one after
// the other create the schema once.
void create_schema(Connection& db) {
  WriteTransaction transaction(db);
  if (!has_table(db, "meta")) {
    // Another program's database is left as it is.
    if (!is_empty(db)) throw StoreError(db.path(), "not a groeipad run store (no meta table)");
    db.execute(kSchema);
    Statement version(db, "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)");
    version.bind(1, std::to_string(kSchemaVersion)).run();
  }
  check_schema(db);
  transaction.commit();
}

void check_schema(Connection& db) {
  if (!has_table(db, "meta")) {
    throw StoreError(db.path(), "not a groeipad run store (no meta table)");
  }
  Statement version(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  const std::string found = version.step() ? version.text(0) : "none";
  if (found != std::to_string(kSchemaVersion)) {
    throw StoreError(db.path(), fmt::format("run store of schema version {}, expected version {}",
                                            found, kSchemaVersion));
  }
}

}  // namespace groeipad::store::detail
