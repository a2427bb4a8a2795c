// Every `groeipad run` a test program starts records into a database of its own in a
// temporary directory, never into the repository's runs/: before any test, GROEIPAD_DB
// (the default for --db, inherited by the program) names it; after the last it is gone.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace {

class IsolatedRunStore : public ::testing::Environment {
 public:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "groeipad-runs-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    directory_ = pattern;
    ::setenv("GROEIPAD_DB", (directory_ / "groeipad.sqlite").c_str(), 1);
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }

 private:
  std::filesystem::path directory_;
};

// gtest owns the environment; registered before main() runs the tests.
[[maybe_unused]] ::testing::Environment* const kIsolatedRunStore =
    ::testing::AddGlobalTestEnvironment(new IsolatedRunStore);

}  // namespace
