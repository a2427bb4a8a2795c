#pragma once
// Running a scenario: replications of the monthly model, each a trajectory of month
// records from the start month (index 0, the start state) to the horizon.

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "groeipad/population/population.hpp"
#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/month_record.hpp"

namespace groeipad {

namespace detail {
class MonthStep;
}

using Trajectory = std::vector<MonthRecord>;

struct RunOptions {
  std::uint64_t seed = 1;
  int replications = 1;
  int threads = 0;  // 0: as many as OpenMP offers
};

// One replication, advanced a month at a time (for tests and benchmarks; run() uses it).
class Replication {
 public:
  Replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication, int threads);
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
                           int threads, const std::function<void()>& after_month = {});

struct RunResult {
  std::vector<Trajectory> replications;
  std::int64_t agent_months = 0;
};

// Called after each simulated month with (months done, months in all replications).
using Progress = std::function<void(std::int64_t, std::int64_t)>;

RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress = {});

}  // namespace groeipad
