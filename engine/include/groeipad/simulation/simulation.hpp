#pragma once
// Running a scenario: replications of the monthly model, each a trajectory of month
// records from the start month (index 0, the start state) to the horizon, reduced to
// value tables as it ends.

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "groeipad/population/population.hpp"
#include "groeipad/population/synthesis.hpp"
#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/month_record.hpp"
#include "groeipad/stats/summary.hpp"

namespace groeipad {

namespace detail {
class MonthStep;
}

struct RunOptions {
  std::uint64_t seed = 1;
  int replications = 1;
  int threads = 0;  // 0: all cores
};

// The start population of a scenario and seed: the same for every replication (the
// replications differ in the draws of the months), so it is built once per run.
std::shared_ptr<const StartPopulation> start_population(const Scenario& scenario,
                                                        std::uint64_t seed);

// One replication, advanced a month at a time (for tests and benchmarks; run() uses it).
class Replication {
 public:
  Replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication, int threads);
  Replication(const Scenario& scenario, const StartPopulation& start, std::uint64_t seed,
              std::uint32_t replication, int threads);
  ~Replication();
  Replication(const Replication&) = delete;
  Replication& operator=(const Replication&) = delete;

  [[nodiscard]] const MonthRecord& start() const;
  MonthRecord advance();  // the next month's record
  [[nodiscard]] int month() const { return month_; }
  [[nodiscard]] const Population& population() const;

 private:
  std::unique_ptr<detail::MonthStep> step_;
  int month_ = 0;
};

Trajectory run_replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                           int threads);

struct RunResult {
  Accumulator tables;
  std::int64_t agent_months = 0;
  int threads = 1;  // threads used in all
};

// Called now and then from any thread with (months done, months in all replications);
// calls do not overlap.
using Progress = std::function<void(std::int64_t, std::int64_t)>;

// Runs the replications in parallel (TBB tasks, one replication each), deterministic
// whatever the thread count: replication r's draws depend on (seed, r) alone. With fewer
// replications than threads, each replication's person loops share the spare threads.
RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress = {});

}  // namespace groeipad
