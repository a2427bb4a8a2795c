// The job-finding fit: its Jacobian against finite differences, and exact recovery of
// known coefficients from the rates they give on a constructed stock, for every shape.

#include <gtest/gtest.h>

#include <cmath>

#include "groeipad/calibration/job_finding_fit.hpp"

namespace groeipad::calibration {
namespace {

// Every profile the engine can hold (young only without O, high only without K) in every
// band, with weights that vary, so no category is a copy of another.
Stock constructed_stock(int salt) {
  Stock stock;
  for (int p = 0; p < kProfileCount; ++p) {
    const auto profile = static_cast<Profile>(p);
    if ((profile & profile_bit::young) != 0 && (profile & profile_bit::O) != 0) continue;
    if ((profile & profile_bit::high_education) != 0 && (profile & profile_bit::K) != 0) continue;
    for (int band = 0; band < 4; ++band) {
      stock.push_back({profile, band, 10.0 + ((p * 7 + band * 13 + salt * 5) % 23)});
    }
  }
  return stock;
}

Theta known_theta() {
  Theta t;
  t << -2.0, -0.5, -0.8, 0.5, -1.1, 0.2, 0.5, 0.15, -0.4;
  return t;
}

const DurationOptions kShapes[] = {{DurationShape::equal_steps, 0, 0},
                                   {DurationShape::single_step, 0, 0},
                                   {DurationShape::fixed_long, -0.3, -0.6}};

TEST(JobFindingFit, JacobianMatchesCentralDifferences) {
  const std::vector<Stock> stocks = {constructed_stock(1), constructed_stock(2)};
  for (const DurationOptions& shape : kShapes) {
    const Theta theta = known_theta();
    const RateJacobian analytic = rate_jacobian(stocks, theta, shape);
    for (int j = 0; j < kFreeCoefficients; ++j) {
      constexpr double h = 1e-5;
      Theta up = theta;
      Theta down = theta;
      up[j] += h;
      down[j] -= h;
      const CategoryValues a = category_rates(stocks, up, shape);
      const CategoryValues b = category_rates(stocks, down, shape);
      for (int c = 0; c < kCategoryCount; ++c) {
        const double numeric = (a[c] - b[c]) / (2 * h);
        // Central differences err by O(h^2) times the third derivative: far below 1e-6
        // for rates of order 10 percent.
        EXPECT_NEAR(analytic(c, j), numeric, 1e-6 * (1 + std::abs(numeric)))
            << shape_name(shape.shape) << " category " << c << " coefficient " << j;
      }
    }
  }
}

TEST(JobFindingFit, RecoversCoefficientsFromTheirOwnRates) {
  const std::vector<Stock> stocks = {constructed_stock(3), constructed_stock(4),
                                     constructed_stock(5)};
  for (const DurationOptions& shape : kShapes) {
    const Theta truth = known_theta();
    const CategoryValues rates = category_rates(stocks, truth, shape);
    const JobFindingFit fit = fit_job_finding(stocks, rates, shape, 2010);
    EXPECT_TRUE(fit.converged);
    EXPECT_LT(fit.max_abs_residual, 1e-8);
    for (int j = 0; j < kFreeCoefficients; ++j) {
      EXPECT_NEAR(fit.theta[j], truth[j], 1e-6) << shape_name(shape.shape) << " coefficient " << j;
    }
  }
}

TEST(JobFindingFit, ShapesSetTheLongDurationTerms) {
  const Theta t = known_theta();
  const JobFindingCoefficients equal = coefficients_of(t, kShapes[0], 2010);
  EXPECT_EQ(equal.b12, t[8]);
  EXPECT_EQ(equal.b24, t[8]);
  EXPECT_EQ(equal.b60, t[8]);
  const JobFindingCoefficients step = coefficients_of(t, kShapes[1], 2010);
  EXPECT_EQ(step.b12, t[8]);
  EXPECT_EQ(step.b24, 0);
  EXPECT_EQ(step.b60, 0);
  const JobFindingCoefficients fixed = coefficients_of(t, kShapes[2], 2010);
  EXPECT_EQ(fixed.b24, -0.3);
  EXPECT_EQ(fixed.b60, -0.6);
  EXPECT_EQ(fixed.year, 2010);
}

TEST(JobFindingFit, EveryPersonIsInOneCategoryOfEachPair) {
  for (int p = 0; p < kProfileCount; ++p) {
    for (int band = 0; band < 4; ++band) {
      const std::uint16_t m = category_mask(static_cast<Profile>(p), band);
      const auto in = [m](Category c) { return (m >> static_cast<unsigned>(c)) & 1U; };
      EXPECT_EQ(in(Category::total), 1U);
      EXPECT_EQ(in(Category::men) + in(Category::women), 1U);
      EXPECT_EQ(in(Category::low) + in(Category::mid) + in(Category::high), 1U);
      EXPECT_EQ(in(Category::young) + in(Category::middle) + in(Category::old), 1U);
      EXPECT_EQ(in(Category::disabled) + in(Category::not_disabled), 1U);
      EXPECT_EQ(in(Category::european) + in(Category::non_european), 1U);
      EXPECT_EQ(in(Category::under_one_year) + in(Category::over_one_year), 1U);
    }
  }
}

}  // namespace
}  // namespace groeipad::calibration
