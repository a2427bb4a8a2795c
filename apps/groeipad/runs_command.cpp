#include <fmt/format.h>

#include <string_view>
#include <system_error>

#include "commands.hpp"
#include "groeipad/store/run_store.hpp"
#include "runs_format.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {
namespace {

// Reading creates nothing: a database that is not there is a mistake in the command
// (a wrong --db, or another working directory), reported as such.
store::RunStore open_for_reading(std::string_view command, const std::filesystem::path& db) {
  if (db.empty()) throw UsageError(fmt::format("runs {}: --db: expected a file name", command));
  std::error_code error;
  if (!std::filesystem::exists(db, error)) {
    throw UsageError(fmt::format("runs {}: no database at {}", command, db.string()));
  }
  return store::RunStore::open_existing(db);
}

}  // namespace

std::filesystem::path default_database() { return store::default_database(); }

int runs_list_command(const std::filesystem::path& db) {
  const std::vector<store::RunSummary> runs = open_for_reading("list", db).list();
  if (runs.empty()) {
    fmt::print("no runs in {}\n", db.string());
  } else {
    fmt::print("{}", runs_table(runs));
  }
  return 0;
}

int runs_show_command(const std::filesystem::path& db, std::int64_t id) {
  const std::optional<store::StoredRun> run = open_for_reading("show", db).show(id);
  if (!run) throw UsageError(fmt::format("runs show: no run {} in {}", id, db.string()));
  fmt::print("{}", run_details(id, *run));
  return 0;
}

}  // namespace groeipad::cli
