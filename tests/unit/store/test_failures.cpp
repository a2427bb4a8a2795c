// A run is recorded whole or not at all: a failure anywhere in the transaction (a row the
// schema refuses, a full disk, a lock held too long) leaves no row of it behind, and the
// store goes on working.

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "groeipad/store/run_store.hpp"
#include "groeipad/store/store_error.hpp"
#include "store_test_support.hpp"

namespace groeipad::store::test {
namespace {

using std::chrono::milliseconds;

// A store with one run in it already, so that "unchanged" is not "empty".
class FailingRecord : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.record(sample_run(1));
    before_ = counts(file_);
  }

  // Recording `run` fails with a StoreError naming the file and saying `reason`, and
  // leaves the counts as they were.
  void expect_failure(const StoredRun& run, const std::string& reason) {
    try {
      store_.record(run);
      ADD_FAILURE() << "no StoreError";
    } catch (const StoreError& e) {
      EXPECT_EQ(e.path(), file_);
      EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
      EXPECT_EQ(std::string(e.what()).find(file_.string()), 0U) << e.what();
    }
    EXPECT_EQ(counts(file_), before_);
  }

  TempDir dir_;
  fs::path file_ = dir_ / "runs.sqlite";
  RunStore store_ = RunStore::open(file_);
  Counts before_;
};

// Refused after the run's row and hundreds of values went in.
TEST_F(FailingRecord, ARowTheSchemaRefusesLateInTheLastTable) {
  StoredRun run = sample_run(2, 300);
  run.tables[2].rows[50].metric = "";
  expect_failure(run, "CHECK constraint failed");
  // The failed run took no id: the next one follows the last recorded.
  EXPECT_EQ(store_.record(sample_run(3)), 2);
}

TEST_F(FailingRecord, ATableWithoutAName) {
  StoredRun run = sample_run(2);
  run.tables[1].name = "";
  expect_failure(run, "CHECK constraint failed");
}

TEST_F(FailingRecord, TheRunsOwnRow) {
  StoredRun run = sample_run(2);
  run.replications = 0;
  expect_failure(run, "CHECK constraint failed");
}

// A seed is stored as it is or not at all: beyond the signed range it would wrap.
TEST_F(FailingRecord, ASeedBeyondTheSignedRange) {
  expect_failure(sample_run(9223372036854775808ULL), "CHECK constraint failed");
}

// As a full disk would, part of the way through the values.
TEST_F(FailingRecord, AWriteThatFailsPartOfTheWay) {
  Sql(file_).execute(
      "CREATE TRIGGER fail_late BEFORE INSERT ON run_values "
      "WHEN (SELECT count(*) FROM run_values) >= 1000 "
      "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
  expect_failure(sample_run(2, 600), "database or disk is full");
  Sql(file_).execute("DROP TRIGGER fail_late");
  const std::int64_t id = store_.record(sample_run(3, 600));
  expect_same_run(*store_.show(id), sample_run(3, 600));
}

// Another process writing for longer than the busy timeout.
TEST_F(FailingRecord, LockedBeyondTheBusyTimeout) {
  RunStore impatient = RunStore::open(file_, milliseconds(200));
  Sql other(file_);
  other.execute("BEGIN IMMEDIATE");
  const auto start = std::chrono::steady_clock::now();
  try {
    impatient.record(sample_run(2));
    ADD_FAILURE() << "no StoreError";
  } catch (const StoreError& e) {
    EXPECT_EQ(
        std::string(e.what()),
        file_.string() + ": database is locked (another process held it for more than 0.2 s)");
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start, milliseconds(150));
  other.execute("COMMIT");
  EXPECT_EQ(counts(file_), before_);
  EXPECT_EQ(impatient.record(sample_run(2)), 2);
}

}  // namespace
}  // namespace groeipad::store::test
