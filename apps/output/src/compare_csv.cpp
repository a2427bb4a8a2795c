#include "groeipad/output/compare_csv.hpp"

#include <fmt/format.h>

#include "groeipad/output/csv.hpp"

namespace groeipad::output {

std::string compare_csv(std::string_view period_column, const ComparedTables& tables) {
  std::string out =
      fmt::format("scenario,{},programme,metric,base_mean,alt_mean,diff_mean,diff_p05,diff_p95\n",
                  period_column);
  for (const auto& [scenario, rows] : tables) {
    for (const ComparisonRow& row : rows) {
      out += fmt::format("{},{},{},{},{},{},{},{},{}\n", scenario, row.period, row.unit, row.metric,
                         format_number(row.base_mean), format_number(row.alt_mean),
                         format_number(row.difference.mean), format_number(row.difference.p05),
                         format_number(row.difference.p95));
    }
  }
  return out;
}

}  // namespace groeipad::output
