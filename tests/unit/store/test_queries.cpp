// The queries apps/store/README.md gives for notebooks run as written on a store with
// two runs, and find what they say they find.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "groeipad/store/run_store.hpp"
#include "store_test_support.hpp"

namespace groeipad::store::test {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// The ```sql blocks of the README's section on queries.
std::vector<std::string> readme_queries() {
  std::ifstream in(fs::path(GROEIPAD_SOURCE_DIR) / "apps" / "store" / "README.md");
  std::vector<std::string> blocks;
  bool in_section = false;
  bool in_block = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## ")) in_section = line == "## Queries for notebooks";
    if (!in_section) continue;
    if (line == "```sql") {
      in_block = true;
      blocks.emplace_back();
    } else if (line == "```") {
      in_block = false;
    } else if (in_block) {
      blocks.back() += line + "\n";
    }
  }
  return blocks;
}

// Every statement of `sql` in turn, the parameters :run, :first and :second bound;
// the rows of the last statement that returned any.
Rows run_block(const fs::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) throw std::runtime_error("cannot open");
  Rows rows;
  const char* next = sql.c_str();
  std::string error;
  while (error.empty() && *next != '\0') {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, next, -1, &statement, &next) != SQLITE_OK) {
      error = sqlite3_errmsg(db);
      break;
    }
    if (statement == nullptr) break;  // only white space and comments left
    for (const auto& [name, value] : {std::pair{":run", 1}, {":first", 1}, {":second", 2}}) {
      const int index = sqlite3_bind_parameter_index(statement, name);
      if (index > 0) sqlite3_bind_int64(statement, index, value);
    }
    Rows these;
    int code = 0;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int c = 0; c < sqlite3_column_count(statement); ++c) {
        const auto* cell = sqlite3_column_text(statement, c);
        row.emplace_back(cell != nullptr ? reinterpret_cast<const char*>(cell) : "NULL");
      }
      these.push_back(std::move(row));
    }
    if (code != SQLITE_DONE) error = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    if (!these.empty()) rows = std::move(these);
  }
  sqlite3_close(db);
  if (!error.empty()) throw std::runtime_error(error + " in\n" + sql);
  return rows;
}

SummaryRow row(const std::string& period, const std::string& unit, const std::string& metric,
               double mean) {
  return {period, unit, metric, Quantiles{mean, mean - 1, mean, mean + 1}};
}

// Two runs of the baseline's shape, the second with 10 VTE more in BW.
StoredRun baseline_run(std::uint64_t seed, double extra) {
  StoredRun run = sample_run(seed, 0);
  run.tables = {{"monthly",
                 {row("2011-06", "BW", "vte", 14365 + extra), row("2011-06", "SW", "vte", 3690),
                  row("2011-07", "BW", "vte", 14366 + extra), row("2011-07", "SW", "vte", 3691)}},
                {"jobseekers", {row("2011-06", "totaal", "nwwz", 182510)}},
                {"yearly",
                 {row("2011", "BW", "vte_eind", 14370 + extra), row("2011", "SW", "vte_eind", 3695),
                  row("2012", "BW", "vte_eind", 14380 + extra)}}};
  return run;
}

class ReadmeQueries : public ::testing::Test {
 protected:
  void SetUp() override {
    RunStore store = RunStore::open(file_);
    store.record(baseline_run(1, 0));
    store.record(baseline_run(1, 10));
  }

  TempDir dir_;
  fs::path file_ = dir_ / "runs.sqlite";
};

TEST_F(ReadmeQueries, EveryQueryRunsAndFindsSomething) {
  const std::vector<std::string> queries = readme_queries();
  ASSERT_GE(queries.size(), 6U);
  for (const std::string& sql : queries) {
    if (sql.find("DELETE") != std::string::npos) continue;  // it finds nothing, by design
    EXPECT_FALSE(run_block(file_, sql).empty()) << sql;
  }
}

TEST_F(ReadmeQueries, TheyFindWhatTheySay) {
  for (const std::string& sql : readme_queries()) {
    SCOPED_TRACE(sql);
    if (sql.find("AS vte") != std::string::npos) {
      EXPECT_EQ(run_block(file_, sql), (Rows{{"2011-06", "14365.0"}, {"2011-07", "14366.0"}}));
    } else if (sql.find("AS p95") != std::string::npos) {
      EXPECT_EQ(run_block(file_, sql).front(),
                (std::vector<std::string>{"2011", "BW", "vte_eind", "14370.0", "14369.0", "14370.0",
                                          "14371.0"}));
    } else if (sql.find("AS difference") != std::string::npos) {
      EXPECT_EQ(run_block(file_, sql), (Rows{{"2011", "BW", "14370.0", "14380.0", "10.0"},
                                             {"2011", "SW", "3695.0", "3695.0", "0.0"},
                                             {"2012", "BW", "14380.0", "14390.0", "10.0"}}));
    } else if (sql.find("max(id)") != std::string::npos) {
      EXPECT_EQ(run_block(file_, sql), (Rows{{"2"}}));
    } else if (sql.find("agent_months_per_second") != std::string::npos) {
      const Rows rows = run_block(file_, sql);
      ASSERT_EQ(rows.size(), 1U);
      EXPECT_EQ(rows[0][2], "2");
      EXPECT_NEAR(std::stod(rows[0][3]), 438024000.0 / 108.75, 1e-6);
    } else if (sql.find("DELETE") != std::string::npos) {
      run_block(file_, sql);
      EXPECT_EQ(counts(file_), (Counts{1, std::int64_t{4} * 8}));
    }
  }
}

}  // namespace
}  // namespace groeipad::store::test
