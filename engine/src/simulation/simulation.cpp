#include "groeipad/simulation/simulation.hpp"

#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "groeipad/rng/stream.hpp"
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
                         std::uint32_t replication, int threads)
    : step_(std::make_unique<detail::MonthStep>(scenario, start, seed, replication, threads)) {}

Replication::~Replication() = default;

const MonthRecord& Replication::start() const { return step_->start(); }

MonthRecord Replication::advance() { return step_->advance(++month_); }

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

RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress) {
  const int threads =
      options.threads > 0 ? options.threads : static_cast<int>(tbb::info::default_concurrency());
  const int outer = std::max(1, std::min(threads, options.replications));
  const int inner = std::max(1, threads / outer);
  const auto start = start_population(scenario, options.seed);

  RunResult result{Accumulator(scenario, options.replications), 0, outer * inner};
  std::atomic<std::int64_t> agent_months{0};
  std::atomic<std::int64_t> done{0};
  std::mutex progress_mutex;
  const std::int64_t total = static_cast<std::int64_t>(options.replications) * scenario.months;

  tbb::task_arena arena(outer);
  arena.execute([&] {
    tbb::parallel_for(0, options.replications, [&](int rep) {
      Replication r(scenario, *start, options.seed, static_cast<std::uint32_t>(rep), inner);
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
      agent_months += simulated;
      result.tables.add(rep, tabulate(scenario, trajectory));
    });
  });
  result.agent_months = agent_months;
  return result;
}

}  // namespace groeipad
