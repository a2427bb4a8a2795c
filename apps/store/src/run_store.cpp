#include "groeipad/store/run_store.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <system_error>
#include <utility>

#include "groeipad/store/store_error.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

namespace groeipad::store {

using detail::Connection;

namespace {

// Settings of the connection rather than of the file, but foreign keys: every
// connection must ask for them, or run_values could outlive its run.
void configure(Connection& db) { db.execute("PRAGMA foreign_keys = ON"); }

}  // namespace

RunStore RunStore::open(const std::filesystem::path& path, std::chrono::milliseconds busy_timeout) {
  const std::filesystem::path parent = path.parent_path();
  if (!parent.empty()) {
    // As with out/, runs/ does not exist on a fresh clone.
    std::error_code error;
    std::filesystem::create_directories(parent, error);
    if (error) {
      throw StoreError(path, fmt::format("cannot create {}: {}", parent.string(), error.message()));
    }
  }
  auto db =
      std::make_unique<Connection>(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busy_timeout);
  configure(*db);
  // Write-ahead logging: readers (a notebook, `runs list`) and a recording run do not
  // block each other, and the mode stays with the file.
  db->execute_when_free("PRAGMA journal_mode = WAL");
  detail::create_schema(*db);
  return RunStore(std::move(db));
}

RunStore RunStore::open_existing(const std::filesystem::path& path,
                                 std::chrono::milliseconds busy_timeout) {
  auto db = std::make_unique<Connection>(path, SQLITE_OPEN_READWRITE, busy_timeout);
  configure(*db);
  detail::check_schema(*db);
  return RunStore(std::move(db));
}

std::filesystem::path default_database() {
  const char* from_environment = std::getenv("GROEIPAD_DB");
  if (from_environment != nullptr && *from_environment != '\0') return from_environment;
  return std::filesystem::path("runs") / "groeipad.sqlite";
}

RunStore::RunStore(std::unique_ptr<Connection> connection) : db_(std::move(connection)) {}
RunStore::RunStore(RunStore&&) noexcept = default;
RunStore& RunStore::operator=(RunStore&&) noexcept = default;
RunStore::~RunStore() = default;

const std::filesystem::path& RunStore::path() const { return db_->path(); }

}  // namespace groeipad::store
