#pragma once
// The parameters file `groeipad calibrate` writes: the base file's assumptions with every
// calibrated value replaced, each with its provenance in the `{ value, source }` form.

#include <filesystem>
#include <string>

#include "groeipad/calibration/calibrate.hpp"

namespace groeipad::cli {

// The file's text. `command` is the command line that wrote it, for its header.
std::string calibrated_parameters_toml(const std::filesystem::path& base,
                                       const calibration::Calibration& calibration,
                                       const std::string& command);

}  // namespace groeipad::cli
