#pragma once
// The short readable summary a run prints: per programme, persons, VTE, inflow, outflow
// and outflow to work in the first and the last calendar year of the horizon, and the
// job seekers at the start and the end.

#include <string>
#include <vector>

#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/summary.hpp"

namespace groeipad::cli {

std::string run_summary(const Scenario& scenario, int replications,
                        const std::vector<SummaryRow>& yearly,
                        const std::vector<SummaryRow>& jobseekers);

}  // namespace groeipad::cli
