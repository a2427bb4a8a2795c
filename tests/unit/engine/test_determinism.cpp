// Randomness as the model promises it: the same seed gives the same results whatever the
// thread count; another seed gives other results; a capacity change leaves every
// person's draws as they were (common random numbers).

#include <gtest/gtest.h>

#include <cstring>

#include "fixtures.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "simulation/month_step.hpp"

namespace groeipad {
namespace {

bool same(const Trajectory& a, const Trajectory& b) {
  return a.size() == b.size() &&
         std::memcmp(a.data(), b.data(), a.size() * sizeof(MonthRecord)) == 0;
}

TEST(Determinism, OneAndTwoThreadsGiveIdenticalResults) {
  const Scenario s = testing::baseline_scenario(36);
  EXPECT_TRUE(same(run_replication(s, 7, 0, 1), run_replication(s, 7, 0, 2)));
}

TEST(Determinism, SameSeedTwiceGivesIdenticalResults) {
  const Scenario s = testing::baseline_scenario(36);
  EXPECT_TRUE(same(run_replication(s, 7, 3, 2), run_replication(s, 7, 3, 2)));
}

TEST(Determinism, AnotherSeedOrReplicationGivesOtherResults) {
  const Scenario s = testing::baseline_scenario(12);
  const Trajectory a = run_replication(s, 7, 0, 2);
  EXPECT_FALSE(same(a, run_replication(s, 8, 0, 2)));
  EXPECT_FALSE(same(a, run_replication(s, 7, 1, 2)));
  EXPECT_FALSE(same(a, run_replication(s, 7ULL | (1ULL << 40U), 0, 2)));  // the seed's high word
}

TEST(Determinism, CapacityChangeLeavesTheStartPopulationsDrawsAlone) {
  // Persons of the start population who never enter a programme live the same life in a
  // scenario with more SW places: the job-finding draws are keyed by person and month.
  const Scenario base = testing::baseline_scenario(1);
  Scenario more = base;
  more.capacity[index_of(Programme::SW)].steps.push_back({more.start.plus(1), 100});
  Replication a(base, 11, 0, 2);
  Replication b(more, 11, 0, 2);
  a.advance();
  b.advance();
  const Population& pa = a.population();
  const Population& pb = b.population();
  std::int64_t compared = 0;
  for (std::size_t i = 0; i < std::min(pa.size(), pb.size()); ++i) {
    if (pa.id_origin[i] != 0 || pb.id_origin[i] != 0) continue;  // registrants refill slots
    const bool programme_a = state::in_programme(pa.state[i]);
    const bool programme_b = state::in_programme(pb.state[i]);
    if (programme_a || programme_b) continue;
    ASSERT_EQ(pa.id_index[i], pb.id_index[i]);
    EXPECT_EQ(pa.state[i], pb.state[i]);
    EXPECT_EQ(pa.duration_months[i], pb.duration_months[i]);
    ++compared;
  }
  EXPECT_GT(compared, 150000);
}

}  // namespace
}  // namespace groeipad

namespace groeipad {
namespace {

// Runs `months` months through the internal step with the given tuning.
std::vector<MonthRecord> run_tuned(const Scenario& s, detail::StepTuning tuning, int months) {
  detail::MonthStep step(s, 5, 0, 2, tuning);
  std::vector<MonthRecord> records{step.start()};
  for (int m = 1; m <= months; ++m) records.push_back(step.advance(m));
  return records;
}

bool same_records(const std::vector<MonthRecord>& a, const std::vector<MonthRecord>& b) {
  return a.size() == b.size() &&
         std::memcmp(a.data(), b.data(), a.size() * sizeof(MonthRecord)) == 0;
}

// The AVX-512 and AVX2 loops and kernels against the plain ones. Where the processor lacks
// a width the step runs the next narrower, and the comparison holds trivially.
TEST(Determinism, VectorAndPlainLoopsGiveIdenticalResults) {
  const Scenario s = testing::budget_cut_scenario(0.05, 12, 36);
  const std::vector<MonthRecord> plain =
      run_tuned(s, {.collect_candidates = true, .instructions = rng::Kernel::scalar}, 36);
  EXPECT_TRUE(same_records(
      run_tuned(s, {.collect_candidates = true, .instructions = rng::Kernel::avx2}, 36), plain));
  EXPECT_TRUE(same_records(
      run_tuned(s, {.collect_candidates = true, .instructions = rng::Kernel::avx512}, 36), plain));
}

TEST(Determinism, CollectedAndScannedCandidatesGiveIdenticalResults) {
  // The bar under which phase 1 collects candidates is a shortcut: scanning every month
  // for the smallest draws must pick the same entrants.
  Scenario s = testing::baseline_scenario(36);
  s.capacity[index_of(Programme::LDE)].steps.push_back({s.start.plus(6), 500});
  detail::MonthStep fast(s, 5, 0, 2, {.collect_candidates = true});
  detail::MonthStep scanned(s, 5, 0, 2, {.collect_candidates = false});
  for (int m = 1; m <= 36; ++m) {
    const MonthRecord a = fast.advance(m);
    const MonthRecord b = scanned.advance(m);
    ASSERT_EQ(std::memcmp(&a, &b, sizeof a), 0) << "month " << m;
  }
  EXPECT_GT(scanned.full_scans(), fast.full_scans());
}

TEST(Ledger, RunningCountsMatchARecountEveryMonth) {
  Scenario s = testing::budget_cut_scenario(0.05, 12, 30);
  s.capacity[index_of(Programme::SW)].steps.push_back({s.start.plus(3), 200});
  detail::MonthStep step(s, 9, 0, 2);
  ASSERT_TRUE(step.ledger() == step.recount());
  for (int m = 1; m <= 30; ++m) {
    step.advance(m);
    ASSERT_TRUE(step.ledger() == step.recount()) << "month " << m;
  }
}

}  // namespace
}  // namespace groeipad
