// The audit's checks of Tabel 4, of Tabel 8 against Tabel 5, of §4 and of shares printed in
// words, on small tables built here: figures that differ only by rounding (or by what a
// footnote explains) give no finding, real errors give one, on the figure in question.

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "audit_test_support.hpp"
#include "groeipad/calibration/audit.hpp"

namespace groeipad::calibration {
namespace {

using audit_test::figure;
using audit_test::Figures;
using io::SourceFigure;

Figures operator+(Figures a, const Figures& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// ---- Tabel 4: a total between its categories -------------------------------------------------

Figures table4_gender(double total, double men, double women) {
  return {figure("Tabel 4", "Totaal", "2010", total, "3.2"),
          figure("Tabel 4", "Mannen", "2010", men, "3.2"),
          figure("Tabel 4", "Vrouwen", "2010", women, "3.2")};
}

TEST(AuditTable4, TotalBetweenItsCategoriesIsNoFinding) {
  EXPECT_TRUE(audit(table4_gender(10.7, 11.4, 10.0)).empty());
}

TEST(AuditTable4, TotalOutsideByNoMoreThanRoundingIsNoFinding) {
  // True rates 10.04 (total), 10.05 and 9.05 print as 10.1, 10.0 (rounded half up) and 9.0:
  // the printed total lies 0.1 above both printed categories, and still agrees.
  EXPECT_TRUE(audit(table4_gender(10.1, 10.0, 9.0)).empty());
}

TEST(AuditTable4, TotalOutsideItsCategoriesIsAFindingOnTheTotal) {
  const std::vector<Finding> findings = audit(table4_gender(10.2, 10.0, 9.0));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tabel 4");
  EXPECT_EQ(findings[0].row, "Totaal");
  EXPECT_EQ(findings[0].column, "2010");
  EXPECT_DOUBLE_EQ(findings[0].printed, 10.2);
  EXPECT_DOUBLE_EQ(findings[0].implied, 10.0);
  EXPECT_EQ(findings[0].rule, "between the Geslacht rates");
  // Below the lowest category as well.
  const std::vector<Finding> below = audit(table4_gender(8.8, 10.0, 9.0));
  ASSERT_EQ(below.size(), 1U);
  EXPECT_DOUBLE_EQ(below[0].implied, 9.0);
}

TEST(AuditTable4, ThreeCategoryHeadingsUseTheirLowestAndHighest) {
  const Figures figures = {figure("Tabel 4", "Totaal", "2009", 15.0, "3.2"),
                           figure("Tabel 4", "Laaggeschoold", "2009", 7.0, "3.2"),
                           figure("Tabel 4", "Middengeschoold", "2009", 10.8, "3.2"),
                           figure("Tabel 4", "Hooggeschoold", "2009", 14.5, "3.2")};
  const std::vector<Finding> findings = audit(figures);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "between the Onderwijsniveau rates");
  EXPECT_DOUBLE_EQ(findings[0].implied, 14.5);
  Figures inside = figures;
  inside[0].value = 14.6;  // within rounding of 14.5
  EXPECT_TRUE(audit(inside).empty());
}

// ---- Tabel 4 2010 against Tabel 2's June 2010 counts -----------------------------------------

// Rates of 2010 for the four kansengroepen's headings, and the June 2010 counts. With these
// rates the non-European share is 0.19..0.29, the disabled 0.135..0.162, the over-49
// 0.071..0.49, the low educated 0.366..0.676 (each from the rounding of the rates).
Figures june_2010(double allochtonen, double pmah, double vijftig, double kort) {
  return {figure("Tabel 4", "Totaal", "2010", 10.7, "3.2"),
          figure("Tabel 4", "Europees (incl.Belgen)", "2010", 11.2, "3.2"),
          figure("Tabel 4", "Niet-Europees", "2010", 9.1, "3.2"),
          figure("Tabel 4", "Met arbeidshandicap", "2010", 4.4, "3.2"),
          figure("Tabel 4", "Zonder arbeidshandicap", "2010", 11.8, "3.2"),
          figure("Tabel 4", "<25 jaar", "2010", 17.9, "3.2"),
          figure("Tabel 4", "25-49 jaar", "2010", 11.4, "3.2"),
          figure("Tabel 4", ">49 jaar", "2010", 3.0, "3.2"),
          figure("Tabel 4", "Laaggeschoold", "2010", 8.2, "3.2"),
          figure("Tabel 4", "Middengeschoold", "2010", 12.3, "3.2"),
          figure("Tabel 4", "Hooggeschoold", "2010", 15.6, "3.2"),
          figure("Tabel 2", "Juni 2010", "Allochtonen", allochtonen, "3.2"),
          figure("Tabel 2", "Juni 2010", "Pmah", pmah, "3.2"),
          figure("Tabel 2", "Juni 2010", "50-plussers", vijftig, "3.2"),
          figure("Tabel 2", "Juni 2010", "Kortgeschoolden", kort, "3.2")};
}

TEST(AuditTable4, June2010CountsThatOneTotalExplainsAreNoFinding) {
  // The source's own counts: a total of 181,333..217,600 fits all four.
  EXPECT_TRUE(audit(june_2010(46436, 29376, 51907, 102280)).empty());
}

TEST(AuditTable4, June2010CountNoTotalExplainsIsAFinding) {
  // Pmah three times its count: at most 1.2 / 7.4 = 16.2 % (11.85 - 10.65 over 11.85 - 4.45)
  // of a total that the non-European share, at least 0.4 / 2.1 = 19.0 % (11.15 - 10.75 over
  // 11.15 - 9.05), puts at 46,436 / 0.190 = 243,789 at most.
  const std::vector<Finding> findings = audit(june_2010(46436, 88128, 51907, 102280));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tabel 2");
  EXPECT_EQ(findings[0].column, "Pmah");
  EXPECT_DOUBLE_EQ(findings[0].printed, 88128);
  EXPECT_NEAR(findings[0].implied, (1.2 / 7.4) * 46436 / (0.4 / 2.1), 1e-6);
}

// ---- Tabel 8 against Tabel 5 -----------------------------------------------------------------

Figures table5_programme(double start, double in, double out) {
  return {figure("Tabel 5", "Sociale werkplaatsen", "31/12/2009", start),
          figure("Tabel 5", "Sociale werkplaatsen", "instroom", in),
          figure("Tabel 5", "Sociale werkplaatsen", "uitstroom", out)};
}

Figures table8_reach(const std::string& year, double a, double b1) {
  const std::string row = "Programma=SW (doelgroep);Jaar=" + year;
  return {figure("Tabel 8", row, "A", a, "3.5"), figure("Tabel 8", row, "B1**", b1, "3.5")};
}

TEST(AuditTable8Reach, ReachIsStockPlusInflowAndFewerLeaversIsNoFinding) {
  // A = 3985 + 898; B1 674 below the uitstroom 676 is footnote **, not an error.
  EXPECT_TRUE(audit(table5_programme(3985, 898, 676) + table8_reach("2010", 4883, 674) +
                    table8_reach("2010*", 4883, 676))
                  .empty());
}

TEST(AuditTable8Reach, ReachOtherThanStockPlusInflowIsAFinding) {
  const std::vector<Finding> findings =
      audit(table5_programme(3985, 898, 676) + table8_reach("2010", 4833, 674));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].row, "Programma=SW (doelgroep);Jaar=2010");
  EXPECT_EQ(findings[0].column, "A");
  EXPECT_DOUBLE_EQ(findings[0].implied, 4883);
}

TEST(AuditTable8Reach, MoreLeaversThanOutflowIsAFinding) {
  const std::vector<Finding> findings =
      audit(table5_programme(3985, 898, 676) + table8_reach("2010*", 4883, 677));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].column, "B1**");
  EXPECT_DOUBLE_EQ(findings[0].printed, 677);
  EXPECT_DOUBLE_EQ(findings[0].implied, 676);
}

TEST(AuditTable8Reach, LeaversOf2009AreAtMostReachLessTheEndStock) {
  // 1713 reached in 2009, 1485 still there at 31/12/2009: at most 228 left.
  const Figures stock = {figure("Tabel 5", "Lokale Diensteconomie", "31/12/2009", 1485)};
  const std::string row = "Programma=Lokale Diensteneconomie.;Jaar=2009";
  const auto leavers = [&](double b1) {
    return stock + Figures{figure("Tabel 8", row, "A", 1713, "3.5"),
                           figure("Tabel 8", row, "B1**", b1, "3.5")};
  };
  EXPECT_TRUE(audit(leavers(228)).empty());
  EXPECT_TRUE(audit(leavers(200)).empty());
  const std::vector<Finding> findings = audit(leavers(256));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].row, row);
  EXPECT_DOUBLE_EQ(findings[0].implied, 228);
}

// ---- §4 --------------------------------------------------------------------------------------

Figures s4_reach(double more_than, double bw, double sw, double invoeg) {
  return {
      figure("Tekst",
             "Doelgroepwerknemers in beschutte werkplaatsen, sociale werkplaatsen en invoeg",
             "aantal (meer dan)", more_than, "4.1.1"),
      figure("Tekst", "Beschutte werkplaatsen: doelgroepwerknemers met een handicap in productie",
             "personen", bw, "4.1.1"),
      figure("Tekst", "Sociale werkplaatsen: doelgroepwerknemers", "personen", sw, "4.1.1"),
      figure("Tekst", "Invoegmaatregel: doelgroepwerknemers", "personen", invoeg, "4.1.1")};
}

TEST(AuditSection4, MoreThanIsMetOrAFinding) {
  EXPECT_TRUE(audit(s4_reach(22000, 16100, 4207, 1725)).empty());
  const std::vector<Finding> findings = audit(s4_reach(22000, 15955, 4207, 1725));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tekst 4.1.1");
  EXPECT_EQ(findings[0].column, "aantal (meer dan)");
  EXPECT_DOUBLE_EQ(findings[0].implied, 21887);
}

TEST(AuditSection4, RepeatsOfTabel5AndTabel6MustAgree) {
  const Figures tables = {figure("Tabel 5", "Sociale werkplaatsen", "31/12/2010", 4207),
                          figure("Tabel 6", "Sociale werkplaatsen", "31/12/2010", 3690)};
  const auto text = [](double persons, double vte) {
    return Figures{
        figure("Tekst", "Sociale werkplaatsen: doelgroepwerknemers", "personen", persons, "4.1.1"),
        figure("Tekst", "Sociale werkplaatsen: doelgroepwerknemers", "VTE", vte, "4.1.1")};
  };
  EXPECT_TRUE(audit(tables + text(4207, 3690)).empty());
  const std::vector<Finding> findings = audit(tables + text(4207, 3609));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].column, "VTE");
  EXPECT_DOUBLE_EQ(findings[0].implied, 3690);
}

TEST(AuditSection4, TwoVteFiguresForTheSameHoursAreAFinding) {
  const std::string row = "Experimenten arbeidszorg: erkenning";
  const Figures figures = {figure("Tekst", row, "VTE", 178.5, "4.2.5"),
                           figure("Tekst", row, "VTE (tussen haakjes)", 179.5, "4.2.5"),
                           figure("Tekst", row, "VTE", 178.5, "4.2.6")};
  const std::vector<Finding> findings = audit(figures);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tekst 4.2.5");
  EXPECT_EQ(findings[0].column, "VTE (tussen haakjes)");
  EXPECT_DOUBLE_EQ(findings[0].implied, 178.5);
  // A repeat in 4.2.6 that differs is a finding on the repeat.
  Figures repeated = figures;
  repeated[1].value = 178.5;
  repeated[2].value = 175.8;
  const std::vector<Finding> on_repeat = audit(repeated);
  ASSERT_EQ(on_repeat.size(), 1U);
  EXPECT_EQ(on_repeat[0].table, "Tekst 4.2.6");
}

TEST(AuditSection4, GrowthStepIsItsParts) {
  const std::string row = "Uitbreiding sociale werkplaatsen (VIA III)";
  const auto step = [&](double all) {
    return Figures{figure("Tekst", row, "VTE", all, "4.1.2"),
                   figure("Tekst", row, "VTE doelgroep", 42, "4.1.2"),
                   figure("Tekst", row, "VTE omkadering", 8, "4.1.2")};
  };
  EXPECT_TRUE(audit(step(50)).empty());
  ASSERT_EQ(audit(step(52)).size(), 1U);
}

// ---- shares in words ------------------------------------------------------------------------

Figures half_of(double more_than_one) {
  return {figure("Tekst", "Minstens één kansengroep", "aantal", 137488, "3.2"),
          figure("Tekst", "Meer dan één kansengroep", "aantal", more_than_one, "3.2"),
          figure("Tekst", "Meer dan één kansengroep", "aandeel van minstens één kansengroep (%)",
                 50, "3.2")};
}

TEST(AuditWords, HalfIsTheNearestSimpleFraction) {
  // 67,748 / 137,488 = 49.3 %: no fraction up to tenths lies nearer than 1/2, though a whole
  // percent would print 49.
  EXPECT_TRUE(audit(half_of(67748)).empty());
  // 60,000 / 137,488 = 43.6 %: 3/7 (42.9 %) and 4/9 (44.4 %) lie nearer.
  const std::vector<Finding> findings = audit(half_of(60000));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].table, "Tekst 3.2");
  EXPECT_NEAR(findings[0].implied, 43.64, 0.01);
}

}  // namespace
}  // namespace groeipad::calibration
