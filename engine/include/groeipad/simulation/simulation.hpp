#pragma once
// Running a scenario: replications of the monthly model, each a trajectory of month
// records from the start month (index 0, the start state) to the horizon, reduced to
// value tables as it ends.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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

// For tests of the checks only: the month in which one replication's bookkeeping is
// broken on purpose (MonthStep::inject_fault), so that the check must stop the run.
struct InjectedFault {
  std::uint32_t replication = 0;
  int month = 1;
};

struct RunOptions {
  std::uint64_t seed = 1;
  int replications = 1;
  int threads = 0;  // 0: all cores
  // Every month's identities and running counts checked (check.hpp); a broken one throws
  // CheckFailure. Debug builds check whatever this says.
  bool check = false;
  std::optional<InjectedFault> fault = std::nullopt;
};

// How a replication checks itself: RunOptions::check and ::fault for one replication.
struct ReplicationChecks {
  bool check = false;
  int fault_month = 0;  // 0: none
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
              std::uint32_t replication, int threads, ReplicationChecks checks = {});
  ~Replication();
  Replication(const Replication&) = delete;
  Replication& operator=(const Replication&) = delete;

  [[nodiscard]] const MonthRecord& start() const;
  // The next month's record; with checks on, throws CheckFailure when an identity
  // between it and the month before, or the running counts, do not hold.
  MonthRecord advance();
  [[nodiscard]] int month() const { return month_; }
  [[nodiscard]] const Population& population() const;

 private:
  void check(const MonthRecord& now) const;

  const Scenario* scenario_;
  std::uint64_t seed_;
  std::uint32_t replication_;
  bool check_;
  std::unique_ptr<detail::MonthStep> step_;
  int month_ = 0;
  MonthRecord previous_;  // the record of month_ - 1, for the checks
};

Trajectory run_replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                           int threads);

struct RunResult {
  Accumulator tables;
  std::int64_t agent_months = 0;            // of every replication, resumed ones included
  int threads = 1;                          // threads used in all
  int resumed = 0;                          // replications taken from FinishedReplications
  std::int64_t simulated_agent_months = 0;  // of the replications simulated in this call
};

// Where finished replications are kept outside the run, so that a run that was stopped
// can go on with the ones it had not finished (the app keeps them in files). A
// replication's trajectory depends on (scenario, seed, replication) alone, so one taken
// from here is the one the run would have simulated.
class FinishedReplications {
 public:
  FinishedReplications() = default;
  FinishedReplications(const FinishedReplications&) = delete;
  FinishedReplications& operator=(const FinishedReplications&) = delete;
  virtual ~FinishedReplications() = default;
  // The trajectory of a replication finished earlier, or nullopt.
  virtual std::optional<Trajectory> load(int replication) = 0;
  // Keeps a replication as soon as it is finished; called from several threads at once.
  virtual void save(int replication, const Trajectory& trajectory) = 0;
};

// Called now and then from any thread with (months done, months in all replications);
// calls do not overlap.
using Progress = std::function<void(std::int64_t, std::int64_t)>;

// Runs the replications in parallel (TBB tasks, one replication each), deterministic
// whatever the thread count: replication r's draws depend on (seed, r) alone. With fewer
// replications than threads, each replication's person loops share the spare threads.
RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress = {});
// The same, taking the replications `finished` holds and saving the others into it as
// they finish; the results are those of run() without it.
RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress,
              FinishedReplications& finished);

}  // namespace groeipad
