#pragma once
// What `groeipad calibrate` prints for people: every target next to its fitted value, the
// shares and choices behind the population, the coefficients and the sensitivity tables
// (the JSON form is the library's: groeipad/calibration/report_json.hpp).

#include <string>

#include "groeipad/calibration/calibrate.hpp"

namespace groeipad::cli {

std::string calibration_text(const calibration::Calibration& c);

}  // namespace groeipad::cli
