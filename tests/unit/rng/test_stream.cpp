// Draw helpers of stream.hpp: probability thresholds on raw 32-bit words.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

#include "groeipad/rng/stream.hpp"

namespace groeipad::rng {
namespace {

TEST(Threshold, Endpoints) {
  EXPECT_EQ(threshold(0.0), 0U);
  EXPECT_EQ(threshold(1.0), UINT32_MAX);
  EXPECT_EQ(threshold(0.5), 0x80000000U);
}

TEST(Threshold, OutOfRangeClamps) {
  EXPECT_EQ(threshold(-0.25), 0U);
  EXPECT_EQ(threshold(-0.0), 0U);
  EXPECT_EQ(threshold(std::numeric_limits<double>::quiet_NaN()), 0U);
  EXPECT_EQ(threshold(1.5), UINT32_MAX);
  EXPECT_EQ(threshold(std::numeric_limits<double>::infinity()), UINT32_MAX);
}

// P(u < threshold(p)) = threshold(p) / 2^32 must be within half a step of p.
TEST(Threshold, RoundsToNearest) {
  for (const double p : {1e-9, 0.001, 0.1, 1.0 / 3.0, 0.75, 0.999999}) {
    EXPECT_LE(std::abs(threshold(p) * 0x1p-32 - p), 0x1p-33) << p;
  }
}

TEST(Threshold, Monotone) {
  // A fine grid over [0, 1], then the steps at both ends where rounding and clamping act.
  std::uint32_t previous = 0;
  constexpr int kSteps = 1'000'000;
  for (int i = 0; i <= kSteps; ++i) {
    const std::uint32_t t = threshold(static_cast<double>(i) / kSteps);
    ASSERT_GE(t, previous) << i;
    previous = t;
  }
  // Steps of 2^-40 (exact in a double) over [0, 2^-30] and [1 - 2^-30, 1].
  for (const double start : {0.0, 1.0 - 0x1p-30}) {
    previous = threshold(start);
    for (int i = 1; i <= 1024; ++i) {
      const double p = start + i * 0x1p-40;
      const std::uint32_t t = threshold(p);
      ASSERT_GE(t, previous) << p;
      previous = t;
    }
  }
}

}  // namespace
}  // namespace groeipad::rng
