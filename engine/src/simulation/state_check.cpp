// MonthStep's own guards: the running counts against a fresh count of the population,
// and the probabilities the month's draws compare against.

#include <cmath>
#include <string>

#include "simulation/month_step.hpp"

namespace groeipad::detail {
namespace {

std::optional<Violation> same(const char* count, std::string unit, std::int64_t counted,
                              std::int64_t running) {
  if (counted == running) return std::nullopt;
  return Violation{
      std::string("ledger (running ") + count + " = " + count + " counted in the population)",
      std::move(unit),
      "expected " + std::to_string(counted) + ", found " + std::to_string(running)};
}

std::optional<Violation> probability(const std::string& name, std::string unit, double p) {
  if (std::isfinite(p) && p >= 0 && p <= 1) return std::nullopt;
  return Violation{"probability in [0, 1] (" + name + ")", std::move(unit),
                   "expected 0 <= p <= 1, found " + std::to_string(p)};
}

}  // namespace

std::optional<Violation> MonthStep::check_state() const {
  const Ledger counted = recount();
  for (int k = 0; k < kProgrammeCount; ++k) {
    const std::string unit = "programme " + std::string(kProgrammeCodes[k]);
    if (auto v = same("participants", unit, counted.participants[k], ledger_.participants[k])) {
      return v;
    }
    if (auto v = same("VTE units", unit, counted.units[k], ledger_.units[k])) return v;
  }
  for (std::size_t c = 0; c < counted.job_seekers.size(); ++c) {
    const std::string unit =
        "profile cell " + std::to_string(c / 2) + (c % 2 == 1 ? " (long-term)" : " (short-term)");
    if (auto v = same("job seekers", unit, counted.job_seekers[c], ledger_.job_seekers[c])) {
      return v;
    }
  }
  for (std::size_t s = 0; s < counted.pool_signatures.size(); ++s) {
    if (auto v = same("pool", "eligibility signature " + std::to_string(s),
                      counted.pool_signatures[s], ledger_.pool_signatures[s])) {
      return v;
    }
  }
  return check_probabilities();
}

// The probabilities the draws use, as the parameters and this month's counts give them.
std::optional<Violation> MonthStep::check_probabilities() const {
  if (auto v =
          probability("other_exit_hazard_monthly", "all", parameters_.other_exit_hazard_monthly)) {
    return v;
  }
  if (auto v = probability("fill_rate", "all", parameters_.fill_rate)) return v;
  for (int k = 0; k < kProgrammeCount; ++k) {
    const ProgrammeParameters& p = parameters_.programmes[k];
    const std::string unit = "programme " + std::string(kProgrammeCodes[k]);
    if (auto v = probability("exit_hazard_monthly", unit, p.exit_hazard_monthly)) return v;
    if (auto v = probability("work_share", unit, p.work_share)) return v;
    if (auto v = probability("part_time_vte", unit, p.part_time_vte)) return v;
    if (auto v = probability("full-time share", unit, full_time_share_[k])) return v;
  }
  for (int s = 0; s < kScreeningCount; ++s) {
    const std::string unit = "screening " + std::to_string(s);
    if (screening_counts_.candidates[s] < 0 || screening_counts_.holders[s] < 0) {
      return Violation{"non-negative screening counts", unit,
                       "found " + std::to_string(screening_counts_.candidates[s]) +
                           " candidates, " + std::to_string(screening_counts_.holders[s]) +
                           " holders"};
    }
    // The month's intervals of the screening draw: ordered, each a probability.
    if (screening_table_.lower[s] > screening_table_.upper[s]) {
      return Violation{"probability in [0, 1] (screening interval)", unit,
                       "found an interval from " + std::to_string(screening_table_.lower[s]) +
                           " to " + std::to_string(screening_table_.upper[s])};
    }
  }
  return std::nullopt;
}

}  // namespace groeipad::detail
