#include "groeipad/scenario/capacity.hpp"

#include <algorithm>
#include <cmath>

namespace groeipad {

CapacityCosts capacity_costs(const CapacityPath& path, const ProgrammeParameters& programme) {
  CapacityCosts costs;
  costs.per_vte_eur = path.cost_per_vte_eur.value_or(programme.cost_per_vte_eur);
  // The scenario's growth cost, else the parameters' own growth cost; only when neither
  // is given does growth money buy places at the cost per VTE in force.
  costs.growth_per_vte_eur = path.growth_cost_per_vte_eur.value_or(
      programme.growth_cost_per_vte_eur.value_or(costs.per_vte_eur));
  return costs;
}

double base_vte(const CapacityPath& path, const ProgrammeParameters& programme,
                const CapacityCosts& costs) {
  if (path.base_vte) return *path.base_vte;
  if (path.budget_eur) return *path.budget_eur / costs.per_vte_eur;
  return programme.start_vte;
}

double growth_factor(const CapacityPath& path, YearMonth month) {
  if (!path.growth_from || month < *path.growth_from) return 1.0;
  const int dates = (month.serial() - path.growth_from->serial()) / 12 + 1;
  return std::pow(1.0 + path.annual_growth_pct / 100.0, dates);
}

double step_full_vte(const CapacityStep& step, const CapacityCosts& costs) {
  if (!step.eur) return step.vte;
  const double eur = *step.eur;
  return eur / (eur > 0 ? costs.growth_per_vte_eur : costs.per_vte_eur);
}

double step_vte(const CapacityStep& step, const CapacityCosts& costs, YearMonth month) {
  if (month < step.from) return 0.0;
  const double full = step_full_vte(step, costs);
  const int months = std::max(step.phase_in_months, 1);
  const int arrived = std::min(month.serial() - step.from.serial() + 1, months);
  // A step without phase-in is its full size exactly, not full * 1 / 1 rounded twice.
  if (arrived == months) return full;
  return full * arrived / months;
}

double path_capacity_vte(const CapacityPath& path, const ProgrammeParameters& programme,
                         YearMonth month) {
  const CapacityCosts costs = capacity_costs(path, programme);
  double vte = base_vte(path, programme, costs) * growth_factor(path, month);
  for (const CapacityStep& step : path.steps) vte += step_vte(step, costs, month);
  return vte;
}

}  // namespace groeipad
