#pragma once
// The run store: an SQLite database in which every run is recorded with its inputs (the
// scenario and parameters files as text, with their digests), its settings, its speed
// and its summary tables, so that runs can be listed, shown, compared across engine
// versions and read from notebooks with plain SQL. The schema is in apps/store/README.md.
//
// Every failure throws StoreError naming the database. A run is recorded in one
// transaction: it is there whole or not at all.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "groeipad/stats/summary.hpp"

namespace groeipad::store {

// The schema this code writes and reads, kept in the `meta` table.
inline constexpr int kSchemaVersion = 1;

// How long a command waits for another process that is writing the database.
inline constexpr std::chrono::milliseconds kDefaultBusyTimeout{5000};

// One summary table of a run: "monthly", "jobseekers" or "yearly".
struct StoredTable {
  std::string name;
  std::vector<SummaryRow> rows;
};

struct StoredRun {
  std::string kind = "run";  // what was done: "run"; other kinds share the same tables
  std::string scenario_name;
  std::string scenario_file;
  std::string scenario_text;  // the bytes that were parsed
  std::string scenario_sha256;
  std::string parameters_file;
  std::string parameters_text;  // the bytes that were parsed, before the overrides
  std::string parameters_sha256;
  std::string parameters_label;
  std::uint64_t seed = 0;
  int replications = 0;
  int threads = 0;
  int months = 0;
  std::string start_month;  // "YYYY-MM"
  std::string engine_version;
  std::string git_commit;
  std::string started_utc;  // ISO 8601, e.g. 2026-11-27T14:03:12Z
  std::string finished_utc;
  double wall_seconds = 0;
  std::int64_t agent_months = 0;
  std::vector<StoredTable> tables;
};

// One line of `groeipad runs list`.
struct RunSummary {
  std::int64_t id = 0;
  std::string kind;
  std::string scenario_name;
  std::string started_utc;
  int replications = 0;
  std::uint64_t seed = 0;
  double wall_seconds = 0;
  double agent_months_per_second = 0;  // 0 when no wall time was measured
  std::string engine_version;
  std::string git_commit;
};

namespace detail {
class Connection;
}

// The run store a run records into when none is named: $GROEIPAD_DB when set and not
// empty, otherwise runs/groeipad.sqlite under the working directory.
std::filesystem::path default_database();

class RunStore {
 public:
  // Opens the database, creating it, its parent directories and its schema when they are
  // missing. Throws StoreError when it cannot, or when the file is not a run store of
  // this schema version.
  static RunStore open(const std::filesystem::path& path,
                       std::chrono::milliseconds busy_timeout = kDefaultBusyTimeout);
  // Opens a database that must exist and hold a run store; creates nothing.
  static RunStore open_existing(const std::filesystem::path& path,
                                std::chrono::milliseconds busy_timeout = kDefaultBusyTimeout);

  RunStore(RunStore&& other) noexcept;
  RunStore& operator=(RunStore&& other) noexcept;
  ~RunStore();

  // Records a run in one transaction and returns its id; ids only increase.
  std::int64_t record(const StoredRun& run);

  // Every run, the newest (highest id) first.
  [[nodiscard]] std::vector<RunSummary> list() const;

  // The run with its tables, rows in the order recorded; nullopt for an unknown id.
  // Statistics other than mean, p05, p50 and p95 (those of other kinds) are left to SQL.
  [[nodiscard]] std::optional<StoredRun> show(std::int64_t id) const;

  [[nodiscard]] const std::filesystem::path& path() const;

 private:
  explicit RunStore(std::unique_ptr<detail::Connection> connection);

  std::unique_ptr<detail::Connection> db_;
};

}  // namespace groeipad::store
