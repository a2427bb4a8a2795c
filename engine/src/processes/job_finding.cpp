#include "processes/job_finding.hpp"

#include <algorithm>
#include <cmath>

#include "groeipad/rng/stream.hpp"

namespace groeipad::detail {

double job_finding_probability(const JobFindingCoefficients& b, Profile profile,
                               std::uint16_t duration_months) {
  const auto has = [profile](Profile bit) { return (profile & bit) != 0 ? 1.0 : 0.0; };
  const double low = has(profile_bit::K);
  const double high = (1 - low) * has(profile_bit::high_education);
  const double mid = 1 - low - high;
  const double logit = b.b0 + b.b_a * has(profile_bit::A) + b.b_h * has(profile_bit::H) +
                       b.b_young * has(profile_bit::young) + b.b_old * has(profile_bit::O) +
                       b.b_mid * mid + b.b_high * high + b.b_male * has(profile_bit::male) +
                       (duration_months >= 12 ? b.b12 : 0) + (duration_months >= 24 ? b.b24 : 0) +
                       (duration_months >= 60 ? b.b60 : 0);
  return 1 / (1 + std::exp(-logit));
}

JobFindingTable::JobFindingTable(const JobFindingCoefficients& coefficients,
                                 double other_exit_hazard) {
  constexpr std::array<std::uint16_t, kDurationBandCount> band_start = {0, 12, 24, 60};
  for (int p = 0; p < kProfileCount; ++p) {
    for (int band = 0; band < kDurationBandCount; ++band) {
      const double to_work =
          job_finding_probability(coefficients, static_cast<Profile>(p), band_start[band]);
      work[p][band] = rng::threshold(to_work);
      leave[p][band] = rng::threshold(std::min(1.0, to_work + other_exit_hazard));
    }
  }
}

}  // namespace groeipad::detail
