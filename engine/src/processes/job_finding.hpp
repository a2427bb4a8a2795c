#pragma once
// Job seekers' exits: each month a job seeker finds work with the logit probability of
// their profile and duration, or leaves for other reasons with the other-exit hazard.
// One uniform draw decides both, as the outcomes exclude each other.

#include <array>
#include <cstdint>

#include "groeipad/params/parameters.hpp"
#include "groeipad/population/duration_bands.hpp"

namespace groeipad::detail {

// The monthly job-finding probability of a profile at a duration (model.md's logit).
double job_finding_probability(const JobFindingCoefficients& b, Profile profile,
                               std::uint16_t duration_months);

enum class JobSeekerExit : std::uint8_t { stays, work, out };

// Integer thresholds per profile and duration band, recomputed when the year changes.
struct JobFindingTable {
  std::array<std::array<std::uint32_t, kDurationBandCount>, kProfileCount> work{};
  std::array<std::array<std::uint32_t, kDurationBandCount>, kProfileCount> leave{};  // work + other

  JobFindingTable(const JobFindingCoefficients& coefficients, double other_exit_hazard);

  [[nodiscard]] JobSeekerExit decide(Profile profile, std::uint16_t duration,
                                     std::uint32_t draw) const {
    const int band = duration_band(duration);
    if (draw < work[profile][band]) return JobSeekerExit::work;
    if (draw < leave[profile][band]) return JobSeekerExit::out;
    return JobSeekerExit::stays;
  }
};

}  // namespace groeipad::detail
