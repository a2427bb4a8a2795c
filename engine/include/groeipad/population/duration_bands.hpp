#pragma once
// Unemployment-duration bands of the model: < 12, 12-23, 24-59 and >= 60 months.
// The job-finding logit has a term per band edge; the start population is built
// band by band from the long-term figures.

#include <array>
#include <cstdint>

#include "groeipad/params/parameters.hpp"

namespace groeipad {

inline constexpr int kDurationBandCount = 4;
inline constexpr std::array<int, kDurationBandCount - 1> kDurationBandEdges = {12, 24, 60};

constexpr int duration_band(std::uint16_t months) {
  return (months >= kDurationBandEdges[0] ? 1 : 0) + (months >= kDurationBandEdges[1] ? 1 : 0) +
         (months >= kDurationBandEdges[2] ? 1 : 0);
}

inline constexpr int kFlagCombinations = 16;  // the cells of the kansengroep profile

// Share of each duration band within each kansengroep cell (index: the A/H/O/K flags).
using DurationBandShares = std::array<std::array<double, kDurationBandCount>, kFlagCombinations>;

// The shares that reproduce the long-term figures:
//  - more than two years, by raking the cells to the counts of A, H, O, K, the persons
//    in at least one group and those in none;
//  - five years or more among them, from the K and K-and-H five-year counts (cells
//    without K take the K ratio: the source gives nothing else);
//  - under one year among those under two years, one ratio for all cells, so that the
//    whole has the share of persons unemployed less than a year.
// Throws std::invalid_argument when the figures cannot be met (e.g. a share above 1).
DurationBandShares duration_band_shares(const Parameters& parameters);

}  // namespace groeipad
