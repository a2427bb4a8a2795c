// Processes that record into the same database at the same time (two runs started
// together, a notebook reading) wait for each other within the busy timeout: every run
// is recorded, whole, with an id of its own.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <set>
#include <thread>
#include <vector>

#include "groeipad/store/run_store.hpp"
#include "store_test_support.hpp"

namespace groeipad::store::test {
namespace {

constexpr int kRunsPerProcess = 8;
constexpr int kRows = 2000;  // transactions long enough to overlap

// A child process that opens the store and records its runs; exit code 0 when all were.
pid_t record_in_child(const fs::path& file, std::uint64_t first_seed) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  int code = 0;
  try {
    RunStore store = RunStore::open(file);
    for (int i = 0; i < kRunsPerProcess; ++i) store.record(sample_run(first_seed + i, kRows));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "child: %s\n", e.what());
    code = 1;
  }
  ::_exit(code);  // no test teardown in the child
}

int wait_for(pid_t pid) {
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Both start on a database that does not exist yet: creating the schema races too.
TEST(Concurrency, TwoProcessesRecordingAtOnceBothSucceed) {
  const TempDir dir;
  const fs::path file = dir / "runs" / "groeipad.sqlite";
  const pid_t a = record_in_child(file, 100);
  const pid_t b = record_in_child(file, 200);
  ASSERT_GT(a, 0);
  ASSERT_GT(b, 0);
  EXPECT_EQ(wait_for(a), 0);
  EXPECT_EQ(wait_for(b), 0);

  const RunStore store = RunStore::open_existing(file);
  const std::vector<RunSummary> runs = store.list();
  ASSERT_EQ(runs.size(), 2U * kRunsPerProcess);
  std::set<std::int64_t> ids;
  std::set<std::uint64_t> seeds;
  for (const RunSummary& r : runs) {
    ids.insert(r.id);
    seeds.insert(r.seed);
  }
  EXPECT_EQ(ids.size(), runs.size());
  EXPECT_EQ(seeds.size(), runs.size());
  EXPECT_EQ(counts(file).values,
            static_cast<std::int64_t>(runs.size() * value_count(sample_run(1, kRows))));
  expect_same_run(*store.show(runs.front().id), sample_run(runs.front().seed, kRows));
}

// A writer that holds the database for less than the busy timeout is waited for.
TEST(Concurrency, ALockHeldBrieflyIsWaitedFor) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  RunStore store = RunStore::open(file);
  Sql other(file);
  other.execute("BEGIN IMMEDIATE");
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    other.execute("COMMIT");
  });
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(store.record(sample_run()), 1);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(250));
  release.join();
}

// A reader in the middle of a read does not hold up a run being recorded (WAL).
TEST(Concurrency, AReaderDoesNotBlockARecord) {
  const TempDir dir;
  const fs::path file = dir / "runs.sqlite";
  RunStore store = RunStore::open(file, std::chrono::milliseconds(100));
  store.record(sample_run(1));
  Sql reader(file);
  reader.execute("BEGIN; SELECT count(*) FROM run_values;");
  EXPECT_EQ(store.record(sample_run(2)), 2);
  EXPECT_EQ(reader.integer("SELECT count(*) FROM runs"), 1);  // its snapshot
  reader.execute("COMMIT");
  EXPECT_EQ(reader.integer("SELECT count(*) FROM runs"), 2);
}

}  // namespace
}  // namespace groeipad::store::test
