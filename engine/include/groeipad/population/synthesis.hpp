#pragma once
// The start population: the job seekers of the start profile, cell by cell with their
// exact counts, and the programme participants, all as agents.

#include <array>
#include <cstdint>

#include "groeipad/core/programme.hpp"
#include "groeipad/params/parameters.hpp"
#include "groeipad/population/population.hpp"
#include "groeipad/rng/philox.hpp"

namespace groeipad {

struct StartPopulation {
  Population people;
  std::int64_t job_seekers = 0;  // persons in state NWWZ
  // Share of full-time participants at the start, per programme; entrants draw their
  // VTE fraction with it, so the VTE per person stays at its start ratio.
  std::array<double, kProgrammeCount> full_time_share{};
};

// Builds the start population at `scale` times the figures of the parameters. Persons'
// attributes are drawn with Stream::synthesis under `key`; runs use the key of (seed, 0),
// so the replications of a run share one start population and differ in the months' draws.
// Throws std::invalid_argument when the parameters cannot be met.
StartPopulation synthesize(const Parameters& parameters, int scale, const rng::Key& key,
                           std::uint64_t seed);

// Age band limits in months.
struct AgeRange {
  std::uint16_t from;
  std::uint16_t to;  // exclusive
};
AgeRange young_range(const AgeBands& ages);
AgeRange middle_range(const AgeBands& ages);
AgeRange old_range(const AgeBands& ages);

// The profile bits that follow from age (O from old_from, young below young_below).
Profile profile_with_age(Profile profile, std::uint16_t age_months, const AgeBands& ages);

}  // namespace groeipad
