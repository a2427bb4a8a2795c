#include "groeipad/calibration/audit.hpp"

#include <array>
#include <iterator>

#include "checks.hpp"
#include "figure_index.hpp"

namespace groeipad::calibration {
namespace {

using Check = std::vector<Finding> (*)(FigureIndex&);

// In the order of the source document, so that the findings read in its order.
constexpr std::array kChecks = {
    Check{check_table2_june_2011_is_table3},
    Check{check_table2_growth},
    Check{check_table3_total},
    Check{check_s3_2_group_counts},
    Check{check_s3_2_shares},
    Check{check_s3_2_half},
    Check{check_s3_2_overlaps},
    Check{check_s3_2_long_term},
    Check{check_table4_total_within_categories},
    Check{check_table4_shares_june_2010},
    Check{check_s3_3_bw_rights},
    Check{check_s3_3_advices},
    Check{check_table5_stocks},
    Check{check_table5_rates},
    Check{check_table5_invoeg_parts},
    Check{check_table6_changes},
    Check{check_table6_invoeg_parts},
    Check{check_table8_ratios},
    Check{check_table8_invoeg_parts},
    Check{check_table8_reach_is_table5},
    Check{check_table8_leavers_within_outflow},
    Check{check_s4_target_group_total},
    Check{check_s4_repeats},
    Check{check_s4_growth_step_parts},
};

}  // namespace

AuditReport audit_report(const std::vector<io::SourceFigure>& figures) {
  FigureIndex index(figures);
  AuditReport report;
  for (const Check check : kChecks) {
    std::vector<Finding> found = check(index);
    report.findings.insert(report.findings.end(), std::make_move_iterator(found.begin()),
                           std::make_move_iterator(found.end()));
  }
  report.figures_checked = index.figures_used();
  return report;
}

std::vector<Finding> audit(const std::vector<io::SourceFigure>& figures) {
  return audit_report(figures).findings;
}

}  // namespace groeipad::calibration
