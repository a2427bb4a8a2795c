#include "groeipad/population/duration_bands.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace groeipad {
namespace {

using CellCounts = std::array<double, kFlagCombinations>;

struct LongTermGroup {
  bool (*member)(Profile flags);
  double target;
};

CellCounts cell_counts(const Parameters& parameters) {
  CellCounts counts{};
  for (const ProfileCell& cell : parameters.cells) {
    counts[cell.flags & 0xFU] += static_cast<double>(cell.count);
  }
  return counts;
}

// Raking of the long-term counts: scale the long and the short part of each group's
// cells to the group's figures, then each cell back to its size, until it settles.
CellCounts rake_long_term(const CellCounts& counts, const LongTermTargets& targets) {
  const std::array<LongTermGroup, 6> groups = {{
      {[](Profile f) { return (f & profile_bit::A) != 0; }, static_cast<double>(targets.a)},
      {[](Profile f) { return (f & profile_bit::H) != 0; }, static_cast<double>(targets.h)},
      {[](Profile f) { return (f & profile_bit::O) != 0; }, static_cast<double>(targets.o)},
      {[](Profile f) { return (f & profile_bit::K) != 0; }, static_cast<double>(targets.k)},
      {[](Profile f) { return f != 0; }, static_cast<double>(targets.any_group)},
      {[](Profile f) { return f == 0; }, static_cast<double>(targets.no_group)},
  }};
  double total = 0;
  for (double c : counts) total += c;
  const double overall = static_cast<double>(targets.any_group + targets.no_group) / total;
  CellCounts long_part{};
  CellCounts short_part{};
  for (int c = 0; c < kFlagCombinations; ++c) {
    long_part[c] = counts[c] * overall;
    short_part[c] = counts[c] - long_part[c];
  }
  for (int iteration = 0; iteration < 10000; ++iteration) {
    double worst = 0;
    for (const LongTermGroup& group : groups) {
      double size = 0;
      double current = 0;
      for (int c = 0; c < kFlagCombinations; ++c) {
        if (!group.member(static_cast<Profile>(c)) || counts[c] == 0) continue;
        size += counts[c];
        current += long_part[c];
      }
      if (size == 0) continue;
      if (group.target > size) throw std::invalid_argument("a long-term count exceeds its group");
      worst = std::max(worst, std::abs(current - group.target));
      const double long_factor = current > 0 ? group.target / current : 0;
      const double short_factor = size > current ? (size - group.target) / (size - current) : 0;
      for (int c = 0; c < kFlagCombinations; ++c) {
        if (!group.member(static_cast<Profile>(c))) continue;
        long_part[c] *= long_factor;
        short_part[c] *= short_factor;
      }
    }
    for (int c = 0; c < kFlagCombinations; ++c) {
      const double sum = long_part[c] + short_part[c];
      if (sum > 0) long_part[c] *= counts[c] / sum;
      short_part[c] = counts[c] - long_part[c];
    }
    if (worst < 1e-9) break;
  }
  return long_part;
}

double ratio(double part, double whole, const char* what) {
  if (whole <= 0) return 0;
  const double r = part / whole;
  if (r < 0 || r > 1) {
    throw std::invalid_argument(
        std::string("the long-term figures imply a share outside [0, 1]: ") + what);
  }
  return r;
}

}  // namespace

DurationBandShares duration_band_shares(const Parameters& parameters) {
  const CellCounts counts = cell_counts(parameters);
  const CellCounts long_part = rake_long_term(counts, parameters.long_term);

  double long_k = 0;
  double long_kh = 0;
  double total = 0;
  double short_total = 0;
  for (int c = 0; c < kFlagCombinations; ++c) {
    total += counts[c];
    short_total += counts[c] - long_part[c];
    if ((c & profile_bit::K) == 0) continue;
    long_k += long_part[c];
    if ((c & profile_bit::H) != 0) long_kh += long_part[c];
  }
  const auto& lt = parameters.long_term;
  const double five_k = ratio(static_cast<double>(lt.k_five_years), long_k, "K five years");
  const double five_kh =
      ratio(static_cast<double>(lt.k_h_five_years), long_kh, "K and H five years");
  const double five_k_not_h = ratio(static_cast<double>(lt.k_five_years - lt.k_h_five_years),
                                    long_k - long_kh, "K without H five years");
  const double under_one_year =
      ratio(parameters.shares.under_one_year * total, short_total, "under one year");

  DurationBandShares shares{};
  for (int c = 0; c < kFlagCombinations; ++c) {
    if (counts[c] <= 0) continue;
    const double long_share = long_part[c] / counts[c];
    double five = five_k;
    if ((c & profile_bit::K) != 0) five = (c & profile_bit::H) != 0 ? five_kh : five_k_not_h;
    shares[c] = {(1 - long_share) * under_one_year, (1 - long_share) * (1 - under_one_year),
                 long_share * (1 - five), long_share * five};
  }
  return shares;
}

}  // namespace groeipad
