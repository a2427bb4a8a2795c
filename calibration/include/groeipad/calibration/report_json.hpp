#pragma once
// A calibration as JSON: {"targets":[{"name","stage","target","fitted","difference",
// "source"}], "parameters":{...}, "derived_shares":[...], "total_sensitivity":[...],
// "duration_sensitivity":[...], "notes":[...]}, for `groeipad calibrate --json` (which adds
// the audit) and the Python module.

#include <nlohmann/json.hpp>

#include "groeipad/calibration/calibrate.hpp"

namespace groeipad::calibration {

nlohmann::json report_json(const Calibration& c);

}  // namespace groeipad::calibration
