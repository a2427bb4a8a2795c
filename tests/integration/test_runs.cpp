// The run store from the command line: what `groeipad run` records and when it records
// nothing, and the output of `groeipad runs list` and `groeipad runs show`.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "groeipad/output/csv.hpp"
#include "groeipad/output/sha256.hpp"

namespace groeipad::cli_test {
namespace {

const std::string kShort = "tests/data/cli/short.toml";
const std::string kParameters = "calibration/params/provisional-2011.toml";

using Rows = std::vector<std::vector<std::string>>;

// Every row of a query on the database file, every column as text.
Rows query(const fs::path& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(handle);
    throw std::runtime_error("cannot open " + db.string());
  }
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    const std::string error = sqlite3_errmsg(handle);
    sqlite3_close(handle);
    throw std::runtime_error(error);
  }
  Rows rows;
  while (sqlite3_step(statement) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < sqlite3_column_count(statement); ++c) {
      const auto* cell = sqlite3_column_text(statement, c);
      row.emplace_back(cell != nullptr ? reinterpret_cast<const char*>(cell) : "NULL");
    }
    rows.push_back(std::move(row));
  }
  sqlite3_finalize(statement);
  sqlite3_close(handle);
  return rows;
}

std::string single(const fs::path& db, const std::string& sql) {
  const Rows rows = query(db, sql);
  return rows.empty() ? "" : rows[0][0];
}

// ISO 8601 in UTC to the second: 2026-11-27T14:03:12Z.
bool is_utc_timestamp(const std::string& text) {
  const std::string pattern = "dddd-dd-ddTdd:dd:ddZ";
  if (text.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (pattern[i] == 'd' ? !digit : text[i] != pattern[i]) return false;
  }
  return true;
}

// The lines of a text, and the words of a line.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> words_of(const std::string& line) {
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// GROEIPAD_DB, the default database, for the programs started while it lives.
class ScopedDefaultDatabase {
 public:
  explicit ScopedDefaultDatabase(const fs::path& db) {
    if (const char* old = std::getenv("GROEIPAD_DB")) old_ = old;
    ::setenv("GROEIPAD_DB", db.c_str(), 1);
  }
  ~ScopedDefaultDatabase() {
    if (old_.empty()) {
      ::unsetenv("GROEIPAD_DB");
    } else {
      ::setenv("GROEIPAD_DB", old_.c_str(), 1);
    }
  }
  ScopedDefaultDatabase(const ScopedDefaultDatabase&) = delete;
  ScopedDefaultDatabase& operator=(const ScopedDefaultDatabase&) = delete;

 private:
  std::string old_;
};

// ---- two runs of the short scenario recorded in one database ---------------------------

class RecordedRuns : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    first_ = run_cli({"run", kShort, "--out", (*dir_ / "first").string(), "--quiet", "--seed", "7",
                      "--db", db().string()});
    second_ = run_cli({"run", kShort, "--out", (*dir_ / "second").string(), "--quiet", "--seed",
                       "8", "--replications", "2", "--db", db().string()});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  void SetUp() override {
    ASSERT_EQ(first_.exit_code, 0) << describe(first_);
    ASSERT_EQ(second_.exit_code, 0) << describe(second_);
  }

  // Under directories that do not exist yet, as runs/ on a fresh clone.
  static fs::path db() { return *dir_ / "store" / "deeper" / "runs.sqlite"; }

  static std::unique_ptr<TempDir> dir_;
  static CliResult first_;
  static CliResult second_;
};

std::unique_ptr<TempDir> RecordedRuns::dir_;
CliResult RecordedRuns::first_;
CliResult RecordedRuns::second_;

TEST_F(RecordedRuns, EachRunIsOneRowWithItsThreeTables) {
  EXPECT_EQ(query(db(), "SELECT id, seed, replications FROM runs ORDER BY id"),
            (Rows{{"1", "7", "1"}, {"2", "8", "2"}}));
  // 25 months (the start and 24) and 3 calendar years; 6 programmes or groups; 8, 4 and
  // 11 metrics; 4 statistics.
  const Rows expected = {{"monthly", "4800"}, {"jobseekers", "2400"}, {"yearly", "792"}};
  for (const std::string id : {"1", "2"}) {
    EXPECT_EQ(query(db(), "SELECT table_name, count(*) FROM run_values WHERE run_id = " + id +
                              " GROUP BY table_name ORDER BY min(rowid)"),
              expected)
        << "run " << id;
  }
}

TEST_F(RecordedRuns, TheRunSaysWhereItIsRecorded) {
  EXPECT_TRUE(first_.out.ends_with("recorded as run 1 in " + db().string() + "\n")) << first_.out;
  EXPECT_TRUE(second_.out.ends_with("recorded as run 2 in " + db().string() + "\n")) << second_.out;
  EXPECT_EQ(first_.err, "");
}

TEST_F(RecordedRuns, TheRowHoldsTheFactsAndTheInputs) {
  const Rows rows = query(db(),
                          "SELECT kind, scenario_name, scenario_file, scenario_text, "
                          "scenario_sha256, parameters_file, parameters_text, parameters_sha256, "
                          "parameters_label, months, start_month, threads, engine_version, "
                          "started_utc, finished_utc, wall_seconds, agent_months FROM runs "
                          "WHERE id = 1");
  ASSERT_EQ(rows.size(), 1U);
  const std::vector<std::string>& r = rows[0];
  const std::string scenario = read_text(source_dir() / kShort);
  const std::string parameters = read_text(source_dir() / kParameters);
  EXPECT_EQ(r[0], "run");
  EXPECT_EQ(r[1], "short");
  EXPECT_EQ(r[2], kShort);
  EXPECT_EQ(r[3], scenario);
  EXPECT_EQ(r[4], output::sha256_hex(scenario));
  EXPECT_EQ(r[5], kParameters);
  EXPECT_EQ(r[6], parameters);
  EXPECT_EQ(r[7], output::sha256_hex(parameters));
  EXPECT_EQ(r[8], "provisional-2011");
  EXPECT_EQ(r[9], "24");
  EXPECT_EQ(r[10], "2011-06");
  EXPECT_GE(std::stoi(r[11]), 1);
  EXPECT_FALSE(r[12].empty());
  EXPECT_TRUE(is_utc_timestamp(r[13])) << r[13];
  EXPECT_TRUE(is_utc_timestamp(r[14])) << r[14];
  EXPECT_LE(r[13], r[14]);
  EXPECT_GT(std::stod(r[15]), 0.0);
  EXPECT_GT(std::stoll(r[16]), 0);
}

// The values are those of the CSV files, to the last digit the files write.
TEST_F(RecordedRuns, TheValuesAreThoseOfTheCsvFiles) {
  for (const auto& [table, file] : {std::pair{"monthly", "monthly.csv"},
                                    {"jobseekers", "jobseekers.csv"},
                                    {"yearly", "yearly.csv"}}) {
    SCOPED_TRACE(table);
    const Rows values =
        query(db(),
              "SELECT period, unit, metric, "
              "max(CASE stat WHEN 'mean' THEN value END), "
              "max(CASE stat WHEN 'p05' THEN value END), "
              "max(CASE stat WHEN 'p50' THEN value END), "
              "max(CASE stat WHEN 'p95' THEN value END) "
              "FROM run_values WHERE run_id = 2 AND table_name = '" +
                  std::string(table) + "' GROUP BY period, unit, metric ORDER BY min(rowid)");
    const Csv csv = read_csv(*dir_ / "second" / file);
    ASSERT_EQ(values.size(), csv.rows.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      std::vector<std::string> formatted(values[i].begin(), values[i].begin() + 3);
      for (std::size_t c = 3; c < 7; ++c) {
        formatted.push_back(output::format_number(std::stod(values[i][c])));
      }
      ASSERT_EQ(formatted, csv.rows[i]) << "row " << i;
    }
  }
}

TEST_F(RecordedRuns, ListShowsEveryRunNewestFirst) {
  const CliResult r = run_cli({"runs", "list", "--db", db().string()});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.err, "");
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 3U) << r.out;
  EXPECT_EQ(words_of(lines[0]),
            (std::vector<std::string>{"id", "kind", "started", "(UTC)", "scenario", "replications",
                                      "seed", "wall", "s", "agent-months/s", "version", "commit"}));
  const std::vector<std::string> newest = words_of(lines[1]);
  const std::vector<std::string> oldest = words_of(lines[2]);
  // The date and the time of the start are two words.
  ASSERT_EQ(newest.size(), 11U) << lines[1];
  ASSERT_EQ(oldest.size(), 11U) << lines[2];
  EXPECT_EQ((std::vector<std::string>{newest[0], newest[1], newest[4], newest[5], newest[6]}),
            (std::vector<std::string>{"2", "run", "short", "2", "8"}));
  EXPECT_EQ((std::vector<std::string>{oldest[0], oldest[1], oldest[4], oldest[5], oldest[6]}),
            (std::vector<std::string>{"1", "run", "short", "1", "7"}));
  EXPECT_EQ(newest[2] + "T" + newest[3] + "Z",
            single(db(), "SELECT started_utc FROM runs WHERE id = 2"));
  EXPECT_EQ(newest[9], single(db(), "SELECT engine_version FROM runs WHERE id = 2"));
  EXPECT_EQ(newest[10], single(db(), "SELECT git_commit FROM runs WHERE id = 2"));
}

TEST_F(RecordedRuns, ShowGivesTheFactsAndTheSummaryTheRunPrinted) {
  const CliResult r = run_cli({"runs", "show", "2", "--db", db().string()});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(r.out.starts_with("run 2 (run)\n")) << r.out;
  for (const std::string& fact :
       {"  scenario      short, " + kShort + " (sha256 " +
            output::sha256_hex(read_text(source_dir() / kShort)) + ")\n",
        std::string("  start         2011-06, 24 months\n"), std::string("  seed          8\n"),
        std::string("  replications  2\n"),
        std::string("  tables        monthly (1200 rows), jobseekers (600 rows), yearly (198 "
                    "rows)\n")}) {
    EXPECT_NE(r.out.find(fact), std::string::npos) << fact << "\nin\n" << r.out;
  }
  // The summary of `run`, up to its last line (where the results went).
  const std::string summary = second_.out.substr(0, second_.out.find("\nresults in "));
  ASSERT_FALSE(summary.empty());
  EXPECT_TRUE(r.out.ends_with("\n" + summary)) << r.out << "\n--- run printed\n" << second_.out;
}

TEST_F(RecordedRuns, ShowOfAnUnknownIdExitsTwo) {
  const CliResult r = run_cli({"runs", "show", "17", "--db", db().string()});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(r.err, "groeipad: runs show: no run 17 in " + db().string() + "\n");
  EXPECT_EQ(r.out, "");
}

// ---- where a run is recorded, and when it is not ---------------------------------------

TEST(RunStoreChoice, WithoutDbTheDefaultDatabaseIsUsed) {
  const TempDir dir;
  const ScopedDefaultDatabase scoped(dir / "default.sqlite");
  const CliResult r = run_cli({"run", kShort, "--out", (dir / "out").string(), "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(single(dir / "default.sqlite", "SELECT count(*) FROM runs"), "1");
  const CliResult list = run_cli({"runs", "list"});
  EXPECT_EQ(list.exit_code, 0) << describe(list);
  EXPECT_EQ(lines_of(list.out).size(), 2U) << list.out;
}

TEST(RunStoreChoice, NoDbRecordsNothing) {
  const TempDir dir;
  const ScopedDefaultDatabase scoped(dir / "default.sqlite");
  const CliResult r =
      run_cli({"run", kShort, "--out", (dir / "out").string(), "--quiet", "--no-db"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out.find("recorded"), std::string::npos) << r.out;
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out"});
}

TEST(RunStoreChoice, DbAndNoDbTogetherIsAUsageError) {
  const TempDir dir;
  const CliResult r = run_cli({"run", kShort, "--out", (dir / "out").string(), "--quiet", "--db",
                               (dir / "runs.sqlite").string(), "--no-db"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(r.err, "groeipad: --db excludes --no-db\n");
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(names_in(dir.path()).empty());
}

// Checked before the simulation: nothing is simulated or written.
TEST(RunStoreChoice, ADatabaseThatCannotBeUsedExitsOne) {
  const TempDir dir;
  const fs::path notes = dir / "notes.txt";
  std::ofstream(notes) << "keep me\n";
  const CliResult r =
      run_cli({"run", kShort, "--out", (dir / "out").string(), "--quiet", "--db", notes.string()});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err,
            "groeipad: cannot record the run in " + notes.string() + ": file is not a database\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_text(notes), "keep me\n");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"notes.txt"});
}

// ---- bad input leaves the database untouched --------------------------------------------

class UntouchedDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    const CliResult r =
        run_cli({"run", kShort, "--out", (dir_ / "out").string(), "--quiet", "--db", db_.string()});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
    bytes_ = read_text(db_);
    ASSERT_FALSE(bytes_.empty());
  }

  void expect_untouched() {
    EXPECT_EQ(read_text(db_), bytes_);
    EXPECT_EQ(names_in(db_.parent_path()), std::vector<std::string>{"runs.sqlite"});
  }

  TempDir dir_;
  fs::path db_ = dir_ / "store" / "runs.sqlite";
  std::string bytes_;
};

TEST_F(UntouchedDatabase, BadScenarioFiles) {
  for (const std::string name : {"duplicate_key", "months_zero", "missing_parameters_file"}) {
    SCOPED_TRACE(name);
    const std::string file = "tests/data/bad/" + name + ".toml";
    std::string expected = read_text(source_dir() / "tests/data/bad" / (name + ".expected"));
    if (!expected.ends_with('\n')) expected += '\n';
    const CliResult r =
        run_cli({"run", file, "--out", (dir_ / "bad").string(), "--quiet", "--db", db_.string()});
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_EQ(r.err, expected);
    EXPECT_FALSE(fs::exists(dir_ / "bad"));
    expect_untouched();
  }
}

TEST_F(UntouchedDatabase, BadCommandLines) {
  const std::string out = (dir_ / "bad").string();
  std::ofstream(dir_ / "file") << "x\n";
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"run", kShort, "--out", out, "--replications", "0"},
        std::vector<std::string>{"run", kShort, "--out", out, "--seed", "-1"},
        std::vector<std::string>{"run", kShort, "--out", (dir_ / "file").string()}}) {
    std::vector<std::string> with_db = arguments;
    with_db.insert(with_db.end(), {"--quiet", "--db", db_.string()});
    const CliResult r = run_cli(with_db);
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    expect_untouched();
  }
}

// A bad scenario creates no database where there was none.
TEST(BadInputRecordsNothing, NoDatabaseIsCreated) {
  const TempDir dir;
  const CliResult r = run_cli({"run", "tests/data/bad/months_zero.toml", "--out",
                               (dir / "out").string(), "--db", (dir / "runs.sqlite").string()});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_TRUE(names_in(dir.path()).empty());
}

// ---- runs list and runs show on what is not there ---------------------------------------

TEST(RunsCommand, AMissingDatabaseExitsTwoAndIsNotCreated) {
  const TempDir dir;
  const fs::path db = dir / "nothing.sqlite";
  for (const std::string command : {"list", "show"}) {
    std::vector<std::string> arguments = {"runs", command, "--db", db.string()};
    if (command == "show") arguments.push_back("1");
    const CliResult r = run_cli(arguments);
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_EQ(r.err, "groeipad: runs " + command + ": no database at " + db.string() + "\n");
    EXPECT_EQ(r.out, "");
  }
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(RunsCommand, AnEmptyStore) {
  const TempDir dir;
  const fs::path db = dir / "runs.sqlite";
  // A run that fails at the end (a directory where a result file goes) has opened the
  // store, and recorded nothing.
  fs::create_directories(dir / "out" / "monthly.csv");
  const CliResult run =
      run_cli({"run", kShort, "--out", (dir / "out").string(), "--quiet", "--db", db.string()});
  EXPECT_EQ(run.exit_code, 1) << describe(run);
  const CliResult r = run_cli({"runs", "list", "--db", db.string()});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out, "no runs in " + db.string() + "\n");
}

TEST(RunsCommand, WithoutSubcommandIsAUsageError) {
  const CliResult r = run_cli({"runs"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST(RunsCommand, AnIdThatIsNotANumberIsAUsageError) {
  const TempDir dir;
  const CliResult r = run_cli({"runs", "show", "first", "--db", (dir / "runs.sqlite").string()});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

}  // namespace
}  // namespace groeipad::cli_test
