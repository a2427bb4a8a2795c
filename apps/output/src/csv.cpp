#include "groeipad/output/csv.hpp"

#include <fmt/format.h>

#include <cmath>

namespace groeipad::output {

std::string format_number(double value) {
  std::string text = fmt::format("{:.3f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

std::string summary_csv(std::string_view period_column, std::string_view unit_column,
                        const std::vector<SummaryRow>& rows) {
  std::string out = fmt::format("{},{},metric,mean,p05,p50,p95\n", period_column, unit_column);
  out.reserve(rows.size() * 48);
  for (const SummaryRow& row : rows) {
    out += fmt::format("{},{},{},{},{},{},{}\n", row.period, row.unit, row.metric,
                       format_number(row.value.mean), format_number(row.value.p05),
                       format_number(row.value.p50), format_number(row.value.p95));
  }
  return out;
}

}  // namespace groeipad::output
