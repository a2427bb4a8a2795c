#include "compare.hpp"

#include <cmath>

namespace groeipad::calibration {
namespace {

// Covers the binary representation of decimal figures (0.1 is not exact), nothing more.
constexpr double kEpsilon = 1e-9;

Finding finding_for(const io::SourceFigure& printed, double implied, const std::string& rule) {
  // Running text has no table name; its section tells the reader where to look.
  const std::string table =
      printed.table == "Tekst" ? printed.table + " " + printed.section : printed.table;
  return Finding{table, printed.row, printed.column, printed.value, implied, rule};
}

}  // namespace

bool rounds_to(double printed, double implied, int decimals) {
  return std::abs(printed - implied) <= 0.5 * std::pow(10.0, -decimals) + kEpsilon;
}

double percent(double part, double whole) { return 100 * part / whole; }

void check_count(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                 const std::string& rule) {
  if (std::abs(printed.value - implied) > kEpsilon) {
    findings.push_back(finding_for(printed, implied, rule));
  }
}

void check_rounded(std::vector<Finding>& findings, const io::SourceFigure& printed, double implied,
                   int decimals, const std::string& rule) {
  if (!rounds_to(printed.value, implied, decimals)) {
    findings.push_back(finding_for(printed, implied, rule));
  }
}

}  // namespace groeipad::calibration
