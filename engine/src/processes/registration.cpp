#include "processes/registration.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

#include "groeipad/population/synthesis.hpp"
#include "groeipad/rng/stream.hpp"

namespace groeipad::detail {

ProfileMix::ProfileMix(const std::array<double, kProfileCount>& weights) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::array<double, kProfileCount> scaled{};
  std::vector<int> small;
  std::vector<int> large;
  for (int p = 0; p < kProfileCount; ++p) {
    probability_[p] = total > 0 ? weights[p] / total : 1.0 / kProfileCount;
    scaled[p] = probability_[p] * kProfileCount;
    (scaled[p] < 1 ? small : large).push_back(p);
    alias_[p] = static_cast<std::uint8_t>(p);
  }
  while (!small.empty() && !large.empty()) {
    const int s = small.back();
    small.pop_back();
    const int l = large.back();
    keep_[s] = rng::threshold(scaled[s]);
    alias_[s] = static_cast<std::uint8_t>(l);
    scaled[l] -= 1 - scaled[s];
    if (scaled[l] < 1) {
      large.pop_back();
      small.push_back(l);
    }
  }
  for (const int p : small) keep_[p] = UINT32_MAX;
  for (const int p : large) keep_[p] = UINT32_MAX;
}

AgeRanges::AgeRanges(const AgeBands& ages) {
  for (int p = 0; p < kProfileCount; ++p) {
    AgeRange range = middle_range(ages);
    if ((p & profile_bit::O) != 0) {
      range = old_range(ages);
    } else if ((p & profile_bit::young) != 0) {
      range = young_range(ages);
    }
    from_[p] = range.from;
    span_[p] = static_cast<std::uint32_t>(range.to - range.from);
  }
}

void register_job_seekers(Population& people, const std::uint32_t* slots, std::size_t first,
                          std::size_t n, const ProfileMix& mix, const AgeRanges& ages,
                          const rng::Key& key, std::uint64_t seed, int month, rng::Kernel kernel) {
  constexpr std::size_t kBatch = 512;
  std::array<std::uint32_t, kBatch> index{};
  std::array<std::uint32_t, kBatch> word{};
  std::array<std::array<std::uint32_t, kBatch>, 4> u{};
  const auto origin = static_cast<std::uint16_t>(month);
  word.fill(rng::stream_word(origin, rng::Stream::registration));
  for (std::size_t begin = 0; begin < n; begin += kBatch) {
    const std::size_t count = std::min(kBatch, n - begin);
    std::iota(index.begin(), index.begin() + static_cast<std::ptrdiff_t>(count),
              static_cast<std::uint32_t>(first + begin));
    rng::philox_batch(count, index.data(), word.data(), static_cast<std::uint32_t>(month),
                      static_cast<std::uint32_t>(seed >> 32U), key, u[0].data(), u[1].data(),
                      u[2].data(), u[3].data(), kernel);
    // The columns as local pointers: byte stores may alias anything, and the compiler
    // would reload them from `people` after every store.
    std::uint8_t* const states = people.state.data();
    Profile* const profiles = people.profile.data();
    std::uint16_t* const duration = people.duration_months.data();
    std::uint16_t* const months_in_state = people.months_in_state.data();
    std::uint16_t* const age = people.age_months.data();
    std::uint8_t* const vte = people.vte_units.data();
    std::uint8_t* const marks = people.marks.data();
    std::uint32_t* const id_index = people.id_index.data();
    std::uint16_t* const id_origin = people.id_origin.data();
    for (std::size_t k = 0; k < count; ++k) {
      const std::uint32_t slot = slots[begin + k];
      const Profile profile = mix.pick(u[0][k], u[1][k]);
      states[slot] = state::nwwz;
      profiles[slot] = profile;
      duration[slot] = 0;
      months_in_state[slot] = 0;
      age[slot] = ages.age(profile, u[2][k]);
      vte[slot] = 0;
      marks[slot] = 0;
      id_index[slot] = index[k];
      id_origin[slot] = origin;
    }
  }
}

}  // namespace groeipad::detail
