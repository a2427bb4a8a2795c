// The source data in calibration/data: every file reads; the tables add up where the
// source adds up, and keep the printed figure where it does not (those checks pin the
// transcription, so that a "correction" shows up as a failing test). Then the reader's
// message for each kind of bad input.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "../io/io_test_support.hpp"
#include "groeipad/io/source_table.hpp"

namespace groeipad::io {
namespace {

using testing::at;
using testing::error_of;
using testing::fresh_dir;
using testing::remove_dir;
using testing::write_text;

using Figures = std::vector<SourceFigure>;

std::filesystem::path data_dir() {
  return std::filesystem::path(GROEIPAD_SOURCE_DIR) / "calibration" / "data";
}

Figures read(std::string_view name) { return read_source_table(data_dir() / name); }

// The value of the one figure with this row and column (and year, where a row and column
// are printed for more than one); a figure missing or found twice fails the test.
double value_of(const Figures& figures, std::string_view row, std::string_view column,
                std::optional<int> year = std::nullopt) {
  const SourceFigure* found = nullptr;
  int count = 0;
  for (const SourceFigure& figure : figures) {
    if (figure.row == row && figure.column == column && (!year || figure.year == year)) {
      found = &figure;
      ++count;
    }
  }
  if (count != 1) {
    ADD_FAILURE() << "expected one figure at row \"" << row << "\", column \"" << column
                  << "\", found " << count;
    return std::numeric_limits<double>::quiet_NaN();
  }
  return found->value;
}

// How many of a Tabel 3 row's four flags are "Ja".
int flags_set(std::string_view row) {
  int count = 0;
  for (auto at = row.find("=Ja"); at != std::string_view::npos; at = row.find("=Ja", at + 1)) {
    ++count;
  }
  return count;
}

// Percentages are printed with one decimal.
double round1(double percent) { return std::round(percent * 10) / 10; }

// ---- the files ---------------------------------------------------------------------------

TEST(SourceData, EveryFileReadsAndNamesItsTable) {
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"table2_nwwz_groups.csv", "Tabel 2"},
      {"table3_profile_cells.csv", "Tabel 3"},
      {"table4_job_finding.csv", "Tabel 4"},
      {"table5_programme_flows.csv", "Tabel 5"},
      {"table6_vte.csv", "Tabel 6"},
      {"table8_outflow_to_work.csv", "Tabel 8"},
      {"s3_2_long_term.csv", "Tekst"},
      {"s3_3_pools.csv", "Tekst"},
      {"s4_budgets.csv", "Tekst"}};
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir())) {
    if (entry.path().extension() == ".csv") {
      on_disk.insert(entry.path().filename().string());
    }
  }
  EXPECT_EQ(on_disk.size(), expected.size());
  for (const auto& [name, table] : expected) {
    EXPECT_TRUE(on_disk.count(name) == 1) << name;
    Figures figures;
    ASSERT_NO_THROW(figures = read(name)) << name;
    EXPECT_FALSE(figures.empty()) << name;
    // One figure per printed cell: no row, column and year twice in a section.
    std::set<std::tuple<std::string, std::string, std::string, std::optional<int>>> cells;
    for (const SourceFigure& figure : figures) {
      EXPECT_EQ(figure.table, table) << name << ":" << figure.line;
      EXPECT_TRUE(cells.emplace(figure.section, figure.row, figure.column, figure.year).second)
          << name << ":" << figure.line << " repeats a cell";
    }
  }
}

// ---- Tabel 2, 3 and the text of 3.2 --------------------------------------------------------

TEST(SourceData, Table3CellsSumToThePrintedTotal) {
  const Figures table3 = read("table3_profile_cells.csv");
  double cells = 0;
  std::set<std::string> combinations;
  for (const SourceFigure& figure : table3) {
    if (figure.row.starts_with("Allochtoon=")) {
      cells += figure.value;
      combinations.insert(figure.row);
    }
  }
  EXPECT_EQ(combinations.size(), 16U);
  EXPECT_EQ(cells, 182510);
  EXPECT_EQ(value_of(table3, "Totaal niet werkende werkzoekenden", "Aantal"), 182510);
}

// The group totals of Tabel 3 are those of Tabel 2 in June 2011, and the counts of the
// text after Tabel 3 (75 % in a group, half of them in more than one) follow from it.
TEST(SourceData, Table3AgreesWithTable2AndTheText) {
  const Figures table3 = read("table3_profile_cells.csv");
  const Figures table2 = read("table2_nwwz_groups.csv");
  const Figures text = read("s3_2_long_term.csv");
  const std::vector<std::pair<std::string, std::string>> groups = {
      {"Allochtoon=Ja", "Allochtonen"},
      {"Arbeidshandicap=Ja", "Pmah"},
      {"Vijftigplus=Ja", "50-plussers"},
      {"Kortgeschoold=Ja", "Kortgeschoolden"}};
  for (const auto& [flag, column] : groups) {
    double total = 0;
    for (const SourceFigure& figure : table3) {
      if (figure.row.find(flag) != std::string::npos) {
        total += figure.value;
      }
    }
    EXPECT_EQ(total, value_of(table2, "Juni 2011", column)) << column;
  }
  double any_group = 0;
  double several_groups = 0;
  for (const SourceFigure& figure : table3) {
    const int groups_in = flags_set(figure.row);
    if (groups_in >= 1) {
      any_group += figure.value;
    }
    if (groups_in >= 2) {
      several_groups += figure.value;
    }
  }
  EXPECT_EQ(any_group, value_of(text, "Minstens één kansengroep", "aantal"));
  EXPECT_EQ(several_groups, value_of(text, "Meer dan één kansengroep", "aantal"));
}

// The whole percentages of the text of 3.2 round from the counts of Tabellen 2 and 3.
TEST(SourceData, Section32SharesRoundFromTheCounts) {
  const Figures table3 = read("table3_profile_cells.csv");
  const Figures table2 = read("table2_nwwz_groups.csv");
  const Figures text = read("s3_2_long_term.csv");
  const double all = value_of(table3, "Totaal niet werkende werkzoekenden", "Aantal");
  const double in_a_group = value_of(text, "Minstens één kansengroep", "aantal");
  const std::string share = "aandeel van alle NWWZ (%)";
  EXPECT_EQ(value_of(text, "Minstens één kansengroep", share), std::round(100 * in_a_group / all));
  EXPECT_EQ(value_of(text, "Geen enkele kansengroep", share),
            std::round(100 * (all - in_a_group) / all));
  const std::string long_term = "meer dan twee jaar werkloos";
  for (const char* row : {"Alle werkzoekenden", "Minstens één kansengroep"}) {
    const double base = std::string_view(row) == "Alle werkzoekenden" ? all : in_a_group;
    EXPECT_EQ(value_of(text, row, long_term + " (%)"),
              std::round(100 * value_of(text, row, long_term + " (aantal)") / base))
        << row;
  }
  // Text row, Tabel 3 flag, Tabel 2 column.
  const std::vector<std::tuple<std::string, std::string, std::string>> groups = {
      {"Allochtonen", "Allochtoon=Ja", "Allochtonen"},
      {"Arbeidsgehandicapten", "Arbeidshandicap=Ja", "Pmah"},
      {"Vijftigplussers", "Vijftigplus=Ja", "50-plussers"},
      {"Kortgeschoolden", "Kortgeschoold=Ja", "Kortgeschoolden"}};
  for (const auto& [row, flag, column] : groups) {
    const double group = value_of(table2, "Juni 2011", column);
    EXPECT_EQ(value_of(text, row, long_term + " (%)"),
              std::round(100 * value_of(text, row, long_term + " (aantal)") / group))
        << row;
    double with_another = 0;
    for (const SourceFigure& figure : table3) {
      if (figure.row.find(flag) != std::string::npos && flags_set(figure.row) >= 2) {
        with_another += figure.value;
      }
    }
    EXPECT_EQ(value_of(text, row, "aandeel in minstens één andere kansengroep (%)"),
              std::round(100 * with_another / group))
        << row;
  }
}

TEST(SourceData, Table2GrowthRatesRoundFromTheCounts) {
  const Figures table2 = read("table2_nwwz_groups.csv");
  for (const char* group : {"Allochtonen", "Pmah", "50-plussers", "Kortgeschoolden"}) {
    const double june2008 = value_of(table2, "Juni 2008", group);
    const double june2010 = value_of(table2, "Juni 2010", group);
    const double june2011 = value_of(table2, "Juni 2011", group);
    EXPECT_EQ(value_of(table2, "2008-2011", group), std::round(100 * (june2011 / june2008 - 1)))
        << group;
    EXPECT_EQ(value_of(table2, "2010-2011", group), std::round(100 * (june2011 / june2010 - 1)))
        << group;
  }
}

// 677 is kept as printed, though 51,802 - 47,125 = 4,677 is what the total and the 10 %
// printed beside it imply.
TEST(SourceData, LongTermKeepsThePrinted677) {
  const Figures text = read("s3_2_long_term.csv");
  const std::string_view long_term = "meer dan twee jaar werkloos (aantal)";
  const double others = value_of(text, "De anderen", long_term);
  EXPECT_EQ(others, 677);
  EXPECT_EQ(value_of(text, "De anderen", "meer dan twee jaar werkloos (%)"), 10);
  const double all = value_of(text, "Alle werkzoekenden", long_term);
  const double in_a_group = value_of(text, "Minstens één kansengroep", long_term);
  EXPECT_EQ(all, 51802);
  EXPECT_EQ(in_a_group, 47125);
  EXPECT_NE(all - in_a_group, others);
  EXPECT_EQ(value_of(text, "Vijftigplussers", long_term), 29469);
  EXPECT_EQ(
      value_of(text, "Arbeidsgehandicapten", "aandeel in minstens één andere kansengroep (%)"), 86);
}

TEST(SourceData, Table4SpotChecks) {
  const Figures table4 = read("table4_job_finding.csv");
  EXPECT_EQ(table4.size(), 30U);
  EXPECT_DOUBLE_EQ(value_of(table4, "Totaal", "2010"), 10.7);
  EXPECT_DOUBLE_EQ(value_of(table4, "Totaal", "2009"), 9.4);
  EXPECT_DOUBLE_EQ(value_of(table4, ">1 jaar", "2010"), 5.6);
  EXPECT_DOUBLE_EQ(value_of(table4, "<25 jaar", "2009"), 15.8);
  for (const SourceFigure& figure : table4) {
    EXPECT_EQ(figure.unit, "percent");
    EXPECT_EQ(figure.year, std::stoi(figure.column));
  }
}

// ---- Tabel 5, 6 and 8 ----------------------------------------------------------------------

TEST(SourceData, Table5StockIdentitiesHold) {
  const Figures table5 = read("table5_programme_flows.csv");
  for (const char* programme : {"Sociale werkplaatsen", "Commerciële invoeg", "Dienstencheque",
                                "Niet-dienstencheque", "Lokale Diensteconomie", "Arbeidszorg"}) {
    const double start = value_of(table5, programme, "31/12/2009");
    const double in = value_of(table5, programme, "instroom");
    const double out = value_of(table5, programme, "uitstroom");
    const double end = value_of(table5, programme, "31/12/2010");
    EXPECT_EQ(start + in - out, end) << programme;
    EXPECT_EQ(value_of(table5, programme, "groei (n)"), end - start) << programme;
    EXPECT_DOUBLE_EQ(value_of(table5, programme, "rotatie (%)"),
                     round1(100 * std::min(in, out) / start))
        << programme;
  }
  for (const char* programme :
       {"Sociale werkplaatsen", "Beschutte werkplaatsen*", "Commerciële invoeg", "Dienstencheque",
        "Lokale Diensteconomie", "Arbeidszorg"}) {
    const double start = value_of(table5, programme, "31/12/2009");
    const double end = value_of(table5, programme, "31/12/2010");
    EXPECT_EQ(value_of(table5, programme, "groei (n)"), end - start) << programme;
    EXPECT_DOUBLE_EQ(value_of(table5, programme, "groei (%)"), round1(100 * (end - start) / start))
        << programme;
  }
  // Commerciële invoeg is Dienstencheque plus Niet-dienstencheque in every count.
  for (const char* column : {"31/12/2009", "instroom", "uitstroom", "31/12/2010", "groei (n)"}) {
    EXPECT_EQ(value_of(table5, "Commerciële invoeg", column),
              value_of(table5, "Dienstencheque", column) +
                  value_of(table5, "Niet-dienstencheque", column))
        << column;
  }
  EXPECT_DOUBLE_EQ(value_of(table5, "Sociale werkplaatsen", "rotatie (%)"), 17.0);
}

// Printed -0,3 where -17 / 529 is -3.2 %: kept as printed.
TEST(SourceData, Table5KeepsThePrintedNietDienstchequeGrowth) {
  const Figures table5 = read("table5_programme_flows.csv");
  const double printed = value_of(table5, "Niet-dienstencheque", "groei (%)");
  EXPECT_DOUBLE_EQ(printed, -0.3);
  const double computed = round1(100 * value_of(table5, "Niet-dienstencheque", "groei (n)") /
                                 value_of(table5, "Niet-dienstencheque", "31/12/2009"));
  EXPECT_DOUBLE_EQ(computed, -3.2);
  EXPECT_NE(printed, computed);
  // The flows Tabel 5 does not give for BW are left out, not written as zero.
  for (const SourceFigure& figure : table5) {
    if (figure.row == "Beschutte werkplaatsen*") {
      EXPECT_TRUE(figure.column != "instroom" && figure.column != "uitstroom" &&
                  figure.column != "rotatie (%)")
          << figure.column;
    }
  }
}

TEST(SourceData, Table6ChangesAreEndMinusStart) {
  const Figures table6 = read("table6_vte.csv");
  for (const SourceFigure& figure : table6) {
    if (figure.column != "2009-2010") {
      continue;
    }
    EXPECT_EQ(figure.value, value_of(table6, figure.row, "31/12/2010") -
                                value_of(table6, figure.row, "31/12/2009"))
        << figure.row;
  }
  EXPECT_EQ(value_of(table6, "Commerciële invoeg", "31/12/2009"),
            value_of(table6, "Dienstencheque", "31/12/2009") +
                value_of(table6, "Niet-dienstencheque", "31/12/2009"));
  // Printed 1,096 where its parts make 668 + 427 = 1,095: kept as printed.
  EXPECT_EQ(value_of(table6, "Commerciële invoeg", "31/12/2010"), 1096);
  EXPECT_EQ(value_of(table6, "Dienstencheque", "31/12/2010") +
                value_of(table6, "Niet-dienstencheque", "31/12/2010"),
            1095);
  EXPECT_EQ(value_of(table6, "Sociale werkplaatsen", "31/12/2010"), 3690);
}

std::string table8_row(std::string_view programme, std::string_view year) {
  return "Programma=" + std::string(programme) + ";Jaar=" + std::string(year);
}

TEST(SourceData, Table8SharesOfLeaversRoundFromTheCounts) {
  const Figures table8 = read("table8_outflow_to_work.csv");
  std::set<std::string> rows;
  for (const SourceFigure& figure : table8) {
    rows.insert(figure.row);
  }
  EXPECT_EQ(rows.size(), 32U);
  for (const std::string& row : rows) {
    const double reach = value_of(table8, row, "A");
    const double leavers = value_of(table8, row, "B1**");
    EXPECT_DOUBLE_EQ(value_of(table8, row, "B2"), round1(100 * leavers / reach)) << row;
  }
}

TEST(SourceData, Table8SpotChecks) {
  const Figures table8 = read("table8_outflow_to_work.csv");
  EXPECT_DOUBLE_EQ(value_of(table8, table8_row("SW (doelgroep)", "2010"), "C/B1"), 24.9);
  EXPECT_DOUBLE_EQ(value_of(table8, table8_row("SW (doelgroep)", "2010*"), "C/B1"), 28.9);
  EXPECT_EQ(value_of(table8, table8_row("SW (doelgroep)", "2010*"), "A"), 4883);
  EXPECT_EQ(value_of(table8, table8_row("Arbeidszorg", "2010"), "C"), 50);
  // Printed 25,7 with a decimal comma, where 306 / 1,731 is 17.7 %: kept as printed.
  const std::string ndc_2008 = table8_row("Invoeg Niet-Dienstencheque", "2008");
  EXPECT_DOUBLE_EQ(value_of(table8, ndc_2008, "C/A"), 25.7);
  EXPECT_NE(round1(100 * value_of(table8, ndc_2008, "C") / value_of(table8, ndc_2008, "A")), 25.7);
  // Collectieve Invoeg is printed for 2006 and 2007 only.
  std::set<int> collective_years;
  for (const SourceFigure& figure : table8) {
    if (figure.row.starts_with("Programma=Collectieve Invoeg;")) {
      collective_years.insert(*figure.year);
    }
  }
  EXPECT_EQ(collective_years, (std::set<int>{2006, 2007}));
}

// Cumulative reach A of 2010 is Tabel 5's stock at 31/12/2009 plus its inflow, in every
// programme both tables give.
TEST(SourceData, Table8ReachIsTable5StockPlusInflow) {
  const Figures table5 = read("table5_programme_flows.csv");
  const Figures table8 = read("table8_outflow_to_work.csv");
  const std::vector<std::pair<std::string, std::string>> programmes = {
      {"SW (doelgroep)", "Sociale werkplaatsen"},
      {"Invoeg (Totaal) (excl.collect. Invoeg)", "Commerciële invoeg"},
      {"Invoeg Niet-Dienstencheque", "Niet-dienstencheque"},
      {"Invoeg Dienstencheque", "Dienstencheque"},
      {"Lokale Diensteneconomie.", "Lokale Diensteconomie"},
      {"Arbeidszorg", "Arbeidszorg"}};
  for (const auto& [in_table8, in_table5] : programmes) {
    EXPECT_EQ(value_of(table8, table8_row(in_table8, "2010"), "A"),
              value_of(table5, in_table5, "31/12/2009") + value_of(table5, in_table5, "instroom"))
        << in_table8;
  }
}

// ---- the text of 3.3 and 4 -------------------------------------------------------------------

TEST(SourceData, PoolsSpotChecks) {
  const Figures pools = read("s3_3_pools.csv");
  EXPECT_EQ(value_of(pools, "NWWZ met een onvoorwaardelijk recht op BW", "aantal") +
                value_of(pools, "NWWZ met een voorwaardelijk recht op BW", "aantal") -
                value_of(pools, "NWWZ met beide rechten op BW", "aantal"),
            value_of(pools, "NWWZ met een recht op BW", "aantal"));
  const double advices = value_of(pools, "Adviezen arbeidszorg", "aantal", 2010);
  EXPECT_EQ(advices, 702);
  // "In één vijfde van al die screenings (702)".
  EXPECT_EQ(value_of(pools, "Adviezen arbeidszorg", "aandeel van de screenings (%)"),
            std::round(
                100 * advices /
                (value_of(pools,
                          "Activeringsscreenings door gespecialiseerde "
                          "arbeidsonderzoekcentra",
                          "aantal") +
                 value_of(pools, "Activeringsscreenings door psychologen van de VDAB", "aantal"))));
  EXPECT_EQ(value_of(pools, "Adviezen arbeidszorg", "aantal", 2009), 750);
  EXPECT_EQ(value_of(pools, "Doelgroep Lokale Diensteneconomie", "aantal (laag)"), 80000);
  EXPECT_EQ(value_of(pools, "Doelgroep Lokale Diensteneconomie", "aantal (hoog)"), 90000);
  EXPECT_EQ(value_of(pools, "Kortgeschoolde en minstens vijf jaar werkzoekende NWWZ", "aantal"),
            13356);
}

TEST(SourceData, BudgetsSpotChecks) {
  const Figures budgets = read("s4_budgets.csv");
  const std::string growth = "Uitbreiding sociale werkplaatsen (VIA III)";
  EXPECT_EQ(
      value_of(budgets, growth, "VTE doelgroep") + value_of(budgets, growth, "VTE omkadering"),
      value_of(budgets, growth, "VTE"));
  EXPECT_EQ(value_of(budgets, growth, "budget"), 520000);
  EXPECT_EQ(value_of(budgets, "Krediet beschutte werkplaatsen", "krediet"), 239148000);
  EXPECT_EQ(value_of(budgets, "Budget lokale diensteneconomie", "budget"), 20444000);
  EXPECT_EQ(value_of(budgets, "Groeipad lokale diensteneconomie", "VTE doelgroepwerknemers"), 100);
  // Both VTE figures printed for the same 278,460 hours are kept.
  const std::string hours = "Experimenten arbeidszorg: erkenning";
  double vte_425 = 0;
  double bracketed = 0;
  for (const SourceFigure& figure : budgets) {
    if (figure.section != "4.2.5" || figure.row != hours) {
      continue;
    }
    if (figure.column == "VTE") {
      vte_425 = figure.value;
    }
    if (figure.column == "VTE (tussen haakjes)") {
      bracketed = figure.value;
    }
    if (figure.unit == "hours") {
      EXPECT_EQ(figure.value, 278460);
    }
  }
  EXPECT_DOUBLE_EQ(vte_425, 178.5);
  EXPECT_DOUBLE_EQ(bracketed, 179.5);
}

// ---- the reader ------------------------------------------------------------------------------

constexpr std::string_view kHeader = "table,section,row,column,year,value,unit,use,reason,note\n";

class SourceTableReader : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fresh_dir(); }
  void TearDown() override { remove_dir(dir_); }

  std::filesystem::path file_with(std::string_view text) const {
    auto file = dir_ / "figures.csv";
    write_text(file, text);
    return file;
  }

  std::string error_for(std::string_view text) const {
    const auto file = file_with(text);
    return error_of([&] { read_source_table(file); });
  }

  std::filesystem::path dir_;
};

TEST_F(SourceTableReader, ReadsQuotedFieldsAndLineNumbers) {
  const auto file = file_with(
      "\xEF\xBB\xBFtable,section,row,column,year,value,unit,use,reason,note\r\n"
      "Tabel 5,3.4,\"Rij, met komma\",\"kolom \"\"x\"\"\",2010,-0.3,percent,,,\"twee\nregels\"\r\n"
      "\n"
      "Tekst,4.1.3,WIP,budget,,6000000,eur,,,\n");
  const Figures figures = read_source_table(file);
  ASSERT_EQ(figures.size(), 2U);
  EXPECT_EQ(figures[0].table, "Tabel 5");
  EXPECT_EQ(figures[0].row, "Rij, met komma");
  EXPECT_EQ(figures[0].column, "kolom \"x\"");
  EXPECT_EQ(figures[0].year, 2010);
  EXPECT_DOUBLE_EQ(figures[0].value, -0.3);
  EXPECT_EQ(figures[0].note, "twee\nregels");
  EXPECT_EQ(figures[0].line, 2);
  EXPECT_EQ(figures[1].year, std::nullopt);
  EXPECT_EQ(figures[1].value, 6000000);
  EXPECT_EQ(figures[1].note, "");
  EXPECT_EQ(figures[1].line, 5);  // after a note over two lines and an empty line
  EXPECT_EQ(figures[0].use.kind, FigureUse::kUnstated);
  EXPECT_EQ(figures[0].reason, "");
}

TEST_F(SourceTableReader, ReadsTheUseAndItsReason) {
  const Figures figures = read_source_table(file_with(
      std::string(kHeader) +
      "Tekst,3.2,De anderen,aantal,2011,677,persons,corrected:4677,\"51802 - 47125, and 10 %\",\n"
      "Tabel 8,3.5,SW,C/A,2009,3.0,percent,corrected:-2.93,from the counts,\n"
      "Tabel 8,3.5,SW,B1**,2009,256,persons,printed,its ratios agree,\n"
      "Tekst,4.1.1,Alle,aantal (meer dan),2010,22000,persons,not used,a lower bound,note\n"));
  ASSERT_EQ(figures.size(), 4U);
  EXPECT_EQ(figures[0].use.kind, FigureUse::kCorrected);
  EXPECT_EQ(figures[0].use.corrected, 4677);
  EXPECT_EQ(figures[0].reason, "51802 - 47125, and 10 %");
  EXPECT_EQ(figures[0].note, "");
  EXPECT_EQ(figures[1].use.corrected, -2.93);
  EXPECT_EQ(figures[2].use.kind, FigureUse::kPrinted);
  EXPECT_EQ(figures[2].use.corrected, std::nullopt);
  EXPECT_EQ(figures[3].use.kind, FigureUse::kNotUsed);
  EXPECT_EQ(figures[3].reason, "a lower bound");
  EXPECT_EQ(figures[3].note, "note");
}

TEST_F(SourceTableReader, BadUse) {
  const std::string row = "Tekst,3.2,De anderen,aantal,2011,677,persons,";
  const std::string expected =
      "use: expected printed, not used, corrected:NUMBER or an empty field, found ";
  EXPECT_EQ(error_for(std::string(kHeader) + row + "corrected,why,\n"),
            at(dir_ / "figures.csv", 2) + expected + "\"corrected\"");
  EXPECT_EQ(error_for(std::string(kHeader) + row + "corrected:,why,\n"),
            at(dir_ / "figures.csv", 2) + expected + "\"corrected:\"");
  EXPECT_EQ(error_for(std::string(kHeader) + row + "corrected:4 677,why,\n"),
            at(dir_ / "figures.csv", 2) + expected + "\"corrected:4 677\"");
  EXPECT_EQ(error_for(std::string(kHeader) + row + "Printed,why,\n"),
            at(dir_ / "figures.csv", 2) + expected + "\"Printed\"");
}

TEST_F(SourceTableReader, UseAndReasonComeTogether) {
  const std::string row = "Tekst,3.2,De anderen,aantal,2011,677,persons,";
  EXPECT_EQ(error_for(std::string(kHeader) + row + "corrected:4677,,\n"),
            at(dir_ / "figures.csv", 2) + "reason: expected the reason for the use, found \"\"");
  EXPECT_EQ(error_for(std::string(kHeader) + row + ",because,\n"),
            at(dir_ / "figures.csv", 2) +
                "use: expected printed, not used or corrected:NUMBER with a reason, found \"\"");
}

TEST_F(SourceTableReader, BadHeader) {
  const auto file = file_with("table,section,row,col,year,value,unit,note\n");
  EXPECT_EQ(error_of([&] { read_source_table(file); }),
            at(file, 1) +
                "header: expected table,section,row,column,year,value,unit,use,reason,note, found "
                "\"table,section,row,col,year,value,unit,note\"");
  const auto empty = file_with("");
  EXPECT_EQ(
      error_of([&] { read_source_table(empty); }),
      at(empty, 1) +
          "header: expected table,section,row,column,year,value,unit,use,reason,note, found an "
          "empty file");
}

TEST_F(SourceTableReader, WrongColumnCount) {
  const auto file =
      file_with(std::string(kHeader) + "Tabel 2,3.2,Juni 2008,Pmah,2008,27.747,persons\n" +
                "Tabel 2,3.2,Juni 2008,Pmah,2008,27,747,persons,,,\n");
  EXPECT_EQ(
      error_of([&] { read_source_table(file); }),
      at(file, 2) +
          "use: expected 10 fields (double quotes around a field that holds a comma), found 7");
  EXPECT_EQ(error_for(std::string(kHeader) + "Tabel 2,3.2,Juni 2008,Pmah,2008,27,747,persons,,,\n"),
            at(dir_ / "figures.csv", 2) +
                "note: expected 10 fields (double quotes around a field that holds a comma), "
                "found 11");
}

// Latin-1 (0xEB for the e with diaeresis) where UTF-8 is expected; the byte is shown
// escaped, so the message stays readable text.
TEST_F(SourceTableReader, NotUtf8) {
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 5,3.4,Co\xEBperatie,instroom,2010,1,persons,,,\n"),
      at(dir_ / "figures.csv", 2) +
          "row: expected UTF-8 text, found the byte 0xEB in \"Co\\xEBperatie\"");
  EXPECT_EQ(error_for("table,section,row,column,year,value,unit,use,reason,note\xFF\n"),
            at(dir_ / "figures.csv", 1) +
                "header: expected UTF-8 text, found the byte 0xFF in \"note\\xFF\"");
}

TEST_F(SourceTableReader, NonNumericValue) {
  EXPECT_EQ(error_for(std::string(kHeader) +
                      "Tabel 5,3.4,Dienstencheque,groei (%),2010,\"-11,1\",percent,,,\n"),
            at(dir_ / "figures.csv", 2) + "value: expected a number, found \"-11,1\"");
  EXPECT_EQ(error_for(std::string(kHeader) +
                      "Tabel 5,3.4,Dienstencheque,groei (n),2010,+222,persons,,,\n"),
            at(dir_ / "figures.csv", 2) + "value: expected a number, found \"+222\"");
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 5,3.4,Dienstencheque,groei (n),2010,,persons,,,\n"),
      at(dir_ / "figures.csv", 2) + "value: expected a number, found \"\"");
}

TEST_F(SourceTableReader, NonFiniteValue) {
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 5,3.4,Arbeidszorg,instroom,2010,nan,persons,,,\n"),
      at(dir_ / "figures.csv", 2) + "value: expected a finite number, found \"nan\"");
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 5,3.4,Arbeidszorg,instroom,2010,1e999,persons,,,\n"),
      at(dir_ / "figures.csv", 2) + "value: expected a finite number, found \"1e999\"");
}

TEST_F(SourceTableReader, UnknownUnit) {
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 6,3.4,Arbeidszorg,31/12/2010,2010,1183,VTE,,,\n"),
      at(dir_ / "figures.csv", 2) +
          "unit: expected one of persons, vte, percent, eur, hours, count, found \"VTE\"");
}

TEST_F(SourceTableReader, BadYear) {
  EXPECT_EQ(error_for(std::string(kHeader) + "Tabel 8,3.5,SW,A,2010*,4883,persons,,,\n"),
            at(dir_ / "figures.csv", 2) +
                "year: expected a year in 1900..2100 or an empty field, found \"2010*\"");
  EXPECT_EQ(error_for(std::string(kHeader) + "Tabel 8,3.5,SW,A,4883,4883,persons,,,\n"),
            at(dir_ / "figures.csv", 2) +
                "year: expected a year in 1900..2100 or an empty field, found \"4883\"");
}

TEST_F(SourceTableReader, EmptyLabel) {
  EXPECT_EQ(error_for(std::string(kHeader) + "Tabel 8,3.5,,A,2010,4883,persons,,,\n"),
            at(dir_ / "figures.csv", 2) + "row: expected a non-empty field, found \"\"");
}

TEST_F(SourceTableReader, BadQuoting) {
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 8,3.5,SW \"doelgroep\",A,2010,4883,persons,,,\n"),
      at(dir_ / "figures.csv", 2) +
          "row: expected a field in double quotes or without any, found "
          "\"SW \\\"doelgroep\\\",A,201...\"");
  EXPECT_EQ(
      error_for(std::string(kHeader) + "Tabel 8,3.5,\"SW\" (doelgroep),A,2010,4883,persons,,,\n"),
      at(dir_ / "figures.csv", 2) +
          "row: expected a comma or the end of the line after a closing double quote, "
          "found \" (doelgroep),A,2010,...\"");
  EXPECT_EQ(error_for(std::string(kHeader) + "Tabel 8,3.5,SW,A,2010,4883,persons,,,\"open\n\n"),
            at(dir_ / "figures.csv", 2) +
                "note: expected a closing double quote, found the end of the file");
}

TEST(SourceTableReaderFile, MissingFile) {
  const auto file = std::filesystem::path(GROEIPAD_SOURCE_DIR) / "no-such-file.csv";
  EXPECT_EQ(error_of([&] { read_source_table(file); }),
            file.string() + ": cannot read file: No such file or directory");
}

}  // namespace
}  // namespace groeipad::io
