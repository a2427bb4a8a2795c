// The numerical guards: the identities hold on real runs, each broken one is found and
// named, and a replication whose bookkeeping breaks stops with a message that says where.

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <string>

#include "fixtures.hpp"
#include "groeipad/simulation/check.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad {
namespace {

TEST(MonthChecks, HoldEveryMonthOfARealRun) {
  const Scenario s = testing::budget_cut_scenario(0.05, 6, 36);
  const Trajectory t = run_replication(s, s.seed, 0, 2);
  EXPECT_FALSE(check_counts(t[0]).has_value());
  for (std::size_t m = 1; m < t.size(); ++m) {
    const auto v = check_month(t[m - 1], t[m]);
    EXPECT_FALSE(v.has_value()) << "month " << m << ": " << v->identity << ", " << v->unit;
  }
}

// Each way of breaking a month is caught, and the violation names what broke where.
TEST(MonthChecks, NameTheBrokenIdentityAndUnit) {
  const Scenario s = testing::baseline_scenario(2);
  const Trajectory t = run_replication(s, s.seed, 0, 1);
  {
    MonthRecord broken = t[2];
    ++broken.programmes[index_of(Programme::SW)].personen;
    const auto v = check_month(t[1], broken);
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(v->identity, "programme stock (personen = previous personen + instroom - uitstroom)");
    EXPECT_EQ(v->unit, "programme SW");
    const ProgrammeMonth& sw = t[2].programme(Programme::SW);
    EXPECT_EQ(v->detail, "expected " + std::to_string(sw.personen) + ", found " +
                             std::to_string(sw.personen + 1));
  }
  {
    MonthRecord broken = t[2];
    broken.groups[static_cast<int>(Group::H)].naar_werk += 1;
    const auto v = check_month(t[1], broken);
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(v->unit, "group H");
    EXPECT_TRUE(v->identity.starts_with("job seeker stock")) << v->identity;
  }
  {
    MonthRecord broken = t[2];
    broken.programmes[index_of(Programme::AZ)].capacity_units = -1;
    const auto v = check_month(t[1], broken);
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(v->identity, "non-negative capaciteit_vte");
    EXPECT_EQ(v->unit, "programme AZ");
  }
  {
    MonthRecord broken = t[2];
    ++broken.work_total;
    const auto v = check_month(t[1], broken);
    ASSERT_TRUE(v.has_value());
    EXPECT_TRUE(v->identity.starts_with("everybody")) << v->identity;
  }
}

TEST(MonthChecks, AFaultInTheBookkeepingStopsTheReplicationAndSaysWhere) {
  const Scenario s = testing::baseline_scenario(6);
  const StartPopulation start = *start_population(s, s.seed);
  Replication r(s, start, s.seed, 2, 1, ReplicationChecks{true, 4});
  for (int m = 1; m <= 3; ++m) r.advance();
  try {
    r.advance();
    FAIL() << "the fault in month 4 was not found";
  } catch (const CheckFailure& e) {
    EXPECT_EQ(e.month(), 4);
    EXPECT_EQ(e.replication(), 2U);
    EXPECT_EQ(e.seed(), s.seed);
    const std::string expected_start =
        "check failed: programme stock (personen = previous personen + instroom - uitstroom) in "
        "month 2011-10 (month 4), programme BW, replication 2, seed " +
        std::to_string(s.seed) + ": expected ";
    EXPECT_TRUE(std::string(e.what()).starts_with(expected_start)) << e.what();
  }
}

// Without checks (release builds without --check) the fault goes unnoticed: the check
// is what finds it.
TEST(MonthChecks, AreOffUnlessAskedForInReleaseBuilds) {
  if (checks_always_on()) GTEST_SKIP() << "debug builds always check";
  const Scenario s = testing::baseline_scenario(4);
  const StartPopulation start = *start_population(s, s.seed);
  Replication r(s, start, s.seed, 0, 1, ReplicationChecks{false, 2});
  for (int m = 1; m <= 4; ++m) EXPECT_NO_THROW(r.advance());
}

TEST(MonthChecks, RunThrowsTheFailureOfTheFaultyReplication) {
  const Scenario s = testing::baseline_scenario(3);
  RunOptions options;
  options.seed = 5;
  options.replications = 3;
  options.threads = 2;
  options.check = true;
  options.fault = InjectedFault{1, 2};
  try {
    run(s, options);
    FAIL() << "no CheckFailure";
  } catch (const CheckFailure& e) {
    EXPECT_EQ(e.replication(), 1U);
    EXPECT_EQ(e.month(), 2);
    EXPECT_EQ(e.seed(), 5U);
  }
}

// Finished replications kept in memory, as the app keeps them in files.
class MemoryKeeper final : public FinishedReplications {
 public:
  std::optional<Trajectory> load(int replication) override {
    const auto it = kept.find(replication);
    if (it == kept.end()) return std::nullopt;
    return it->second;
  }
  void save(int replication, const Trajectory& trajectory) override {
    const std::lock_guard<std::mutex> lock(mutex);
    kept[replication] = trajectory;
    ++saved;
  }
  std::map<int, Trajectory> kept;
  int saved = 0;
  std::mutex mutex;
};

// A run that takes some replications from an earlier one gives the same tables as an
// uninterrupted run, and simulates only the others.
TEST(ResumedRun, GivesTheTablesOfAnUninterruptedRun) {
  const Scenario s = testing::baseline_scenario(12);
  RunOptions options;
  options.seed = 11;
  options.replications = 6;
  options.threads = 2;
  MemoryKeeper first;
  const RunResult whole = run(s, options, {}, first);
  ASSERT_EQ(first.saved, 6);
  EXPECT_EQ(whole.resumed, 0);

  MemoryKeeper partial;
  for (const int r : {0, 3, 4}) partial.kept[r] = first.kept[r];
  const RunResult resumed = run(s, options, {}, partial);
  EXPECT_EQ(resumed.resumed, 3);
  EXPECT_EQ(partial.saved, 3);
  EXPECT_EQ(resumed.agent_months, whole.agent_months);
  EXPECT_LT(resumed.simulated_agent_months, whole.agent_months);
  EXPECT_EQ(resumed.threads, whole.threads);
  for (const Table t : {Table::monthly, Table::jobseekers, Table::yearly}) {
    const auto a = whole.tables.summary(t);
    const auto b = resumed.tables.summary(t);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      ASSERT_EQ(a[i].value.mean, b[i].value.mean) << a[i].period << " " << a[i].metric;
      ASSERT_EQ(a[i].value.p05, b[i].value.p05);
      ASSERT_EQ(a[i].value.p95, b[i].value.p95);
    }
  }
}

}  // namespace
}  // namespace groeipad
