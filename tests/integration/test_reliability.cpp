// What a run promises when things go wrong: --check finds a broken identity and stops
// with exit code 3 and a message to replay it by; a stopped run's finished replications
// are taken up by --resume and nothing else; a full disk leaves no partial file; and
// --dry-run predicts the memory a run takes and refuses one the machine cannot hold.
// (The kill -9 trials are tests/integration/kill_resume.sh.)

#include <cstdlib>
#include <regex>

#include "cli_test_support.hpp"

namespace groeipad::cli_test {
namespace {

const std::string kShort = "tests/data/cli/short.toml";
const std::vector<std::string> kResults = {"jobseekers.csv", "manifest.json", "monthly.csv",
                                           "yearly.csv"};

// GROEIPAD_TEST_FAULT for the programs a test starts, gone when the test ends.
class FaultVariable {
 public:
  explicit FaultVariable(const char* value) { ::setenv("GROEIPAD_TEST_FAULT", value, 1); }
  ~FaultVariable() { ::unsetenv("GROEIPAD_TEST_FAULT"); }
  FaultVariable(const FaultVariable&) = delete;
  FaultVariable& operator=(const FaultVariable&) = delete;
};

std::vector<std::string> short_run(const fs::path& out, std::vector<std::string> extra) {
  std::vector<std::string> arguments = {"run",     kShort,    "--out",     out.string(),
                                        "--quiet", "--no-db", "--threads", "2"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  return arguments;
}

void expect_same_results(const fs::path& a, const fs::path& b) {
  for (const std::string name : {"monthly.csv", "jobseekers.csv", "yearly.csv"}) {
    EXPECT_EQ(read_text(a / name), read_text(b / name)) << name;
  }
}

// ---- --check --------------------------------------------------------------------------

TEST(Check, PassesOnAScenarioAndChangesNoByte) {
  const TempDir dir;
  const CliResult plain = run_cli(short_run(dir / "plain", {"--replications", "3"}));
  const CliResult checked = run_cli(short_run(dir / "checked", {"--replications", "3", "--check"}));
  ASSERT_EQ(plain.exit_code, 0) << describe(plain);
  ASSERT_EQ(checked.exit_code, 0) << describe(checked);
  EXPECT_EQ(checked.err, "");
  expect_same_results(dir / "plain", dir / "checked");
}

TEST(Check, ABrokenIdentityStopsTheRunWithExitCode3AndWhereToReplayIt) {
  const TempDir dir;
  const FaultVariable fault("1:5");
  const CliResult r = run_cli(short_run(dir / "out", {"--replications", "3", "--check"}));
  EXPECT_EQ(r.exit_code, 3) << describe(r);
  const std::string expected =
      "groeipad: check failed: programme stock (personen = previous personen + instroom - "
      "uitstroom) in month 2011-11 (month 5), programme BW, replication 1, seed 20111025: "
      "expected ";
  EXPECT_TRUE(r.err.starts_with(expected)) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

// ---- checkpoints and --resume ----------------------------------------------------------

// A run whose results cannot be written (a directory in the way of monthly.csv) keeps
// its finished replications; the next run must say --resume, with the same inputs.
TEST(Resume, TakesUpTheReplicationsOfAStoppedRunAndOnlyWithItsInputs) {
  const TempDir dir;
  const fs::path out = dir / "out";
  fs::create_directories(out / "monthly.csv");
  const CliResult failed = run_cli(short_run(out, {"--replications", "3"}));
  ASSERT_EQ(failed.exit_code, 1) << describe(failed);
  const fs::path partial = dir / "out.partial";
  EXPECT_EQ(names_in(partial),
            (std::vector<std::string>{"lock", "replication-000000.txt", "replication-000001.txt",
                                      "replication-000002.txt", "run.txt", "started.txt"}));
  fs::remove(out / "monthly.csv");

  const CliResult again = run_cli(short_run(out, {"--replications", "3"}));
  EXPECT_EQ(again.exit_code, 2) << describe(again);
  EXPECT_EQ(again.err, "groeipad: " + partial.string() +
                           " holds the finished replications of an interrupted run: add --resume "
                           "to go on with it, or remove it to start again\n");

  const CliResult other =
      run_cli(short_run(out, {"--replications", "3", "--seed", "7", "--resume"}));
  EXPECT_EQ(other.exit_code, 2) << describe(other);
  EXPECT_EQ(other.err, "groeipad: " + partial.string() +
                           " holds the checkpoint of another run (seed: 20111025 there, 7 here): "
                           "remove it, or run with its inputs\n");

  const CliResult resumed = run_cli(short_run(out, {"--replications", "3", "--resume"}));
  ASSERT_EQ(resumed.exit_code, 0) << describe(resumed);
  EXPECT_NE(resumed.out.find("resumed: 3 of 3 replications"), std::string::npos) << resumed.out;
  EXPECT_FALSE(fs::exists(partial));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out"});

  const CliResult fresh = run_cli(short_run(dir / "fresh", {"--replications", "3"}));
  ASSERT_EQ(fresh.exit_code, 0) << describe(fresh);
  expect_same_results(out, dir / "fresh");
}

// A damaged replication file is simulated again, not trusted.
TEST(Resume, SimulatesAgainAReplicationWhoseFileIsDamaged) {
  const TempDir dir;
  const fs::path out = dir / "out";
  fs::create_directories(out / "monthly.csv");
  ASSERT_EQ(run_cli(short_run(out, {"--replications", "2"})).exit_code, 1);
  fs::remove(out / "monthly.csv");
  const fs::path file = dir / "out.partial" / "replication-000001.txt";
  std::string text = read_text(file);
  text[text.size() / 2] = text[text.size() / 2] == '1' ? '2' : '1';
  std::ofstream(file, std::ios::binary) << text;
  const CliResult resumed = run_cli(short_run(out, {"--replications", "2", "--resume"}));
  ASSERT_EQ(resumed.exit_code, 0) << describe(resumed);
  EXPECT_NE(resumed.out.find("resumed: 1 of 2 replications"), std::string::npos) << resumed.out;
  ASSERT_EQ(run_cli(short_run(dir / "fresh", {"--replications", "2"})).exit_code, 0);
  expect_same_results(out, dir / "fresh");
}

// ---- a full disk --------------------------------------------------------------------

// The file size limit (ulimit -f, with SIGXFSZ ignored) makes writes fail as a full disk
// does; `limit_kib` lets the checkpoint's files through but not monthly.csv.
CliResult run_with_file_limit(const fs::path& out, int limit_kib) {
  const std::string command = "trap '' XFSZ; ulimit -f " + std::to_string(limit_kib) + "; exec " +
                              std::string(GROEIPAD_CLI) + " run " + kShort + " --out " +
                              out.string() + " --quiet --no-db --threads 2";
  return run_program("/bin/sh", {"-c", command});
}

TEST(FullDisk, AResultFileThatCannotBeWrittenLeavesNoPartialFile) {
  const TempDir dir;
  const fs::path out = dir / "out";
  const CliResult r = run_with_file_limit(out, 40);
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err, "groeipad: cannot write " + out.string() + ": monthly.csv: File too large\n");
  EXPECT_FALSE(fs::exists(out));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.partial"});
}

TEST(FullDisk, ACheckpointThatCannotBeWrittenStopsTheRun) {
  const TempDir dir;
  const fs::path out = dir / "out";
  const CliResult r = run_with_file_limit(out, 8);
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_TRUE(std::regex_match(r.err, std::regex("groeipad: cannot write .*out\\.partial/"
                                                 "replication-00000.\\.txt: File too large\n")))
      << r.err;
  EXPECT_FALSE(fs::exists(out));
}

// ---- --dry-run and memory -------------------------------------------------------------

TEST(DryRun, PrintsThePredictionAndWritesNothing) {
  const TempDir dir;
  const CliResult r = run_cli({"run", kShort, "--out", (dir / "out").string(), "--dry-run",
                               "--replications", "20", "--threads", "2"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex("^dry run of short: 207467 persons at the start \\(population scale 1\\), "
                        "24 months, [12] replication\\(s\\) at a time on 2 thread\\(s\\)\n"
                        "predicted peak memory: [0-9]+ MiB")))
      << r.out;
  EXPECT_TRUE(names_in(dir.path()).empty());
}

// Refused before anything is built or written, with what the run would need.
TEST(DryRun, RefusesARunBeyondItsMemorySayingHowMuchItNeeds) {
  const TempDir dir;
  for (const bool dry : {true, false}) {
    std::vector<std::string> arguments = {"run",          kShort, "--out",  (dir / "out").string(),
                                          "--max-memory", "0.01", "--quiet"};
    if (dry) arguments.emplace_back("--dry-run");
    const CliResult r = run_cli(arguments, CliInput{std::nullopt, 20});
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_TRUE(std::regex_match(
        r.err, std::regex("groeipad: this run needs about [0-9]+ MiB of memory \\(207467 "
                          "persons, [12] replication\\(s\\) at a time\\), more than the 10 "
                          "MiB available \\(--max-memory\\): use fewer threads or replications, "
                          "or a smaller population.scale\n")))
        << r.err;
    EXPECT_FALSE(fs::exists(dir / "out"));
  }
}

// Without --max-memory the limit is what the machine has; only a dry run here, which
// builds nothing, so that the test never starts a run too big for the machine.
TEST(DryRun, ComparesWithTheMemoryTheMachineHas) {
  const TempDir dir;
  const fs::path scenario = dir / "huge.toml";
  std::ofstream(scenario) << "base = \"" << (source_dir() / kShort).string()
                          << "\"\nname = \"huge\"\nmonths = 1200\n[population]\nscale = 1000\n";
  const CliResult r = run_cli({"run", scenario.string(), "--dry-run", "--replications", "100000"});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      r.out, m,
      std::regex("predicted peak memory: ([0-9.]+) GiB .*; ([0-9.]+) ([MG])iB available \\(")))
      << r.out;
  const double needed = std::stod(m[1]);
  const double available = std::stod(m[2]) / (m[3] == "M" ? 1024.0 : 1.0);
  EXPECT_GT(needed, 60.0);  // 100000 replications of 1200 months' tables alone take more
  EXPECT_EQ(r.exit_code, needed > available ? 2 : 0) << describe(r);
}

// The prediction against the kernel's count of the run's peak resident memory, on a
// population large enough (two million persons) that the program's fixed part does not
// hide a wrong count of the population.
TEST(DryRun, PredictsPeakMemoryWithinTwentyPercent) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "a sanitizer's shadow memory is not the program's";
#endif
  const TempDir dir;
  const std::string scenario = "tests/data/cli/short-x10.toml";
  for (const std::string replications : {"1", "2"}) {
    const CliResult dry =
        run_cli({"run", scenario, "--dry-run", "--threads", "2", "--replications", replications});
    ASSERT_EQ(dry.exit_code, 0) << describe(dry);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(dry.out, m, std::regex("predicted peak memory: ([0-9]+) MiB")))
        << dry.out;
    const double predicted_mib = std::stod(m[1]);
    const CliResult run =
        run_cli({"run", scenario, "--out", (dir / replications).string(), "--threads", "2",
                 "--replications", replications, "--quiet", "--no-db"});
    ASSERT_EQ(run.exit_code, 0) << describe(run);
    const double measured_mib = static_cast<double>(run.max_rss_kib) / 1024.0;
    EXPECT_NEAR(predicted_mib / measured_mib, 1.0, 0.2)
        << replications << " replication(s): predicted " << predicted_mib << " MiB, measured "
        << measured_mib << " MiB";
  }
}

}  // namespace
}  // namespace groeipad::cli_test
