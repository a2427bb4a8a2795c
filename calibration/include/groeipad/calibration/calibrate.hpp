#pragma once
// `groeipad calibrate`: every rate of the model fitted to the source tables of a year.
//
//  1. the job seekers' composition of the year (composition.hpp);
//  2. the job-finding logit on that start stock (job_finding_fit.hpp);
//  3. programme exit hazards and work shares: simulated over the year so that hazard
//     exits plus the retirements the model generates give the printed outflow, and the
//     model's C/B1 over all leavers gives Tabel 8's;
//  4. a refinement by simulation: Tabel 4's figures are 12-month averages of a changing
//     stock, so the logit is refitted on the stocks of the twelve simulated months until
//     their mean rates match;
//  5. a sensitivity table of the long-duration shape's effect on the long-term stock, the
//     SW pool and each group at +12, +60 and +120 months, and of the fit to the choice
//     of the year's total.
// Takes figures and a base parameters file (the assumptions the source does not give);
// reads and writes no files.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "groeipad/calibration/composition.hpp"
#include "groeipad/calibration/job_finding_fit.hpp"
#include "groeipad/calibration/source_data.hpp"
#include "groeipad/params/parameters.hpp"

namespace groeipad::calibration {

struct CalibrationOptions {
  int year = 2010;  // 2009 or 2010: the Tabel 4 year and the programmes' flow year
  // The job seekers the parameters file describes: the calibration year's (the start of
  // its backtest) or June 2011's (Tabel 3: the start of projections).
  int population_year = 2010;
  DurationOptions duration;
  TotalChoice total = TotalChoice::combined;
  bool refine = true;
  std::uint64_t seed = 1;
  int replications = 8;  // of each simulated year
  int threads = 0;
  bool sensitivity = true;
};

// One figure the calibration aims at, next to what it reached.
struct Target {
  std::string name;   // e.g. "tabel4.2010.totaal"
  std::string stage;  // "start_stock", "simulated_12_months", "programme_year", "long_term"
  double target = 0;
  double fitted = 0;
  std::string source;
};

// The duration shape's consequences: the projection from the start of projections
// (June 2011, capacity held) with the shape's fit.
struct ShapeProjection {
  std::string shape;
  JobFindingCoefficients coefficients;
  int months = 0;                  // after the start
  double long_term = 0;            // job seekers unemployed two years or more
  double sw_pool = 0;              // K and unemployed five years or more
  std::array<double, 6> groups{};  // totaal, A, H, O, K, geen
};

struct TotalSensitivity {
  std::string choice;
  double job_seekers = 0;
  double max_abs_residual = 0;  // of the start-stock fit, percentage points
  JobFindingCoefficients coefficients;
};

struct Calibration {
  Parameters parameters;
  // Provenance of every calibrated value, by key of the parameters file.
  std::vector<std::pair<std::string, std::string>> sources;
  Composition composition;
  JobFindingFit start_fit;     // on the start stock
  JobFindingFit refined_fit;   // the coefficients written
  CategoryValues simulated{};  // mean monthly rates over the simulated year, refined fit
  int refinements = 0;
  std::vector<Target> targets;
  std::vector<std::string> notes;
  std::vector<ShapeProjection> shapes;
  std::vector<TotalSensitivity> totals;
};

Calibration calibrate(const SourceData& data, const Parameters& base,
                      const CalibrationOptions& options);

}  // namespace groeipad::calibration
