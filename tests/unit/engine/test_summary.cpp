// Statistics over replications and the yearly definitions of Tables 5 and 8.

#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "groeipad/population/population.hpp"
#include "groeipad/stats/summary.hpp"

namespace groeipad {
namespace {

TEST(Summary, PercentilesInterpolateBetweenOrderStatistics) {
  const Quantiles q = summarise({4, 1, 3, 2, 5});
  EXPECT_DOUBLE_EQ(q.mean, 3);
  EXPECT_DOUBLE_EQ(q.p50, 3);
  EXPECT_DOUBLE_EQ(q.p05, 1.2);
  EXPECT_DOUBLE_EQ(q.p95, 4.8);
  const Quantiles one = summarise({7});
  EXPECT_DOUBLE_EQ(one.p05, 7);
  EXPECT_DOUBLE_EQ(one.p95, 7);
}

TEST(Summary, YearlyFiguresFollowTables5And8) {
  Scenario s = testing::baseline_scenario(1);
  s.start = {2010, 12};
  s.months = 12;  // December 2010 (start) + the twelve months of 2011
  Trajectory t(13);
  t[0].programmes[1].personen = 100;
  for (int m = 1; m <= 12; ++m) {
    t[m].programmes[1].instroom = 3;
    t[m].programmes[1].uitstroom = 2;
    t[m].programmes[1].uitstroom_werk = 1;
    t[m].programmes[1].personen = 100 + m;
    t[m].programmes[1].vte_units = (100 + m) * kVteUnits / 2;
  }
  const auto rows = yearly_programme_summary(s, {t});
  const auto value = [&](const std::string& year, const std::string& metric) {
    for (const SummaryRow& r : rows) {
      if (r.period == year && r.unit == "SW" && r.metric == metric) return r.value.mean;
    }
    ADD_FAILURE() << "no row " << year << " " << metric;
    return 0.0;
  };
  EXPECT_DOUBLE_EQ(value("2011", "bereik"), 100 + 36);  // stock on 1 January + inflow
  EXPECT_DOUBLE_EQ(value("2011", "B1"), 24);
  EXPECT_DOUBLE_EQ(value("2011", "B2"), 100.0 * 24 / 136);
  EXPECT_DOUBLE_EQ(value("2011", "C"), 12);
  EXPECT_DOUBLE_EQ(value("2011", "C_B1"), 50);
  EXPECT_DOUBLE_EQ(value("2011", "C_A"), 100.0 * 12 / 136);
  EXPECT_DOUBLE_EQ(value("2011", "rotatie"), 24);  // min(36, 24) / 100
  EXPECT_DOUBLE_EQ(value("2011", "personen_eind"), 112);
  EXPECT_DOUBLE_EQ(value("2011", "vte_eind"), 56);
  EXPECT_DOUBLE_EQ(value("2010", "bereik"), 100);  // the start month: stock, no flows
}

}  // namespace
}  // namespace groeipad
