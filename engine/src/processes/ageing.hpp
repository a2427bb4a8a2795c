#pragma once
// Ageing, after the month's moves: time in state and unemployment duration grow by a
// month for those already in their state at the start of the month; age grows for all,
// switching the O and young profile bits when a person crosses 50 or 25.

#include <cstdint>

#include "groeipad/params/eligibility.hpp"
#include "groeipad/population/population.hpp"

namespace groeipad::detail {

struct AgeingLimits {
  std::uint16_t young_until = 0;  // age in months at which "young" ends
  std::uint16_t old_from = 0;     // age in months at which O starts
  std::uint16_t retirement = 0;   // age in months at which a job seeker leaves to OUT
};

inline std::uint16_t plus_one(std::uint16_t months) {
  return months == UINT16_MAX ? months : static_cast<std::uint16_t>(months + 1);
}

// Ages person i; returns true when a job seeker reached the retirement age (to OUT).
inline bool age_person(Population& people, std::size_t i, const AgeingLimits& limits) {
  const std::uint8_t s = people.state[i];
  if ((people.marks[i] & mark::moved) != 0) {
    people.marks[i] = static_cast<std::uint8_t>(people.marks[i] & ~mark::moved);
  } else {
    people.months_in_state[i] = plus_one(people.months_in_state[i]);
    if (s == state::nwwz) people.duration_months[i] = plus_one(people.duration_months[i]);
  }
  const std::uint16_t age = plus_one(people.age_months[i]);
  people.age_months[i] = age;
  if (age == limits.young_until) people.profile[i] &= static_cast<Profile>(~profile_bit::young);
  if (age == limits.old_from) people.profile[i] |= profile_bit::O;
  return s == state::nwwz && age >= limits.retirement;
}

}  // namespace groeipad::detail
