#pragma once
// Paired comparison of two scenarios run with the same seeds: replication r of each uses
// the same draws for the same person, month and purpose (common random numbers), so the
// difference of replication r's values is the effect of the scenario change with the
// noise of the draws largely cancelled. Differences are summarised per row (mean and
// 5/95 % percentiles) and over the horizon.

#include <string>
#include <vector>

#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/summary.hpp"

namespace groeipad {

struct ComparisonRow {
  std::string period;
  std::string unit;
  std::string metric;
  double base_mean = 0;
  double alt_mean = 0;
  Quantiles difference;  // of alt - base, replication by replication
};

// Rows of one table; both accumulators must have the same rows and replications.
std::vector<ComparisonRow> compare_table(const Accumulator& base, const Accumulator& alt,
                                         Table table);

// Totals over the horizon (months after the start) of alt minus base, per replication.
struct HorizonEffects {
  Quantiles vte_years;          // occupied VTE summed over months / 12
  Quantiles persons_reached;    // cumulative reach: the start stock plus all inflow
  Quantiles outflow_to_work;    // programme leavers to regular work
  Quantiles cost_eur;           // the money for the extra funded capacity, over the months
  Quantiles cost_per_work_eur;  // extra cost per extra leaver to work (for a cut: saved per lost)
  bool cost_per_work_defined = true;  // false unless every replication changes it the same way
};

// The yearly cost of a VTE per programme: `growth_cost` prices capacity the alternative
// adds, `cost` capacity it removes (as the scenario files convert money into places).
struct VteCosts {
  std::vector<double> cost;
  std::vector<double> growth_cost;
};
// The prices of a scenario's own files: what it pays for the places it adds (growth
// cost) or saves on the places it removes.
VteCosts vte_costs(const Scenario& scenario);

HorizonEffects horizon_effects(const Accumulator& base, const Accumulator& alt,
                               const VteCosts& costs);

}  // namespace groeipad
