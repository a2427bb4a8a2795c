#pragma once
// An output location that cannot be written: a missing permission, a file where a
// directory should be, a full disk. Neither bad input nor a bug in the program: the
// command reports it as one line "cannot write PATH: REASON" and exits with code 1.

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace groeipad::output {

class OutputError : public std::runtime_error {
 public:
  // `path` is the location asked for (the output directory, or the file written).
  OutputError(const std::filesystem::path& path, std::string_view reason);
};

}  // namespace groeipad::output
