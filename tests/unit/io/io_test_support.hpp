#pragma once
// Fixtures for the reader tests: the good files in tests/data/io, copies of them with
// one piece of text changed in a fresh directory, and the message a reader throws.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "groeipad/io/input_error.hpp"

namespace groeipad::io::testing {

inline std::filesystem::path data_dir() {
  return std::filesystem::path(GROEIPAD_SOURCE_DIR) / "tests" / "data" / "io";
}

inline std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_text(const std::filesystem::path& file, std::string_view text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
}

// A directory of its own for each test (tests may run in parallel), emptied first.
inline std::filesystem::path fresh_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  auto dir = std::filesystem::temp_directory_path() /
             ("groeipad-io-" + std::to_string(::getpid())) /
             (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Removes a directory made by fresh_dir(), and the run's parent once it is empty.
inline void remove_dir(const std::filesystem::path& dir) {
  std::error_code ignored;
  std::filesystem::remove_all(dir, ignored);
  std::filesystem::remove(dir.parent_path(), ignored);  // fails while other tests use it
}

// `text` with its single occurrence of `from` replaced by `to`; a fixture that does not
// hold `from` exactly once is a broken test, reported as such.
inline std::string replace_once(const std::string& text, std::string_view from,
                                std::string_view to) {
  const auto at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    ADD_FAILURE() << "fixture does not hold \"" << from << "\" exactly once";
    return text;
  }
  std::string out = text;
  out.replace(at, from.size(), to);
  return out;
}

// The 1-based line of the single occurrence of `needle`.
inline int line_of(const std::string& text, std::string_view needle) {
  const auto at = text.find(needle);
  if (at == std::string::npos) {
    ADD_FAILURE() << "fixture does not hold \"" << needle << "\"";
    return 0;
  }
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// "FILE:LINE: " as the messages begin.
inline std::string at(const std::filesystem::path& file, int line) {
  return file.string() + ":" + std::to_string(line) + ": ";
}

// The message of the InputError `read` throws, or a note that it threw none.
template <typename Read>
std::string error_of(Read read) {
  try {
    read();
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no InputError)";
}

}  // namespace groeipad::io::testing
