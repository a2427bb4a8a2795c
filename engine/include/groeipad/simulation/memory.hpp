#pragma once
// What a run will hold in memory at its peak, predicted from the scenario and options
// before anything is built: `run --dry-run` prints it, and `run` refuses up front a run
// that the machine cannot hold.
//
// The model counts the large parts (measured against /usr/bin/time -v; README, Limits):
// while replications run, the population's columns, once for the start population every
// replication copies and once per replication running at the same time, and the value
// tables of every replication (one number per output row); once they have run and the
// populations are freed, the summary rows and the text of the output files; and a fixed
// part for the program, its libraries and its threads. The peak is the larger phase.

#include <algorithm>
#include <cstdint>

#include "groeipad/scenario/scenario.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad {

struct MemoryEstimate {
  std::int64_t persons = 0;           // in the start population
  int running = 1;                    // replications in memory at the same time
  int threads = 1;                    // threads in all
  std::int64_t population_bytes = 0;  // the start population and the running copies
  std::int64_t tables_bytes = 0;      // value tables of every replication, trajectories
  std::int64_t output_bytes = 0;      // summary rows and output text, after the run
  std::int64_t fixed_bytes = 0;       // program, libraries, threads
  [[nodiscard]] std::int64_t total() const {
    return fixed_bytes + tables_bytes + std::max(population_bytes, output_bytes);
  }
};

// `threads` as RunOptions has it (0: all cores) is resolved as run() resolves it.
MemoryEstimate estimate_memory(const Scenario& scenario, const RunOptions& options);

}  // namespace groeipad
