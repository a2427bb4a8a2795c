#include "groeipad/simulation/simulation.hpp"

#include "simulation/month_step.hpp"

namespace groeipad {

Replication::Replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                         int threads)
    : step_(std::make_unique<detail::MonthStep>(scenario, seed, replication, threads)) {}

Replication::~Replication() = default;

const MonthRecord& Replication::start() const { return step_->start(); }

MonthRecord Replication::advance() { return step_->advance(++month_); }

const Population& Replication::population() const { return step_->population(); }

Trajectory run_replication(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                           int threads, const std::function<void()>& after_month) {
  Replication r(scenario, seed, replication, threads);
  Trajectory trajectory;
  trajectory.reserve(static_cast<std::size_t>(scenario.months) + 1);
  trajectory.push_back(r.start());
  for (int m = 1; m <= scenario.months; ++m) {
    trajectory.push_back(r.advance());
    if (after_month) after_month();
  }
  return trajectory;
}

RunResult run(const Scenario& scenario, const RunOptions& options, const Progress& progress) {
  RunResult result;
  result.replications.reserve(static_cast<std::size_t>(options.replications));
  const std::int64_t total = static_cast<std::int64_t>(options.replications) * scenario.months;
  std::int64_t done = 0;
  const auto after_month = [&] {
    if (progress) progress(++done, total);
  };
  for (int rep = 0; rep < options.replications; ++rep) {
    result.replications.push_back(run_replication(
        scenario, options.seed, static_cast<std::uint32_t>(rep), options.threads, after_month));
    for (const MonthRecord& m : result.replications.back()) result.agent_months += m.agent_months;
  }
  return result;
}

}  // namespace groeipad
