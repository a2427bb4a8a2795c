#pragma once
// A thin layer over the SQLite C API: a connection, prepared statements with bound
// parameters, and a transaction that rolls back unless committed. Every error becomes a
// StoreError naming the database and saying SQLite's reason.

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace groeipad::store::detail {

class Connection {
 public:
  // `flags` as for sqlite3_open_v2 (SQLITE_OPEN_READWRITE, with or without CREATE).
  Connection(std::filesystem::path path, int flags, std::chrono::milliseconds busy_timeout);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  [[nodiscard]] sqlite3* handle() const { return db_; }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  // Runs fixed SQL without parameters (the schema, BEGIN, COMMIT); never built from data.
  void execute(const char* sql);
  // As execute(), waiting up to the busy timeout also where SQLite reports a lock without
  // calling its busy handler: a change of journal mode while another process opens the
  // same new database.
  void execute_when_free(const char* sql);

  // Throws the StoreError for a failed call that returned `code`.
  [[noreturn]] void fail(int code) const;

 private:
  std::filesystem::path path_;
  sqlite3* db_ = nullptr;
  std::chrono::milliseconds busy_timeout_;
};

class Statement {
 public:
  Statement(Connection& connection, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are numbered from 1, as in SQL's ?1, ?2, ...
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);  // NaN is stored as NULL

  // Advances: true when a row is ready to be read, false when the statement is done.
  bool step();
  // Runs a statement that returns no rows, and makes it ready to be bound and run again.
  void run();

  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] double real(int column) const;  // NULL reads as NaN

 private:
  Connection& connection_;
  sqlite3_stmt* statement_ = nullptr;
};

// BEGIN IMMEDIATE: the write lock is taken at once, waiting up to the busy timeout, so
// that a writer never fails halfway for a lock another writer holds.
class WriteTransaction {
 public:
  explicit WriteTransaction(Connection& connection);
  ~WriteTransaction();  // rolls back unless committed
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

// A deferred transaction for reading: what is read in it comes from one state of the
// file, whatever is committed meanwhile.
class ReadTransaction {
 public:
  explicit ReadTransaction(Connection& connection);
  ~ReadTransaction();
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Connection& connection_;
};

}  // namespace groeipad::store::detail
