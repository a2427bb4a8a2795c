// Statistical sanity of the batch generator: a million 32-bit words under a fixed key.
// These catch gross faults (a lane left unmixed, a word stored twice), not subtle bias;
// the bounds are set so that a sound generator fails them with probability 1e-6.

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "groeipad/rng/philox.hpp"
#include "groeipad/rng/stream.hpp"

namespace groeipad::rng {
namespace {

constexpr std::size_t kCounters = 250'000;  // four words each: 10^6 draws
constexpr std::size_t kDraws = 4 * kCounters;

// Every word of the blocks for counters {i, 0x10001, 7, 0}, i < kCounters.
std::vector<std::uint32_t> draws() {
  std::vector<std::uint32_t> c0(kCounters);
  const std::vector<std::uint32_t> c1(kCounters, 0x10001);
  for (std::size_t i = 0; i < kCounters; ++i) c0[i] = static_cast<std::uint32_t>(i);
  std::vector<std::uint32_t> words(kDraws);
  std::uint32_t* out = words.data();
  philox_batch(kCounters, c0.data(), c1.data(), 7, 0, Key{0x2545F491, 3}, out, out + kCounters,
               out + 2 * kCounters, out + 3 * kCounters);
  return words;
}

TEST(PhiloxStatistics, MeanOfUnitDraws) {
  double sum = 0;
  for (const std::uint32_t w : draws()) sum += to_unit(w);
  const double mean = sum / static_cast<double>(kDraws);
  // to_unit is uniform on {k / 2^32}: mean 1/2 - 2^-33, variance (1 - 2^-64) / 12. The
  // mean of 10^6 draws is normal to far better than needed here (the summands are bounded
  // and symmetric), so |mean - 1/2| stays below z * sqrt(1 / (12 * 10^6)) with z = 4.8916,
  // the two-sided normal quantile for 1e-6 (erfc(z / sqrt(2)) = 1e-6): 1.4121e-3.
  const double expected = 0.5 - 0x1p-33;
  const double bound = 4.8916 * std::sqrt(1.0 / 12.0 / static_cast<double>(kDraws));
  EXPECT_NEAR(mean, expected, bound);
}

TEST(PhiloxStatistics, TopByteChiSquared) {
  std::array<std::size_t, 256> counts{};
  for (const std::uint32_t w : draws()) ++counts[w >> 24U];
  const double expected = static_cast<double>(kDraws) / 256.0;  // 3906.25 per bin
  double chi2 = 0;
  for (const std::size_t c : counts) {
    const double d = static_cast<double>(c) - expected;
    chi2 += d * d / expected;
  }
  // 255 degrees of freedom. The critical value x with P(chi2_255 > x) = 1e-6 solves
  // Q(255 / 2, x / 2) = 1e-6 for the regularised upper incomplete gamma function Q; solved
  // numerically (mpmath, 40 digits): x = 377.078. The Wilson-Hilferty approximation,
  // 255 * (1 - 2 / (9 * 255) + 4.7534 * sqrt(2 / (9 * 255)))^3 = 377.25, agrees. With
  // 3906 expected per bin the chi-squared approximation to the multinomial is sound.
  EXPECT_LT(chi2, 377.078);
}

}  // namespace
}  // namespace groeipad::rng
