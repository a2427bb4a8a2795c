#include "groeipad/simulation/simulation.hpp"

#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "groeipad/rng/stream.hpp"
#include "groeipad/simulation/check.hpp"
#include "simulation/month_step.hpp"

namespace groeipad {

std::shared_ptr<const StartPopulation> start_population(const Scenario& scenario,
                                                        std::uint64_t seed) {
  return std::make_shared<const StartPopulation>(
      synthesize(scenario.parameters, scenario.population_scale, rng::make_key(seed, 0), seed));
}

Replication::Replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                         int threads)
    : Replication(scenario, *start_population(scenario, seed), seed, replication, threads) {}

Replication::Replication(const Scenario& scenario, const StartPopulation& start, std::uint64_t seed,
                         std::uint32_t replication, int threads, ReplicationChecks checks)
    : scenario_(&scenario),
      seed_(seed),
      replication_(replication),
      check_(checks.check || checks_always_on()),
      step_(std::make_unique<detail::MonthStep>(scenario, start, seed, replication, threads)) {
  step_->inject_fault(checks.fault_month);
  previous_ = step_->start();
  if (check_) {
    if (auto v = check_counts(previous_)) {
      throw CheckFailure(*v, scenario.start.to_string(), 0, replication_, seed_);
    }
    if (auto v = step_->check_state()) {
      throw CheckFailure(*v, scenario.start.to_string(), 0, replication_, seed_);
    }
  }
}

Replication::~Replication() = default;

const MonthRecord& Replication::start() const { return step_->start(); }

MonthRecord Replication::advance() {
  MonthRecord now = step_->advance(++month_);
  if (check_) {
    check(now);
    previous_ = now;
  }
  return now;
}

void Replication::check(const MonthRecord& now) const {
  std::optional<Violation> v = check_month(previous_, now);
  if (!v) v = step_->check_state();
  if (v) {
    throw CheckFailure(*v, scenario_->start.plus(month_).to_string(), month_, replication_, seed_);
  }
}

const Population& Replication::population() const { return step_->population(); }

namespace {

// The start and every month of the horizon; `after_month` is told each month's record.
template <typename AfterMonth>
Trajectory trajectory_of(Replication& r, int months, AfterMonth&& after_month) {
  Trajectory trajectory;
  trajectory.reserve(static_cast<std::size_t>(months) + 1);
  trajectory.push_back(r.start());
  for (int m = 1; m <= months; ++m) {
    trajectory.push_back(r.advance());
    after_month(trajectory.back());
  }
  return trajectory;
}

}  // namespace

Trajectory run_replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                           int threads) {
  Replication r(scenario, seed, replication, threads);
  return trajectory_of(r, scenario.months, [](const MonthRecord&) {});
}

namespace {

// Keeps nothing: a run that cannot be resumed.
class NothingFinished final : public FinishedReplications {
 public:
  std::optional<Trajectory> load(int /*replication*/) override { return std::nullopt; }
  void save(int /*replication*/, const Trajectory& /*trajectory*/) override {}
};

std::int64_t agent_months_of(const Trajectory& trajectory) {
  std::int64_t total = 0;
  for (std::size_t m = 1; m < trajectory.size(); ++m) total += trajectory[m].agent_months;
  return total;
}

}  // namespace

RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress) {
  NothingFinished nothing;
  return run(scenario, options, progress, nothing);
}

RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress,
              FinishedReplications& finished) {
  const int threads =
      options.threads > 0 ? options.threads : static_cast<int>(tbb::info::default_concurrency());
  // The thread split depends on the replications asked for, not on how many are left,
  // so that a resumed run reports the threads of an uninterrupted one.
  const int outer = std::max(1, std::min(threads, options.replications));
  const int inner = std::max(1, threads / outer);

  RunResult result{Accumulator(scenario, options.replications), 0, outer * inner};
  std::vector<int> missing;
  std::int64_t resumed_agent_months = 0;
  for (int rep = 0; rep < options.replications; ++rep) {
    std::optional<Trajectory> kept = finished.load(rep);
    if (!kept) {
      missing.push_back(rep);
      continue;
    }
    resumed_agent_months += agent_months_of(*kept);
    result.tables.add(rep, tabulate(scenario, *kept));
    ++result.resumed;
  }
  if (missing.empty()) {
    result.agent_months = resumed_agent_months;
    return result;
  }

  const auto start = start_population(scenario, options.seed);
  std::atomic<std::int64_t> agent_months{0};
  std::atomic<std::int64_t> done{0};
  std::mutex progress_mutex;
  const std::int64_t total = static_cast<std::int64_t>(missing.size()) * scenario.months;

  tbb::task_arena arena(outer);
  arena.execute([&] {
    tbb::parallel_for(std::size_t{0}, missing.size(), [&](std::size_t i) {
      const int rep = missing[i];
      ReplicationChecks checks{options.check, 0};
      if (options.fault && options.fault->replication == static_cast<std::uint32_t>(rep)) {
        checks.fault_month = options.fault->month;
      }
      Replication r(scenario, *start, options.seed, static_cast<std::uint32_t>(rep), inner, checks);
      std::int64_t simulated = 0;
      const Trajectory trajectory =
          trajectory_of(r, scenario.months, [&](const MonthRecord& month) {
            simulated += month.agent_months;
            const std::int64_t now = ++done;
            if (progress && (now % 12 == 0 || now == total)) {
              const std::lock_guard<std::mutex> lock(progress_mutex);
              progress(now, total);
            }
          });
      finished.save(rep, trajectory);
      agent_months += simulated;
      result.tables.add(rep, tabulate(scenario, trajectory));
    });
  });
  result.simulated_agent_months = agent_months;
  result.agent_months = resumed_agent_months + result.simulated_agent_months;
  return result;
}

}  // namespace groeipad
