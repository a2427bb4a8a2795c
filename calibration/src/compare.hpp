#pragma once
// How a printed figure is held against the value the other figures imply: a count must
// agree exactly; a figure printed with d decimals agrees with any value that rounds to it,
// that is within half a unit of its last printed decimal.

#include <string>
#include <vector>

#include "groeipad/calibration/finding.hpp"
#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {

// Whether a figure printed with `decimals` decimals can be `implied` rounded.
bool rounds_to(double printed, double implied, int decimals);

// 100 × part / whole: a percentage implied from counts.
double percent(double part, double whole);

// Adds a finding when the printed count differs from the implied one at all.
void check_count(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                 const std::string& rule);

// Adds a finding when the printed figure is not the implied value rounded to `decimals`.
void check_rounded(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                   int decimals, const std::string& rule);

}  // namespace groeipad::calibration
