// The monthly step's accounting: conservation of persons, capacity limits, budget cuts,
// one state per person.

#include <gtest/gtest.h>

#include <algorithm>
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
  EXPECT_EQ(n.nwwz,
            b.nwwz - n.naar_werk - n.naar_out - n.naar_programma + n.van_programma + n.nieuw)
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
  for (const MonthRecord& r : t) {
    EXPECT_EQ(r.group(Group::totaal).nwwz, t[0].group(Group::totaal).nwwz);
  }
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
  EXPECT_EQ(t[6].programme(Programme::SW).capacity_units, base + std::int64_t{100} * kVteUnits);
  // The new places are filled from the pool the month they open.
  EXPECT_GT(t[6].programme(Programme::SW).instroom, t[5].programme(Programme::SW).instroom);
}

}  // namespace
}  // namespace groeipad

namespace groeipad {
namespace {

// Entrants of month 1 (in the programme, zero months in it) and the eligible job seekers
// left behind, by their duration before the month's ageing.
struct EntryOutcome {
  std::vector<std::uint16_t> entrant_durations;
  std::vector<Profile> entrant_profiles;
  std::vector<std::uint16_t> left_durations;
  std::vector<Profile> left_profiles;
};

EntryOutcome month_one_entry(const Scenario& s, Programme p) {
  Replication r(s, s.seed, 0, 2);
  r.advance();
  const Population& people = r.population();
  const EligibilityRule& rule = s.parameters.programme(p).eligibility;
  EntryOutcome o;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (people.state[i] == static_cast<std::uint8_t>(p) && people.months_in_state[i] == 0) {
      o.entrant_durations.push_back(people.duration_months[i]);
      o.entrant_profiles.push_back(people.profile[i]);
    } else if (people.state[i] == state::nwwz && people.months_in_state[i] > 0) {
      const auto before = static_cast<std::uint16_t>(people.duration_months[i] - 1);
      if (rule.holds(people.profile[i], before, people.marks[i])) {
        o.left_durations.push_back(before);
        o.left_profiles.push_back(people.profile[i]);
      }
    }
  }
  return o;
}

TEST(ProgrammeEntry, LongestDurationFirstTakesTheLongestUnemployed) {
  Scenario s = testing::baseline_scenario(1);
  s.parameters.programmes[index_of(Programme::SW)].selection = SelectionRule::longest_duration;
  s.capacity[index_of(Programme::SW)].steps.push_back({s.start.plus(1), 100});
  const EntryOutcome o = month_one_entry(s, Programme::SW);
  ASSERT_GT(o.entrant_durations.size(), 100U);
  ASSERT_FALSE(o.left_durations.empty());
  EXPECT_GE(*std::min_element(o.entrant_durations.begin(), o.entrant_durations.end()),
            *std::max_element(o.left_durations.begin(), o.left_durations.end()));
}

TEST(ProgrammeEntry, WeightedSelectionFavoursTheWeightedGroup) {
  Scenario s = testing::baseline_scenario(1);
  ProgrammeParameters& lde = s.parameters.programmes[index_of(Programme::LDE)];
  lde.selection = SelectionRule::weighted;
  lde.flag_weights = {1, 10, 1, 1};  // H ten times as likely per person
  s.capacity[index_of(Programme::LDE)].steps.push_back({s.start.plus(1), 300});
  const EntryOutcome o = month_one_entry(s, Programme::LDE);
  const auto share_h = [](const std::vector<Profile>& v) {
    return static_cast<double>(std::count_if(v.begin(), v.end(),
                                             [](Profile p) { return (p & profile_bit::H) != 0; })) /
           static_cast<double>(v.size());
  };
  ASSERT_GT(o.entrant_profiles.size(), 300U);
  // With odds ten times higher, H's share among entrants is far above its share in the
  // pool (about 15 % of the pool; a binomial bound at this size is a few points).
  EXPECT_GT(share_h(o.entrant_profiles), share_h(o.left_profiles) + 0.25);
}

TEST(ProgrammeEntry, FillRateCapsTheMonthsEntrants) {
  Scenario full = testing::baseline_scenario(1);
  full.capacity[index_of(Programme::LDE)].steps.push_back({full.start.plus(1), 200});
  Scenario half = full;
  half.parameters.fill_rate = 0.5;
  const Trajectory a = run_replication(full, full.seed, 0, 2);
  const Trajectory b = run_replication(half, half.seed, 0, 2);
  const std::int64_t all = a[1].programme(Programme::LDE).instroom;
  EXPECT_EQ(b[1].programme(Programme::LDE).instroom, (all + 1) / 2);
}

}  // namespace
}  // namespace groeipad
