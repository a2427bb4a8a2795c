#pragma once
// Screening events: new BW rights, SW screenings and AZ advices reach job seekers of
// each screening's target group. The monthly probability per person is set from last
// month's counts: a yearly number spread over the target group, or, for a held level,
// the shortfall of holders against the start number.
//
// One draw serves the three screenings, cut into disjoint intervals: a person receives
// at most one screening a month, which at these rates (well under 1 % a month) changes
// nothing visible and keeps one draw per person-month.

#include <array>
#include <cstdint>

#include "groeipad/params/parameters.hpp"
#include "processes/eligibility_table.hpp"

namespace groeipad::detail {

// Last month's job seekers per screening: those in the target group without the mark,
// and the holders of the mark.
struct ScreeningCounts {
  std::array<std::int64_t, kScreeningCount> candidates{};
  std::array<std::int64_t, kScreeningCount> holders{};
};

struct ScreeningTable {
  std::array<std::uint32_t, kScreeningCount> upper{};  // cumulative interval ends
  std::array<std::uint32_t, kScreeningCount> lower{};

  ScreeningTable() = default;
  ScreeningTable(const Parameters& parameters, int scale, const ScreeningCounts& counts);

  // The mark this draw gives a person with this eligibility mask and these marks (0: none).
  [[nodiscard]] std::uint8_t mark(std::uint16_t eligibility, std::uint8_t marks,
                                  std::uint32_t draw) const {
    if (draw >= upper[kScreeningCount - 1]) return 0;  // the common case
    for (int s = 0; s < kScreeningCount; ++s) {
      if (draw < lower[s] || draw >= upper[s]) continue;
      const auto bit = static_cast<std::uint8_t>(1U << s);
      if ((eligibility & screening_target_bit(s)) != 0 && (marks & bit) == 0) return bit;
      return 0;
    }
    return 0;
  }
};

}  // namespace groeipad::detail
