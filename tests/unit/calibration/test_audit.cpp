// The audit of the source data: on small tables built here, with known typos and known
// rounding, and on the real files, whose known inconsistencies it must list and whose
// rounded figures it must leave alone.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "audit_test_support.hpp"
#include "groeipad/calibration/audit.hpp"

namespace groeipad::calibration {
namespace {

using audit_test::figure;
using audit_test::Figures;
using io::SourceFigure;

// A Tabel 5 row: start + in - out = end, with its growth and rotation printed.
Figures table5_row(std::string_view row, double start, double in, double out, double end,
                   double growth, double growth_percent, double rotation) {
  const std::string label(row);
  return {figure("Tabel 5", label, "31/12/2009", start),
          figure("Tabel 5", label, "instroom", in),
          figure("Tabel 5", label, "uitstroom", out),
          figure("Tabel 5", label, "31/12/2010", end),
          figure("Tabel 5", label, "groei (n)", growth),
          figure("Tabel 5", label, "groei (%)", growth_percent),
          figure("Tabel 5", label, "rotatie (%)", rotation)};
}

// A Tabel 8 row.
Figures table8_row(std::string_view programme, std::string_view year, double a, double b1,
                   double b2, double c, double c_b1, double c_a) {
  const std::string row = "Programma=" + std::string(programme) + ";Jaar=" + std::string(year);
  return {figure("Tabel 8", row, "A", a),       figure("Tabel 8", row, "B1**", b1),
          figure("Tabel 8", row, "B2", b2),     figure("Tabel 8", row, "C", c),
          figure("Tabel 8", row, "C/B1", c_b1), figure("Tabel 8", row, "C/A", c_a)};
}

// 1000 + 200 - 100 = 1100, groei 100 = 10.0 %, rotatie 100 / 1000 = 10.0 %.
Figures correct_table5() { return table5_row("Programma", 1000, 200, 100, 1100, 100, 10.0, 10.0); }

TEST(AuditConstructed, CorrectTableGivesNoFinding) {
  EXPECT_TRUE(audit(correct_table5()).empty());
  // B2 = 100 x 150 / 1000 = 15.0, C/B1 = 100 x 60 / 150 = 40.0, C/A = 6.0.
  EXPECT_TRUE(audit(table8_row("SW (doelgroep)", "2009", 1000, 150, 15.0, 60, 40.0, 6.0)).empty());
  EXPECT_EQ(audit_report(correct_table5()).figures_checked, 7U);
}

TEST(AuditConstructed, TypoGivesOneFindingWithPrintedAndImplied) {
  Figures figures = table5_row("Programma", 1000, 200, 100, 1100, 100, 10.0, 10.0);
  figures[3].value = 1010;  // the end stock mistyped; groei (n) still 100
  figures[4].value = 10;    // and groei (n) follows it, so only the stock identity fails
  figures[5].value = 1.0;   // groei % follows groei (n)
  const std::vector<Finding> findings = audit(figures);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tabel 5");
  EXPECT_EQ(findings[0].row, "Programma");
  EXPECT_EQ(findings[0].column, "31/12/2010");
  EXPECT_DOUBLE_EQ(findings[0].printed, 1010);
  EXPECT_DOUBLE_EQ(findings[0].implied, 1100);
}

TEST(AuditConstructed, TypoInARatioGivesOneFinding) {
  // 100 x 60 / 150 = 40.0, printed 4.0.
  const std::vector<Finding> findings =
      audit(table8_row("SW (doelgroep)", "2009", 1000, 150, 15.0, 60, 4.0, 6.0));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].row, "Programma=SW (doelgroep);Jaar=2009");
  EXPECT_EQ(findings[0].column, "C/B1");
  EXPECT_DOUBLE_EQ(findings[0].printed, 4.0);
  EXPECT_DOUBLE_EQ(findings[0].implied, 40.0);
}

TEST(AuditConstructed, RoundingOfThePrintedDecimalsIsNoFinding) {
  // rotatie 100 x 426 / 2500 = 17.04, printed 17.0; C/A 100 x 296 / 10000 = 2.96, printed 3.0.
  EXPECT_TRUE(audit(table5_row("Programma", 2500, 426, 500, 2426, -74, -3.0, 17.0)).empty());
  EXPECT_TRUE(
      audit(table8_row("SW (doelgroep)", "2009", 10000, 1000, 10.0, 296, 29.6, 3.0)).empty());
}

TEST(AuditConstructed, MoreThanRoundingIsOneFinding) {
  // C/A 100 x 293 / 10000 = 2.93, printed 3.0.
  const std::vector<Finding> findings =
      audit(table8_row("SW (doelgroep)", "2009", 10000, 1000, 10.0, 293, 29.3, 3.0));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].column, "C/A");
  EXPECT_DOUBLE_EQ(findings[0].printed, 3.0);
  EXPECT_NEAR(findings[0].implied, 2.93, 1e-12);
}

TEST(AuditConstructed, CountsMustAgreeExactly) {
  // Tabel 6: 500 - 400 = 100, printed 101; a count is not rounded.
  const Figures figures = {figure("Tabel 6", "SW", "31/12/2009", 400),
                           figure("Tabel 6", "SW", "31/12/2010", 500),
                           figure("Tabel 6", "SW", "2009-2010", 101)};
  const std::vector<Finding> findings = audit(figures);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].column, "2009-2010");
  EXPECT_DOUBLE_EQ(findings[0].implied, 100);
}

TEST(AuditConstructed, TextFindingNamesItsSection) {
  // BW rights 30 + 20 - 6 = 44, printed 45.
  const Figures figures = {
      figure("Tekst", "NWWZ met een recht op BW", "aantal", 45, "3.3"),
      figure("Tekst", "NWWZ met een onvoorwaardelijk recht op BW", "aantal", 30, "3.3"),
      figure("Tekst", "NWWZ met een voorwaardelijk recht op BW", "aantal", 20, "3.3"),
      figure("Tekst", "NWWZ met beide rechten op BW", "aantal", 6, "3.3")};
  const std::vector<Finding> findings = audit(figures);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tekst 3.3");
  EXPECT_DOUBLE_EQ(findings[0].printed, 45);
  EXPECT_DOUBLE_EQ(findings[0].implied, 44);
}

TEST(AuditConstructed, MissingFiguresSkipTheCheck) {
  Figures figures = correct_table5();
  figures.erase(figures.begin() + 1, figures.begin() + 3);  // no instroom, no uitstroom
  EXPECT_TRUE(audit(figures).empty());
}

// ---- the real data -----------------------------------------------------------------------

Figures real_figures() {
  const auto dir = std::filesystem::path(GROEIPAD_SOURCE_DIR) / "calibration" / "data";
  Figures figures;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".csv") continue;
    const Figures read = io::read_source_table(entry.path());
    figures.insert(figures.end(), read.begin(), read.end());
  }
  return figures;
}

class AuditRealData : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { findings_ = new std::vector<Finding>(audit(real_figures())); }
  static void TearDownTestSuite() {
    delete findings_;
    findings_ = nullptr;
  }

  static const Finding* find(std::string_view table, std::string_view row,
                             std::string_view column) {
    const auto found = std::find_if(findings_->begin(), findings_->end(), [&](const Finding& f) {
      return f.table == table && f.row == row && f.column == column;
    });
    return found == findings_->end() ? nullptr : &*found;
  }

  static std::vector<Finding>* findings_;
};

std::vector<Finding>* AuditRealData::findings_ = nullptr;

TEST_F(AuditRealData, FindsNoGroupLongTermCount) {
  const Finding* found = find("Tekst 3.2", "De anderen", "meer dan twee jaar werkloos (aantal)");
  ASSERT_NE(found, nullptr);
  EXPECT_DOUBLE_EQ(found->printed, 677);
  EXPECT_DOUBLE_EQ(found->implied, 4677);
  // Its 10 % agrees with 4,677 and is not a second finding.
  EXPECT_EQ(find("Tekst 3.2", "De anderen", "meer dan twee jaar werkloos (%)"), nullptr);
}

TEST_F(AuditRealData, FindsNietDienstchequeGrowth) {
  const Finding* found = find("Tabel 5", "Niet-dienstencheque", "groei (%)");
  ASSERT_NE(found, nullptr);
  EXPECT_DOUBLE_EQ(found->printed, -0.3);
  EXPECT_NEAR(found->implied, -3.21, 0.01);
}

TEST_F(AuditRealData, FindsTable6InvoegTotal) {
  const Finding* found = find("Tabel 6", "Commerciële invoeg", "31/12/2010");
  ASSERT_NE(found, nullptr);
  EXPECT_DOUBLE_EQ(found->printed, 1096);
  EXPECT_DOUBLE_EQ(found->implied, 1095);
}

TEST_F(AuditRealData, FindsLdeShareOfLeavers2008) {
  const Finding* found = find("Tabel 8", "Programma=Lokale Diensteneconomie.;Jaar=2008", "C/B1");
  ASSERT_NE(found, nullptr);
  EXPECT_DOUBLE_EQ(found->printed, 49.0);
  EXPECT_NEAR(found->implied, 51.0, 0.05);
}

TEST_F(AuditRealData, FindsTheOtherKnownTable8Figures) {
  EXPECT_NE(find("Tabel 8", "Programma=Invoeg Niet-Dienstencheque;Jaar=2008", "C/A"), nullptr);
  EXPECT_NE(find("Tabel 8", "Programma=Invoeg Dienstencheque;Jaar=2008", "C/A"), nullptr);
  EXPECT_NE(find("Tabel 8", "Programma=SW (doelgroep);Jaar=2009", "C/A"), nullptr);
  EXPECT_NE(find("Tabel 8", "Programma=Invoeg (Totaal) (excl.collect. Invoeg);Jaar=2006", "A"),
            nullptr);
}

TEST_F(AuditRealData, FindsTheCrossTableAndTextFigures) {
  // Item 11 of the data README: A - B1 of 2009 below Tabel 5's stock at 31/12/2009.
  const Finding* leavers = find("Tabel 8", "Programma=Lokale Diensteneconomie.;Jaar=2009", "B1**");
  ASSERT_NE(leavers, nullptr);
  EXPECT_DOUBLE_EQ(leavers->printed, 256);
  EXPECT_DOUBLE_EQ(leavers->implied, 1713 - 1485);
  const Finding* more_than =
      find("Tekst 4.1.1",
           "Doelgroepwerknemers in beschutte werkplaatsen, sociale werkplaatsen en invoeg",
           "aantal (meer dan)");
  ASSERT_NE(more_than, nullptr);
  EXPECT_DOUBLE_EQ(more_than->implied, 15955 + 4207 + 1725);
  const Finding* bracketed =
      find("Tekst 4.2.5", "Experimenten arbeidszorg: erkenning", "VTE (tussen haakjes)");
  ASSERT_NE(bracketed, nullptr);
  EXPECT_DOUBLE_EQ(bracketed->implied, 178.5);
}

// The differences the source explains or that rounding allows: B1 below Tabel 5's outflow
// (footnote **), "de helft" for 49.3 %, Tabel 4's totals and shares.
TEST_F(AuditRealData, LeavesExplainedDifferencesAlone) {
  for (const char* programme :
       {"SW (doelgroep)", "Invoeg (Totaal) (excl.collect. Invoeg)", "Invoeg Niet-Dienstencheque"}) {
    const std::string row = std::string("Programma=") + programme + ";Jaar=2010";
    EXPECT_EQ(find("Tabel 8", row, "B1**"), nullptr) << programme;
    EXPECT_EQ(find("Tabel 8", row, "A"), nullptr) << programme;
  }
  EXPECT_EQ(
      find("Tekst 3.2", "Meer dan één kansengroep", "aandeel van minstens één kansengroep (%)"),
      nullptr);
  for (const Finding& finding : *findings_) EXPECT_NE(finding.table, "Tabel 4") << finding.row;
}

// "For each, the calibration states which value it uses and why": every finding on the real
// data has a use and a reason in its data file, and a correction names its value.
TEST_F(AuditRealData, EveryFindingStatesItsUseAndReason) {
  EXPECT_EQ(findings_->size(), 22U);
  for (const Finding& finding : *findings_) {
    const std::string where = finding.table + " | " + finding.row + " | " + finding.column;
    EXPECT_NE(finding.use.kind, io::FigureUse::kUnstated) << where;
    EXPECT_FALSE(finding.reason.empty()) << where;
    EXPECT_EQ(finding.use.kind == io::FigureUse::kCorrected, finding.use.corrected.has_value())
        << where;
  }
  const Finding* none = find("Tekst 3.2", "De anderen", "meer dan twee jaar werkloos (aantal)");
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(none->use.kind, io::FigureUse::kCorrected);
  EXPECT_EQ(none->use.corrected, 4677);
}

// A use is stated for the figures the audit finds and for no other: a stated use on a
// figure that agrees would be a correction nobody can check.
TEST(AuditRealDataUses, OnlyFindingsStateAUse) {
  const Figures figures = real_figures();
  const std::vector<Finding> findings = audit(figures);
  for (const SourceFigure& figure : figures) {
    if (figure.use.kind == io::FigureUse::kUnstated) continue;
    const std::string table =
        figure.table == "Tekst" ? figure.table + " " + figure.section : figure.table;
    const bool found = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
      return f.table == table && f.row == figure.row && f.column == figure.column &&
             f.year == figure.year;
    });
    EXPECT_TRUE(found) << table << " | " << figure.row << " | " << figure.column;
  }
}

TEST_F(AuditRealData, LeavesFiguresRightToRounding) {
  EXPECT_EQ(find("Tabel 5", "Sociale werkplaatsen", "rotatie (%)"), nullptr);
  EXPECT_EQ(find("Tabel 8", "Programma=SW (doelgroep);Jaar=2010", "B2"), nullptr);
  EXPECT_EQ(find("Tabel 3", "Totaal niet werkende werkzoekenden", "Aantal"), nullptr);
  EXPECT_EQ(find("Tekst 3.3", "NWWZ met een recht op BW", "aantal"), nullptr);
  for (const Finding& finding : *findings_) EXPECT_NE(finding.table, "Tabel 2") << finding.row;
}

}  // namespace
}  // namespace groeipad::calibration
