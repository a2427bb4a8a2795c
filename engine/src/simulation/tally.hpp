#pragma once
// What one thread records during a month: flows, changes to the ledger, and entry
// candidates. Threads combine their tallies after each phase; every count is an integer,
// so the sums do not depend on how persons were shared out.

#include <array>
#include <cstdint>
#include <vector>

#include "processes/programme_entry.hpp"
#include "simulation/ledger.hpp"

namespace groeipad::detail {

struct alignas(64) Tally {
  // Job seekers' flows per profile, mapped to groups once, at the end of the month.
  std::array<std::int64_t, kProfileCount> to_work{};
  std::array<std::int64_t, kProfileCount> to_out{};
  std::array<std::int64_t, kProfileCount> from_programme{};
  std::array<std::int64_t, kProfileCount> registered{};
  std::array<std::int64_t, kProgrammeCount> leavers{};
  std::array<std::int64_t, kProgrammeCount> leavers_to_work{};
  std::array<std::int64_t, kProgrammeCount> retired{};
  std::int64_t active = 0;  // job seekers and participants at the start of the month
  std::int64_t to_work_total = 0;
  std::int64_t to_out_total = 0;
  Ledger delta;
  std::array<std::vector<Candidate>, kProgrammeCount> collected;  // draws under the bar
  std::array<CandidateHeap, kProgrammeCount> heaps;               // full scans

  void clear();
};

}  // namespace groeipad::detail
