// The groeipad program end to end: what a run writes, that its results depend on the
// seed and on nothing else, the exit codes and one-line messages of bad usage, and the
// exact message for every file of the bad-input corpus in tests/data/bad.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "groeipad/output/sha256.hpp"

namespace groeipad::cli_test {
namespace {

// A 24-month run of the baseline from 2011-06: fast, and covers three calendar years.
const std::string kShort = "tests/data/cli/short.toml";
constexpr int kShortMonths = 24;

const std::vector<std::string> kCsvFiles = {"monthly.csv", "jobseekers.csv", "yearly.csv"};
const std::vector<std::string> kProgrammes = {"BW", "SW", "INV_DC", "INV_NDC", "LDE", "AZ"};

// Runs the short scenario into DIR/out with extra arguments; a failed run fails the test.
fs::path run_short(const TempDir& dir, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> arguments = {"run", kShort, "--out", (dir / "out").string(), "--quiet"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  const CliResult r = run_cli(arguments);
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  return dir / "out";
}

// Exactly one line: text, then a single newline at the end.
bool is_one_line(const std::string& text) {
  return text.size() > 1 && text.back() == '\n' && std::count(text.begin(), text.end(), '\n') == 1;
}

// ---- one run of the short scenario, looked at from every side --------------------------

class ShortRun : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    result_ = run_cli({"run", kShort, "--out", (*dir_ / "out").string(), "--quiet"});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  void SetUp() override { ASSERT_EQ(result_.exit_code, 0) << describe(result_); }

  static fs::path out() { return *dir_ / "out"; }

  static std::unique_ptr<TempDir> dir_;
  static CliResult result_;
};

std::unique_ptr<TempDir> ShortRun::dir_;
CliResult ShortRun::result_;

TEST_F(ShortRun, WritesTheFourFilesAndNothingElse) {
  EXPECT_EQ(names_in(out()), (std::vector<std::string>{"jobseekers.csv", "manifest.json",
                                                       "monthly.csv", "yearly.csv"}));
}

TEST_F(ShortRun, LeavesNoTemporaryFilesNextToTheOutput) {
  EXPECT_EQ(names_in(dir_->path()), std::vector<std::string>{"out"});
}

TEST_F(ShortRun, QuietRunWritesNothingOnStderr) {
  EXPECT_EQ(result_.err, "");
  EXPECT_NE(result_.out.find("results in"), std::string::npos) << result_.out;
}

TEST_F(ShortRun, CsvHeaders) {
  EXPECT_EQ(read_csv(out() / "monthly.csv").header, "month,programme,metric,mean,p05,p50,p95");
  EXPECT_EQ(read_csv(out() / "jobseekers.csv").header, "month,group,metric,mean,p05,p50,p95");
  EXPECT_EQ(read_csv(out() / "yearly.csv").header, "year,programme,metric,mean,p05,p50,p95");
}

TEST_F(ShortRun, MonthlyHasEveryMonthProgrammeAndMetric) {
  const Csv csv = read_csv(out() / "monthly.csv");
  const std::vector<std::string> metrics = {"instroom",      "uitstroom", "uitstroom_werk",
                                            "personen",      "vte",       "capaciteit_vte",
                                            "open_plaatsen", "pool"};
  EXPECT_EQ(csv.rows.size(), static_cast<std::size_t>(kShortMonths + 1) * 6 * 8);
  EXPECT_EQ(distinct(csv, 1), kProgrammes);
  EXPECT_EQ(distinct(csv, 2), metrics);
  const std::vector<std::string> months = distinct(csv, 0);
  ASSERT_EQ(months.size(), static_cast<std::size_t>(kShortMonths + 1));
  EXPECT_EQ(months.front(), "2011-06");
  EXPECT_EQ(months.back(), "2013-06");
  for (const auto& row : csv.rows) EXPECT_EQ(row.size(), 7U);
}

// The first month is the start state: stocks, but no flows yet.
TEST_F(ShortRun, StartMonthHasNoFlows) {
  const Csv csv = read_csv(out() / "monthly.csv");
  int flows = 0;
  for (const auto& row : csv.rows) {
    if (row[0] != "2011-06") continue;
    if (row[2] == "instroom" || row[2] == "uitstroom" || row[2] == "uitstroom_werk") {
      ++flows;
      EXPECT_EQ(row[3], "0") << row[1] << " " << row[2];
    }
    if (row[1] == "BW" && row[2] == "personen") {
      EXPECT_EQ(row[3], "15955");
    }
  }
  EXPECT_EQ(flows, 6 * 3);
}

TEST_F(ShortRun, JobseekersHasEveryGroupAndMetric) {
  const Csv csv = read_csv(out() / "jobseekers.csv");
  EXPECT_EQ(csv.rows.size(), static_cast<std::size_t>(kShortMonths + 1) * 6 * 4);
  EXPECT_EQ(distinct(csv, 1), (std::vector<std::string>{"totaal", "A", "H", "O", "K", "geen"}));
  EXPECT_EQ(distinct(csv, 2),
            (std::vector<std::string>{"nwwz", "naar_werk", "nieuw", "langdurig_2j"}));
  EXPECT_EQ(distinct(csv, 0).front(), "2011-06");
}

TEST_F(ShortRun, YearlyHasEveryYearProgrammeAndMetric) {
  const Csv csv = read_csv(out() / "yearly.csv");
  const std::vector<std::string> metrics = {"bereik",        "B1",       "B2",       "C",
                                            "C_B1",          "C_A",      "instroom", "uitstroom",
                                            "personen_eind", "vte_eind", "rotatie"};
  EXPECT_EQ(distinct(csv, 0), (std::vector<std::string>{"2011", "2012", "2013"}));
  EXPECT_EQ(distinct(csv, 1), kProgrammes);
  EXPECT_EQ(distinct(csv, 2), metrics);
  EXPECT_EQ(csv.rows.size(), std::size_t{3} * 6 * metrics.size());
}

TEST_F(ShortRun, ManifestRecordsTheRun) {
  const auto manifest = nlohmann::ordered_json::parse(read_text(out() / "manifest.json"));
  EXPECT_EQ(manifest.at("scenario"), "short");
  EXPECT_EQ(manifest.at("scenario_file"), kShort);
  EXPECT_EQ(manifest.at("scenario_sha256"), output::sha256_hex(read_text(source_dir() / kShort)));
  EXPECT_EQ(manifest.at("seed"), 20111025);
  EXPECT_EQ(manifest.at("replications"), 1);
  EXPECT_GE(manifest.at("threads").get<int>(), 1);
  EXPECT_FALSE(manifest.at("engine_version").get<std::string>().empty());
  EXPECT_TRUE(manifest.at("git_commit").is_string());
  EXPECT_EQ(manifest.at("start_month"), "2011-06");
  EXPECT_EQ(manifest.at("months"), kShortMonths);
  EXPECT_GE(manifest.at("wall_seconds").get<double>(), 0.0);
}

TEST_F(ShortRun, ManifestRecordsTheParametersFile) {
  const auto manifest = nlohmann::ordered_json::parse(read_text(out() / "manifest.json"));
  const std::string parameters = "calibration/params/provisional-2011.toml";
  EXPECT_EQ(manifest.at("description"), "Baseline capacity, 24 months from June 2011");
  EXPECT_EQ(manifest.at("parameters_file"), parameters);
  EXPECT_EQ(manifest.at("parameters_sha256"),
            output::sha256_hex(read_text(source_dir() / parameters)));
  EXPECT_EQ(manifest.at("parameters_label"), "provisional-2011");
  // The scenario's fields first, then its parameters file's.
  std::vector<std::string> first;
  for (const auto& [key, value] : manifest.items()) {
    if (first.size() < 7) first.push_back(key);
  }
  EXPECT_EQ(first,
            (std::vector<std::string>{"scenario", "scenario_file", "scenario_sha256", "description",
                                      "parameters_file", "parameters_sha256", "parameters_label"}));
}

TEST_F(ShortRun, OneReplicationHasNoSpread) {
  for (const std::string& name : kCsvFiles) {
    for (const auto& row : read_csv(out() / name).rows) {
      ASSERT_EQ(row.size(), 7U);
      EXPECT_TRUE(row[3] == row[4] && row[4] == row[5] && row[5] == row[6])
          << name << ": " << row[0] << "," << row[1] << "," << row[2];
    }
  }
}

// The digests are of the bytes the run read, taken before it simulates: a scenario read
// from a pipe (`groeipad run <(...)`, or /dev/stdin) cannot be read a second time.
TEST(RunManifest, DigestOfAScenarioReadFromAPipe) {
  const TempDir dir;
  const fs::path parameters = source_dir() / "calibration" / "params" / "provisional-2011.toml";
  const std::string scenario = "name = \"piped\"\nparameters = \"" + parameters.string() +
                               "\"\nstart = \"2011-06\"\nmonths = 2\n";
  const CliResult r = run_cli({"run", "/dev/stdin", "--out", (dir / "out").string(), "--quiet"},
                              CliInput{scenario, 0});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto manifest = nlohmann::ordered_json::parse(read_text(dir / "out" / "manifest.json"));
  EXPECT_EQ(manifest.at("scenario_sha256"), output::sha256_hex(scenario));
  EXPECT_EQ(manifest.at("parameters_sha256"), output::sha256_hex(read_text(parameters)));
}

// ---- results depend on the seed and on nothing else --------------------------------------

TEST(RunDeterminism, SameResultsOnOneAndTwoThreads) {
  const TempDir one;
  const TempDir two;
  const fs::path a = run_short(one, {"--threads", "1", "--replications", "2"});
  const fs::path b = run_short(two, {"--threads", "2", "--replications", "2"});
  for (const std::string& name : kCsvFiles) {
    EXPECT_EQ(read_text(a / name), read_text(b / name)) << name;
  }
}

TEST(RunDeterminism, SameResultsForTheSameSeed) {
  const TempDir first;
  const TempDir second;
  const fs::path a = run_short(first, {"--seed", "7"});
  const fs::path b = run_short(second, {"--seed", "7"});
  for (const std::string& name : kCsvFiles) {
    EXPECT_EQ(read_text(a / name), read_text(b / name)) << name;
  }
}

TEST(RunDeterminism, OtherResultsForAnotherSeed) {
  const TempDir first;
  const TempDir second;
  const fs::path a = run_short(first, {"--seed", "7"});
  const fs::path b = run_short(second, {"--seed", "8"});
  for (const std::string& name : kCsvFiles) {
    EXPECT_NE(read_text(a / name), read_text(b / name)) << name;
  }
}

// ---- statistics over replications -------------------------------------------------------

TEST(RunStatistics, PercentilesAreOrderedAndHoldTheMean) {
  const TempDir dir;
  const fs::path out = run_short(dir, {"--replications", "3"});
  int spread = 0;
  for (const std::string& name : kCsvFiles) {
    const Csv csv = read_csv(out / name);
    ASSERT_FALSE(csv.rows.empty()) << name;
    for (const auto& row : csv.rows) {
      ASSERT_EQ(row.size(), 7U);
      const double mean = std::stod(row[3]);
      const double p05 = std::stod(row[4]);
      const double p50 = std::stod(row[5]);
      const double p95 = std::stod(row[6]);
      const std::string where = name + ": " + row[0] + "," + row[1] + "," + row[2];
      EXPECT_LE(p05, p50) << where;
      EXPECT_LE(p50, p95) << where;
      EXPECT_LE(p05, mean) << where;
      EXPECT_LE(mean, p95) << where;
      if (p05 < p95) ++spread;
    }
  }
  // Three replications with their own random numbers do not all agree.
  EXPECT_GT(spread, 0);
}

// ---- validate --------------------------------------------------------------------------

TEST(ValidateCommand, GoodScenarioExitsZero) {
  const CliResult r = run_cli({"validate", kShort});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find(": ok"), std::string::npos) << r.out;
}

// ---- usage errors: exit 2, one line on stderr, nothing written ---------------------------

void expect_usage_error(const std::vector<std::string>& arguments) {
  const CliResult r = run_cli(arguments);
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_TRUE(is_one_line(r.err)) << describe(r);
  EXPECT_EQ(r.out, "") << describe(r);
}

TEST(UsageError, NoSubcommand) { expect_usage_error({}); }

TEST(UsageError, UnknownSubcommand) {
  expect_usage_error({"simulate", kShort});
  EXPECT_EQ(run_cli({"simulate", kShort}).err,
            "groeipad: unknown command \"simulate\", expected run, compare, validate, runs, audit "
            "or calibrate\n");
}

TEST(UsageError, MissingScenarioArgument) {
  expect_usage_error({"run"});
  expect_usage_error({"validate"});
}

TEST(UsageError, ZeroReplications) {
  const TempDir dir;
  const std::vector<std::string> arguments = {
      "run", kShort, "--out", (dir / "out").string(), "--replications", "0"};
  expect_usage_error(arguments);
  EXPECT_EQ(run_cli(arguments).err,
            "groeipad: --replications: expected a count from 1 to 100000, found 0\n");
  EXPECT_TRUE(names_in(dir.path()).empty());
}

// The seed of the command line has the range of the scenario file's: 0..2^63-1.
TEST(UsageError, SeedOutOfRange) {
  const TempDir dir;
  for (const std::string seed : {"-1", "9223372036854775808", "18446744073709551615"}) {
    SCOPED_TRACE("--seed " + seed);
    const std::vector<std::string> arguments = {"run",    kShort, "--out", (dir / "out").string(),
                                                "--seed", seed};
    expect_usage_error(arguments);
    EXPECT_EQ(
        run_cli(arguments).err,
        "groeipad: --seed: expected an integer in 0..9223372036854775807, found " + seed + "\n");
  }
  const CliResult r = run_cli({"run", kShort, "--out", (dir / "out").string(), "--seed", "x1"});
  EXPECT_EQ(r.err,
            "groeipad: --seed: expected an integer in 0..9223372036854775807, found \"x1\"\n");
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(RunOptions, LargestSeed) {
  const TempDir dir;
  const fs::path out = run_short(dir, {"--seed", "9223372036854775807"});
  const auto manifest = nlohmann::ordered_json::parse(read_text(out / "manifest.json"));
  EXPECT_EQ(manifest.at("seed").get<std::uint64_t>(), 9223372036854775807U);
}

TEST(UsageError, NegativeThreads) {
  const TempDir dir;
  expect_usage_error({"run", kShort, "--out", (dir / "out").string(), "--threads", "-1"});
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(UsageError, OutNamesARegularFile) {
  const TempDir dir;
  const fs::path file = dir / "results.txt";
  std::ofstream(file) << "keep me\n";
  expect_usage_error({"run", kShort, "--out", file.string(), "--quiet"});
  EXPECT_EQ(run_cli({"run", kShort, "--out", file.string(), "--quiet"}).err,
            "groeipad: --out: expected a directory, found a file: " + file.string() + "\n");
  EXPECT_EQ(read_text(file), "keep me\n");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"results.txt"});
}

// ---- an output location that cannot be written: exit 1, one line, nothing left behind ---

// Checked before simulating: the many replications asked for would take minutes, the
// check a moment.
TEST(OutputError, OutUnderAFileIsReportedBeforeSimulating) {
  const CliResult r = run_cli({"run", kShort, "--out", "/dev/null/x", "--quiet", "--threads", "1",
                               "--replications", "20000"},
                              CliInput{std::nullopt, 20});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err, "groeipad: cannot write /dev/null/x: /dev/null: Not a directory\n");
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(fs::exists("/dev/null/x"));
}

TEST(OutputError, OutInADirectoryWithoutWritePermission) {
  if (::geteuid() == 0) GTEST_SKIP() << "permissions do not hold for root";
  const TempDir dir;
  fs::create_directory(dir / "locked");
  fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
  const fs::path out = dir / "locked" / "new" / "out";
  const CliResult r = run_cli({"run", kShort, "--out", out.string(), "--quiet"});
  fs::permissions(dir / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err, "groeipad: cannot write " + out.string() + ": " + (dir / "locked").string() +
                       ": Permission denied\n");
  EXPECT_TRUE(names_in(dir / "locked").empty());
}

// A write that fails at the end (here a directory in the way of a result file; a full
// disk likewise) is reported as such, not as an internal error.
TEST(OutputError, FinalWriteFails) {
  const TempDir dir;
  const fs::path out = dir / "out";
  fs::create_directories(out / "monthly.csv");
  std::ofstream(out / "monthly.csv" / "keep") << "keep me\n";
  const CliResult r = run_cli({"run", kShort, "--out", out.string(), "--quiet"});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err, "groeipad: cannot write " + out.string() + ": monthly.csv: Is a directory\n");
  EXPECT_EQ(names_in(out), std::vector<std::string>{"monthly.csv"});
  EXPECT_EQ(read_text(out / "monthly.csv" / "keep"), "keep me\n");
}

// ---- where a run writes ----------------------------------------------------------------

// As `out/<scenario name>` on a fresh clone, where out/ does not exist yet.
TEST(RunOutput, OutUnderMissingDirectoriesCreatesThem) {
  const TempDir dir;
  const fs::path out = dir / "missing" / "deeper" / "out";
  const CliResult r = run_cli({"run", kShort, "--out", out.string(), "--quiet"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(names_in(out), (std::vector<std::string>{"jobseekers.csv", "manifest.json",
                                                     "monthly.csv", "yearly.csv"}));
  EXPECT_EQ(names_in(dir / "missing" / "deeper"), std::vector<std::string>{"out"});
}

// A second run into the same directory replaces the files in place, through temporary
// names that must not survive.
TEST(RunOutput, RunIntoAnExistingDirectoryLeavesNoTemporaryFiles) {
  const TempDir dir;
  const fs::path out = run_short(dir, {"--seed", "7"});
  const std::string first = read_text(out / "monthly.csv");
  run_short(dir, {"--seed", "8"});
  EXPECT_NE(read_text(out / "monthly.csv"), first);
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out"});
  EXPECT_EQ(names_in(out), (std::vector<std::string>{"jobseekers.csv", "manifest.json",
                                                     "monthly.csv", "yearly.csv"}));
}

// ---- the bad-input corpus: tests/data/bad/NAME.toml with NAME.expected ------------------

fs::path bad_dir() { return source_dir() / "tests" / "data" / "bad"; }

// The names of the corpus files, sorted; parameters files they point to live in params/.
std::vector<std::string> bad_cases() {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(bad_dir(), error)) {
    if (entry.path().extension() == ".toml") names.push_back(entry.path().stem());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The expected stderr: the sidecar's one line (its trailing newline is the file's, not
// part of the message), then the newline the program ends it with.
std::string expected_message(const std::string& name) {
  std::string text = read_text(bad_dir() / (name + ".expected"));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text + "\n";
}

TEST(BadInputCorpus, HasAtLeastFortyCases) { EXPECT_GE(bad_cases().size(), 40U); }

TEST(BadInputCorpus, EveryCaseHasItsExpectedMessage) {
  for (const std::string& name : bad_cases()) {
    EXPECT_TRUE(fs::is_regular_file(bad_dir() / (name + ".expected"))) << name;
  }
  for (const auto& entry : fs::directory_iterator(bad_dir())) {
    if (entry.path().extension() != ".expected") continue;
    EXPECT_TRUE(fs::is_regular_file(fs::path(entry.path()).replace_extension(".toml")))
        << entry.path();
  }
}

class BadInput : public ::testing::TestWithParam<std::string> {};

// Both commands read the whole input before doing anything, so both report the same line;
// run must not leave an output directory behind.
TEST_P(BadInput, ValidateAndRunReportTheExpectedLine) {
  const std::string file = "tests/data/bad/" + GetParam() + ".toml";
  const std::string expected = expected_message(GetParam());
  {
    SCOPED_TRACE("groeipad validate " + file);
    const CliResult r = run_cli({"validate", file});
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_EQ(r.err, expected);
    EXPECT_EQ(r.out, "");
  }
  {
    SCOPED_TRACE("groeipad run " + file);
    const TempDir dir;
    const CliResult r = run_cli({"run", file, "--out", (dir / "out").string(), "--quiet"});
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_EQ(r.err, expected);
    EXPECT_EQ(r.out, "");
    EXPECT_FALSE(fs::exists(dir / "out"));
    EXPECT_TRUE(names_in(dir.path()).empty());
  }
}

// Test names may hold only letters, digits and underscores.
std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInput, ::testing::ValuesIn(bad_cases()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(BadInput);

}  // namespace
}  // namespace groeipad::cli_test
