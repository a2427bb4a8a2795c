// The bad-input corpus of calibration source data: tests/data/bad/data/NAME/ holds a
// directory of source tables (calibration/data's format) with one fault, NAME.expected
// the one line `groeipad audit --data` must print for it. The audit reads every table
// before it prints anything, so a bad file leaves stdout empty.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cli_test_support.hpp"

namespace groeipad::cli_test {
namespace {

const std::string kCorpus = "tests/data/bad/data";

fs::path corpus_dir() { return source_dir() / kCorpus; }

// The cases: the directories of the corpus, by name.
std::vector<std::string> bad_data_cases() {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(corpus_dir(), error)) {
    if (entry.is_directory()) names.push_back(entry.path().filename());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The sidecar's one line (its trailing newline is the file's), then the program's newline.
std::string expected_message(const std::string& name) {
  std::string text = read_text(corpus_dir() / (name + ".expected"));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text + "\n";
}

TEST(BadDataCorpus, HasAtLeastTwentyCases) { EXPECT_GE(bad_data_cases().size(), 20U); }

TEST(BadDataCorpus, EveryCaseHasItsExpectedMessage) {
  for (const std::string& name : bad_data_cases()) {
    EXPECT_TRUE(fs::is_regular_file(corpus_dir() / (name + ".expected"))) << name;
  }
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    if (entry.path().extension() != ".expected") continue;
    EXPECT_TRUE(fs::is_directory(fs::path(entry.path()).replace_extension())) << entry.path();
  }
}

// The source data itself passes, so that a failure below is the fault's and not the
// command's.
TEST(BadDataCorpus, TheSourceDataReads) {
  const CliResult r = run_cli({"audit", "--data", "calibration/data"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
}

class BadData : public ::testing::TestWithParam<std::string> {};

TEST_P(BadData, AuditReportsTheExpectedLineAndWritesNothing) {
  const std::string dir = kCorpus + "/" + GetParam();
  const std::vector<std::string> before = names_in(source_dir() / dir);
  const CliResult r = run_cli({"audit", "--data", dir});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_EQ(r.err, expected_message(GetParam()));
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(names_in(source_dir() / dir), before);
}

// Test names may hold only letters, digits and underscores; the case names are such.
std::string case_name(const ::testing::TestParamInfo<std::string>& param) { return param.param; }

INSTANTIATE_TEST_SUITE_P(Corpus, BadData, ::testing::ValuesIn(bad_data_cases()), case_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(BadData);

}  // namespace
}  // namespace groeipad::cli_test
