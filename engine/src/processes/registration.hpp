#pragma once
// New registrations: new job seekers with duration 0, who draw from next month on. By
// default they make up the month's net outflow, so the stock of job seekers stays at
// its start level, and they have the profile mix of the outflow at the start, so that
// composition moves only through duration, ageing and programme dynamics.

#include <array>
#include <cstdint>

#include "groeipad/params/parameters.hpp"
#include "groeipad/population/population.hpp"
#include "groeipad/rng/philox.hpp"

namespace groeipad::detail {

// A profile drawn from fixed weights in constant time (Walker's alias method).
class ProfileMix {
 public:
  explicit ProfileMix(const std::array<double, kProfileCount>& weights);

  // Two 32-bit draws pick a profile. Without a branch: which way it goes is the draw's
  // choice, so a branch would be mispredicted about as often as the alias is taken.
  [[nodiscard]] Profile pick(std::uint32_t column_draw, std::uint32_t alias_draw) const {
    const std::uint32_t column = column_draw >> 25U;  // kProfileCount = 2^7 columns
    const std::uint32_t alias = alias_[column];
    const std::uint32_t keep_column = 0U - static_cast<std::uint32_t>(alias_draw < keep_[column]);
    return static_cast<Profile>(alias ^ ((column ^ alias) & keep_column));
  }
  [[nodiscard]] double probability(Profile p) const { return probability_[p]; }

 private:
  std::array<std::uint32_t, kProfileCount> keep_{};
  std::array<std::uint8_t, kProfileCount> alias_{};
  std::array<double, kProfileCount> probability_{};
};

// The age (in months) of a registrant with this profile: uniform within the age band the
// profile implies, looked up per profile so the draw needs no branch.
class AgeRanges {
 public:
  explicit AgeRanges(const AgeBands& ages);
  [[nodiscard]] std::uint16_t age(Profile profile, std::uint32_t draw) const {
    return static_cast<std::uint16_t>(from_[profile] +
                                      ((static_cast<std::uint64_t>(draw) * span_[profile]) >> 32U));
  }

 private:
  std::array<std::uint32_t, kProfileCount> from_{};
  std::array<std::uint32_t, kProfileCount> span_{};
};

// Fills slots[k] for k in [0, n) with the registrants first..first+n-1 of `month`, their
// draws from the given Philox kernel.
void register_job_seekers(Population& people, const std::uint32_t* slots, std::size_t first,
                          std::size_t n, const ProfileMix& mix, const AgeRanges& ages,
                          const rng::Key& key, std::uint64_t seed, int month, rng::Kernel kernel);

}  // namespace groeipad::detail
