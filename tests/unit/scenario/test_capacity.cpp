// Capacity paths: budgets, costs per VTE, steps in VTE and in euro, phase-in, yearly
// growth and cuts, month by month, as the engine asks for them through capacity_vte().

#include <gtest/gtest.h>

#include "capacity_fixtures.hpp"

namespace groeipad {
namespace {

using testing::capacity_scenario;
using testing::eur_step;
using testing::kStart;
using testing::vte_step;

CapacityPath& path_of(Scenario& s, Programme p) { return s.capacity[index_of(p)]; }

TEST(Capacity, WithoutAPathTheStartOccupancyHoldsAtScale) {
  Scenario s = capacity_scenario();
  s.population_scale = 3;
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 0), 270);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::AZ, 119), 30);
}

TEST(Capacity, BudgetDividedByTheCostPerVte) {
  Scenario s = capacity_scenario();
  path_of(s, Programme::SW).budget_eur = 3'000'000;  // 15,000 euro per VTE
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 0), 200);
  s.population_scale = 2;
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 50), 400);
  // The cost does not scale: a place costs what it costs.
  EXPECT_DOUBLE_EQ(s.cost_per_vte_eur(Programme::SW), 15000);
}

TEST(Capacity, ZeroBudgetIsNoCapacity) {
  Scenario s = capacity_scenario();
  path_of(s, Programme::LDE).budget_eur = 0;
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::LDE, 0), 0);
}

TEST(Capacity, ScenarioCostOverridesTheParameters) {
  Scenario s = capacity_scenario();
  CapacityPath& sw = path_of(s, Programme::SW);
  sw.budget_eur = 3'000'000;
  sw.cost_per_vte_eur = 20000;
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 0), 150);
  EXPECT_DOUBLE_EQ(s.cost_per_vte_eur(Programme::SW), 20000);
  // The parameters' own growth cost still holds for growth money.
  EXPECT_DOUBLE_EQ(s.growth_cost_per_vte_eur(Programme::SW), 12500);
}

TEST(Capacity, GrowthCostDefaultsToTheCostInForce) {
  Scenario s = capacity_scenario();
  EXPECT_DOUBLE_EQ(s.growth_cost_per_vte_eur(Programme::LDE), 10000);
  path_of(s, Programme::LDE).cost_per_vte_eur = 8000;
  EXPECT_DOUBLE_EQ(s.growth_cost_per_vte_eur(Programme::LDE), 8000);
  path_of(s, Programme::LDE).growth_cost_per_vte_eur = 4000;
  EXPECT_DOUBLE_EQ(s.growth_cost_per_vte_eur(Programme::LDE), 4000);
  EXPECT_DOUBLE_EQ(s.cost_per_vte_eur(Programme::LDE), 8000);
}

// Growth money buys places at the growth cost; a cut removes places at the cost per VTE.
TEST(Capacity, EuroStepsUseTheGrowthCostUpAndTheCostDown) {
  Scenario s = capacity_scenario();
  CapacityPath& sw = path_of(s, Programme::SW);
  sw.steps.push_back(eur_step(kStart.plus(2), 250'000));   // / 12,500 = +20 VTE
  sw.steps.push_back(eur_step(kStart.plus(5), -300'000));  // / 15,000 = -20 VTE
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 1), 60);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 2), 80);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 4), 80);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 5), 60);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 119), 60);
}

TEST(Capacity, ScenarioGrowthCostConvertsGrowthMoney) {
  Scenario s = capacity_scenario();
  CapacityPath& az = path_of(s, Programme::AZ);
  az.growth_cost_per_vte_eur = 1000;
  az.steps.push_back(eur_step(kStart, 5000));   // +5 VTE at 1,000
  az.steps.push_back(eur_step(kStart, -5000));  // -2 VTE at the cost, 2,500
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::AZ, 0), 13);
}

TEST(Capacity, PhaseInArrivesLinearly) {
  Scenario s = capacity_scenario();
  path_of(s, Programme::LDE).steps.push_back(vte_step(kStart.plus(2), 12, 4));
  const double expected[] = {20, 20, 23, 26, 29, 32, 32, 32};
  for (int month = 0; month < 8; ++month) {
    EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::LDE, month), expected[month]) << month;
  }
}

TEST(Capacity, PhasedCutInEuro) {
  Scenario s = capacity_scenario();
  // -100,000 euro at 10,000 per VTE: -10 VTE over 5 months, 2 a month.
  path_of(s, Programme::LDE).steps.push_back(eur_step(kStart.plus(1), -100'000, 5));
  const double expected[] = {20, 18, 16, 14, 12, 10, 10};
  for (int month = 0; month < 7; ++month) {
    EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::LDE, month), expected[month]) << month;
  }
}

// The first increase is at growth_from itself, then every 12 months.
TEST(Capacity, AnnualGrowthCompoundsFromItsFirstMonth) {
  Scenario s = capacity_scenario();
  CapacityPath& bw = path_of(s, Programme::BW);
  bw.base_vte = 100;
  bw.annual_growth_pct = 10;
  bw.growth_from = kStart.plus(3);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 0), 100);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 2), 100);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 3), 110);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 14), 110);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 15), 121);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 27), 133.1);
}

// Growth applies to the base (here a budget), not to the steps on top of it.
TEST(Capacity, AnnualGrowthOfABudgetLeavesStepsAlone) {
  Scenario s = capacity_scenario();
  CapacityPath& sw = path_of(s, Programme::SW);
  sw.budget_eur = 1'500'000;  // 100 VTE
  sw.annual_growth_pct = -50;
  sw.growth_from = kStart.plus(12);
  sw.steps.push_back(vte_step(kStart.plus(6), 10));
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 6), 110);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 12), 60);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 24), 35);
}

TEST(Capacity, GrowthOfTheStartOccupancyWhenNoBaseIsGiven) {
  Scenario s = capacity_scenario();
  CapacityPath& inv = path_of(s, Programme::INV_NDC);
  inv.annual_growth_pct = 2;
  inv.growth_from = kStart;
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::INV_NDC, 0), 30 * 1.02);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::INV_NDC, 12), 30 * 1.02 * 1.02);
}

TEST(Capacity, StepsAddUpInAnyOrder) {
  Scenario s = capacity_scenario();
  CapacityPath& az = path_of(s, Programme::AZ);
  az.steps.push_back(vte_step(kStart.plus(10), -4));
  az.steps.push_back(eur_step(kStart.plus(1), 10'000));  // +4 VTE at 2,500
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::AZ, 0), 10);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::AZ, 1), 14);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::AZ, 10), 10);
}

TEST(Capacity, FreeFunctionsAgreeWithTheScenario) {
  Scenario s = capacity_scenario();
  CapacityPath& lde = path_of(s, Programme::LDE);
  lde.budget_eur = 400'000;
  const ProgrammeParameters& pp = s.parameters.programme(Programme::LDE);
  const CapacityCosts costs = capacity_costs(lde, pp);
  EXPECT_DOUBLE_EQ(base_vte(lde, pp, costs), 40);
  EXPECT_DOUBLE_EQ(growth_factor(lde, kStart.plus(30)), 1);
  EXPECT_DOUBLE_EQ(step_full_vte(eur_step(kStart, 50'000), costs), 5);
  EXPECT_DOUBLE_EQ(step_vte(eur_step(kStart.plus(1), 50'000), costs, kStart), 0);
  EXPECT_DOUBLE_EQ(path_capacity_vte(lde, pp, kStart), s.capacity_vte(Programme::LDE, 0));
}

}  // namespace
}  // namespace groeipad
