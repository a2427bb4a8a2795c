#include "compare.hpp"

#include <cmath>
#include <cstdlib>
#include <numeric>

namespace groeipad::calibration {
void add_finding(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                 const std::string& rule) {
  // Running text has no table name; its section tells the reader where to look.
  const std::string table =
      printed.table == "Tekst" ? printed.table + " " + printed.section : printed.table;
  findings.push_back(Finding{table, printed.row, printed.column, printed.year, printed.value,
                             implied, rule, printed.use, printed.reason});
}

bool rounds_to(double printed, double implied, int decimals) {
  return std::abs(printed - implied) <= 0.5 * std::pow(10.0, -decimals) + kDecimalSlack;
}

double percent(double part, double whole) { return 100 * part / whole; }

void check_count(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                 const std::string& rule) {
  if (std::abs(printed.value - implied) > kDecimalSlack) {
    add_finding(findings, printed, implied, rule);
  }
}

void check_rounded(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                   int decimals, const std::string& rule) {
  if (!rounds_to(printed.value, implied, decimals)) {
    add_finding(findings, printed, implied, rule);
  }
}

bool nearest_simple_fraction(double printed_percent, double implied_percent) {
  const double printed_gap = std::abs(printed_percent - implied_percent);
  for (int denominator = 1; denominator <= kLargestSpokenDenominator; ++denominator) {
    for (int numerator = 0; numerator <= denominator; ++numerator) {
      if (std::gcd(numerator, denominator) != 1) continue;
      const double fraction = percent(numerator, denominator);
      if (std::abs(fraction - implied_percent) + kDecimalSlack < printed_gap) return false;
    }
  }
  return true;
}

void check_fraction_in_words(std::vector<Finding>& findings, const io::SourceFigure& printed,
                             double implied, const std::string& rule) {
  if (!nearest_simple_fraction(printed.value, implied)) {
    add_finding(findings, printed, implied, rule);
  }
}

void check_at_most(std::vector<Finding>& findings, const io::SourceFigure& printed, double bound,
                   const std::string& rule) {
  if (printed.value > bound + kDecimalSlack) add_finding(findings, printed, bound, rule);
}

}  // namespace groeipad::calibration
