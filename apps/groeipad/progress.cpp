#include "progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace groeipad::cli {

ProgressLine::ProgressLine(bool enabled)
    : enabled_(enabled && ::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

ProgressLine::~ProgressLine() {
  if (shown_) std::fputs("\r\033[K", stderr);
}

void ProgressLine::update(std::int64_t done, std::int64_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0 || (now - last_ < std::chrono::milliseconds(200) && done < total)) return;
  last_ = now;
  shown_ = true;
  const double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1;
  const double remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0;
  fmt::print(stderr, "\r\033[Kgroeipad: {:5.1f} % of {} months simulated, {:.0f} s left",
             100 * fraction, total, remaining);
  std::fflush(stderr);
}

}  // namespace groeipad::cli
