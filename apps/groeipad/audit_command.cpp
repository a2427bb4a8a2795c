// `audit [--data DIR]`: checks the printed figures of the source data against each other
// and lists the ones that disagree. A finding is information about the source document,
// not an error of the command: it exits 0 whatever it finds.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "commands.hpp"
#include "groeipad/calibration/audit.hpp"
#include "groeipad/calibration/audit_json.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/io/source_table.hpp"

namespace groeipad::cli {
namespace {

// A count as a whole number; an implied share with two decimals, one more than any
// printed share has, so that the reader sees which way it rounds.
std::string number(double value) {
  if (value == std::round(value)) return fmt::format("{:.0f}", value);
  return fmt::format("{:.2f}", value);
}

// What the calibration does with the figure, as the data file states it.
std::string use_of(const calibration::Finding& finding) {
  switch (finding.use.kind) {
    case io::FigureUse::kPrinted:
      return fmt::format("uses {} as printed: {}", finding.printed, finding.reason);
    case io::FigureUse::kCorrected:
      return fmt::format("uses {}: {}", finding.use.corrected.value_or(finding.implied),
                         finding.reason);
    case io::FigureUse::kNotUsed:
      return fmt::format("not used: {}", finding.reason);
    case io::FigureUse::kUnstated:
      break;
  }
  return "use not stated";
}

}  // namespace

int audit_command(const std::filesystem::path& data, bool json) {
  const std::vector<io::SourceFigure> figures = io::read_source_directory(data);
  const calibration::AuditReport report = calibration::audit_report(figures);
  if (json) {
    fmt::print("{}\n", calibration::audit_json(report.findings).dump(2));
    return 0;
  }
  for (const calibration::Finding& finding : report.findings) {
    // The printed figure as the reader holds it: shortest form, 17.0 shows as 17.
    fmt::print("{} | {} | {} | printed {} | implied {} | {} | {}\n", finding.table, finding.row,
               finding.column, finding.printed, number(finding.implied), finding.rule,
               use_of(finding));
  }
  fmt::print("{} inconsistencies in {} figures checked\n", report.findings.size(),
             report.figures_checked);
  return 0;
}

}  // namespace groeipad::cli
