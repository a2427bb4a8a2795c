#include "groeipad/scenario/scenario.hpp"

namespace groeipad {

double Scenario::capacity_vte(Programme p, int month) const {
  const CapacityPath& path = capacity[index_of(p)];
  return path_capacity_vte(path, parameters.programme(p), start.plus(month)) * population_scale;
}

double Scenario::cost_per_vte_eur(Programme p) const {
  return capacity_costs(capacity[index_of(p)], parameters.programme(p)).per_vte_eur;
}

double Scenario::growth_cost_per_vte_eur(Programme p) const {
  return capacity_costs(capacity[index_of(p)], parameters.programme(p)).growth_per_vte_eur;
}

}  // namespace groeipad
