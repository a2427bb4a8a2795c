#pragma once
// The statistics of a run's summary rows as run_values names them: a row of a summary
// table is four rows of run_values, one per statistic.

#include <array>
#include <string_view>
#include <utility>

#include "groeipad/stats/summary.hpp"

namespace groeipad::store::detail {

inline constexpr std::array<std::pair<std::string_view, double Quantiles::*>, 4> kStatistics = {
    {{"mean", &Quantiles::mean},
     {"p05", &Quantiles::p05},
     {"p50", &Quantiles::p50},
     {"p95", &Quantiles::p95}}};

// The member of Quantiles a statistic is kept in; nullptr for the statistics of other
// kinds of record (a comparison's differences).
inline double Quantiles::*quantile_field(std::string_view stat) {
  for (const auto& [name, field] : kStatistics) {
    if (name == stat) return field;
  }
  return nullptr;
}

}  // namespace groeipad::store::detail
