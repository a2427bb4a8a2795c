#pragma once
// What happens to one person in a month, in the two per-person phases:
//   exits()  phases 1-3: programme exit, job seeker's exit, screening, and the entry
//            candidates under the bars;
//   ageing() phase 5: time in state, duration and age, retirement of job seekers.
// Each keeps the ledger (by deltas in the thread's tally) and lists vacated slots.
//
// The *_chunk functions run a phase over consecutive persons; the AVX2 and AVX-512
// versions test eight to thirty-two persons at once for the common case, where a month
// changes nothing but clocks, and hand the others to the same per-person functions, so
// all give identical results.

#include <array>
#include <cstdint>
#include <vector>

#include "groeipad/population/population.hpp"
#include "processes/ageing.hpp"
#include "processes/eligibility_table.hpp"
#include "processes/job_finding.hpp"
#include "processes/programme_exit.hpp"
#include "processes/screening.hpp"
#include "simulation/tally.hpp"

namespace groeipad::detail {

// The population's columns as raw pointers, for the loops.
struct Columns {
  std::uint8_t* state;
  Profile* profile;
  std::uint16_t* duration;
  std::uint16_t* months_in_state;
  std::uint16_t* age;
  std::uint8_t* vte;
  std::uint8_t* marks;
  const std::uint32_t* id_index;
  const std::uint16_t* id_origin;

  static Columns of(Population& people);
};

// The most persons a *_chunk function takes at once.
inline constexpr std::size_t kMaxChunk = 1024;

// Bits of a person_events entry below the leaving threshold.
inline constexpr unsigned kEventFlagBits = 9;
inline constexpr unsigned kEventScreeningShift = kProgrammeCount;  // after the programme bits

// The month's screening intervals and entry bars as the vector exit tests use them:
// the screenings whose interval of draws is not empty, with their flag bit in
// person_events; the collecting programmes whose bar lies below 2^32, with their bit; and
// the collecting programmes that take every eligible job seeker (a bar of 2^32).
struct VectorBars {
  struct Interval {
    std::uint32_t bit;
    std::uint32_t lower;
    std::uint32_t upper;
  };
  struct Bar {
    std::uint32_t bit;
    std::uint32_t below;
  };
  std::array<Interval, kScreeningCount> intervals{};
  int interval_count = 0;
  std::array<Bar, kProgrammeCount> bars{};
  int bar_count = 0;
  std::uint32_t everyone = 0;     // programme bits
  std::uint32_t highest_bar = 0;  // the largest of bars[].below
};

// The month's tables, fixed for the duration of a phase.
struct MonthTables {
  const JobFindingTable* jobs = nullptr;
  const ProgrammeExitTable* exits = nullptr;
  const ScreeningTable* screening = nullptr;
  const EligibilityTable* eligibility = nullptr;
  std::uint32_t any_screening = 0;  // draws below this may screen someone
  std::array<std::uint64_t, kProgrammeCount> collect_below{};
  std::uint64_t collect_below_max = 0;  // the largest of collect_below
  std::uint16_t collecting = 0;         // programme bits with a bar above zero
  VectorBars vector_bars;               // the screenings and bars above, for the vector tests
  // For the vector test of phase 1, per (profile, event class of duration, marks): the
  // job seeker's leaving threshold with its low kEventFlagBits cleared, and in those bits
  // the screenings open to them and the collecting programmes that may offer them a place.
  // Event classes of duration are bounded by event_edges: the duration bands' edges and
  // the eligibility rules' edges.
  std::vector<std::uint32_t> person_events;
  // Per row of person_events, what a job seeker's leaving changes: their threshold for
  // work (below it, work; else OUT), pool signature and job-seeker ledger cell. The event
  // classes refine the duration bands, the eligibility rules and the long-term threshold,
  // so every duration of a row has the same three.
  struct LeaveRow {
    std::uint32_t work;
    std::uint16_t signature;
    std::uint16_t job_seeker_cell;
  };
  std::vector<LeaveRow> leave_rows;
  std::vector<std::uint16_t> event_edges;
  std::size_t event_classes = 1;
  unsigned event_class_bits = 0;  // log2 of the rows per profile (event_classes rounded up)
  bool duration_resumes = false;
  AgeingLimits limits;
  // Durations at which ageing can change a job seeker's ledger cells: the eligibility
  // rules' edges and the long-term threshold.
  std::vector<std::uint16_t> ledger_edges;
};

// Draws of one chunk: lanes of the monthly block (rng/stream.hpp), a word per person.
struct ChunkDraws {
  const std::uint32_t* exit;
  const std::uint32_t* priority;  // = destination for participants
  const std::uint32_t* screening;
};

class PersonMonth {
 public:
  PersonMonth(const Columns& columns, const MonthTables& tables)
      : c_(columns), t_(tables), e_(tables.eligibility->view()) {}

  // Defined in person_month_steps.hpp.
  void exits(std::size_t i, std::uint32_t exit_draw, std::uint32_t priority_draw,
             std::uint32_t screening_draw, Tally& tally, std::vector<std::uint32_t>& vacated) const;
  void ageing(std::size_t i, Tally& tally, std::vector<std::uint32_t>& vacated) const;

  void exits_chunk(std::size_t begin, std::size_t count, const ChunkDraws& draws, Tally& tally,
                   std::vector<std::uint32_t>& vacated) const;
  void ageing_chunk(std::size_t begin, std::size_t count, Tally& tally,
                    std::vector<std::uint32_t>& vacated) const;
  // The same over eight (exits) or sixteen (ageing) persons at a time; only on processors
  // with AVX2 (rng::supported).
  void exits_chunk_avx2(std::size_t begin, std::size_t count, const ChunkDraws& draws, Tally& tally,
                        std::vector<std::uint32_t>& vacated) const;
  void ageing_chunk_avx2(std::size_t begin, std::size_t count, Tally& tally,
                         std::vector<std::uint32_t>& vacated) const;
  // The same over sixteen (exits) or thirty-two (ageing) persons; only with AVX-512.
  void exits_chunk_avx512(std::size_t begin, std::size_t count, const ChunkDraws& draws,
                          Tally& tally, std::vector<std::uint32_t>& vacated) const;
  void ageing_chunk_avx512(std::size_t begin, std::size_t count, Tally& tally,
                           std::vector<std::uint32_t>& vacated) const;

 private:
  [[nodiscard]] std::uint16_t signature(Profile p, std::uint16_t d, std::uint8_t marks) const {
    return e_.signature(p, d, marks);
  }
  void vacate(std::size_t i, std::vector<std::uint32_t>& vacated) const;
  void job_seeker_leaves(std::size_t i, std::uint32_t exit_draw, Tally& tally,
                         std::vector<std::uint32_t>& vacated) const;
  void job_seekers_leave(std::size_t begin, const std::uint32_t* offsets, std::size_t n,
                         const std::uint32_t* draws, Tally& tally,
                         std::vector<std::uint32_t>& vacated) const;
  // The same, given each leaver's row of person_events (rows[r]): no column but the state
  // is read or written, and no branch depends on a draw.
  void job_seekers_leave_by_row(std::size_t begin, const std::uint32_t* offsets,
                                const std::uint32_t* rows, std::size_t n,
                                const std::uint32_t* draws, Tally& tally,
                                std::vector<std::uint32_t>& vacated) const;

  Columns c_;
  const MonthTables& t_;
  EligibilityTable::View e_;
};

}  // namespace groeipad::detail
