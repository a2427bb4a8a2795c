#include "groeipad/calibration/job_finding_fit.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace groeipad::calibration {
namespace {

// One stock cell prepared for the fit: its design row, the fixed part of its logit and
// the categories it belongs to.
struct DesignRow {
  Theta x = Theta::Zero();
  double offset = 0;
  std::uint16_t categories = 0;
  double weight = 0;
};

DesignRow design(const StockCell& cell, const DurationOptions& duration) {
  const auto has = [&](Profile bit) { return (cell.profile & bit) != 0 ? 1.0 : 0.0; };
  const double low = has(profile_bit::K);
  const double high = (1 - low) * has(profile_bit::high_education);
  DesignRow row;
  row.x << 1, has(profile_bit::A), has(profile_bit::H), has(profile_bit::young),
      has(profile_bit::O), 1 - low - high, high, has(profile_bit::male), 0;
  switch (duration.shape) {
    case DurationShape::equal_steps:
      row.x[8] = cell.band;  // b12 = b24 = b60: one step per band edge crossed
      break;
    case DurationShape::single_step:
      row.x[8] = cell.band >= 1 ? 1 : 0;
      break;
    case DurationShape::fixed_long:
      row.x[8] = cell.band >= 1 ? 1 : 0;
      row.offset = (cell.band >= 2 ? duration.b24 : 0) + (cell.band >= 3 ? duration.b60 : 0);
      break;
  }
  row.categories = category_mask(cell.profile, cell.band);
  row.weight = cell.weight;
  return row;
}

std::vector<std::vector<DesignRow>> design_rows(const std::vector<Stock>& stocks,
                                                const DurationOptions& duration) {
  std::vector<std::vector<DesignRow>> rows(stocks.size());
  for (std::size_t s = 0; s < stocks.size(); ++s) {
    rows[s].reserve(stocks[s].size());
    for (const StockCell& cell : stocks[s]) {
      if (cell.weight > 0) rows[s].push_back(design(cell, duration));
    }
  }
  return rows;
}

// Rates (percent) and, when wanted, their Jacobian, in one pass over the cells.
void evaluate(const std::vector<std::vector<DesignRow>>& stocks, const Theta& theta,
              CategoryValues& rates, RateJacobian* jacobian) {
  rates.fill(0);
  if (jacobian != nullptr) jacobian->setZero();
  for (const std::vector<DesignRow>& stock : stocks) {
    std::array<double, kCategoryCount> weight{};
    std::array<double, kCategoryCount> found{};
    RateJacobian slope = RateJacobian::Zero();
    for (const DesignRow& row : stock) {
      const double p = 1 / (1 + std::exp(-(row.x.dot(theta) + row.offset)));
      const Theta dp = row.weight * p * (1 - p) * row.x;
      for (int c = 0; c < kCategoryCount; ++c) {
        if ((row.categories & (1U << static_cast<unsigned>(c))) == 0) continue;
        weight[c] += row.weight;
        found[c] += row.weight * p;
        if (jacobian != nullptr) slope.row(c) += dp.transpose();
      }
    }
    for (int c = 0; c < kCategoryCount; ++c) {
      if (weight[c] <= 0) continue;
      rates[c] += 100 * found[c] / weight[c];
      if (jacobian != nullptr) jacobian->row(c) += 100 * slope.row(c) / weight[c];
    }
  }
  const auto n = static_cast<double>(stocks.size());
  for (double& r : rates) r /= n;
  if (jacobian != nullptr) *jacobian /= n;
}

}  // namespace

std::string_view shape_name(DurationShape shape) {
  switch (shape) {
    case DurationShape::equal_steps:
      return "equal_steps";
    case DurationShape::single_step:
      return "single_step";
    case DurationShape::fixed_long:
      return "fixed_long";
  }
  return "equal_steps";
}

JobFindingCoefficients coefficients_of(const Theta& t, const DurationOptions& duration, int year) {
  JobFindingCoefficients b;
  b.year = year;
  b.b0 = t[0];
  b.b_a = t[1];
  b.b_h = t[2];
  b.b_young = t[3];
  b.b_old = t[4];
  b.b_mid = t[5];
  b.b_high = t[6];
  b.b_male = t[7];
  b.b12 = t[8];
  switch (duration.shape) {
    case DurationShape::equal_steps:
      b.b24 = t[8];
      b.b60 = t[8];
      break;
    case DurationShape::single_step:
      break;
    case DurationShape::fixed_long:
      b.b24 = duration.b24;
      b.b60 = duration.b60;
      break;
  }
  return b;
}

Theta theta_of(const JobFindingCoefficients& b, const DurationOptions& /*duration*/) {
  Theta t;
  t << b.b0, b.b_a, b.b_h, b.b_young, b.b_old, b.b_mid, b.b_high, b.b_male, b.b12;
  return t;
}

CategoryValues category_rates(const std::vector<Stock>& stocks, const Theta& theta,
                              const DurationOptions& duration) {
  CategoryValues rates{};
  evaluate(design_rows(stocks, duration), theta, rates, nullptr);
  return rates;
}

RateJacobian rate_jacobian(const std::vector<Stock>& stocks, const Theta& theta,
                           const DurationOptions& duration) {
  CategoryValues rates{};
  RateJacobian jacobian;
  evaluate(design_rows(stocks, duration), theta, rates, &jacobian);
  return jacobian;
}

JobFindingFit fit_job_finding(const std::vector<Stock>& stocks, const CategoryValues& targets,
                              const DurationOptions& duration, int year, const Theta* start) {
  const auto rows = design_rows(stocks, duration);
  Eigen::Matrix<double, kCategoryCount, 1> target;
  for (int c = 0; c < kCategoryCount; ++c) target[c] = targets[c];

  Theta theta = Theta::Zero();
  if (start != nullptr) {
    theta = *start;
  } else {
    const double p = targets[static_cast<int>(Category::total)] / 100;
    theta[0] = std::log(p / (1 - p));
  }
  CategoryValues rates{};
  RateJacobian jacobian;
  const auto residual_of = [&](const CategoryValues& r) {
    Eigen::Matrix<double, kCategoryCount, 1> res;
    for (int c = 0; c < kCategoryCount; ++c) res[c] = r[c] - target[c];
    return res;
  };
  evaluate(rows, theta, rates, &jacobian);
  Eigen::Matrix<double, kCategoryCount, 1> residual = residual_of(rates);
  double cost = residual.squaredNorm();
  double damping = 1e-3;
  JobFindingFit fit;
  for (fit.iterations = 1; fit.iterations <= 200; ++fit.iterations) {
    const Eigen::Matrix<double, kFreeCoefficients, kFreeCoefficients> normal =
        jacobian.transpose() * jacobian;
    const Theta gradient = jacobian.transpose() * residual;
    Eigen::Matrix<double, kFreeCoefficients, kFreeCoefficients> damped = normal;
    damped.diagonal() += damping * normal.diagonal();
    const Theta step = -damped.ldlt().solve(gradient);
    const Theta trial = theta + step;
    CategoryValues trial_rates{};
    RateJacobian trial_jacobian;
    evaluate(rows, trial, trial_rates, &trial_jacobian);
    const Eigen::Matrix<double, kCategoryCount, 1> trial_residual = residual_of(trial_rates);
    const double trial_cost = trial_residual.squaredNorm();
    if (trial_cost <= cost) {
      const double gain = cost - trial_cost;
      theta = trial;
      rates = trial_rates;
      jacobian = trial_jacobian;
      residual = trial_residual;
      cost = trial_cost;
      damping = std::max(damping / 10, 1e-12);
      if (step.lpNorm<Eigen::Infinity>() < 1e-10 || gain < 1e-18 * (1 + cost)) {
        fit.converged = true;
        break;
      }
    } else {
      damping *= 10;
      if (damping > 1e12) {
        fit.converged = true;  // no step lowers the cost: a minimum to working precision
        break;
      }
    }
  }
  fit.theta = theta;
  fit.coefficients = coefficients_of(theta, duration, year);
  fit.fitted = rates;
  fit.max_abs_residual = residual.lpNorm<Eigen::Infinity>();
  return fit;
}

}  // namespace groeipad::calibration
