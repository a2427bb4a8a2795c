#pragma once
// The named checks of the audit, one quantity each. Each looks up the figures it needs,
// returns a finding for every printed figure that disagrees with what the others imply,
// and returns nothing when a figure it needs is missing.

#include <vector>

#include "figure_index.hpp"
#include "groeipad/calibration/finding.hpp"

namespace groeipad::calibration {

// Tabel 2, Tabel 3 and the text of §3.2 (checks_nwwz.cpp).
std::vector<Finding> check_table3_total(FigureIndex& figures);
std::vector<Finding> check_table2_june_2011_is_table3(FigureIndex& figures);
std::vector<Finding> check_table2_growth(FigureIndex& figures);
std::vector<Finding> check_s3_2_group_counts(FigureIndex& figures);
std::vector<Finding> check_s3_2_shares(FigureIndex& figures);
std::vector<Finding> check_s3_2_half(FigureIndex& figures);
std::vector<Finding> check_s3_2_overlaps(FigureIndex& figures);
std::vector<Finding> check_s3_2_long_term(FigureIndex& figures);

// Tabel 4 and, for its shares, Tabel 2 (checks_job_finding.cpp).
std::vector<Finding> check_table4_total_within_categories(FigureIndex& figures);
std::vector<Finding> check_table4_shares_june_2010(FigureIndex& figures);

// Tabel 5 and Tabel 6 (checks_programmes.cpp).
std::vector<Finding> check_table5_stocks(FigureIndex& figures);
std::vector<Finding> check_table5_rates(FigureIndex& figures);
std::vector<Finding> check_table5_invoeg_parts(FigureIndex& figures);
std::vector<Finding> check_table6_changes(FigureIndex& figures);
std::vector<Finding> check_table6_invoeg_parts(FigureIndex& figures);

// Tabel 8 (checks_outflow.cpp).
std::vector<Finding> check_table8_ratios(FigureIndex& figures);
std::vector<Finding> check_table8_invoeg_parts(FigureIndex& figures);

// Tabel 8 against Tabel 5 (checks_reach.cpp).
std::vector<Finding> check_table8_reach_is_table5(FigureIndex& figures);
std::vector<Finding> check_table8_leavers_within_outflow(FigureIndex& figures);

// The text of §3.3 (checks_pools.cpp).
std::vector<Finding> check_s3_3_bw_rights(FigureIndex& figures);
std::vector<Finding> check_s3_3_advices(FigureIndex& figures);

// The text of §4 (checks_budgets.cpp).
std::vector<Finding> check_s4_target_group_total(FigureIndex& figures);
std::vector<Finding> check_s4_repeats(FigureIndex& figures);
std::vector<Finding> check_s4_growth_step_parts(FigureIndex& figures);

}  // namespace groeipad::calibration
