// OutputDirectory: a run's directory appears whole with every file, with any missing
// parents, replaces the files of an earlier run in place, and leaves nothing behind when
// it cannot be written; check_writable() finds an unwritable location up front.

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
#include "groeipad/output/output_error.hpp"

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

// As `out/<scenario name>` on a fresh clone: the missing parents are made.
TEST_F(OutputDirectoryTest, CommitCreatesMissingParents) {
  OutputDirectory out(root_ / "missing" / "deeper" / "run");
  out.add("monthly.csv", "month\n");
  out.commit();
  EXPECT_EQ(names_in(root_ / "missing" / "deeper" / "run"),
            std::vector<std::string>{"monthly.csv"});
  EXPECT_EQ(names_in(root_ / "missing" / "deeper"), std::vector<std::string>{"run"});
}

// The message names the output directory and the reason; a caller adds nothing else.
std::string output_error_of(const OutputDirectory& out) {
  try {
    out.commit();
  } catch (const OutputError& error) {
    return error.what();
  }
  return "(no OutputError)";
}

TEST_F(OutputDirectoryTest, UnderAFileThrowsOutputErrorAndCreatesNothing) {
  std::ofstream(root_ / "file") << "keep me\n";
  OutputDirectory out(root_ / "file" / "deeper" / "run");
  out.add("monthly.csv", "month\n");
  EXPECT_EQ(output_error_of(out),
            "cannot write " + (root_ / "file" / "deeper" / "run").string() + ": Not a directory");
  EXPECT_EQ(names_in(root_), std::vector<std::string>{"file"});
}

// A file that cannot be written after the parents were made: they go again.
TEST_F(OutputDirectoryTest, FailedCommitRemovesTheParentsItMade) {
  OutputDirectory out(root_ / "missing" / "deeper" / "run");
  out.add("monthly.csv", "month\n");
  out.add("no-such-dir/yearly.csv", "year\n");
  EXPECT_EQ(output_error_of(out), "cannot write " +
                                      (root_ / "missing" / "deeper" / "run").string() +
                                      ": no-such-dir/yearly.csv: No such file or directory");
  EXPECT_TRUE(names_in(root_).empty());
}

TEST_F(OutputDirectoryTest, FileThatCannotBeReplacedNamesIt) {
  fs::create_directories(root_ / "run" / "monthly.csv");
  OutputDirectory out(root_ / "run");
  out.add("monthly.csv", "new\n");
  EXPECT_EQ(output_error_of(out),
            "cannot write " + (root_ / "run").string() + ": monthly.csv: Is a directory");
  EXPECT_EQ(names_in(root_ / "run"), std::vector<std::string>{"monthly.csv"});
}

TEST_F(OutputDirectoryTest, WriteFileAtomicallyThrowsOutputError) {
  const fs::path file = root_ / "missing" / "monthly.csv";
  try {
    write_file_atomically(file, "month\n");
    ADD_FAILURE() << "write_file_atomically() did not throw";
  } catch (const OutputError& error) {
    EXPECT_EQ(std::string(error.what()),
              "cannot write " + file.string() + ": No such file or directory");
  }
  EXPECT_TRUE(names_in(root_).empty());
}

// ---- check_writable: the location is checked before a long run, not after ------------

std::string check_error_of(const fs::path& directory) {
  try {
    check_writable(directory);
  } catch (const OutputError& error) {
    return error.what();
  }
  return "(no OutputError)";
}

TEST_F(OutputDirectoryTest, CheckAcceptsAMissingDirectoryUnderAWritableOne) {
  EXPECT_EQ(check_error_of(root_ / "missing" / "deeper" / "run"), "(no OutputError)");
  EXPECT_EQ(check_error_of(root_), "(no OutputError)");
  EXPECT_TRUE(names_in(root_).empty());  // checking makes nothing
}

TEST_F(OutputDirectoryTest, CheckRejectsAPathUnderAFile) {
  std::ofstream(root_ / "file") << "keep me\n";
  EXPECT_EQ(check_error_of(root_ / "file" / "run"),
            "cannot write " + (root_ / "file" / "run").string() + ": " + (root_ / "file").string() +
                ": Not a directory");
  EXPECT_EQ(check_error_of(root_ / "file"),
            "cannot write " + (root_ / "file").string() + ": Not a directory");
}

TEST_F(OutputDirectoryTest, CheckRejectsADirectoryWithoutWritePermission) {
  if (::geteuid() == 0) GTEST_SKIP() << "permissions do not hold for root";
  fs::create_directory(root_ / "locked");
  fs::permissions(root_ / "locked", fs::perms::owner_read | fs::perms::owner_exec);
  const std::string error = check_error_of(root_ / "locked" / "run");
  fs::permissions(root_ / "locked", fs::perms::owner_all);
  EXPECT_EQ(error, "cannot write " + (root_ / "locked" / "run").string() + ": " +
                       (root_ / "locked").string() + ": Permission denied");
}

}  // namespace
}  // namespace groeipad::output
