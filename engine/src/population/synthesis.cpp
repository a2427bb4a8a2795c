#include "groeipad/population/synthesis.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "groeipad/population/duration_bands.hpp"
#include "groeipad/rng/stream.hpp"

namespace groeipad {

AgeRange young_range(const AgeBands& a) {
  return {static_cast<std::uint16_t>(a.min_age * 12),
          static_cast<std::uint16_t>(a.young_below * 12)};
}
AgeRange middle_range(const AgeBands& a) {
  return {static_cast<std::uint16_t>(a.young_below * 12),
          static_cast<std::uint16_t>(a.old_from * 12)};
}
AgeRange old_range(const AgeBands& a) {
  return {static_cast<std::uint16_t>(a.old_from * 12),
          static_cast<std::uint16_t>(a.retirement_age * 12)};
}

Profile profile_with_age(Profile profile, std::uint16_t age_months, const AgeBands& ages) {
  Profile p = profile & static_cast<Profile>(~(profile_bit::O | profile_bit::young));
  if (age_months >= ages.old_from * 12) p |= profile_bit::O;
  if (age_months < ages.young_below * 12) p |= profile_bit::young;
  return p;
}

namespace {

// A point of [from, to) chosen by 32 random bits.
std::uint16_t pick(std::uint32_t bits, std::uint32_t from, std::uint32_t to) {
  const auto offset = (static_cast<std::uint64_t>(bits) * (to - from)) >> 32U;
  return static_cast<std::uint16_t>(from + offset);
}

// Largest-remainder rounding of `total * shares` to integers that sum to `total`.
std::array<std::int64_t, kDurationBandCount> apportion(std::int64_t total,
                                                       const std::array<double, 4>& shares) {
  std::array<std::int64_t, kDurationBandCount> counts{};
  std::array<double, kDurationBandCount> remainders{};
  std::int64_t given = 0;
  for (int b = 0; b < kDurationBandCount; ++b) {
    const double exact = static_cast<double>(total) * shares[b];
    counts[b] = static_cast<std::int64_t>(std::floor(exact));
    remainders[b] = exact - static_cast<double>(counts[b]);
    given += counts[b];
  }
  while (given < total) {
    auto* const largest = std::max_element(remainders.begin(), remainders.end());
    ++counts[largest - remainders.begin()];
    *largest = -1;
    ++given;
  }
  return counts;
}

class Synthesizer {
 public:
  Synthesizer(const Parameters& parameters, int scale, const rng::Key& key, std::uint64_t seed)
      : p_(parameters), scale_(scale), key_(key), seed_(seed) {}

  StartPopulation build() {
    StartPopulation start;
    add_job_seekers(start.people);
    start.job_seekers = static_cast<std::int64_t>(start.people.size());
    give_start_marks(start.people);
    for (const Programme programme : kAllProgrammes) {
      start.full_time_share[index_of(programme)] = add_participants(start.people, programme);
    }
    return start;
  }

 private:
  rng::Block draw(std::uint32_t index, rng::Stream stream, std::uint32_t block) const {
    return rng::draw(key_, seed_, index, 0, stream, block);
  }

  void add_job_seekers(Population& people) const {
    const DurationBandShares bands = duration_band_shares(p_);
    people.reserve(static_cast<std::size_t>(p_.start_job_seekers()) * scale_ +
                   static_cast<std::size_t>(scale_) * 32 * 1024);
    for (const ProfileCell& cell : p_.cells) {
      const auto counts = apportion(cell.count * scale_, bands[cell.flags & 0xFU]);
      for (int band = 0; band < kDurationBandCount; ++band) {
        for (std::int64_t n = 0; n < counts[band]; ++n) add_job_seeker(people, cell.flags, band);
      }
    }
  }

  void add_job_seeker(Population& people, Profile flags, int band) const {
    const auto index = static_cast<std::uint32_t>(people.size());
    const rng::Block a = draw(index, rng::Stream::synthesis, 0);
    const rng::Block b = draw(index, rng::Stream::synthesis, 1);
    Profile profile = flags;
    if (a[0] < rng::threshold(p_.shares.male)) profile |= profile_bit::male;
    if ((flags & profile_bit::K) == 0 && a[1] < rng::threshold(p_.shares.high_among_non_k)) {
      profile |= profile_bit::high_education;
    }
    AgeRange ages = old_range(p_.ages);
    if ((flags & profile_bit::O) == 0) {
      ages = a[2] < rng::threshold(p_.shares.young_among_non_o) ? young_range(p_.ages)
                                                                : middle_range(p_.ages);
    }
    const std::uint16_t age = pick(a[3], ages.from, ages.to);
    const std::array<std::uint32_t, kDurationBandCount + 1> edges = {
        0, 12, 24, 60, static_cast<std::uint32_t>(p_.max_duration_months) + 1};
    const std::uint16_t duration = pick(b[0], edges[band], edges[band + 1]);

    const std::size_t i = people.size();
    people.resize(i + 1);
    people.state[i] = state::nwwz;
    people.profile[i] = profile_with_age(profile, age, p_.ages);
    people.duration_months[i] = duration;
    people.months_in_state[i] = duration;
    people.age_months[i] = age;
    people.id_index[i] = index;
    people.id_origin[i] = 0;
  }

  // The start holders of each screening mark: those of the target group with the
  // smallest draws, so the choice is uniform and independent of the order of persons.
  void give_start_marks(Population& people) const {
    for (int s = 0; s < kScreeningCount; ++s) {
      const ScreeningParameters& screening = p_.screening[s];
      const auto wanted = static_cast<std::size_t>(screening.start_holders * scale_);
      std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;
      for (std::uint32_t i = 0; i < people.size(); ++i) {
        if (!screening.target.holds(people.profile[i], people.duration_months[i], 0)) continue;
        candidates.emplace_back(draw(people.id_index[i], rng::Stream::synthesis, 1)[1 + s], i);
      }
      const std::size_t n = std::min(wanted, candidates.size());
      std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n),
                        candidates.end());
      const std::uint8_t bit = static_cast<std::uint8_t>(1U << static_cast<unsigned>(s));
      for (std::size_t k = 0; k < n; ++k) people.marks[candidates[k].second] |= bit;
    }
  }

  // Participants are persons with the profile of an eligible job seeker: each copies the
  // profile, age and past duration of one drawn from those who meet the programme's
  // rule (screening marks aside). Returns the full-time share.
  double add_participants(Population& people, Programme programme) const {
    const ProgrammeParameters& pp = p_.programme(programme);
    const std::int64_t n = pp.start_persons * scale_;
    if (n == 0) return 1.0;
    const EligibilityRule rule = pp.eligibility.without_marks();
    std::vector<std::uint32_t> candidates;
    const auto job_seekers = static_cast<std::uint32_t>(people.size());
    for (std::uint32_t i = 0; i < job_seekers; ++i) {
      if (people.state[i] == state::nwwz &&
          rule.holds(people.profile[i], people.duration_months[i], 0)) {
        candidates.push_back(i);
      }
    }
    if (candidates.empty()) {
      throw std::invalid_argument("no job seeker meets the eligibility rule of " +
                                  std::string(code_of(programme)));
    }
    const int part_units = static_cast<int>(std::lround(pp.part_time_vte * kVteUnits));
    const double vte_units = pp.start_vte * scale_ * kVteUnits;
    // Full-timers f and part-timers n - f fill at most the start VTE: the most full-timers
    // with f * kVteUnits + (n - f) * part_units <= vte_units.
    const auto full = std::clamp<std::int64_t>(
        static_cast<std::int64_t>(std::floor((vte_units - static_cast<double>(n) * part_units) /
                                             (kVteUnits - part_units))),
        0, n);
    const std::uint8_t marks = rule_marks(pp.eligibility);
    const double stay = 1 - pp.exit_hazard_monthly;
    for (std::int64_t k = 0; k < n; ++k) {
      const auto index = static_cast<std::uint32_t>(people.size());
      const rng::Block r = draw(index, rng::Stream::start_programme, 0);
      const std::uint32_t source =
          candidates[(static_cast<std::uint64_t>(r[0]) * candidates.size()) >> 32U];
      const std::size_t i = people.size();
      people.resize(i + 1);
      people.state[i] = static_cast<std::uint8_t>(programme);
      people.profile[i] = people.profile[source];
      people.duration_months[i] = people.duration_months[source];
      people.age_months[i] = people.age_months[source];
      people.marks[i] = marks;
      people.vte_units[i] = static_cast<std::uint8_t>(k < full ? kVteUnits : part_units);
      // Time already spent in the programme: geometric with the exit hazard.
      double months = 0;
      if (stay > 0 && stay < 1) {
        months = std::floor(std::log1p(-rng::to_unit(r[1])) / std::log(stay));
      }
      people.months_in_state[i] = static_cast<std::uint16_t>(std::min(months, 600.0));
      people.id_index[i] = index;
      people.id_origin[i] = 0;
    }
    return static_cast<double>(full) / static_cast<double>(n);
  }

  // The marks a participant holds: those the programme requires (of its first clause).
  static std::uint8_t rule_marks(const EligibilityRule& rule) {
    return rule.any_of.empty() ? 0 : rule.any_of.front().marks_all;
  }

  const Parameters& p_;
  int scale_;
  rng::Key key_;
  std::uint64_t seed_;
};

}  // namespace

StartPopulation synthesize(const Parameters& parameters, int scale, const rng::Key& key,
                           std::uint64_t seed) {
  if (scale < 1) throw std::invalid_argument("population scale must be at least 1");
  return Synthesizer(parameters, scale, key, seed).build();
}

}  // namespace groeipad
