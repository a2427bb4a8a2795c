#include "calibration_report.hpp"

#include <fmt/format.h>

#include <cmath>

#include "groeipad/core/programme.hpp"

namespace groeipad::cli {
namespace {

std::string coefficients_text(const JobFindingCoefficients& b) {
  return fmt::format(
      "b0 {:.4f}  b_a {:.4f}  b_h {:.4f}  b_young {:.4f}  b_old {:.4f}  b_mid {:.4f}  b_high "
      "{:.4f}  "
      "b_male {:.4f}  b12 {:.4f}  b24 {:.4f}  b60 {:.4f}",
      b.b0, b.b_a, b.b_h, b.b_young, b.b_old, b.b_mid, b.b_high, b.b_male, b.b12, b.b24, b.b60);
}

}  // namespace

std::string calibration_text(const calibration::Calibration& c) {
  std::string out;
  const auto line = [&out](const std::string& s) { out += s + "\n"; };
  line(fmt::format("Calibration {} (job seekers of {})", c.composition.rates_year,
                   c.composition.population_year));
  line("");
  line("Population");
  for (const std::string& note : c.composition.notes) line("  " + note);
  line("  shares implied by Tabel 4 (range from rounding to 0.1):");
  for (const auto& d : c.composition.derived) {
    line(fmt::format("    {:<20} {:.4f}  [{:.4f}, {:.4f}]  {}", d.name, d.value, d.low, d.high,
                     d.derivation));
  }
  line("");
  line(fmt::format("{:<44} {:>9} {:>9} {:>8}", "target", "source", "fitted", "diff"));
  std::string stage;
  for (const calibration::Target& t : c.targets) {
    if (t.stage != stage) {
      stage = t.stage;
      line(fmt::format("  [{}]", stage));
    }
    line(fmt::format("{:<44} {:>9.2f} {:>9.2f} {:>+8.2f}", t.name, t.target, t.fitted,
                     t.fitted - t.target));
  }
  line("");
  line(fmt::format("Job finding, start stock fit (max |diff| {:.3f} points, {} iterations):",
                   c.start_fit.max_abs_residual, c.start_fit.iterations));
  line("  " + coefficients_text(c.start_fit.coefficients));
  line(fmt::format("Job finding written (refined by simulation, {} refits):", c.refinements));
  line("  " + coefficients_text(c.refined_fit.coefficients));
  line("");
  line("Programmes");
  for (const Programme p : kAllProgrammes) {
    const ProgrammeParameters& pp = c.parameters.programme(p);
    line(fmt::format(
        "  {:<8} exit hazard {:.5f}/month  work share {:.3f}  start {} persons, {} VTE", code_of(p),
        pp.exit_hazard_monthly, pp.work_share, pp.start_persons, pp.start_vte));
  }
  for (const std::string& note : c.notes) {
    if (std::find(c.composition.notes.begin(), c.composition.notes.end(), note) ==
        c.composition.notes.end()) {
      line("  " + note);
    }
  }
  if (!c.totals.empty()) {
    line("");
    line("Sensitivity of the start-stock fit to the year's total job seekers");
    for (const auto& t : c.totals) {
      line(fmt::format(
          "  {:<11} total {:>8.0f}  max |diff| {:.3f}  b0 {:.4f}  b_a {:.4f}  b_h {:.4f}  "
          "b12 {:.4f}",
          t.choice, t.job_seekers, t.max_abs_residual, t.coefficients.b0, t.coefficients.b_a,
          t.coefficients.b_h, t.coefficients.b12));
    }
  }
  if (!c.shapes.empty()) {
    line("");
    line("Sensitivity to the long-duration shape: projection from June 2011, capacity held");
    line(fmt::format("  {:<34} {:>6} {:>10} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8} {:>8}", "shape",
                     "month", "long-term", "SW pool", "totaal", "A", "H", "O", "K", "geen"));
    for (const auto& s : c.shapes) {
      line(
          fmt::format("  {:<34} {:>6} {:>10.0f} {:>9.0f} {:>9.0f} {:>8.0f} {:>8.0f} {:>8.0f} "
                      "{:>8.0f} {:>8.0f}",
                      s.shape, s.months, s.long_term, s.sw_pool, s.groups[0], s.groups[1],
                      s.groups[2], s.groups[3], s.groups[4], s.groups[5]));
    }
  }
  return out;
}

}  // namespace groeipad::cli
