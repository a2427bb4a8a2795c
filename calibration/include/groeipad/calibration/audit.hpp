#pragma once
// The audit of the source data (calibration/data/*.csv): every table against its own
// totals, sums of sub-rows and printed ratios, and the tables against each other where
// they print the same quantity. What is checked and how rounding is judged is in
// calibration/README.md.

#include <cstddef>
#include <vector>

#include "groeipad/calibration/finding.hpp"
#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {

struct AuditReport {
  std::vector<Finding> findings;    // in the order of the checks, one per inconsistent figure
  std::size_t figures_checked = 0;  // distinct figures that took part in any check
};

// Runs every check on the figures. A check whose figures are not all there is skipped:
// a missing figure is no inconsistency.
AuditReport audit_report(const std::vector<io::SourceFigure>& figures);

std::vector<Finding> audit(const std::vector<io::SourceFigure>& figures);

}  // namespace groeipad::calibration
