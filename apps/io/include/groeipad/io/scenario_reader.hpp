#pragma once
// Reads a scenario file (scenarios/*.toml) into the engine's Scenario: the parameters
// file it names, with its [overrides] laid over it, and the capacity paths.
// The format is described in scenarios/README.md.

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "groeipad/scenario/scenario.hpp"

namespace groeipad::io {

// The largest seed: a TOML integer is a signed 64-bit one, so seeds are 0..2^63-1,
// whether written in a scenario file or given on the command line.
inline constexpr std::int64_t kMaxSeed = std::numeric_limits<std::int64_t>::max();

// Throws InputError, one line "FILE:LINE: KEY: what was expected, what was found";
// problems in [overrides] are reported at the scenario file, as overrides.KEY.
Scenario read_scenario(const std::filesystem::path& file);

struct InheritedFile {
  std::filesystem::path path;
  std::string bytes;
};

// A scenario with the bytes of the files it was read from, each read once: the
// digests of a run's manifest are of exactly what was parsed, whatever happens to the
// files later (or when they are pipes, as with `groeipad run <(...)`).
struct ScenarioInput {
  Scenario scenario;
  std::filesystem::path scenario_file;  // as given to the reader
  std::string scenario_bytes;
  std::string parameters_bytes;  // the file as read, before the overrides
  // The scenario files it inherits from (`base`), nearest first: path and bytes as read.
  std::vector<InheritedFile> base_files;
};

// As read_scenario().
ScenarioInput read_scenario_input(const std::filesystem::path& file);

// As read_scenario_input(), with `bytes` taken as the content of `file`: the file itself is
// not read, but the files it names (base, parameters) are, relative to its directory.
ScenarioInput read_scenario_input(const std::filesystem::path& file, std::string bytes);
// A scenario that is not read from a file (the Python module writes a dict as TOML):
// read exactly as a file with these bytes would be. `file` names it in messages, and
// the paths it holds (parameters, base) are relative to its directory.
ScenarioInput read_scenario_text(std::string text, const std::filesystem::path& file);

}  // namespace groeipad::io
