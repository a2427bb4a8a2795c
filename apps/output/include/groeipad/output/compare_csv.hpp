#pragma once
// compare.csv and compare_yearly.csv: per alternative scenario, the base and alternative
// means and the paired difference (mean, 5 % and 95 % percentiles) of every row.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "groeipad/stats/comparison.hpp"

namespace groeipad::output {

// (scenario name, its rows) for each alternative, in order.
using ComparedTables = std::vector<std::pair<std::string, std::vector<ComparisonRow>>>;

// Header `scenario,PERIOD,programme,metric,base_mean,alt_mean,diff_mean,diff_p05,diff_p95`.
std::string compare_csv(std::string_view period_column, const ComparedTables& tables);

}  // namespace groeipad::output
