#include "sqlite.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "groeipad/store/store_error.hpp"

namespace groeipad::store::detail {
namespace {

// SQLite's message, made specific where it is vague: the operating system's reason
// for a file that cannot be opened or written, and how long a lock was waited for.
std::string reason(sqlite3* db, int code, std::chrono::milliseconds busy_timeout) {
  std::string text = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  const int primary = code & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    text += fmt::format(" (another process held it for more than {:.3g} s)",
                        std::chrono::duration<double>(busy_timeout).count());
  } else if ((primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR) && db != nullptr) {
    const int system_error = sqlite3_system_errno(db);
    if (system_error != 0) text += fmt::format(" ({})", std::strerror(system_error));
  }
  return text;
}

}  // namespace

Connection::Connection(std::filesystem::path path, int flags,
                       std::chrono::milliseconds busy_timeout)
    : path_(std::move(path)), busy_timeout_(busy_timeout) {
  const int code = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
  if (code != SQLITE_OK) {
    // Even a failed open may hand back a connection, which holds the message.
    const std::string why = reason(db_, code, busy_timeout_);
    sqlite3_close(db_);
    throw StoreError(path_, why);
  }
  sqlite3_extended_result_codes(db_, 1);
  const auto milliseconds = std::min<std::chrono::milliseconds::rep>(
      busy_timeout_.count(), std::numeric_limits<int>::max());
  sqlite3_busy_timeout(db_, static_cast<int>(milliseconds));
}

Connection::~Connection() { sqlite3_close(db_); }

void Connection::execute(const char* sql) {
  const int code = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) fail(code);
}

void Connection::execute_when_free(const char* sql) {
  const auto give_up = std::chrono::steady_clock::now() + busy_timeout_;
  for (;;) {
    const int code = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
    if (code == SQLITE_OK) return;
    if ((code & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= give_up) fail(code);
    sqlite3_sleep(10);
  }
}

void Connection::fail(int code) const { throw StoreError(path_, reason(db_, code, busy_timeout_)); }

Statement::Statement(Connection& connection, std::string_view sql) : connection_(connection) {
  const int code = sqlite3_prepare_v2(connection_.handle(), sql.data(),
                                      static_cast<int>(sql.size()), &statement_, nullptr);
  if (code != SQLITE_OK) connection_.fail(code);
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::bind(int index, std::string_view text) {
  const int code = sqlite3_bind_text64(statement_, index, text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
  if (code != SQLITE_OK) connection_.fail(code);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  const int code = sqlite3_bind_int64(statement_, index, value);
  if (code != SQLITE_OK) connection_.fail(code);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  const int code = std::isnan(value) ? sqlite3_bind_null(statement_, index)
                                     : sqlite3_bind_double(statement_, index, value);
  if (code != SQLITE_OK) connection_.fail(code);
  return *this;
}

bool Statement::step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  connection_.fail(code);
}

void Statement::run() {
  while (step()) {
  }
  sqlite3_reset(statement_);
}

std::string Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_, column);
  const int size = sqlite3_column_bytes(statement_, column);
  if (bytes == nullptr) return {};
  return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)};
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

double Statement::real(int column) const {
  if (sqlite3_column_type(statement_, column) == SQLITE_NULL) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  return sqlite3_column_double(statement_, column);
}

WriteTransaction::WriteTransaction(Connection& connection) : connection_(connection) {
  connection_.execute("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
  // Some errors (a full disk) end the transaction themselves; roll back what is left.
  if (open_ && sqlite3_get_autocommit(connection_.handle()) == 0) {
    sqlite3_exec(connection_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

void WriteTransaction::commit() {
  connection_.execute("COMMIT");
  open_ = false;
}

ReadTransaction::ReadTransaction(Connection& connection) : connection_(connection) {
  connection_.execute("BEGIN");
}

ReadTransaction::~ReadTransaction() {
  // Nothing was written: ending it cannot lose anything.
  sqlite3_exec(connection_.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace groeipad::store::detail
