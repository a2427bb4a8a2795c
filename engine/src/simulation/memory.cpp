#include "groeipad/simulation/memory.hpp"

#include <tbb/info.h>

#include <algorithm>

#include "groeipad/population/population.hpp"
#include "groeipad/stats/summary.hpp"

namespace groeipad {
namespace {

// Measured with /usr/bin/time -v (README, Limits): the program with its libraries and
// tables; what each thread adds (stacks, TBB and OpenMP bookkeeping); and what each
// replication running beside the first adds besides its population (the allocator's
// arena of its thread, its tallies and buffers).
constexpr std::int64_t kFixedBytes = std::int64_t{9} * 1024 * 1024;
constexpr std::int64_t kPerThreadBytes = std::int64_t{256} * 1024;
constexpr std::int64_t kPerRunningBytes = std::int64_t{4} * 1024 * 1024;

// Per output row: its key (three short strings) in the accumulator, the summary row, and
// its line of text, each held once at the end of a run, when the populations are gone.
constexpr std::int64_t kRowBytes = 96 + 128 + 64;

}  // namespace

MemoryEstimate estimate_memory(const Scenario& scenario, const RunOptions& options) {
  MemoryEstimate e;
  const int threads =
      options.threads > 0 ? options.threads : static_cast<int>(tbb::info::default_concurrency());
  // TBB runs no more tasks at once than the machine has cores, whatever the arena.
  const int cores = std::max(1, static_cast<int>(tbb::info::default_concurrency()));
  e.running = std::max(1, std::min({threads, options.replications, cores}));
  e.threads = threads;

  const Parameters& p = scenario.parameters;
  std::int64_t participants = 0;
  for (const ProgrammeParameters& programme : p.programmes) participants += programme.start_persons;
  e.persons = (p.start_job_seekers() + participants) * scenario.population_scale;
  const auto per_person = static_cast<std::int64_t>(Population::bytes_per_person());
  e.population_bytes = e.persons * per_person * (1 + e.running);

  std::int64_t rows = 0;
  for (int t = 0; t < kTableCount; ++t) {
    rows += static_cast<std::int64_t>(table_rows(scenario, static_cast<Table>(t)).size());
  }
  const std::int64_t trajectory = (static_cast<std::int64_t>(scenario.months) + 1) *
                                  static_cast<std::int64_t>(sizeof(MonthRecord));
  e.tables_bytes = rows * static_cast<std::int64_t>(sizeof(double)) * options.replications +
                   trajectory * e.running;
  e.output_bytes = rows * kRowBytes;
  e.fixed_bytes = kFixedBytes + kPerThreadBytes * threads + kPerRunningBytes * (e.running - 1);
  return e;
}

}  // namespace groeipad
