#pragma once
// For the run store's tests: a temporary directory per test, runs with every field set,
// and a plain SQLite connection to look at the file as a notebook would.

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "../../support/temp_dir.hpp"
#include "groeipad/store/run_store.hpp"

namespace groeipad::store::test {

namespace fs = std::filesystem;

using TempDir = groeipad::test_support::TempDir;

// A table of `rows` rows with distinct keys and values that are not round in binary.
inline StoredTable table(const std::string& name, int rows, double offset) {
  StoredTable t{name, {}};
  for (int i = 0; i < rows; ++i) {
    const double v = offset + i / 3.0;
    t.rows.push_back(SummaryRow{"2011-" + std::to_string(1 + i / 6), "unit" + std::to_string(i % 6),
                                "metric", Quantiles{v, v - 0.1, v + 1e-9, -v * 1e300}});
  }
  return t;
}

// A run with every field set to something of its own: text with quotes, newlines and
// non-ASCII letters, the largest seed, and a table per name.
inline StoredRun sample_run(std::uint64_t seed = 9223372036854775807ULL, int rows = 30) {
  StoredRun run;
  run.kind = "run";
  run.scenario_name = "groeipad-2011-2012";
  run.scenario_file = "scenarios/groeipad 2011-2012.toml";
  run.scenario_text = "name = \"groeipad\"\n# ' quotes \" and Vlaanderen: één\n";
  run.scenario_sha256 = std::string(64, 'a');
  run.parameters_file = "calibration/params/provisional-2011.toml";
  run.parameters_text = "format = 1\nlabel = \"provisional-2011\"\n";
  run.parameters_sha256 = std::string(64, 'b');
  run.parameters_label = "provisional-2011";
  run.seed = seed;
  run.replications = 20;
  run.threads = 2;
  run.months = 120;
  run.start_month = "2011-06";
  run.engine_version = "0.1.0";
  run.git_commit = "cbe04f285706";
  run.started_utc = "2026-11-27T14:03:12Z";
  run.finished_utc = "2026-11-27T14:05:01Z";
  run.wall_seconds = 108.75;
  run.agent_months = 438024000;
  run.tables = {table("monthly", rows, 1.5), table("jobseekers", rows / 2, -7.25),
                table("yearly", rows / 3, 1e6)};
  return run;
}

inline std::size_t value_count(const StoredRun& run) {
  std::size_t n = 0;
  for (const StoredTable& t : run.tables) n += 4 * t.rows.size();
  return n;
}

// A plain connection, as a notebook or the sqlite3 shell would open the file.
class Sql {
 public:
  explicit Sql(const fs::path& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      throw std::runtime_error("cannot open " + file.string());
    }
    sqlite3_busy_timeout(db_, 5000);
  }
  ~Sql() { sqlite3_close(db_); }
  Sql(const Sql&) = delete;
  Sql& operator=(const Sql&) = delete;

  // Runs statements without results; throws with SQLite's message when they fail.
  void execute(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      const std::string text = message != nullptr ? message : "?";
      sqlite3_free(message);
      throw std::runtime_error(text);
    }
  }

  // The first column of the first row, as text ("" when there is no row).
  std::string text(const std::string& sql) {
    const std::vector<std::vector<std::string>> rows = query(sql);
    return rows.empty() || rows[0].empty() ? "" : rows[0][0];
  }
  std::int64_t integer(const std::string& sql) { return std::stoll(text(sql)); }

  // Every row, every column as text; `run` is bound to any :run, :first or :second.
  std::vector<std::vector<std::string>> query(const std::string& sql,
                                              const std::vector<std::int64_t>& runs = {}) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sqlite3_errmsg(db_));
    }
    const char* names[] = {":run", ":first", ":second"};
    for (std::size_t i = 0; i < runs.size() && i < 3; ++i) {
      const int index = sqlite3_bind_parameter_index(statement, names[i]);
      if (index > 0) sqlite3_bind_int64(statement, index, runs[i]);
    }
    std::vector<std::vector<std::string>> rows;
    int code = 0;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int c = 0; c < sqlite3_column_count(statement); ++c) {
        const auto* cell = sqlite3_column_text(statement, c);
        row.emplace_back(cell != nullptr ? reinterpret_cast<const char*>(cell) : "NULL");
      }
      rows.push_back(std::move(row));
    }
    const std::string error = sqlite3_errmsg(db_);
    sqlite3_finalize(statement);
    if (code != SQLITE_DONE) throw std::runtime_error(error);
    return rows;
  }

 private:
  sqlite3* db_ = nullptr;
};

// The number of runs and of values in the file.
struct Counts {
  std::int64_t runs = 0;
  std::int64_t values = 0;
  friend bool operator==(const Counts&, const Counts&) = default;
};

inline Counts counts(const fs::path& file) {
  Sql sql(file);
  return {sql.integer("SELECT count(*) FROM runs"), sql.integer("SELECT count(*) FROM run_values")};
}

inline void PrintTo(const Counts& c, std::ostream* os) {
  *os << c.runs << " runs, " << c.values << " values";
}

// Every field and every row, the doubles exactly (NaN as NaN).
inline void expect_same_run(const StoredRun& a, const StoredRun& b) {
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.scenario_name, b.scenario_name);
  EXPECT_EQ(a.scenario_file, b.scenario_file);
  EXPECT_EQ(a.scenario_text, b.scenario_text);
  EXPECT_EQ(a.scenario_sha256, b.scenario_sha256);
  EXPECT_EQ(a.parameters_file, b.parameters_file);
  EXPECT_EQ(a.parameters_text, b.parameters_text);
  EXPECT_EQ(a.parameters_sha256, b.parameters_sha256);
  EXPECT_EQ(a.parameters_label, b.parameters_label);
  EXPECT_EQ(a.seed, b.seed);
  EXPECT_EQ(a.replications, b.replications);
  EXPECT_EQ(a.threads, b.threads);
  EXPECT_EQ(a.months, b.months);
  EXPECT_EQ(a.start_month, b.start_month);
  EXPECT_EQ(a.engine_version, b.engine_version);
  EXPECT_EQ(a.git_commit, b.git_commit);
  EXPECT_EQ(a.started_utc, b.started_utc);
  EXPECT_EQ(a.finished_utc, b.finished_utc);
  EXPECT_EQ(a.wall_seconds, b.wall_seconds);
  EXPECT_EQ(a.agent_months, b.agent_months);
  ASSERT_EQ(a.tables.size(), b.tables.size());
  const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
  for (std::size_t t = 0; t < a.tables.size(); ++t) {
    const StoredTable& x = a.tables[t];
    const StoredTable& y = b.tables[t];
    EXPECT_EQ(x.name, y.name);
    ASSERT_EQ(x.rows.size(), y.rows.size()) << x.name;
    for (std::size_t r = 0; r < x.rows.size(); ++r) {
      const SummaryRow& p = x.rows[r];
      const SummaryRow& q = y.rows[r];
      const std::string where = x.name + " row " + std::to_string(r);
      EXPECT_EQ(p.period, q.period) << where;
      EXPECT_EQ(p.unit, q.unit) << where;
      EXPECT_EQ(p.metric, q.metric) << where;
      EXPECT_TRUE(same(p.value.mean, q.value.mean)) << where;
      EXPECT_TRUE(same(p.value.p05, q.value.p05)) << where;
      EXPECT_TRUE(same(p.value.p50, q.value.p50)) << where;
      EXPECT_TRUE(same(p.value.p95, q.value.p95)) << where;
    }
  }
}

}  // namespace groeipad::store::test
