#include "groeipad/calibration/calibrate.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "groeipad/simulation/simulation.hpp"
#include "programme_rates.hpp"
#include "simulated_year.hpp"

namespace groeipad::calibration {
namespace {

void apply(const Composition& c, Parameters& p) {
  p.cells = c.cells;
  p.long_term = c.long_term;
  p.shares = c.shares;
}

Stock start_stock(const Parameters& parameters, std::uint64_t seed) {
  Scenario s;
  s.parameters = parameters;
  return job_seeker_stock(start_population(s, seed)->people);
}

struct RefinedFit {
  JobFindingFit start;
  JobFindingFit refined;
  CategoryValues simulated{};
  int refinements = 0;
  double start_under_one_year = 0;  // the start stock's share, adjusted for the year's mean
  double mean_under_one_year = 0;   // the simulated year's mean share
};

double under_one_year_share(const std::vector<Stock>& stocks) {
  double all = 0;
  double short_term = 0;
  for (const Stock& stock : stocks) {
    for (const StockCell& cell : stock) {
      all += cell.weight;
      if (cell.band == 0) short_term += cell.weight;
    }
  }
  return all > 0 ? short_term / all : 0;
}

// The fit on the start stock, then refits on the simulated year's stocks until the
// year's mean rates match (model.md: Tabel 4 averages twelve months of a changing stock).
// Tabel 4's duration split is the year's mean too, so the start stock's share under one
// year is moved until the simulated year's mean share is the split Tabel 4 implies.
RefinedFit fit_and_refine(const CategoryValues& targets, const Parameters& parameters,
                          const CalibrationOptions& options, const DurationOptions& duration) {
  RefinedFit out;
  const std::vector<Stock> start = {start_stock(parameters, options.seed)};
  out.start = fit_job_finding(start, targets, duration, options.year);
  out.refined = out.start;
  out.simulated = out.start.fitted;
  out.start_under_one_year = parameters.shares.under_one_year;
  out.mean_under_one_year = parameters.shares.under_one_year;
  if (!options.refine) return out;
  const double split = parameters.shares.under_one_year;
  Parameters p = parameters;
  constexpr int kRounds = 8;
  double previous = 1e9;
  for (int round = 0;; ++round) {
    p.job_finding = {out.refined.coefficients};
    std::array<double, kProgrammeCount> held{};
    for (const Programme q : kAllProgrammes) held[index_of(q)] = p.programme(q).start_vte;
    const Scenario s = year_scenario(p, {options.year - 1, 12}, 12, held);
    const SimulatedMonths sim =
        simulate_months(s, options.seed, options.replications, options.threads, true);
    out.simulated = category_rates(sim.stocks, out.refined.theta, duration);
    out.mean_under_one_year = under_one_year_share(sim.stocks);
    double worst = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
      worst = std::max(worst, std::abs(out.simulated[c] - targets[c]));
    }
    // Close enough: as close as the rounding of the printed rates lets a fit come.
    // ... or as close as the year's drift in composition lets it: refits stopped helping.
    if (worst <= 0.05 || std::abs(previous - worst) < 0.003 || round == kRounds) break;
    previous = worst;
    p.shares.under_one_year += split - out.mean_under_one_year;
    out.start_under_one_year = p.shares.under_one_year;
    out.refined = fit_job_finding(sim.stocks, targets, duration, options.year, &out.refined.theta);
    out.refinements = round + 1;
  }
  return out;
}

void add_targets(Calibration& result, const Table4Year& t, const CategoryValues& reached,
                 const std::string& stage) {
  for (int c = 0; c < kCategoryCount; ++c) {
    result.targets.push_back({fmt::format("tabel4.{}.{}", t.year, kCategoryLabels[c].name), stage,
                              t.rates[c].value, reached[c], t.rates[c].source});
  }
}

// The start of projections: June 2011's job seekers, the programmes of 31/12/2010.
Parameters projection_parameters(const SourceData& data, const Parameters& calibrated, int year,
                                 std::vector<std::pair<std::string, std::string>>& sources) {
  Parameters p = calibrated;
  apply(compose(data, year, 2011), p);
  set_programme_stocks(data, 2010, p, sources);
  return p;
}

// The projection's state `months` after the start, averaged over its replications.
ShapeProjection project(const JobFindingCoefficients& b, const std::string& shape, int months,
                        const SimulatedMonths& sim) {
  ShapeProjection row;
  row.shape = shape;
  row.coefficients = b;
  row.months = months;
  const std::vector<int> horizons = {12, 60, 120};
  const auto at = static_cast<std::size_t>(std::find(horizons.begin(), horizons.end(), months) -
                                           horizons.begin());
  const double n = static_cast<double>(sim.records.size());
  for (std::size_t r = 0; r < sim.records.size(); ++r) {
    const MonthRecord& record = sim.records[r][static_cast<std::size_t>(months - 1)];
    row.long_term += static_cast<double>(record.group(Group::totaal).langdurig_2j) / n;
    row.sw_pool += sim.sw_pool[r][at] / n;
    for (int g = 0; g < kGroupCount; ++g) {
      row.groups[g] += static_cast<double>(record.groups[g].nwwz) / n;
    }
  }
  return row;
}

}  // namespace

Calibration calibrate(const SourceData& data, const Parameters& base,
                      const CalibrationOptions& options) {
  if (options.year != 2009 && options.year != 2010) {
    throw std::invalid_argument(
        fmt::format("no Tabel 4 rates for {}: expected 2009 or 2010", options.year));
  }
  Calibration result;
  const Table4Year t = read_table4(data, options.year);
  const CategoryValues targets = t.values();

  // 1. The year's job seekers; the programmes of 31/12/2009 (the start of the year's
  // simulation: 2009 has no earlier stocks in the source).
  result.composition = compose(data, options.year, options.year, options.total);
  Parameters year = base;
  year.label = fmt::format("calibrated-{}", options.year);
  apply(result.composition, year);
  std::vector<std::pair<std::string, std::string>> year_sources = result.composition.sources;
  set_programme_stocks(data, 2009, year, year_sources);
  for (const auto& note : result.composition.notes) result.notes.push_back(note);

  // 2. The logit on the start stock, as a first guess for the programmes' year.
  year.job_finding = {
      fit_job_finding({start_stock(year, options.seed)}, targets, options.duration, options.year)
          .coefficients};

  // Tabel 2's trend, for registration.mode = "trend": the year's total to June 2011's.
  const double june_2011 = compose(data, options.year, 2011).job_seekers;
  const double years = 2011 - options.year;
  result.notes.push_back(fmt::format(
      "Tabel 2 trend (registration.mode = \"trend\" as an option): {:.0f} job seekers in {} to "
      "{:.0f} in June 2011, annual_growth_pct = {:.1f}",
      result.composition.job_seekers, options.year, june_2011,
      100 * (std::pow(june_2011 / result.composition.job_seekers, 1 / years) - 1)));

  // The AZ advices of the year (the screening that opens AZ).
  const Sourced advices = data.get("Tekst", "Adviezen arbeidszorg", "aantal", options.year);
  year.screening[static_cast<int>(Screening::az_advice)].per_year = advices.value;
  result.sources.emplace_back("screening.az_advice.per_year", advices.source);

  // 3. The logit refined on the simulated year.
  const Parameters unrefined = year;  // the sensitivity runs refine from here too
  const RefinedFit fit = fit_and_refine(targets, year, options, options.duration);
  result.start_fit = fit.start;
  result.refined_fit = fit.refined;
  result.simulated = fit.simulated;
  result.refinements = fit.refinements;
  year.job_finding = {fit.refined.coefficients};
  if (options.refine) {
    year.shares.under_one_year = fit.start_under_one_year;
    result.notes.push_back(fmt::format(
        "start stock's share under one year {:.4f} (Tabel 4's split {:.4f} is the year's mean; "
        "simulated mean {:.4f})",
        fit.start_under_one_year, result.composition.shares.under_one_year,
        fit.mean_under_one_year));
    for (auto& [key, source] : year_sources) {
      if (key == "population.shares.under_one_year") {
        source +=
            fmt::format("; startvoorraad {:.4f} zodat het gesimuleerde jaargemiddelde {:.4f} is",
                        fit.start_under_one_year, fit.mean_under_one_year);
      }
    }
  }
  add_targets(result, t, fit.start.fitted, "start_stock");
  if (options.refine) add_targets(result, t, fit.simulated, "simulated_12_months");
  result.sources.emplace_back(
      "job_finding.years",
      fmt::format("Tabel 4, {} (§3.2): de 15 marges, Levenberg-Marquardt op {}; vorm {}",
                  options.year,
                  options.refine ? "de gesimuleerde maanden van het jaar" : "de startvoorraad",
                  shape_name(options.duration.shape)));

  // 4. Programme hazards and work shares, simulated with the job seekers as written.
  fit_programme_rates(programme_figures(data, options.year), options, year, result);

  // The file written: the year's job seekers, or June 2011's for projections.
  if (options.population_year == 2011) {
    std::vector<std::pair<std::string, std::string>> sources;
    result.parameters = projection_parameters(data, year, options.year, sources);
    result.parameters.label = fmt::format("calibrated-{}-start-2011", options.year);
    const Composition june = compose(data, options.year, 2011);
    sources.insert(sources.begin(), june.sources.begin(), june.sources.end());
    result.sources.insert(result.sources.end(), sources.begin(), sources.end());
  } else if (options.population_year == options.year) {
    result.parameters = year;
    result.sources.insert(result.sources.end(), year_sources.begin(), year_sources.end());
  } else {
    throw std::invalid_argument(fmt::format(
        "population year {}: expected the calibration year or 2011", options.population_year));
  }

  // 5. Sensitivity: the duration shapes, projected from June 2011 with capacity held.
  if (options.sensitivity) {
    std::vector<DurationOptions> shapes = {
        {DurationShape::equal_steps, 0, 0},
        {DurationShape::single_step, 0, 0},
        options.duration.shape == DurationShape::fixed_long
            ? options.duration
            : DurationOptions{DurationShape::fixed_long, -0.5, -0.5}};
    for (const DurationOptions& shape : shapes) {
      const JobFindingCoefficients b =
          shape.shape == options.duration.shape && shape.b24 == options.duration.b24 &&
                  shape.b60 == options.duration.b60
              ? fit.refined.coefficients
              : fit_and_refine(targets, unrefined, options, shape).refined.coefficients;
      std::vector<std::pair<std::string, std::string>> ignored;
      Parameters p = projection_parameters(data, year, options.year, ignored);
      p.job_finding = {b};
      Scenario s;
      s.name = "sensitivity";
      s.start = {2011, 6};
      s.months = 120;
      s.parameters = p;
      const SimulatedMonths sim =
          simulate_months(s, options.seed, 1, options.threads, false, {12, 60, 120});
      std::string name(shape_name(shape.shape));
      if (shape.shape == DurationShape::fixed_long) {
        name += fmt::format(" (b24 {:.2f}, b60 {:.2f})", shape.b24, shape.b60);
      }
      for (const int months : {12, 60, 120}) result.shapes.push_back(project(b, name, months, sim));
    }
    for (const TotalChoice choice : {TotalChoice::origin, TotalChoice::disability}) {
      Parameters p = year;
      const Composition c = compose(data, options.year, options.year, choice);
      apply(c, p);
      const JobFindingFit f =
          fit_job_finding({start_stock(p, options.seed)}, targets, options.duration, options.year);
      result.totals.push_back({choice == TotalChoice::origin ? "origin" : "disability",
                               c.job_seekers, f.max_abs_residual, f.coefficients});
    }
    result.totals.insert(result.totals.begin(),
                         {"combined", result.composition.job_seekers, fit.start.max_abs_residual,
                          fit.start.coefficients});
  }
  return result;
}

}  // namespace groeipad::calibration
