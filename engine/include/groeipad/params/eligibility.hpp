#pragma once
// Who may enter a programme or receive a screening: rules are data (read from the
// parameters file), evaluated per person on profile, duration, age and marks.

#include <algorithm>
#include <cstdint>
#include <vector>

#include "groeipad/core/profile.hpp"

namespace groeipad {

// Screening outcomes a person carries (bits of the `marks` column).
namespace mark {
inline constexpr std::uint8_t bw_right = 1U << 0U;     // recognised right to a BW place
inline constexpr std::uint8_t sw_screened = 1U << 1U;  // screened into the SW target group
inline constexpr std::uint8_t az_advice = 1U << 2U;    // MMPP screening advised arbeidszorg
inline constexpr std::uint8_t all_screenings = bw_right | sw_screened | az_advice;
// Engine-internal: the person changed state this month (ageing skips them).
inline constexpr std::uint8_t moved = 1U << 7U;
}  // namespace mark

// One conjunction of conditions; a rule holds when any of its clauses does.
struct EligibilityClause {
  Profile profile_all = 0;   // these profile bits must all be set
  Profile profile_none = 0;  // these profile bits must all be clear
  std::uint16_t min_duration_months = 0;
  std::uint16_t max_duration_months = UINT16_MAX;
  std::uint8_t marks_all = 0;  // these marks must all be held

  [[nodiscard]] constexpr bool holds(Profile profile, std::uint16_t duration,
                                     std::uint8_t marks) const {
    return (profile & profile_all) == profile_all && (profile & profile_none) == 0 &&
           duration >= min_duration_months && duration <= max_duration_months &&
           (marks & marks_all) == marks_all;
  }
};

struct EligibilityRule {
  std::vector<EligibilityClause> any_of;  // empty: nobody is eligible

  [[nodiscard]] bool holds(Profile profile, std::uint16_t duration, std::uint8_t marks) const {
    return std::ranges::any_of(any_of, [&](const EligibilityClause& clause) {
      return clause.holds(profile, duration, marks);
    });
  }
  // The same rule with the mark conditions dropped: who could be eligible after screening.
  [[nodiscard]] EligibilityRule without_marks() const {
    EligibilityRule rule = *this;
    for (auto& clause : rule.any_of) clause.marks_all = 0;
    return rule;
  }
};

}  // namespace groeipad
