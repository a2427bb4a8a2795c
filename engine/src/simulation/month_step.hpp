#pragma once
// One replication's state and the month that advances it. A month is an ordered list of
// phases (model.md):
//   1-3  programme exits, job seekers' exits and screening, with the month's eligibility
//        counts and entry candidates: one pass, one random block per person;
//   4    programme entry;
//   5    ageing, with the month's stocks;
//   6    new registrations.
// Parallel loops sit inside the phases; threads share data only through the
// population's columns and combine integer tallies, so results do not depend on the
// number of threads.

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "groeipad/population/synthesis.hpp"
#include "groeipad/rng/philox.hpp"
#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/month_record.hpp"
#include "processes/ageing.hpp"
#include "processes/eligibility_table.hpp"
#include "processes/job_finding.hpp"
#include "processes/programme_entry.hpp"
#include "processes/programme_exit.hpp"
#include "processes/registration.hpp"
#include "processes/screening.hpp"

namespace groeipad::detail {

// Counters are interleaved over this many lanes (person i counts in lane i % kLanes), so
// that neighbours with the same profile do not wait on each other's increments.
inline constexpr std::size_t kLanes = 4;

// What one thread counts during a month.
struct alignas(64) Tally {
  // Phases 1-3. Job seekers' flows per profile, mapped to groups once, at the end.
  std::array<std::int64_t, kProfileCount> to_work{};
  std::array<std::int64_t, kProfileCount> to_out{};
  std::array<std::int64_t, kProfileCount> from_programme{};
  std::array<std::int64_t, kProgrammeCount> leavers{};
  std::array<std::int64_t, kProgrammeCount> leavers_to_work{};
  std::array<std::int64_t, kProgrammeCount> retired{};
  std::array<std::int64_t, kProgrammeCount> units_left{};
  std::vector<std::uint32_t> signatures;  // job seekers per eligibility signature, per lane
  std::array<std::vector<Candidate>, kProgrammeCount> collected;  // keys under the bar
  // Phase 4, when the collected candidates do not suffice.
  std::array<CandidateHeap, kProgrammeCount> heaps;
  // Phase 5: job seekers per (profile, two years or more), per lane; participants.
  std::array<std::uint32_t, kLanes * 2 * kProfileCount> stock{};
  std::array<std::int64_t, kProgrammeCount> participants{};
  std::array<std::int64_t, kProgrammeCount> units{};

  void clear();
};

// Switches for tests that compare two ways of computing the same thing.
struct StepTuning {
  // Collect entry candidates during phase 1 below an estimated bar (the fast path);
  // off, every month takes the full candidate scan.
  bool collect_candidates = true;
};

class MonthStep {
 public:
  MonthStep(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication, int threads,
            StepTuning tuning = {});

  // The start month: the synthesised start state, no flows.
  [[nodiscard]] const MonthRecord& start() const { return start_record_; }
  // Advances to month `month` (1 = the month after the start) and returns its record.
  MonthRecord advance(int month);

  [[nodiscard]] const Population& population() const { return people_; }
  // Months in which some programme needed the full candidate scan.
  [[nodiscard]] std::int64_t full_scans() const { return full_scans_; }

 private:
  void prepare(int month);
  void exits_screening_and_pools(int month);
  void enter_programmes(int month);
  void scan_candidates(int programme, std::uint64_t from_key, std::size_t limit);
  void age_and_count(bool age);
  void register_newcomers(int month);
  void count_pools();
  [[nodiscard]] MonthRecord record() const;
  [[nodiscard]] std::size_t chunk_count() const;

  const Scenario& scenario_;
  const Parameters& parameters_;
  std::uint64_t seed_;
  rng::Key key_;
  int threads_;
  StepTuning tuning_;

  Population people_;
  std::vector<std::uint32_t> priority_;  // this month's entry-queue draw per job seeker
  std::int64_t job_seeker_target_ = 0;
  std::array<double, kProgrammeCount> full_time_share_{};
  std::array<int, kProgrammeCount> part_units_{};
  std::array<std::int64_t, kProgrammeCount> occupied_units_{};  // kept through the month
  std::array<std::int64_t, kProgrammeCount> capacity_units_{};
  std::array<std::int64_t, kProgrammeCount> entrants_{};
  std::array<std::int64_t, kProgrammeCount> pool_{};
  std::array<std::uint64_t, kProgrammeCount> collect_below_{};  // bar on the priority draw
  std::array<std::int64_t, kProfileCount> registered_{};
  std::array<std::int64_t, kProfileCount> entered_{};
  std::int64_t work_total_ = 0;
  std::int64_t out_total_ = 0;
  std::int64_t active_at_start_ = 0;
  std::int64_t full_scans_ = 0;

  EligibilityTable eligibility_;
  SelectionKeys selection_;
  ProgrammeExitTable exits_;
  std::unique_ptr<JobFindingTable> job_finding_;
  int job_finding_year_ = 0;
  ScreeningTable screening_table_;
  ScreeningCounts screening_counts_;
  std::unique_ptr<ProfileMix> registration_mix_;
  AgeRanges age_ranges_;
  AgeingLimits ageing_limits_;

  std::vector<Tally> tallies_;
  std::vector<std::vector<std::uint32_t>> vacancies_;  // per chunk, in slot order
  MonthRecord start_record_;
};

}  // namespace groeipad::detail
