// Tabel 5 (persons in each programme, their flows, growth and rotation over 2010) and
// Tabel 6 (filled VTE at the end of 2009 and 2010).

#include <algorithm>
#include <array>
#include <string_view>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kTable5 = "Tabel 5";
constexpr std::string_view kTable6 = "Tabel 6";
constexpr std::string_view kStart = "31/12/2009";
constexpr std::string_view kEnd = "31/12/2010";
constexpr std::string_view kIn = "instroom";
constexpr std::string_view kOut = "uitstroom";
constexpr std::string_view kGrowth = "groei (n)";
constexpr std::string_view kChange = "2009-2010";

// Commerciële invoeg is printed with its two parts beneath it.
constexpr std::string_view kInvoeg = "Commerciële invoeg";
constexpr std::array<std::string_view, 2> kInvoegParts = {"Dienstencheque", "Niet-dienstencheque"};

// Tabel 5 prints its percentages with one decimal.
constexpr int kPercentDecimals = 1;

// Every row label of a table with a figure in this column, in file order.
std::vector<std::string_view> rows_with(FigureIndex& figures, std::string_view table,
                                        std::string_view column) {
  std::vector<std::string_view> rows;
  for (const io::SourceFigure* figure :
       figures.select(table, column, [](std::string_view) { return true; })) {
    rows.emplace_back(figure->row);
  }
  return rows;
}

// Checks that the invoeg row is the sum of its parts in each of the columns.
template <std::size_t N>
std::vector<Finding> check_invoeg_parts(FigureIndex& figures, std::string_view table,
                                        const std::array<std::string_view, N>& columns) {
  std::vector<Finding> findings;
  for (const std::string_view column : columns) {
    const io::SourceFigure* total = figures.find(table, kInvoeg, column);
    if (total == nullptr) continue;
    double sum = 0;
    bool complete = true;
    for (const std::string_view part : kInvoegParts) {
      const io::SourceFigure* figure = figures.find(table, part, column);
      complete = complete && figure != nullptr;
      if (figure != nullptr) sum += figure->value;
    }
    if (complete) check_count(findings, *total, sum, "Dienstencheque + Niet-dienstencheque");
  }
  return findings;
}

}  // namespace

std::vector<Finding> check_table5_stocks(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const std::string_view row : rows_with(figures, kTable5, kEnd)) {
    const io::SourceFigure* end = figures.find(kTable5, row, kEnd);
    const io::SourceFigure* start = figures.find(kTable5, row, kStart);
    if (end == nullptr || start == nullptr) continue;
    const io::SourceFigure* in = figures.find(kTable5, row, kIn);
    const io::SourceFigure* out = figures.find(kTable5, row, kOut);
    if (in != nullptr && out != nullptr) {
      check_count(findings, *end, start->value + in->value - out->value,
                  "31/12/2009 + instroom - uitstroom");
    }
    if (const io::SourceFigure* growth = figures.find(kTable5, row, kGrowth)) {
      check_count(findings, *growth, end->value - start->value, "31/12/2010 - 31/12/2009");
    }
  }
  return findings;
}

std::vector<Finding> check_table5_rates(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const std::string_view row : rows_with(figures, kTable5, kStart)) {
    const io::SourceFigure* start = figures.find(kTable5, row, kStart);
    const io::SourceFigure* growth = figures.find(kTable5, row, kGrowth);
    const io::SourceFigure* growth_share = figures.find(kTable5, row, "groei (%)");
    if (start == nullptr) continue;
    if (growth != nullptr && growth_share != nullptr) {
      check_rounded(findings, *growth_share, percent(growth->value, start->value), kPercentDecimals,
                    "100 x groei (n) / 31/12/2009");
    }
    const io::SourceFigure* in = figures.find(kTable5, row, kIn);
    const io::SourceFigure* out = figures.find(kTable5, row, kOut);
    const io::SourceFigure* rotation = figures.find(kTable5, row, "rotatie (%)");
    if (in != nullptr && out != nullptr && rotation != nullptr) {
      check_rounded(findings, *rotation, percent(std::min(in->value, out->value), start->value),
                    kPercentDecimals, "100 x min(instroom, uitstroom) / 31/12/2009");
    }
  }
  return findings;
}

std::vector<Finding> check_table5_invoeg_parts(FigureIndex& figures) {
  return check_invoeg_parts(figures, kTable5,
                            std::array<std::string_view, 5>{kStart, kIn, kOut, kEnd, kGrowth});
}

std::vector<Finding> check_table6_changes(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const std::string_view row : rows_with(figures, kTable6, kChange)) {
    const io::SourceFigure* change = figures.find(kTable6, row, kChange);
    const io::SourceFigure* start = figures.find(kTable6, row, kStart);
    const io::SourceFigure* end = figures.find(kTable6, row, kEnd);
    if (change != nullptr && start != nullptr && end != nullptr) {
      check_count(findings, *change, end->value - start->value, "31/12/2010 - 31/12/2009");
    }
  }
  return findings;
}

std::vector<Finding> check_table6_invoeg_parts(FigureIndex& figures) {
  return check_invoeg_parts(figures, kTable6,
                            std::array<std::string_view, 3>{kStart, kEnd, kChange});
}

}  // namespace groeipad::calibration
