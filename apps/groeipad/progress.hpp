#pragma once
// A one-line progress report on stderr for runs that last more than a second, redrawn
// in place; silent when asked to be or when stderr is not a terminal.

#include <chrono>
#include <cstdint>

namespace groeipad::cli {

class ProgressLine {
 public:
  explicit ProgressLine(bool enabled);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void update(std::int64_t done, std::int64_t total);

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace groeipad::cli
