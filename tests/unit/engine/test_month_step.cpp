// The monthly step's accounting: conservation of persons, capacity limits, budget cuts,
// one state per person.

#include <gtest/gtest.h>

#include <set>

#include "fixtures.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad {
namespace {

// Checks the month's identities against the month before; returns no failures quietly.
void expect_conservation(const MonthRecord& before, const MonthRecord& now, int month) {
  for (const Programme p : kAllProgrammes) {
    const ProgrammeMonth& b = before.programme(p);
    const ProgrammeMonth& n = now.programme(p);
    EXPECT_EQ(n.personen, b.personen + n.instroom - n.uitstroom)
        << "programme " << code_of(p) << " month " << month;
    EXPECT_LE(n.uitstroom_werk + n.uitstroom_pensioen, n.uitstroom) << code_of(p);
  }
  std::int64_t entered = 0;
  std::int64_t returned = 0;
  for (const Programme p : kAllProgrammes) {
    entered += now.programme(p).instroom;
    returned += now.programme(p).uitstroom - now.programme(p).uitstroom_werk -
                now.programme(p).uitstroom_pensioen;
  }
  const GroupMonth& b = before.group(Group::totaal);
  const GroupMonth& n = now.group(Group::totaal);
  EXPECT_EQ(n.naar_programma, entered) << "month " << month;
  EXPECT_EQ(n.van_programma, returned) << "month " << month;
  EXPECT_EQ(n.nwwz, b.nwwz - n.naar_werk - n.naar_out - n.naar_programma + n.van_programma + n.nieuw)
      << "job seekers, month " << month;
  EXPECT_EQ(now.everybody(), before.everybody() + n.nieuw) << "everybody, month " << month;
  // Groups: each kansengroep's own stock obeys the same identity.
  for (int g = 1; g < kGroupCount; ++g) {
    const GroupMonth& bg = before.groups[g];
    const GroupMonth& ng = now.groups[g];
    // Ageing moves persons into O, so only the groups that ageing cannot change balance.
    if (static_cast<Group>(g) == Group::O || static_cast<Group>(g) == Group::geen) continue;
    EXPECT_EQ(ng.nwwz, bg.nwwz - ng.naar_werk - ng.naar_out - ng.naar_programma + ng.van_programma +
                           ng.nieuw)
        << kGroupCodes[g] << " month " << month;
  }
}

TEST(MonthStep, ConservesPersonsEveryMonth) {
  const Scenario s = testing::baseline_scenario(120);
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  ASSERT_EQ(t.size(), 121U);
  for (std::size_t m = 1; m < t.size(); ++m) {
    expect_conservation(t[m - 1], t[m], static_cast<int>(m));
  }
}

TEST(MonthStep, HoldsTheJobSeekerStockAtItsStartLevel) {
  const Scenario s = testing::baseline_scenario(24);
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  for (const MonthRecord& r : t) EXPECT_EQ(r.group(Group::totaal).nwwz, t[0].group(Group::totaal).nwwz);
}

TEST(MonthStep, OccupiedVteNeverAboveCapacity) {
  const Scenario s = testing::baseline_scenario(60);
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  for (std::size_t m = 0; m < t.size(); ++m) {
    for (const Programme p : kAllProgrammes) {
      EXPECT_LE(t[m].programme(p).vte_units, t[m].programme(p).capacity_units)
          << code_of(p) << " month " << m;
    }
  }
}

TEST(MonthStep, ProgrammesRefillWhatLeaves) {
  const Scenario s = testing::baseline_scenario(24);
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  for (const Programme p : kAllProgrammes) {
    std::int64_t in = 0;
    for (std::size_t m = 1; m < t.size(); ++m) in += t[m].programme(p).instroom;
    EXPECT_GT(in, 0) << code_of(p);
    // Full programmes stay within one full-time place of their capacity.
    EXPECT_GT(t.back().programme(p).vte_units, t.back().programme(p).capacity_units - kVteUnits)
        << code_of(p);
  }
}

TEST(MonthStep, BudgetCutStopsEntryUntilAttritionBringsOccupancyUnderCapacity) {
  const int cut_month = 6;
  const Scenario s = testing::budget_cut_scenario(0.05, cut_month, 48);
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  for (const Programme p : kAllProgrammes) {
    int months_over = 0;
    for (std::size_t m = 1; m < t.size(); ++m) {
      const ProgrammeMonth& pm = t[m].programme(p);
      if (pm.vte_units > pm.capacity_units) {
        ++months_over;
        EXPECT_EQ(pm.instroom, 0) << code_of(p) << " month " << m;
        EXPECT_GE(static_cast<int>(m), cut_month);
      } else if (pm.instroom > 0) {
        EXPECT_LE(pm.vte_units, pm.capacity_units);
      }
    }
    // Where fewer than 5 % leave in a month, the cut takes months of attrition; where
    // more leave (invoeg), the month's exits absorb it at once.
    if (s.parameters.programme(p).exit_hazard_monthly < 0.04) {
      EXPECT_GE(months_over, 1) << code_of(p);
    }
  }
}

TEST(MonthStep, NobodyIsInTwoStatesAndCountsMatchThePopulation) {
  const Scenario s = testing::baseline_scenario(12);
  Replication r(s, s.seed, 0, 2);
  for (int m = 1; m <= 12; ++m) {
    const MonthRecord rec = r.advance();
    const Population& people = r.population();
    std::set<std::uint64_t> ids;
    std::array<std::int64_t, kProgrammeCount> participants{};
    std::int64_t job_seekers = 0;
    for (std::size_t i = 0; i < people.size(); ++i) {
      const std::uint8_t st = people.state[i];
      if (st == state::vacant) continue;
      ASSERT_LE(st, state::nwwz);
      const std::uint64_t id = (std::uint64_t{people.id_origin[i]} << 32U) | people.id_index[i];
      EXPECT_TRUE(ids.insert(id).second) << "person held twice, month " << m;
      if (st == state::nwwz) {
        ++job_seekers;
      } else {
        ++participants[st];
        EXPECT_GT(people.vte_units[i], 0);
      }
    }
    EXPECT_EQ(job_seekers, rec.group(Group::totaal).nwwz);
    for (const Programme p : kAllProgrammes) {
      EXPECT_EQ(participants[index_of(p)], rec.programme(p).personen) << code_of(p);
    }
  }
}

TEST(MonthStep, GrowthStepRaisesCapacityFromItsMonth) {
  Scenario s = testing::baseline_scenario(12);
  s.capacity[index_of(Programme::SW)].steps.push_back({s.start.plus(6), 100});
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  const std::int64_t base = t[0].programme(Programme::SW).capacity_units;
  EXPECT_EQ(t[5].programme(Programme::SW).capacity_units, base);
  EXPECT_EQ(t[6].programme(Programme::SW).capacity_units, base + 100 * kVteUnits);
  // The new places are filled from the pool the month they open.
  EXPECT_GT(t[6].programme(Programme::SW).instroom, t[5].programme(Programme::SW).instroom);
}

}  // namespace
}  // namespace groeipad
