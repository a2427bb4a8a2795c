#pragma once
// A scenario: what is simulated (start, horizon, capacity per programme) on top of a
// parameter set. A plain value; the TOML reader that builds it lives beside the CLI.

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include "groeipad/core/calendar.hpp"
#include "groeipad/core/programme.hpp"
#include "groeipad/params/parameters.hpp"
#include "groeipad/scenario/capacity.hpp"

namespace groeipad {

struct Scenario {
  std::string name;
  std::string description;  // free text for readers; not used by the model
  // As resolved from the directory of the scenario file that names it (which may be a
  // file the scenario inherits from).
  std::filesystem::path parameters_file;
  YearMonth start{2011, 6};
  int months = 120;
  int population_scale = 1;  // start population and every VTE figure times this
  std::uint64_t seed = 1;
  int replications = 1;
  std::array<CapacityPath, kProgrammeCount> capacity;
  Parameters parameters;

  // Capacity in VTE of a programme in month `month` (0 = the start month), scaled.
  [[nodiscard]] double capacity_vte(Programme p, int month) const;
  // Euro per VTE of a programme in this scenario (scale-free: a place costs the same
  // whatever the population scale), for reporting what capacity costs.
  [[nodiscard]] double cost_per_vte_eur(Programme p) const;
  // Euro per VTE added by growth money.
  [[nodiscard]] double growth_cost_per_vte_eur(Programme p) const;
};

}  // namespace groeipad
