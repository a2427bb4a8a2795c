#pragma once
// Bad input from a user's file: always reported as one line
//   FILE:LINE: KEY: what was expected, what was found
// and the command exits with code 2.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace groeipad::io {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "FILE:LINE: KEY: message" (LINE 0 is left out, for a file that cannot be read at all).
[[noreturn]] void fail(const std::filesystem::path& file, int line, std::string_view key,
                       std::string_view message);

}  // namespace groeipad::io
