// Tabel 8 against Tabel 5: the reach A of a year is the stock at the start of the year plus
// the year's inflow, and the leavers B1 are at most the year's outflow, since B1 counts only
// the leavers found in the Dimona measurement (Tabel 8's footnote **). B1 below the outflow
// is that footnote, not an inconsistency.

#include <array>
#include <string>
#include <string_view>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kTable5 = "Tabel 5";
constexpr std::string_view kTable8 = "Tabel 8";

// A programme as each table labels it.
struct Programme {
  std::string_view table8;
  std::string_view table5;
};

constexpr std::array<Programme, 6> kProgrammes = {{
    {"SW (doelgroep)", "Sociale werkplaatsen"},
    {"Invoeg (Totaal) (excl.collect. Invoeg)", "Commerciële invoeg"},
    {"Invoeg Niet-Dienstencheque", "Niet-dienstencheque"},
    {"Invoeg Dienstencheque", "Dienstencheque"},
    {"Lokale Diensteneconomie.", "Lokale Diensteconomie"},
    {"Arbeidszorg", "Arbeidszorg"},
}};

// Tabel 5 covers 2010, which Tabel 8 prints twice (old and new measurement, `2010*`): the
// reach and the leavers are the same in both.
constexpr std::array<std::string_view, 2> kYear2010Rows = {"2010", "2010*"};

std::string row_of(std::string_view programme, std::string_view year) {
  return "Programma=" + std::string(programme) + ";Jaar=" + std::string(year);
}

}  // namespace

std::vector<Finding> check_table8_reach_is_table5(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const Programme& programme : kProgrammes) {
    const io::SourceFigure* start = figures.find(kTable5, programme.table5, "31/12/2009");
    const io::SourceFigure* in = figures.find(kTable5, programme.table5, "instroom");
    if (start == nullptr || in == nullptr) continue;
    for (const std::string_view year : kYear2010Rows) {
      if (const io::SourceFigure* reach =
              figures.find(kTable8, row_of(programme.table8, year), "A")) {
        check_count(findings, *reach, start->value + in->value,
                    "Tabel 5 31/12/2009 + instroom 2010");
      }
    }
  }
  return findings;
}

// 2010: B1 <= Tabel 5's uitstroom. 2009: Tabel 5 prints no 2009 outflow, but the stock at
// 31/12/2009 is those reached in 2009 who did not leave, so the outflow of 2009 is
// A - that stock, and B1 is at most that.
std::vector<Finding> check_table8_leavers_within_outflow(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const Programme& programme : kProgrammes) {
    if (const io::SourceFigure* out = figures.find(kTable5, programme.table5, "uitstroom")) {
      for (const std::string_view year : kYear2010Rows) {
        if (const io::SourceFigure* leavers =
                figures.find(kTable8, row_of(programme.table8, year), "B1**")) {
          check_at_most(findings, *leavers, out->value, "at most Tabel 5 uitstroom 2010");
        }
      }
    }
    const std::string row_2009 = row_of(programme.table8, "2009");
    const io::SourceFigure* reach = figures.find(kTable8, row_2009, "A");
    const io::SourceFigure* leavers = figures.find(kTable8, row_2009, "B1**");
    const io::SourceFigure* stock = figures.find(kTable5, programme.table5, "31/12/2009");
    if (reach != nullptr && leavers != nullptr && stock != nullptr) {
      check_at_most(findings, *leavers, reach->value - stock->value,
                    "at most A - Tabel 5 31/12/2009");
    }
  }
  return findings;
}

}  // namespace groeipad::calibration
