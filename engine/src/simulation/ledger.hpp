#pragma once
// Running counts that the month keeps up to date event by event: who is a job seeker
// (by profile and long-term unemployment), who may be offered a place (by eligibility
// signature), and who holds programme places. The per-person loops touch them only when
// something happens to a person, so the common case (nothing happens) costs no counting;
// Ledger::count rebuilds them from the population to check the bookkeeping.

#include <array>
#include <cstdint>
#include <vector>

#include "groeipad/core/profile.hpp"
#include "groeipad/core/programme.hpp"
#include "groeipad/population/population.hpp"
#include "processes/eligibility_table.hpp"

namespace groeipad::detail {

inline constexpr std::uint16_t kLongTermMonths = 24;  // "more than two years unemployed"

constexpr std::size_t job_seeker_cell(Profile profile, std::uint16_t duration) {
  return 2 * static_cast<std::size_t>(profile) + (duration >= kLongTermMonths ? 1 : 0);
}

struct Ledger {
  // Job seekers who may be offered a place this month (not back from a programme this
  // month), per eligibility signature.
  std::vector<std::int64_t> pool_signatures;
  std::array<std::int64_t, std::size_t{2} * kProfileCount> job_seekers{};  // per job_seeker_cell
  std::array<std::int64_t, kProgrammeCount> participants{};
  std::array<std::int64_t, kProgrammeCount> units{};  // occupied VTE in kVteUnits

  explicit Ledger(std::size_t signatures = 0) : pool_signatures(signatures, 0) {}

  void clear();
  void add(const Ledger& delta);
  friend bool operator==(const Ledger&, const Ledger&) = default;

  // The counts as the population stands.
  static Ledger count(const Population& people, const EligibilityTable& eligibility);
};

}  // namespace groeipad::detail
