// A capacity path written in euro and the same path written in VTE give the same
// capacity in every month. The euro figures are chosen so that each converts to an
// exact binary VTE figure (the costs are whole euro and the quotients whole or halves),
// so the comparison is exact: money becomes VTE first and from there both paths take
// the same arithmetic, so any difference would be a bug, not rounding.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "capacity_fixtures.hpp"

namespace groeipad {
namespace {

using testing::capacity_scenario;
using testing::eur_step;
using testing::kStart;
using testing::vte_step;

struct Equivalence {
  std::string name;
  Programme programme;
  CapacityPath in_eur;
  CapacityPath in_vte;
};

void expect_same_capacity(const Equivalence& c) {
  Scenario eur = capacity_scenario();
  Scenario vte = capacity_scenario();
  eur.population_scale = vte.population_scale = 3;
  eur.capacity[index_of(c.programme)] = c.in_eur;
  vte.capacity[index_of(c.programme)] = c.in_vte;
  for (int month = 0; month <= eur.months; ++month) {
    ASSERT_EQ(eur.capacity_vte(c.programme, month), vte.capacity_vte(c.programme, month))
        << c.name << ", month " << month;
  }
}

CapacityPath with_base(double base_vte) {
  CapacityPath path;
  path.base_vte = base_vte;
  return path;
}

CapacityPath with_budget(double budget_eur) {
  CapacityPath path;
  path.budget_eur = budget_eur;
  return path;
}

std::vector<Equivalence> cases() {
  std::vector<Equivalence> all;
  // SW: 15,000 euro per VTE, growth money 12,500.
  {
    Equivalence c{"SW budget, growth money and a cut", Programme::SW, with_budget(3'000'000),
                  with_base(200)};
    c.in_eur.steps = {eur_step(kStart.plus(4), 250'000), eur_step(kStart.plus(30), -450'000)};
    c.in_vte.steps = {vte_step(kStart.plus(4), 20), vte_step(kStart.plus(30), -30)};
    all.push_back(c);
  }
  // BW: 20,000 euro per VTE; phased-in steps, half VTE included.
  {
    Equivalence c{"BW phased steps", Programme::BW, with_budget(1'800'000), with_base(90)};
    c.in_eur.steps = {eur_step(kStart.plus(7), 250'000, 12), eur_step(kStart.plus(40), -90'000, 3)};
    c.in_vte.steps = {vte_step(kStart.plus(7), 12.5, 12), vte_step(kStart.plus(40), -4.5, 3)};
    all.push_back(c);
  }
  // LDE: 10,000 euro per VTE; yearly growth of a budget and of a VTE base alike.
  {
    Equivalence c{"LDE yearly growth", Programme::LDE, with_budget(200'000), with_base(20)};
    for (CapacityPath* path : {&c.in_eur, &c.in_vte}) {
      path->annual_growth_pct = 2;
      path->growth_from = kStart.plus(7);
    }
    c.in_eur.steps = {eur_step(kStart.plus(19), 50'000, 6)};
    c.in_vte.steps = {vte_step(kStart.plus(19), 5, 6)};
    all.push_back(c);
  }
  // AZ: scenario costs instead of the parameters' (4,000 and 2,000 euro per VTE).
  {
    Equivalence c{"AZ scenario costs", Programme::AZ, with_budget(48'000), with_base(12)};
    c.in_eur.cost_per_vte_eur = 4000;
    c.in_eur.growth_cost_per_vte_eur = 2000;
    c.in_eur.steps = {eur_step(kStart, 7000), eur_step(kStart.plus(60), -6000, 2)};
    c.in_vte.steps = {vte_step(kStart, 3.5), vte_step(kStart.plus(60), -1.5, 2)};
    all.push_back(c);
  }
  // INV_DC: no base given either way (the start occupancy), only steps.
  {
    Equivalence c{"INV_DC steps on the start occupancy", Programme::INV_DC, {}, {}};
    c.in_eur.steps = {eur_step(kStart.plus(1), 25'000), eur_step(kStart.plus(2), -20'000, 4)};
    c.in_vte.steps = {vte_step(kStart.plus(1), 5), vte_step(kStart.plus(2), -4, 4)};
    all.push_back(c);
  }
  return all;
}

TEST(CapacityEquivalence, EuroAndVteGiveTheSameCapacityEveryMonth) {
  for (const Equivalence& c : cases()) expect_same_capacity(c);
}

// With the parameters' real figures: the 2012 BW budget over the cost per VTE it was
// derived from gives back the 14,365 VTE of Table 6 exactly.
TEST(CapacityEquivalence, RealBudgetGivesBackTheTable6Vte) {
  Scenario eur = capacity_scenario();
  Scenario vte = capacity_scenario();
  eur.parameters.programmes[index_of(Programme::BW)].cost_per_vte_eur = 239'148'000.0 / 14365;
  eur.capacity[index_of(Programme::BW)] = with_budget(239'148'000);
  vte.capacity[index_of(Programme::BW)] = with_base(14365);
  for (int month = 0; month <= eur.months; ++month) {
    ASSERT_EQ(eur.capacity_vte(Programme::BW, month), vte.capacity_vte(Programme::BW, month));
  }
}

}  // namespace
}  // namespace groeipad
