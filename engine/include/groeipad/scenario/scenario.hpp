#pragma once
// A scenario: what is simulated (start, horizon, capacity per programme) on top of a
// parameter set. A plain value; the TOML reader that builds it lives beside the CLI.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "groeipad/core/calendar.hpp"
#include "groeipad/core/programme.hpp"
#include "groeipad/params/parameters.hpp"

namespace groeipad {

// Capacity added (or removed, when negative) from a month on.
struct CapacityStep {
  YearMonth from;
  double vte = 0;
};

struct CapacityPath {
  std::optional<double> base_vte;  // unset: the programme's starting occupancy
  std::vector<CapacityStep> steps;
};

struct Scenario {
  std::string name;
  std::string description;                // free text for readers; not used by the model
  std::filesystem::path parameters_file;  // as resolved from the scenario file's directory
  YearMonth start{2011, 6};
  int months = 120;
  int population_scale = 1;  // start population and every VTE figure times this
  std::uint64_t seed = 1;
  int replications = 1;
  std::array<CapacityPath, kProgrammeCount> capacity;
  Parameters parameters;

  // Capacity in VTE of a programme in month `month` (0 = the start month), scaled.
  [[nodiscard]] double capacity_vte(Programme p, int month) const;
};

}  // namespace groeipad
