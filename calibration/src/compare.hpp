#pragma once
// How a printed figure is held against the value the other figures imply: a count must
// agree exactly; a figure printed with d decimals agrees with any value that rounds to it,
// that is within half a unit of its last printed decimal.

#include <string>
#include <vector>

#include "groeipad/calibration/finding.hpp"
#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {

// Covers the binary representation of decimal figures (0.1 is not exact), nothing more.
constexpr double kDecimalSlack = 1e-9;

// The largest denominator of a fraction said in words ("de helft", "één vijfde", "drie
// kwart"): beyond tenths a writer gives a percentage.
constexpr int kLargestSpokenDenominator = 10;

// Whether a figure printed with `decimals` decimals can be `implied` rounded.
bool rounds_to(double printed, double implied, int decimals);

// 100 × part / whole: a percentage implied from counts.
double percent(double part, double whole);

// Whether a share printed in words as a simple fraction (given in percent) is the simple
// fraction nearest to the implied share: "de helft" for 49.3 % is, as no fraction with a
// denominator up to kLargestSpokenDenominator lies nearer.
bool nearest_simple_fraction(double printed_percent, double implied_percent);

// Adds the finding that the printed figure disagrees with `implied`, with the use and the
// reason the data file states for it.
void add_finding(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                 const std::string& rule);

// Adds a finding when the printed count differs from the implied one at all.
void check_count(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                 const std::string& rule);

// Adds a finding when the printed figure is not the implied value rounded to `decimals`.
void check_rounded(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                   int decimals, const std::string& rule);

// Adds a finding when a share printed in words is not the nearest simple fraction.
void check_fraction_in_words(std::vector<Finding>& findings, const io::SourceFigure& printed,
                             double implied, const std::string& rule);

// Adds a finding when the printed count exceeds the bound the other figures set for it.
void check_at_most(std::vector<Finding>& findings, const io::SourceFigure& printed, double bound,
                   const std::string& rule);

}  // namespace groeipad::calibration
