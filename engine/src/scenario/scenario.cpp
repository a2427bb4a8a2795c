#include "groeipad/scenario/scenario.hpp"

namespace groeipad {

double Scenario::capacity_vte(Programme p, int month) const {
  const CapacityPath& path = capacity[index_of(p)];
  double vte = path.base_vte.value_or(parameters.programme(p).start_vte);
  const YearMonth now = start.plus(month);
  for (const CapacityStep& step : path.steps) {
    if (step.from <= now) vte += step.vte;
  }
  return vte * population_scale;
}

}  // namespace groeipad
