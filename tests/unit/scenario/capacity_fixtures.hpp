#pragma once
// Scenarios for the capacity tests, built in code: every programme with a start
// occupancy and costs per VTE chosen so that the euro figures of the tests convert to
// whole or binary-exact VTE.

#include "groeipad/scenario/scenario.hpp"

namespace groeipad::testing {

inline constexpr YearMonth kStart{2011, 6};

// Start VTE BW 90, SW 60, INV_DC 40, INV_NDC 30, LDE 20, AZ 10; cost per VTE BW 20,000,
// SW 15,000 (growth money 12,500), INV_DC and INV_NDC 5,000, LDE 10,000, AZ 2,500.
inline Scenario capacity_scenario() {
  Scenario s;
  s.name = "capacity";
  s.start = kStart;
  s.months = 120;
  const double start_vte[] = {90, 60, 40, 30, 20, 10};
  const double cost[] = {20000, 15000, 5000, 5000, 10000, 2500};
  for (const Programme p : kAllProgrammes) {
    ProgrammeParameters& pp = s.parameters.programmes[index_of(p)];
    pp.start_persons = static_cast<std::int64_t>(start_vte[index_of(p)]);
    pp.start_vte = start_vte[index_of(p)];
    pp.cost_per_vte_eur = cost[index_of(p)];
  }
  s.parameters.programmes[index_of(Programme::SW)].growth_cost_per_vte_eur = 12500;
  return s;
}

// A step as the scenario file writes it.
inline CapacityStep vte_step(YearMonth from, double vte, int phase_in_months = 1) {
  CapacityStep step;
  step.from = from;
  step.vte = vte;
  step.phase_in_months = phase_in_months;
  return step;
}

inline CapacityStep eur_step(YearMonth from, double eur, int phase_in_months = 1) {
  CapacityStep step;
  step.from = from;
  step.eur = eur;
  step.phase_in_months = phase_in_months;
  return step;
}

}  // namespace groeipad::testing
