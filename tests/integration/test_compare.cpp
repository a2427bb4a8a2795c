// `groeipad compare`: paired differences under common random numbers, from the command line.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_test_support.hpp"

namespace groeipad::cli_test {
namespace {

const std::string kBase = "tests/data/cli/short.toml";
const std::string kGrowth = "tests/data/cli/short-groeipad.toml";

// Columns of compare.csv.
enum Column {
  kScenario,
  kMonth,
  kProgramme,
  kMetric,
  kBaseMean,
  kAltMean,
  kDiffMean,
  kDiffP05,
  kDiffP95
};

class GrowthPathComparison : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    result_ = run_cli({"compare", kBase, kGrowth, "--out", (dir_->path() / "out").string(),
                       "--replications", "3", "--no-db", "--quiet"});
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static fs::path out() { return dir_->path() / "out"; }

  static std::unique_ptr<TempDir> dir_;
  static CliResult result_;
};
std::unique_ptr<TempDir> GrowthPathComparison::dir_;
CliResult GrowthPathComparison::result_;

TEST_F(GrowthPathComparison, WritesTheTwoTablesAndASummary) {
  ASSERT_EQ(result_.exit_code, 0) << describe(result_);
  EXPECT_EQ(names_in(out()), (std::vector<std::string>{"compare.csv", "compare_yearly.csv"}));
  EXPECT_EQ(read_csv(out() / "compare.csv").header,
            "scenario,month,programme,metric,base_mean,alt_mean,diff_mean,diff_p05,diff_p95");
  EXPECT_EQ(read_csv(out() / "compare_yearly.csv").header,
            "scenario,year,programme,metric,base_mean,alt_mean,diff_mean,diff_p05,diff_p95");
  for (const char* line : {"extra VTE-years", "extra persons reached", "extra outflow to work",
                           "extra cost (euro)", "cost per extra to work"}) {
    EXPECT_NE(result_.out.find(line), std::string::npos) << line << "\n" << result_.out;
  }
}

TEST_F(GrowthPathComparison, CapacityDiffersByExactlyTheStepsFromTheirMonths) {
  ASSERT_EQ(result_.exit_code, 0) << describe(result_);
  const Csv csv = read_csv(out() / "compare.csv");
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> steps = {
      {"BW", {"2011-10", "135"}}, {"SW", {"2011-12", "100"}}, {"LDE", {"2012-12", "100"}}};
  int checked = 0;
  for (const auto& row : csv.rows) {
    if (row[kMetric] != "capaciteit_vte") continue;
    std::string expected = "0";
    for (const auto& [programme, step] : steps) {
      if (row[kProgramme] == programme && row[kMonth] >= step.first) expected = step.second;
    }
    for (const Column c : {kDiffMean, kDiffP05, kDiffP95}) {
      ASSERT_EQ(row[c], expected) << row[kMonth] << " " << row[kProgramme];
    }
    ++checked;
  }
  EXPECT_EQ(checked, 25 * 6);
}

TEST_F(GrowthPathComparison, NothingDiffersBeforeTheFirstStep) {
  // Until 2011-10 the two scenarios are the same model with the same draws.
  ASSERT_EQ(result_.exit_code, 0) << describe(result_);
  const Csv csv = read_csv(out() / "compare.csv");
  int checked = 0;
  for (const auto& row : csv.rows) {
    if (row[kMonth] >= "2011-10") continue;
    for (const Column c : {kDiffMean, kDiffP05, kDiffP95}) {
      ASSERT_EQ(row[c], "0") << row[kMonth] << " " << row[kProgramme] << " " << row[kMetric];
    }
    EXPECT_EQ(row[kBaseMean], row[kAltMean]);
    ++checked;
  }
  EXPECT_EQ(checked, 4 * 6 * 8);  // 2011-06 to 2011-09
}

TEST(Compare, AScenarioAgainstItselfDiffersByExactlyZero) {
  const TempDir dir;
  const CliResult r = run_cli({"compare", kBase, kBase, "--out", (dir.path() / "out").string(),
                               "--replications", "2", "--no-db", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  for (const char* file : {"compare.csv", "compare_yearly.csv"}) {
    for (const auto& row : read_csv(dir.path() / "out" / file).rows) {
      for (const Column c : {kDiffMean, kDiffP05, kDiffP95}) ASSERT_EQ(row[c], "0") << file;
    }
  }
}

TEST(Compare, AnAlternativeOverOtherMonthsIsBadInputAndWritesNothing) {
  const TempDir dir;
  const CliResult r = run_cli({"compare", kBase, "tests/data/cli/short-longer.toml", "--out",
                               (dir.path() / "out").string(), "--no-db", "--quiet"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(r.err,
            "tests/data/cli/short-longer.toml: months: expected the base scenario's 24 "
            "months, found 36\n");
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST(Compare, ABadAlternativeFileStopsEverythingBeforeARun) {
  const TempDir dir;
  const CliResult r = run_cli({"compare", kBase, "tests/data/bad/negative_base_vte.toml", "--out",
                               (dir.path() / "out").string(), "--db",
                               (dir.path() / "runs.sqlite").string(), "--quiet"});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(r.err, read_text(source_dir() / "tests/data/bad/negative_base_vte.expected"));
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
  EXPECT_FALSE(fs::exists(dir.path() / "runs.sqlite"));
}

TEST(Compare, RecordsTheComparisonInTheRunStore) {
  const TempDir dir;
  const std::string db = (dir.path() / "runs.sqlite").string();
  const CliResult r = run_cli({"compare", kBase, kGrowth, "--out", (dir.path() / "out").string(),
                               "--replications", "1", "--db", db, "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("recorded as run 1 in"), std::string::npos) << r.out;
  const CliResult list = run_cli({"runs", "list", "--db", db});
  ASSERT_EQ(list.exit_code, 0) << describe(list);
  EXPECT_NE(list.out.find("compare"), std::string::npos) << list.out;
}

}  // namespace
}  // namespace groeipad::cli_test
