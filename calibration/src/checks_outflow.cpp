// Tabel 8: per programme and year, reach A, leavers B1, their share B2, leavers to work C
// and the shares C/B1 and C/A.

#include <array>
#include <string>
#include <string_view>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kTable8 = "Tabel 8";
constexpr std::string_view kReach = "A";
constexpr std::string_view kLeavers = "B1**";
constexpr std::string_view kToWork = "C";
constexpr std::string_view kYearKey = ";Jaar=";

// The total row says it leaves Collectieve Invoeg out, so its parts are these two.
constexpr std::string_view kInvoegTotal = "Invoeg (Totaal) (excl.collect. Invoeg)";
constexpr std::array<std::string_view, 2> kInvoegParts = {"Invoeg Niet-Dienstencheque",
                                                          "Invoeg Dienstencheque"};

// Tabel 8 prints its percentages with one decimal.
constexpr int kPercentDecimals = 1;

std::string row_of(std::string_view programme, std::string_view year) {
  return "Programma=" + std::string(programme) + std::string(kYearKey) + std::string(year);
}

// Every row of the table with a reach, in file order.
std::vector<std::string_view> rows(FigureIndex& figures) {
  std::vector<std::string_view> found;
  for (const io::SourceFigure* figure :
       figures.select(kTable8, kReach, [](std::string_view) { return true; })) {
    found.emplace_back(figure->row);
  }
  return found;
}

// Adds a finding when the printed share is not 100 x part / whole rounded.
void check_share(FigureIndex& figures, std::vector<Finding>& findings, std::string_view row,
                 std::string_view share_column, std::string_view part_column,
                 std::string_view whole_column, const std::string& rule) {
  const io::SourceFigure* share = figures.find(kTable8, row, share_column);
  const io::SourceFigure* part = figures.find(kTable8, row, part_column);
  const io::SourceFigure* whole = figures.find(kTable8, row, whole_column);
  if (share != nullptr && part != nullptr && whole != nullptr) {
    check_rounded(findings, *share, percent(part->value, whole->value), kPercentDecimals, rule);
  }
}

}  // namespace

std::vector<Finding> check_table8_ratios(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const std::string_view row : rows(figures)) {
    check_share(figures, findings, row, "B2", kLeavers, kReach, "100 x B1 / A");
    check_share(figures, findings, row, "C/B1", kToWork, kLeavers, "100 x C / B1");
    check_share(figures, findings, row, "C/A", kToWork, kReach, "100 x C / A");
  }
  return findings;
}

std::vector<Finding> check_table8_invoeg_parts(FigureIndex& figures) {
  std::vector<Finding> findings;
  const std::string total_prefix = row_of(kInvoegTotal, "");
  for (const std::string_view row : rows(figures)) {
    if (!row.starts_with(total_prefix)) continue;
    const std::string_view year = row.substr(total_prefix.size());
    for (const std::string_view column : {kReach, kLeavers, kToWork}) {
      const io::SourceFigure* total = figures.find(kTable8, row, column);
      if (total == nullptr) continue;
      double sum = 0;
      bool complete = true;
      for (const std::string_view part : kInvoegParts) {
        const io::SourceFigure* figure = figures.find(kTable8, row_of(part, year), column);
        complete = complete && figure != nullptr;
        if (figure != nullptr) sum += figure->value;
      }
      if (complete) check_count(findings, *total, sum, "Niet-Dienstencheque + Dienstencheque");
    }
  }
  return findings;
}

}  // namespace groeipad::calibration
