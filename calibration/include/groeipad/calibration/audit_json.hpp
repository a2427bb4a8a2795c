#pragma once
// The audit's findings as JSON, for `groeipad audit --json`, for `groeipad calibrate --json`
// (its "audit" member) and for notebooks: one object a finding, in the order of the audit.

#include <nlohmann/json.hpp>
#include <vector>

#include "groeipad/calibration/finding.hpp"

namespace groeipad::calibration {

// [{"table", "row", "column", "year" (null when none), "printed", "implied", "rule",
//   "use" ("printed", "corrected", "not used", or null when the data file states none),
//   "uses" (the value the calibration uses: the printed or the corrected figure; null when
//   it uses none or none is stated), "reason" (null when none is stated)}, ...]
nlohmann::ordered_json audit_json(const std::vector<Finding>& findings);

}  // namespace groeipad::calibration
