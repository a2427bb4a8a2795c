#pragma once
// The job-finding logit of model.md fitted to Tabel 4's marginals: a damped Gauss-Newton
// (Levenberg-Marquardt) solver on the population-weighted monthly rates of one or more
// stocks of job seekers, with the Jacobian in closed form.
//
// The long-duration terms b12, b24, b60 take a stated shape, since Tabel 4 separates only
// < 1 year from > 1 year: equal steps (one coefficient), a single step at 12 months, or
// b24 and b60 fixed by the user (b12 fitted).

#include <Eigen/Dense>
#include <cstdint>
#include <string_view>
#include <vector>

#include "groeipad/calibration/table4.hpp"
#include "groeipad/params/parameters.hpp"
#include "groeipad/population/population.hpp"

namespace groeipad::calibration {

enum class DurationShape : std::uint8_t { equal_steps, single_step, fixed_long };

struct DurationOptions {
  DurationShape shape = DurationShape::equal_steps;
  double b24 = 0;  // for fixed_long
  double b60 = 0;  // for fixed_long
};

std::string_view shape_name(DurationShape shape);

// Job seekers of one profile in one duration band (0: < 12, 1: 12-23, 2: 24-59, 3: 60+
// months), as many as `weight`.
struct StockCell {
  Profile profile = 0;
  int band = 0;
  double weight = 0;
};
using Stock = std::vector<StockCell>;

// The job seekers of a population as stock cells.
Stock job_seeker_stock(const Population& people);

// The free coefficients: b0, b_a, b_h, b_young, b_old, b_mid, b_high, b_male and the one
// long-duration coefficient of the shape (b12 for single_step and fixed_long; the common
// step for equal_steps).
inline constexpr int kFreeCoefficients = 9;
using Theta = Eigen::Matrix<double, kFreeCoefficients, 1>;
using RateJacobian = Eigen::Matrix<double, kCategoryCount, kFreeCoefficients>;

JobFindingCoefficients coefficients_of(const Theta& theta, const DurationOptions& duration,
                                       int year);
Theta theta_of(const JobFindingCoefficients& b, const DurationOptions& duration);

// Each category's job-finding rate in percent: per stock, the weighted mean probability
// of its members; then the mean over the stocks (the months of a year).
CategoryValues category_rates(const std::vector<Stock>& stocks, const Theta& theta,
                              const DurationOptions& duration);
// d(rate in percent)/d(theta), analytic.
RateJacobian rate_jacobian(const std::vector<Stock>& stocks, const Theta& theta,
                           const DurationOptions& duration);

struct JobFindingFit {
  JobFindingCoefficients coefficients;
  Theta theta = Theta::Zero();
  CategoryValues fitted{};  // percent
  int iterations = 0;
  bool converged = false;
  double max_abs_residual = 0;  // percentage points
};

// Least squares in percentage points over all fifteen categories, from `start` (or, when
// it is empty, from the logit of the total rate and zeros).
JobFindingFit fit_job_finding(const std::vector<Stock>& stocks, const CategoryValues& targets,
                              const DurationOptions& duration, int year,
                              const Theta* start = nullptr);

}  // namespace groeipad::calibration
