// The start population against the source: exact Table 3 counts, long-term shares of
// section 3.2, programme stocks of Tables 5 and 6.

#include <gtest/gtest.h>

#include <cmath>

#include "fixtures.hpp"
#include "groeipad/population/duration_bands.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad {
namespace {

TEST(StartPopulation, HasTheExactGroupCountsOfTable3) {
  const Scenario s = testing::baseline_scenario(1);
  const Replication r(s, s.seed, 0, 2);
  const MonthRecord& start = r.start();
  EXPECT_EQ(start.group(Group::totaal).nwwz, 182510);
  EXPECT_EQ(start.group(Group::A).nwwz, 45493);
  EXPECT_EQ(start.group(Group::H).nwwz, 27980);
  EXPECT_EQ(start.group(Group::O).nwwz, 51318);
  EXPECT_EQ(start.group(Group::K).nwwz, 93831);
  EXPECT_EQ(start.group(Group::geen).nwwz, 45022);
}

TEST(StartPopulation, LongTermSharesWithinOnePointOfSection32) {
  const Scenario s = testing::baseline_scenario(1);
  const Replication r(s, s.seed, 0, 2);
  const MonthRecord& start = r.start();
  const LongTermTargets& lt = s.parameters.long_term;
  const auto share = [&](Group g) {
    return 100.0 * static_cast<double>(start.group(g).langdurig_2j) /
           static_cast<double>(start.group(g).nwwz);
  };
  const auto target = [&](std::int64_t count, Group g) {
    return 100.0 * static_cast<double>(count) / static_cast<double>(start.group(g).nwwz);
  };
  EXPECT_NEAR(share(Group::totaal), target(lt.any_group + lt.no_group, Group::totaal), 1.0);
  EXPECT_NEAR(share(Group::A), target(lt.a, Group::A), 1.0);
  EXPECT_NEAR(share(Group::H), target(lt.h, Group::H), 1.0);
  EXPECT_NEAR(share(Group::O), target(lt.o, Group::O), 1.0);
  EXPECT_NEAR(share(Group::K), target(lt.k, Group::K), 1.0);
  // The printed percentages of section 3.2, for the reader: 28, 21, 53, 57, 34.
  EXPECT_NEAR(share(Group::totaal), 28, 1.0);
  EXPECT_NEAR(share(Group::A), 21, 1.0);
  EXPECT_NEAR(share(Group::H), 53, 1.0);
  EXPECT_NEAR(share(Group::O), 57, 1.0);
  EXPECT_NEAR(share(Group::K), 34, 1.0);
}

TEST(StartPopulation, UnderOneYearShareMatchesTable4Split) {
  const Scenario s = testing::baseline_scenario(1);
  const Replication r(s, s.seed, 0, 1);
  const Population& people = r.population();
  std::int64_t job_seekers = 0;
  std::int64_t short_spell = 0;
  std::int64_t k_five_years = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (people.state[i] != state::nwwz) continue;
    ++job_seekers;
    short_spell += people.duration_months[i] < 12 ? 1 : 0;
    const bool k = (people.profile[i] & profile_bit::K) != 0;
    k_five_years += k && people.duration_months[i] >= 60 ? 1 : 0;
  }
  EXPECT_NEAR(static_cast<double>(short_spell) / static_cast<double>(job_seekers),
              s.parameters.shares.under_one_year, 0.001);
  // Section 3.3's count of K unemployed five years or more, met to rounding per cell.
  EXPECT_NEAR(static_cast<double>(k_five_years),
              static_cast<double>(s.parameters.long_term.k_five_years), 16);
}

TEST(StartPopulation, ProgrammesStartWithTable5PersonsAndTable6Vte) {
  const Scenario s = testing::baseline_scenario(1);
  const Replication r(s, s.seed, 0, 2);
  for (const Programme p : kAllProgrammes) {
    const ProgrammeMonth& pm = r.start().programme(p);
    const ProgrammeParameters& pp = s.parameters.programme(p);
    EXPECT_EQ(pm.personen, pp.start_persons) << code_of(p);
    // Occupied VTE is the start VTE to within one part-time fraction, never above.
    EXPECT_LE(pm.vte_units, pm.capacity_units) << code_of(p);
    EXPECT_GT(pm.vte_units, pm.capacity_units - kVteUnits) << code_of(p);
  }
}

TEST(StartPopulation, ScalesEveryCount) {
  Scenario s = testing::baseline_scenario(1);
  s.population_scale = 3;
  const Replication r(s, s.seed, 0, 2);
  EXPECT_EQ(r.start().group(Group::totaal).nwwz, 3 * 182510);
  EXPECT_EQ(r.start().programme(Programme::SW).personen,
            3 * s.parameters.programme(Programme::SW).start_persons);
}

TEST(StartPopulation, HotStateFitsInSixteenBytes) {
  EXPECT_LE(Population::bytes_per_person(), 16U);
}

TEST(DurationBands, SharesOfEachCellSumToOne) {
  const Scenario s = testing::baseline_scenario(1);
  const DurationBandShares shares = duration_band_shares(s.parameters);
  for (const ProfileCell& cell : s.parameters.cells) {
    double sum = 0;
    for (double x : shares[cell.flags]) {
      EXPECT_GE(x, 0);
      sum += x;
    }
    EXPECT_NEAR(sum, 1.0, 1e-12);
  }
}

TEST(DurationBands, ImpossibleLongTermFigureIsRejected) {
  Scenario s = testing::baseline_scenario(1);
  s.parameters.long_term.h = 10 * s.parameters.long_term.h;
  EXPECT_THROW(duration_band_shares(s.parameters), std::invalid_argument);
}

}  // namespace
}  // namespace groeipad
