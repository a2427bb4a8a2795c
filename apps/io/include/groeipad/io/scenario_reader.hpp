#pragma once
// Reads a scenario file (scenarios/*.toml) into the engine's Scenario: the parameters
// file it names, with its [overrides] laid over it, and the capacity paths.
// The format is described in scenarios/README.md.

#include <filesystem>

#include "groeipad/scenario/scenario.hpp"

namespace groeipad::io {

// Throws InputError, one line "FILE:LINE: KEY: what was expected, what was found";
// problems in [overrides] are reported at the scenario file, as overrides.KEY.
Scenario read_scenario(const std::filesystem::path& file);

}  // namespace groeipad::io
