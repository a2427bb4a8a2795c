#include "processes/screening.hpp"

#include <algorithm>

namespace groeipad::detail {

ScreeningTable::ScreeningTable(const Parameters& parameters, int scale,
                               const ScreeningCounts& counts) {
  double cumulative = 0;
  for (int s = 0; s < kScreeningCount; ++s) {
    const ScreeningParameters& sp = parameters.screening[s];
    double wanted = sp.per_year * scale / 12.0;
    if (sp.hold_level) {
      wanted +=
          std::max<double>(0, static_cast<double>(sp.start_holders * scale - counts.holders[s]));
    }
    const double probability =
        counts.candidates[s] > 0 ? std::min(1.0, wanted / static_cast<double>(counts.candidates[s]))
                                 : 0;
    lower[s] = static_cast<std::uint32_t>(std::min(cumulative, 4294967295.0));
    cumulative += probability * 4294967296.0;
    upper[s] = static_cast<std::uint32_t>(std::min(cumulative, 4294967295.0));
  }
}

}  // namespace groeipad::detail
