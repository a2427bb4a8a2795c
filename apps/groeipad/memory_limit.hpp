#pragma once
// The memory a run may use: what the machine has available now (MemAvailable, or the
// physical memory where /proc/meminfo cannot be read, and no more than the control
// group's limit), against which `run` refuses up front a run predicted not to fit.

#include <cstdint>
#include <optional>
#include <string>

#include "groeipad/simulation/memory.hpp"

namespace groeipad::cli {

struct AvailableMemory {
  std::int64_t bytes = 0;
  std::string source;  // "MemAvailable", "physical memory" or "cgroup memory.max"
};

AvailableMemory available_memory();

// --max-memory GIB when given (UsageError unless a number > 0), else available_memory().
AvailableMemory memory_for(const std::optional<double>& max_memory_gib);

// "1.23 GiB", "456 MiB".
std::string format_bytes(std::int64_t bytes);

// The lines `run --dry-run` prints.
std::string dry_run_report(const Scenario& scenario, const MemoryEstimate& estimate,
                           const AvailableMemory& available);

// Throws UsageError (exit code 2) when the estimate does not fit in what is available,
// saying how much the run would need.
void refuse_beyond(const MemoryEstimate& estimate, const AvailableMemory& available);

}  // namespace groeipad::cli
