#pragma once
// Scenarios for engine tests: the real baseline (read through the scenario reader, so
// the figures are those of the parameters file) and small synthetic ones.

#include <string>

#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/scenario/scenario.hpp"

namespace groeipad::testing {

inline Scenario baseline_scenario(int months = 120) {
  Scenario s = io::read_scenario(std::string(GROEIPAD_SOURCE_DIR) + "/scenarios/baseline.toml");
  s.months = months;
  return s;
}

// The baseline with every programme's capacity cut by `share` from month `from`.
inline Scenario budget_cut_scenario(double share, int from_month, int months) {
  Scenario s = baseline_scenario(months);
  for (const Programme p : kAllProgrammes) {
    const double start_vte = s.parameters.programme(p).start_vte;
    s.capacity[index_of(p)].steps.push_back({s.start.plus(from_month), -share * start_vte});
  }
  return s;
}

}  // namespace groeipad::testing
