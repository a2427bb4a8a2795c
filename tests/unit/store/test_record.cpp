// The run store records runs and gives them back: every field and every row, ids that
// only increase, the list newest first, and a file a plain SQLite connection can read.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "groeipad/store/run_store.hpp"
#include "groeipad/store/store_error.hpp"
#include "store_test_support.hpp"

namespace groeipad::store::test {
namespace {

TEST(RunStore, OpenCreatesTheFileItsDirectoriesAndTheSchema) {
  const TempDir dir;
  const fs::path file = dir / "runs/deeper/groeipad.sqlite";
  { RunStore::open(file); }
  ASSERT_TRUE(fs::is_regular_file(file));
  Sql sql(file);
  EXPECT_EQ(sql.text("SELECT value FROM meta WHERE key = 'schema_version'"),
            std::to_string(kSchemaVersion));
  EXPECT_EQ(sql.text("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(sql.query("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index', 'view') "
                      "AND name NOT LIKE 'sqlite_%' ORDER BY name"),
            (std::vector<std::vector<std::string>>{
                {"meta"}, {"run_speed"}, {"run_values"}, {"run_values_by_table"}, {"runs"}}));
  EXPECT_EQ(sql.text("SELECT \"table\" FROM pragma_foreign_key_list('run_values')"), "runs");
}

TEST(RunStore, OpeningAgainKeepsWhatIsThere) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  const StoredRun run = sample_run();
  const std::int64_t id = RunStore::open(file).record(run);
  const std::optional<StoredRun> back = RunStore::open(file).show(id);
  ASSERT_TRUE(back.has_value());
  expect_same_run(*back, run);
  EXPECT_EQ(RunStore::open_existing(file).list().size(), 1U);
}

TEST(RunStore, RecordAndShowGiveBackEveryFieldAndEveryRow) {
  const TempDir dir;
  RunStore store = RunStore::open(dir / "runs.sqlite");
  const StoredRun run = sample_run();
  const std::int64_t id = store.record(run);
  const std::optional<StoredRun> back = store.show(id);
  ASSERT_TRUE(back.has_value());
  expect_same_run(*back, run);
}

TEST(RunStore, ValuesAreStoredInLongFormatOneRowPerStatistic) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  const StoredRun run = sample_run();
  const std::int64_t id = RunStore::open(file).record(run);
  Sql sql(file);
  EXPECT_EQ(sql.integer("SELECT count(*) FROM run_values"),
            static_cast<std::int64_t>(value_count(run)));
  EXPECT_EQ(sql.query("SELECT table_name, stat, count(*) FROM run_values GROUP BY 1, 2 "
                      "ORDER BY min(rowid), 2"),
            (std::vector<std::vector<std::string>>{{"monthly", "mean", "30"},
                                                   {"monthly", "p05", "30"},
                                                   {"monthly", "p50", "30"},
                                                   {"monthly", "p95", "30"},
                                                   {"jobseekers", "mean", "15"},
                                                   {"jobseekers", "p05", "15"},
                                                   {"jobseekers", "p50", "15"},
                                                   {"jobseekers", "p95", "15"},
                                                   {"yearly", "mean", "10"},
                                                   {"yearly", "p05", "10"},
                                                   {"yearly", "p50", "10"},
                                                   {"yearly", "p95", "10"}}));
  EXPECT_EQ(sql.text("SELECT count(DISTINCT run_id) FROM run_values"), "1");
  EXPECT_EQ(sql.integer("SELECT run_id FROM run_values LIMIT 1"), id);
}

// SQLite has no NaN: it is stored as NULL and read back as NaN.
TEST(RunStore, NotANumberIsStoredAsNull) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  StoredRun run = sample_run();
  run.tables[2].rows[1].value.p95 = std::numeric_limits<double>::quiet_NaN();
  run.tables[2].rows[2].value.mean = std::numeric_limits<double>::infinity();
  RunStore store = RunStore::open(file);
  const std::int64_t id = store.record(run);
  expect_same_run(*store.show(id), run);
  EXPECT_EQ(Sql(file).integer("SELECT count(*) FROM run_values WHERE value IS NULL"), 1);
}

TEST(RunStore, IdsIncreaseAndAreNeverGivenTwice) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  RunStore store = RunStore::open(file);
  const std::int64_t first = store.record(sample_run(1));
  const std::int64_t second = store.record(sample_run(2));
  const std::int64_t third = store.record(sample_run(3));
  EXPECT_EQ(first, 1);
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
  {
    Sql sql(file);
    sql.execute("PRAGMA foreign_keys = ON; DELETE FROM runs WHERE id = " + std::to_string(third));
  }
  EXPECT_GT(store.record(sample_run(4)), third);
}

TEST(RunStore, ListGivesEveryRunNewestFirst) {
  const TempDir dir;
  RunStore store = RunStore::open(dir / "runs.sqlite");
  EXPECT_TRUE(store.list().empty());
  std::vector<std::int64_t> ids;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    StoredRun run = sample_run(seed, 6);
    run.scenario_name = "scenario-" + std::to_string(seed);
    run.wall_seconds = static_cast<double>(seed);
    ids.push_back(store.record(run));
  }
  const std::vector<RunSummary> runs = store.list();
  ASSERT_EQ(runs.size(), 3U);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const std::uint64_t seed = 3 - i;
    const RunSummary& r = runs[i];
    EXPECT_EQ(r.id, ids[seed - 1]);
    EXPECT_EQ(r.kind, "run");
    EXPECT_EQ(r.scenario_name, "scenario-" + std::to_string(seed));
    EXPECT_EQ(r.started_utc, "2026-11-27T14:03:12Z");
    EXPECT_EQ(r.replications, 20);
    EXPECT_EQ(r.seed, seed);
    EXPECT_EQ(r.wall_seconds, static_cast<double>(seed));
    EXPECT_DOUBLE_EQ(r.agent_months_per_second, 438024000.0 / static_cast<double>(seed));
    EXPECT_EQ(r.engine_version, "0.1.0");
    EXPECT_EQ(r.git_commit, "cbe04f285706");
  }
}

TEST(RunStore, SpeedIsZeroWithoutWallTime) {
  const TempDir dir;
  RunStore store = RunStore::open(dir / "runs.sqlite");
  StoredRun run = sample_run(1, 3);
  run.wall_seconds = 0;
  store.record(run);
  EXPECT_EQ(store.list().at(0).agent_months_per_second, 0.0);
}

TEST(RunStore, ShowOfAnUnknownIdIsEmpty) {
  const TempDir dir;
  RunStore store = RunStore::open(dir / "runs.sqlite");
  EXPECT_FALSE(store.show(1).has_value());
  store.record(sample_run());
  EXPECT_FALSE(store.show(2).has_value());
  EXPECT_FALSE(store.show(-1).has_value());
}

// A run of nothing but facts comes back as it went in.
TEST(RunStore, RunWithoutTables) {
  const TempDir dir;
  RunStore store = RunStore::open(dir / "runs.sqlite");
  StoredRun run = sample_run();
  run.tables.clear();
  expect_same_run(*store.show(store.record(run)), run);
}

// Other kinds keep statistics of their own in the same table; show() gives the four
// quantiles and leaves the rest to SQL.
TEST(RunStore, OtherStatisticsAreLeftToSql) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  RunStore store = RunStore::open(file);
  const std::int64_t id = store.record(sample_run(1, 6));
  Sql(file).execute("INSERT INTO run_values VALUES (" + std::to_string(id) +
                    ", 'yearly', '2011', 'BW', 'vte', 'diff_mean', 1.5)");
  const std::optional<StoredRun> back = store.show(id);
  ASSERT_TRUE(back.has_value());
  expect_same_run(*back, sample_run(1, 6));
}

// ---- what is not a run store of this version is left alone ---------------------------

TEST(RunStoreOpen, OpenExistingCreatesNothing) {
  const TempDir dir;
  const fs::path file = dir / "missing" / "runs.sqlite";
  try {
    RunStore::open_existing(file);
    ADD_FAILURE() << "no StoreError";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.path(), file);
    EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir / "missing"));
}

TEST(RunStoreOpen, AFileThatIsNotADatabase) {
  const TempDir dir;
  const fs::path file = dir / "notes.txt";
  std::ofstream(file) << "keep me\n";
  for (const bool existing : {false, true}) {
    try {
      if (existing) {
        RunStore::open_existing(file);
      } else {
        RunStore::open(file);
      }
      ADD_FAILURE() << "no StoreError";
    } catch (const StoreError& e) {
      EXPECT_EQ(std::string(e.what()), file.string() + ": file is not a database");
    }
  }
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "keep me");
}

TEST(RunStoreOpen, AnotherProgramsDatabase) {
  const TempDir dir;
  const fs::path file = dir / "other.sqlite";
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE other (x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_THROW(RunStore::open(file), StoreError);
  EXPECT_THROW(RunStore::open_existing(file), StoreError);
  EXPECT_EQ(Sql(file).text("SELECT group_concat(name) FROM sqlite_schema"), "other");
}

TEST(RunStoreOpen, ANewerSchemaVersion) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  { RunStore::open(file); }
  Sql(file).execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
  try {
    RunStore::open(file);
    ADD_FAILURE() << "no StoreError";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.reason(), "run store of schema version 2, expected version 1");
  }
}

TEST(RunStoreOpen, ADirectoryInTheWay) {
  const TempDir dir;
  fs::create_directory(dir / "runs.sqlite");
  EXPECT_THROW(RunStore::open(dir / "runs.sqlite"), StoreError);
}

TEST(RunStoreOpen, AFileInThePlaceOfTheDirectory) {
  const TempDir dir;
  std::ofstream(dir / "runs") << "keep me\n";
  const fs::path file = dir / "runs" / "groeipad.sqlite";
  try {
    RunStore::open(file);
    ADD_FAILURE() << "no StoreError";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.path(), file);
    EXPECT_NE(e.reason().find((dir / "runs").string()), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace groeipad::store::test
