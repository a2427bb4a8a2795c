#pragma once
// The long-format CSV files of a run: monthly.csv, jobseekers.csv, yearly.csv.

#include <string>
#include <string_view>
#include <vector>

#include "groeipad/stats/summary.hpp"

namespace groeipad::output {

// A number as the files write it: fixed point with at most three decimals, trailing
// zeros dropped ("1250", "0.877", "-2.5").
std::string format_number(double value);

// Header `PERIOD,UNIT,metric,mean,p05,p50,p95` and one line per row.
std::string summary_csv(std::string_view period_column, std::string_view unit_column,
                        const std::vector<SummaryRow>& rows);

}  // namespace groeipad::output
