// OutputDirectory: a run's directory appears whole with every file, replaces the files
// of an earlier run in place, and leaves nothing behind when it cannot be written.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "groeipad/output/output_directory.hpp"

namespace groeipad::output {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// A fresh directory per test (tests may run in parallel), removed with everything in it.
class OutputDirectoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "groeipad-output-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  fs::path root_;
};

TEST_F(OutputDirectoryTest, CommitCreatesTheDirectoryWithEveryFile) {
  OutputDirectory out(root_ / "run");
  out.add("monthly.csv", "month\n2011-06\n");
  out.add("manifest.json", "{}\n");
  out.commit();
  EXPECT_EQ(names_in(root_ / "run"), (std::vector<std::string>{"manifest.json", "monthly.csv"}));
  EXPECT_EQ(read_text(root_ / "run" / "monthly.csv"), "month\n2011-06\n");
  EXPECT_EQ(read_text(root_ / "run" / "manifest.json"), "{}\n");
  EXPECT_EQ(names_in(root_), std::vector<std::string>{"run"});  // no temporary sibling left
}

TEST_F(OutputDirectoryTest, CommitIntoAnExistingDirectoryReplacesItsFiles) {
  fs::create_directory(root_ / "run");
  std::ofstream(root_ / "run" / "monthly.csv") << "from an earlier run\n";
  OutputDirectory out(root_ / "run");
  out.add("monthly.csv", "new\n");
  out.add("yearly.csv", "also new\n");
  out.commit();
  EXPECT_EQ(names_in(root_ / "run"), (std::vector<std::string>{"monthly.csv", "yearly.csv"}));
  EXPECT_EQ(read_text(root_ / "run" / "monthly.csv"), "new\n");
  EXPECT_EQ(read_text(root_ / "run" / "yearly.csv"), "also new\n");
  EXPECT_EQ(names_in(root_), std::vector<std::string>{"run"});
}

TEST_F(OutputDirectoryTest, MissingParentThrowsAndCreatesNothing) {
  OutputDirectory out(root_ / "missing" / "run");
  out.add("monthly.csv", "month\n");
  try {
    out.commit();
    ADD_FAILURE() << "commit() did not throw";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find((root_ / "missing").string()), std::string::npos)
        << error.what();
  }
  EXPECT_TRUE(names_in(root_).empty());
}

}  // namespace
}  // namespace groeipad::output
