#pragma once
// A command line that cannot be run as given (a number out of range, --out naming a
// file): reported by main as one line "groeipad: MESSAGE", exit code 2.

#include <stdexcept>

namespace groeipad::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace groeipad::cli
