#pragma once
// Capacity paths: how many VTE a programme may fill in a month. A path has a base (in
// VTE, or a yearly budget in euro), yearly growth of that base, and steps (in VTE, or
// money in euro) that may phase in over several months.
//
// Money becomes VTE before anything else happens to it, and from there a path written
// in euro and the same path written in VTE take exactly the same arithmetic: a euro
// figure that converts to an exact VTE figure gives the same capacity to the last bit.
// Everything here is at population scale 1; the scenario multiplies by its scale.

#include <optional>
#include <vector>

#include "groeipad/core/calendar.hpp"
#include "groeipad/params/parameters.hpp"

namespace groeipad {

// Capacity added (or removed, when negative) from a month on.
struct CapacityStep {
  YearMonth from;
  double vte = 0;  // the change in VTE; not used when `eur` is set
  // The change as money instead: positive is growth money (converted at the growth cost
  // per VTE), negative a cut (converted at the cost per VTE of the places it removes).
  std::optional<double> eur{};
  // The step's VTE arrive linearly: month k of the phase-in (k = 1..M, the first being
  // `from`) has k/M of the step.
  int phase_in_months = 1;
};

struct CapacityPath {
  // The base capacity: base_vte, or budget_eur / cost per VTE, or (neither set) the
  // programme's starting occupancy.
  std::optional<double> base_vte;
  std::optional<double> budget_eur;  // a yearly budget
  // Scenario-level costs in euro per VTE; unset, the parameters' costs hold.
  std::optional<double> cost_per_vte_eur;
  std::optional<double> growth_cost_per_vte_eur;
  std::vector<CapacityStep> steps;
  // The base grows by this percentage every 12 months, the first time at growth_from
  // (unset: no growth). Steps do not grow: they are changes on top of the base.
  double annual_growth_pct = 0;
  std::optional<YearMonth> growth_from;
};

// The costs in force for a path, in euro per VTE (scale-free).
struct CapacityCosts {
  double per_vte_eur = 0;
  double growth_per_vte_eur = 0;
};

// The scenario's costs where it sets them, else the parameters'. A growth cost given
// nowhere is the cost per VTE in force.
[[nodiscard]] CapacityCosts capacity_costs(const CapacityPath& path,
                                           const ProgrammeParameters& programme);

// The base capacity in VTE, before growth.
[[nodiscard]] double base_vte(const CapacityPath& path, const ProgrammeParameters& programme,
                              const CapacityCosts& costs);

// The factor the base is multiplied by in `month`: (1 + G/100)^n, n the number of
// growth dates (growth_from, then every 12 months) at or before `month`.
[[nodiscard]] double growth_factor(const CapacityPath& path, YearMonth month);

// A step's full size in VTE, once phased in.
[[nodiscard]] double step_full_vte(const CapacityStep& step, const CapacityCosts& costs);

// A step's contribution in VTE in `month`: 0 before `from`, then k/M of its full size.
[[nodiscard]] double step_vte(const CapacityStep& step, const CapacityCosts& costs,
                              YearMonth month);

// The capacity in VTE in `month`: the grown base plus every step, in the order written.
[[nodiscard]] double path_capacity_vte(const CapacityPath& path,
                                       const ProgrammeParameters& programme, YearMonth month);

}  // namespace groeipad
