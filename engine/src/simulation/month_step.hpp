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
#include <optional>
#include <vector>

#include "groeipad/population/synthesis.hpp"
#include "groeipad/rng/philox.hpp"
#include "groeipad/scenario/scenario.hpp"
#include "groeipad/simulation/check.hpp"
#include "groeipad/stats/month_record.hpp"
#include "processes/ageing.hpp"
#include "processes/eligibility_table.hpp"
#include "processes/job_finding.hpp"
#include "processes/programme_entry.hpp"
#include "processes/programme_exit.hpp"
#include "processes/registration.hpp"
#include "processes/screening.hpp"
#include "simulation/ledger.hpp"
#include "simulation/person_month.hpp"
#include "simulation/tally.hpp"

namespace groeipad::detail {

// Switches for tests that compare two ways of computing the same thing.
struct StepTuning {
  // Collect entry candidates during phase 1 below an estimated bar (the fast path);
  // off, every month takes the full candidate scan.
  bool collect_candidates = true;
  // The widest instruction set for the per-person loops and the random-number kernels,
  // where the processor has it (else the next narrower): AVX-512, AVX2, or with
  // Kernel::scalar the plain loops and scalar Philox. All give the same results.
  rng::Kernel instructions = rng::Kernel::avx512;
};

// Buffers for the monthly blocks of one chunk of persons (see monthly_draws).
struct ChunkBlocks {
  alignas(64) std::array<std::uint32_t, kMaxChunk> word;
  alignas(64) std::array<std::array<std::uint32_t, kMaxChunk>, 4> lane;
};

class MonthStep {
 public:
  // Starts from `start` (a copy of it: replications share one start population).
  MonthStep(const Scenario& scenario, const StartPopulation& start, std::uint64_t seed,
            std::uint32_t replication, int threads, StepTuning tuning = {});
  // Starts from the scenario's start population for this seed.
  MonthStep(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication, int threads,
            StepTuning tuning = {});

  // The start month: the synthesised start state, no flows.
  [[nodiscard]] const MonthRecord& start() const { return start_record_; }
  // Advances to month `month` (1 = the month after the start) and returns its record.
  MonthRecord advance(int month);

  [[nodiscard]] const Population& population() const { return people_; }
  // Months in which some programme needed the full candidate scan.
  [[nodiscard]] std::int64_t full_scans() const { return full_scans_; }
  // The running counts, and the same counted afresh from the population (for checks).
  [[nodiscard]] const Ledger& ledger() const { return ledger_; }
  [[nodiscard]] Ledger recount() const { return Ledger::count(people_, eligibility_); }
  // The guards of state_check.cpp: the running counts against a recount, and the
  // probabilities of the month; the first that does not hold, or nullopt.
  [[nodiscard]] std::optional<Violation> check_state() const;

  // For tests of the checks: in month `month`, one participant too many is booked in
  // the first programme, as a bookkeeping bug would.
  void inject_fault(int month) { fault_month_ = month; }

 private:
  void prepare(int month);
  void exits_screening_and_pools(int month);
  void enter_programmes(int month);
  void scan_candidates(int month, int programme, std::uint64_t from_key, std::size_t limit);
  void age();
  void register_newcomers(int month);
  void monthly_draws(int month, std::size_t begin, std::size_t count, ChunkBlocks& blocks) const;
  void merge_tallies();
  void build_person_events();
  // The month's screening intervals and entry bars for the vector tests.
  [[nodiscard]] VectorBars vector_bars() const;
  void count_pools_and_screening();
  [[nodiscard]] std::vector<std::uint32_t>& vacated(std::size_t chunk);
  [[nodiscard]] MonthRecord record() const;
  [[nodiscard]] std::size_t chunk_count() const;
  [[nodiscard]] std::optional<Violation> check_probabilities() const;

  const Scenario& scenario_;
  const Parameters& parameters_;
  std::uint64_t seed_;
  rng::Key key_;
  int threads_;
  StepTuning tuning_;

  Population people_;
  std::int64_t job_seeker_target_ = 0;
  std::array<double, kProgrammeCount> full_time_share_{};
  std::array<int, kProgrammeCount> part_units_{};
  std::array<std::int64_t, kProgrammeCount> capacity_units_{};
  std::array<std::int64_t, kProgrammeCount> entrants_{};
  std::array<std::int64_t, kProgrammeCount> pool_{};
  std::array<std::uint64_t, kProgrammeCount> collect_below_{};  // bar on the priority draw
  std::array<std::int64_t, kProfileCount> registered_{};
  std::array<std::int64_t, kProfileCount> entered_{};
  std::array<std::int64_t, kProfileCount> to_work_{};
  std::array<std::int64_t, kProfileCount> to_out_{};
  std::array<std::int64_t, kProfileCount> from_programme_{};
  std::array<std::int64_t, kProgrammeCount> leavers_{};
  std::array<std::int64_t, kProgrammeCount> leavers_to_work_{};
  std::array<std::int64_t, kProgrammeCount> retired_{};
  std::int64_t work_total_ = 0;
  std::int64_t out_total_ = 0;
  std::int64_t active_at_start_ = 0;
  std::int64_t full_scans_ = 0;
  int fault_month_ = 0;  // 0: none

  EligibilityTable eligibility_;
  SelectionKeys selection_;
  ProgrammeExitTable exits_;
  std::unique_ptr<JobFindingTable> job_finding_;
  int job_finding_year_ = 0;
  ScreeningTable screening_table_;
  ScreeningCounts screening_counts_;
  std::unique_ptr<ProfileMix> registration_mix_;
  std::array<std::uint16_t, kProfileCount> newcomer_signature_{};  // duration 0, no marks
  AgeRanges age_ranges_;
  MonthTables tables_;
  std::uint16_t events_collecting_ = 0;
  int events_year_ = 0;
  rng::Kernel instructions_ = rng::Kernel::scalar;

  Ledger ledger_;
  std::vector<Tally> tallies_;
  // Entry: the VTE-fraction draws of a batch of candidates, and their counters.
  std::vector<std::uint32_t> entry_draws_;
  std::vector<std::uint32_t> fractions_;
  std::vector<std::uint32_t> index_;
  std::vector<std::uint32_t> word_;
  // Vacant slots per chunk of the population, in the order they were vacated; the
  // registrants take them chunk by chunk.
  std::vector<std::vector<std::uint32_t>> vacancies_;
  MonthRecord start_record_;
};

}  // namespace groeipad::detail
