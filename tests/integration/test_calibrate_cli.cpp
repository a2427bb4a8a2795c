// `groeipad calibrate` from the command line: the committed parameters files are what it
// writes (scripts/calibrate.sh), the JSON report holds targets, parameters and the audit,
// and bad arguments give one line and exit code 2 with nothing written.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "../support/temp_dir.hpp"

namespace {

const std::filesystem::path kSource = GROEIPAD_SOURCE_DIR;

struct Result {
  int code = 0;
  std::string out;
  std::string err;
};

std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs the program in the source tree, where the defaults of --data and --base point.
Result calibrate(const std::string& arguments, const groeipad::test_support::TempDir& dir) {
  const std::string command = "cd '" + kSource.string() + "' && '" GROEIPAD_CLI "' calibrate " +
                              arguments + " >'" + (dir / "out").string() + "' 2>'" +
                              (dir / "err").string() + "'";
  const int status = std::system(command.c_str());
  return {WEXITSTATUS(status), slurp(dir / "out"), slurp(dir / "err")};
}

class CommittedFile : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(CommittedFile, IsWhatCalibrateWrites) {
  const groeipad::test_support::TempDir dir;
  const auto [arguments, file] = GetParam();
  const Result r =
      calibrate(std::string(arguments) + " --out '" + (dir / "p.toml").string() + "'", dir);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(slurp(dir / "p.toml"), slurp(kSource / "calibration" / "params" / file))
      << file << " is out of date: run bash scripts/calibrate.sh";
}

// The arguments of scripts/calibrate.sh.
INSTANTIATE_TEST_SUITE_P(
    Files, CommittedFile,
    ::testing::Values(std::make_pair("--year 2010 --no-sensitivity", "calibrated-2010.toml"),
                      std::make_pair("--year 2009 --no-sensitivity", "calibrated-2009.toml"),
                      std::make_pair("--year 2010 --population 2011 --no-sensitivity",
                                     "groeipad-2011.toml")));

TEST(CalibrateCli, JsonHasTargetsParametersAndAudit) {
  const groeipad::test_support::TempDir dir;
  const Result r = calibrate("--year 2010 --json", dir);
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j["targets"].is_array());
  int tabel4 = 0;
  for (const auto& t : j["targets"]) {
    EXPECT_TRUE(t.contains("name") && t.contains("target") && t.contains("fitted"));
    if (t["name"].get<std::string>().rfind("tabel4.2010.", 0) == 0) ++tabel4;
  }
  EXPECT_EQ(tabel4, 30);  // fifteen on the start stock, fifteen over the simulated year
  EXPECT_TRUE(j["parameters"]["job_finding"].contains("b0"));
  EXPECT_FALSE(j["audit"].empty());
  EXPECT_EQ(j["duration_sensitivity"].size(), 9U);  // three shapes at +12, +60, +120
}

TEST(CalibrateCli, BadArgumentsGiveOneLineAndExitTwo) {
  const groeipad::test_support::TempDir dir;
  const std::string out = " --out '" + (dir / "p.toml").string() + "'";
  for (const std::string& arguments :
       {std::string("--year 2011"), std::string("--year 2010 --shape curved"),
        std::string("--year 2010 --population 2008"),
        std::string("--year 2010 --data /nonexistent")}) {
    const Result r = calibrate(arguments + out, dir);
    EXPECT_EQ(r.code, 2) << arguments;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << arguments << ": " << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "p.toml")) << arguments;
  }
}

}  // namespace
