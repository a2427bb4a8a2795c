#include "memory_limit.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "usage_error.hpp"

namespace groeipad::cli {
namespace {

// The value of a "Name:   123 kB" line of /proc/meminfo in bytes, or -1.
std::int64_t meminfo_bytes(const std::string& name) {
  std::ifstream in("/proc/meminfo");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with(name + ":")) continue;
    std::istringstream fields(line.substr(name.size() + 1));
    std::int64_t kib = -1;
    fields >> kib;
    return kib >= 0 ? kib * 1024 : -1;
  }
  return -1;
}

// The cgroup v2 limit of this process's group (a container's memory), or -1 for none.
std::int64_t cgroup_limit_bytes() {
  std::ifstream in("/sys/fs/cgroup/memory.max");
  std::string value;
  if (!(in >> value) || value == "max") return -1;
  try {
    return std::stoll(value);
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace

AvailableMemory available_memory() {
  AvailableMemory available{meminfo_bytes("MemAvailable"), "MemAvailable"};
  if (available.bytes < 0) {
    available = {static_cast<std::int64_t>(::sysconf(_SC_PHYS_PAGES)) * ::sysconf(_SC_PAGESIZE),
                 "physical memory"};
  }
  const std::int64_t limit = cgroup_limit_bytes();
  if (limit >= 0 && limit < available.bytes) available = {limit, "cgroup memory.max"};
  return available;
}

AvailableMemory memory_for(const std::optional<double>& max_memory_gib) {
  if (!max_memory_gib) return available_memory();
  const double gib = *max_memory_gib;
  if (!(gib > 0) || gib > 1e6) {
    throw UsageError(fmt::format("--max-memory: expected GiB from 0 to 1e6, found {}", gib));
  }
  return {static_cast<std::int64_t>(gib * 1024 * 1024 * 1024), "--max-memory"};
}

std::string format_bytes(std::int64_t bytes) {
  const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
  if (mib >= 1024) return fmt::format("{:.2f} GiB", mib / 1024);
  return fmt::format("{:.0f} MiB", mib);
}

std::string dry_run_report(const Scenario& scenario, const MemoryEstimate& e,
                           const AvailableMemory& available) {
  return fmt::format(
      "dry run of {}: {} persons at the start (population scale {}), {} months, "
      "{} replication(s) at a time on {} thread(s)\n"
      "predicted peak memory: {} (population {}, tables {}, output {}, program {}); {} available "
      "({})\n",
      scenario.name, e.persons, scenario.population_scale, scenario.months, e.running, e.threads,
      format_bytes(e.total()), format_bytes(e.population_bytes), format_bytes(e.tables_bytes),
      format_bytes(e.output_bytes), format_bytes(e.fixed_bytes), format_bytes(available.bytes),
      available.source);
}

void refuse_beyond(const MemoryEstimate& e, const AvailableMemory& available) {
  if (e.total() <= available.bytes) return;
  throw UsageError(fmt::format(
      "this run needs about {} of memory ({} persons, {} replication(s) at a time), more than "
      "the {} available ({}): use fewer threads or replications, or a smaller population.scale",
      format_bytes(e.total()), e.persons, e.running, format_bytes(available.bytes),
      available.source));
}

}  // namespace groeipad::cli
