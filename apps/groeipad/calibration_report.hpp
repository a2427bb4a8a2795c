#pragma once
// What `groeipad calibrate` prints: every target next to its fitted value, the shares and
// choices behind the population, the coefficients and the sensitivity tables; as text for
// people, or as JSON with `--json`.

#include <string>

#include "groeipad/calibration/calibrate.hpp"

namespace groeipad::cli {

std::string calibration_text(const calibration::Calibration& c);
std::string calibration_json(const calibration::Calibration& c);

}  // namespace groeipad::cli
