#include <fmt/format.h>

#include "commands.hpp"
#include "groeipad/io/scenario_reader.hpp"

namespace groeipad::cli {

// Reads the scenario and its parameters completely, as run would, without running.
int validate_command(const std::filesystem::path& scenario_file) {
  const Scenario scenario = io::read_scenario(scenario_file);
  fmt::print("{}: ok (scenario {}, {} months from {}, parameters {})\n", scenario_file.string(),
             scenario.name, scenario.months, scenario.start.to_string(), scenario.parameters.label);
  return 0;
}

}  // namespace groeipad::cli
