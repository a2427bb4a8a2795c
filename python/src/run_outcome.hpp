#pragma once
// A finished run as the Python module holds it: the scenario as read, the options it ran
// with and the engine's result, whose value tables NumPy arrays view without copying.

#include <pybind11/pybind11.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad::python {

struct RunOutcome {
  std::shared_ptr<io::ScenarioInput> input;
  RunOptions options;
  RunResult result;
  double wall_seconds = 0;
};

// The scenario's seed and replications unless given; raises ValueError (TypeError for a
// seed that is not an integer) with the command line's wording, less its "--".
RunOptions checked_options(const Scenario& scenario, const pybind11::object& seed,
                           std::optional<int> replications, int threads);

// Runs the engine. Call it with the GIL released: it touches no Python object.
std::shared_ptr<RunOutcome> run_outcome(std::shared_ptr<io::ScenarioInput> input,
                                        const RunOptions& options);

// "monthly", "jobseekers" or "yearly"; ValueError otherwise.
Table table_named(const std::string& name);

}  // namespace groeipad::python
