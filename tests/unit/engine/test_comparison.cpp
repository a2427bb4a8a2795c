// Paired comparison under common random numbers.

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <numeric>

#include "fixtures.hpp"
#include "groeipad/population/population.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/stats/comparison.hpp"

namespace groeipad {
namespace {

double variance(const std::vector<double>& v) {
  const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
  double sum = 0;
  for (const double x : v) sum += (x - mean) * (x - mean);
  return sum / static_cast<double>(v.size() - 1);
}

// The row of a table with this period, unit and metric.
std::size_t row_of(const Accumulator& a, Table table, const std::string& period,
                   const std::string& unit, const std::string& metric) {
  const auto& rows = a.rows(table);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].period == period && rows[r].unit == unit && rows[r].metric == metric) return r;
  }
  ADD_FAILURE() << "no row " << period << " " << unit << " " << metric;
  return 0;
}

TEST(Comparison, ComparingAScenarioWithItselfGivesExactlyZero) {
  const Scenario s = testing::baseline_scenario(12);
  const RunResult a = run(s, {.seed = 3, .replications = 4, .threads = 2});
  const RunResult b = run(s, {.seed = 3, .replications = 4, .threads = 1});
  for (const Table table : {Table::monthly, Table::jobseekers, Table::yearly}) {
    for (const ComparisonRow& row : compare_table(a.tables, b.tables, table)) {
      ASSERT_EQ(row.difference.mean, 0.0) << row.period << " " << row.unit << " " << row.metric;
      ASSERT_EQ(row.difference.p05, 0.0);
      ASSERT_EQ(row.difference.p95, 0.0);
    }
  }
}

TEST(Comparison, CommonRandomNumbersShrinkTheVarianceOfADifference) {
  // 100 more SW places from the first month. Paired: alternative and base with the same
  // seed; unpaired: the alternative with another seed. The SW leavers to work over two
  // years carry the binomial noise of every participant's exits; pairing cancels it for
  // all but the persons the extra places change. Measured with these seeds: the paired
  // variance is 1.6 % of the unpaired one; the bound of 25 % leaves room for the
  // sampling error of two variances of 40 replications (their ratio is F(39, 39)
  // distributed around the true ratio; a factor 8 is far outside its 1e-6 tails).
  const Scenario base = testing::baseline_scenario(24);
  Scenario alt = base;
  alt.capacity[index_of(Programme::SW)].steps.push_back({alt.start.plus(1), 100});
  const int n = 40;
  const RunResult b = run(base, {.seed = 11, .replications = n, .threads = 0});
  const RunResult paired = run(alt, {.seed = 11, .replications = n, .threads = 0});
  const RunResult unpaired = run(alt, {.seed = 12, .replications = n, .threads = 0});
  const auto total_work = [&](const Accumulator& a) {
    std::vector<double> sum(n, 0);
    for (int m = 1; m <= 24; ++m) {
      const auto v = a.row_values(
          Table::monthly,
          row_of(a, Table::monthly, base.start.plus(m).to_string(), "SW", "uitstroom_werk"));
      for (int r = 0; r < n; ++r) sum[r] += v[r];
    }
    return sum;
  };
  const auto base_work = total_work(b.tables);
  const auto paired_work = total_work(paired.tables);
  const auto unpaired_work = total_work(unpaired.tables);
  std::vector<double> paired_diff(n);
  std::vector<double> unpaired_diff(n);
  for (int r = 0; r < n; ++r) {
    paired_diff[r] = paired_work[r] - base_work[r];
    unpaired_diff[r] = unpaired_work[r] - base_work[r];
  }
  const double ratio = variance(paired_diff) / variance(unpaired_diff);
  RecordProperty("variance_ratio", std::to_string(ratio));
  std::printf("paired / unpaired variance of the SW outflow to work: %.4f\n", ratio);
  EXPECT_LT(ratio, 0.25);
  // The change itself is seen: more places, more leavers to work.
  EXPECT_GT(std::accumulate(paired_diff.begin(), paired_diff.end(), 0.0), 0.0);
}

TEST(Comparison, HorizonEffectsAddUpTheMonthlyDifferences) {
  const Scenario base = testing::baseline_scenario(12);
  Scenario alt = base;
  alt.capacity[index_of(Programme::LDE)].steps.push_back({alt.start.plus(1), 100});
  const RunResult b = run(base, {.seed = 5, .replications = 3, .threads = 0});
  const RunResult a = run(alt, {.seed = 5, .replications = 3, .threads = 0});
  VteCosts costs{std::vector<double>(kProgrammeCount, 20000.0),
                 std::vector<double>(kProgrammeCount, 20000.0)};
  costs.growth_cost[index_of(Programme::LDE)] = 12000;
  const HorizonEffects e = horizon_effects(b.tables, a.tables, costs);
  // 100 added VTE for 12 months at the growth cost of 12,000 euro a year: 1.2 million.
  EXPECT_DOUBLE_EQ(e.cost_eur.mean, 1.2e6);
  EXPECT_DOUBLE_EQ(e.cost_eur.p05, 1.2e6);
  // Occupied VTE-years: the places fill in the first month, so nearly 100 VTE-years. At
  // most 100 plus the slack a full programme can have: a place is filled only while the
  // entrant's VTE fits, so either run may leave up to one full-time VTE open in a month.
  EXPECT_GT(e.vte_years.mean, 90);
  EXPECT_LE(e.vte_years.p95, 100.0 + 1.0);
  EXPECT_GT(e.persons_reached.mean, 100);
}

}  // namespace
}  // namespace groeipad

namespace groeipad {
namespace {

TEST(Comparison, AScenarioInEuroAndItsEquivalentInVteGiveIdenticalResults) {
  // Costs of 10,000 (and 12,500 for growth money) euro per VTE make every amount below a
  // whole number of VTE, so the two paths are equal to the bit.
  Scenario euro = testing::baseline_scenario(24);
  Scenario vte = euro;
  CapacityPath& lde = euro.capacity[index_of(Programme::LDE)];
  lde.cost_per_vte_eur = 10000;
  lde.growth_cost_per_vte_eur = 12500;
  lde.budget_eur = 15240000;                                   // 1,524 VTE
  lde.steps.push_back({euro.start.plus(3), 0, 1250000.0, 1});  // +100 VTE of growth money
  CapacityPath& sw = euro.capacity[index_of(Programme::SW)];
  sw.cost_per_vte_eur = 10000;
  sw.steps.push_back({euro.start.plus(6), 0, -500000.0, 1});  // a cut of 50 VTE
  vte.capacity[index_of(Programme::LDE)].base_vte = 1524;
  vte.capacity[index_of(Programme::LDE)].steps.push_back({vte.start.plus(3), 100});
  vte.capacity[index_of(Programme::SW)].steps.push_back({vte.start.plus(6), -50});
  const Trajectory a = run_replication(euro, 7, 0, 2);
  const Trajectory b = run_replication(vte, 7, 0, 2);
  ASSERT_EQ(a.size(), b.size());
  EXPECT_EQ(std::memcmp(a.data(), b.data(), a.size() * sizeof(MonthRecord)), 0);
  EXPECT_EQ(a[6].programme(Programme::SW).capacity_units, (3690 - 50) * kVteUnits);
}

TEST(Replications, ParallelRunsGiveTheSameTablesWhateverTheThreads) {
  const Scenario s = testing::baseline_scenario(12);
  const RunResult one = run(s, {.seed = 9, .replications = 5, .threads = 1});
  const RunResult two = run(s, {.seed = 9, .replications = 5, .threads = 2});
  for (const Table table : {Table::monthly, Table::jobseekers, Table::yearly}) {
    for (std::size_t row = 0; row < one.tables.rows(table).size(); ++row) {
      ASSERT_EQ(one.tables.row_values(table, row), two.tables.row_values(table, row));
    }
  }
  // And replication r is the replication r of a single run.
  const Trajectory third = run_replication(s, 9, 2, 2);
  EXPECT_EQ(tabulate(s, third).values[0], [&] {
    std::vector<double> v;
    for (std::size_t row = 0; row < one.tables.rows(Table::monthly).size(); ++row) {
      v.push_back(one.tables.row_values(Table::monthly, row)[2]);
    }
    return v;
  }());
}

}  // namespace
}  // namespace groeipad
