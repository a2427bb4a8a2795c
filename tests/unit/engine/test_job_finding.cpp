// Job-finding draws against their probability, on a population of one profile.

#include <gtest/gtest.h>

#include <cmath>

#include "fixtures.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "processes/job_finding.hpp"

namespace groeipad {
namespace {

// Everyone a man of mid education, 25-49, without kansengroep flag, unemployed < 1 year;
// no programmes.
Scenario one_profile_scenario(std::int64_t persons) {
  Scenario s = testing::baseline_scenario(1);
  Parameters& p = s.parameters;
  p.cells = {ProfileCell{0, persons}};
  p.long_term = {};
  p.shares = AttributeShares{1.0, 0.0, 0.0, 1.0};
  for (ProgrammeParameters& pp : p.programmes) {
    pp.start_persons = 0;
    pp.start_vte = 0;
    pp.eligibility.any_of.clear();
  }
  for (ScreeningParameters& sp : p.screening) sp = {};
  return s;
}

// Two-sided bound for a false-failure rate of 1e-6: |X - np| <= z sqrt(np(1-p)) with
// z = 4.8916, the 1 - 0.5e-6 quantile of the standard normal; at n = 200,000 and p near
// 0.1 the normal approximation of the binomial is accurate far beyond this tail.
constexpr double kZ = 4.8916;

TEST(JobFinding, DrawsForOneProfileMatchTheirProbability) {
  const std::int64_t n = 200000;
  const Scenario s = one_profile_scenario(n);
  const double p_work = detail::job_finding_probability(s.parameters.job_finding_for(s.start.year),
                                                        profile_bit::male, 0);
  const double p_out = s.parameters.other_exit_hazard_monthly;
  for (const std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
    const Trajectory t = run_replication(s, seed, 0, 2);
    const GroupMonth& g = t[1].group(Group::totaal);
    const double nd = static_cast<double>(n);
    EXPECT_NEAR(static_cast<double>(g.naar_werk), nd * p_work,
                kZ * std::sqrt(nd * p_work * (1 - p_work)))
        << "seed " << seed;
    // Other exits: the same draw beyond the work threshold (retirements excluded: nobody
    // of 25-49 reaches the retirement age).
    EXPECT_NEAR(static_cast<double>(g.naar_out), nd * p_out,
                kZ * std::sqrt(nd * p_out * (1 - p_out)))
        << "seed " << seed;
  }
}

TEST(JobFinding, ProbabilityFollowsTheLogit) {
  JobFindingCoefficients b;
  b.b0 = -2;
  b.b_h = -1;
  b.b12 = -0.5;
  b.b24 = -0.25;
  b.b60 = -0.125;
  const auto logistic = [](double x) { return 1 / (1 + std::exp(-x)); };
  EXPECT_DOUBLE_EQ(detail::job_finding_probability(b, 0, 0), logistic(-2));
  EXPECT_DOUBLE_EQ(detail::job_finding_probability(b, profile_bit::H, 11), logistic(-3));
  EXPECT_DOUBLE_EQ(detail::job_finding_probability(b, 0, 12), logistic(-2.5));
  EXPECT_DOUBLE_EQ(detail::job_finding_probability(b, 0, 24), logistic(-2.75));
  EXPECT_DOUBLE_EQ(detail::job_finding_probability(b, 0, 60), logistic(-2.875));
}

}  // namespace
}  // namespace groeipad
