#pragma once
// Reads a parameters file (calibration/params/*.toml) into the engine's Parameters.
// The format is described in scenarios/README.md.

#include <filesystem>

#include "groeipad/params/parameters.hpp"

namespace groeipad::io {

// Throws InputError, one line "FILE:LINE: KEY: what was expected, what was found",
// for a file that cannot be read, a syntax error, or any value out of its domain.
Parameters read_parameters(const std::filesystem::path& file);

}  // namespace groeipad::io
