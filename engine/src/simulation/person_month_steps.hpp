#pragma once
// The per-person steps of PersonMonth, inline so that the chunk loops (plain and vector)
// keep the tables in registers across persons.

#include "simulation/person_month.hpp"

namespace groeipad::detail {

inline void PersonMonth::vacate(std::size_t i, std::vector<std::uint32_t>& vacated) const {
  c_.state[i] = state::vacant;
  vacated.push_back(static_cast<std::uint32_t>(i));
}

// A job seeker leaves to work or, for other reasons, to OUT: the common event, kept free
// of branches that the draws would make unpredictable.
inline void PersonMonth::job_seeker_leaves(std::size_t i, std::uint32_t exit_draw, Tally& tally,
                                           std::vector<std::uint32_t>& vacated) const {
  const std::uint32_t first[1] = {0};
  const std::uint32_t draw[1] = {exit_draw};
  job_seekers_leave(i, first, 1, draw, tally, vacated);
}

// The same for a list of persons begin + offsets[r] with their draws at draws[offsets[r]],
// the tables and columns held in locals: stores through byte pointers may alias anything,
// so members would be reloaded after each.
inline void PersonMonth::job_seekers_leave(std::size_t begin, const std::uint32_t* offsets,
                                           std::size_t n, const std::uint32_t* draws, Tally& tally,
                                           std::vector<std::uint32_t>& vacated) const {
  const auto& work_threshold = t_.jobs->work;
  const Profile* const profile = c_.profile;
  const std::uint16_t* const duration = c_.duration;
  const std::uint8_t* const marks = c_.marks;
  std::uint8_t* const state = c_.state;
  std::int64_t* const to_work = tally.to_work.data();
  std::int64_t* const to_out = tally.to_out.data();
  std::int64_t* const job_seekers = tally.delta.job_seekers.data();
  std::int64_t* const pool = tally.delta.pool_signatures.data();
  const EligibilityTable::View e = e_;
  std::int64_t working = 0;
  for (std::size_t r = 0; r < n; ++r) {
    const std::size_t i = begin + offsets[r];
    const Profile p = profile[i];
    const std::uint16_t d = duration[i];
    const bool work = draws[offsets[r]] < work_threshold[p][duration_band(d)];
    ++(work ? to_work : to_out)[p];
    working += work ? 1 : 0;
    --job_seekers[job_seeker_cell(p, d)];
    --pool[e.signature(p, d, marks[i])];
    state[i] = state::vacant;
    vacated.push_back(static_cast<std::uint32_t>(i));
  }
  tally.to_work_total += working;
  tally.to_out_total += static_cast<std::int64_t>(n) - working;
}

inline void PersonMonth::job_seekers_leave_by_row(std::size_t begin, const std::uint32_t* offsets,
                                                  const std::uint32_t* rows, std::size_t n,
                                                  const std::uint32_t* draws, Tally& tally,
                                                  std::vector<std::uint32_t>& vacated) const {
  const MonthTables::LeaveRow* const leave_rows = t_.leave_rows.data();
  std::uint8_t* const state = c_.state;
  // Flows to OUT and to work side by side, indexed by whether the draw found work.
  std::int64_t* const flows[2] = {tally.to_out.data(), tally.to_work.data()};
  std::int64_t* const job_seekers = tally.delta.job_seekers.data();
  std::int64_t* const pool = tally.delta.pool_signatures.data();
  const std::size_t first = vacated.size();
  vacated.resize(first + n);
  std::uint32_t* const slots = vacated.data() + first;
  std::int64_t working = 0;
  for (std::size_t r = 0; r < n; ++r) {
    const std::size_t i = begin + offsets[r];
    const MonthTables::LeaveRow row = leave_rows[rows[r]];
    const int work = draws[offsets[r]] < row.work ? 1 : 0;
    ++flows[work][row.job_seeker_cell / 2];  // the cell is 2 * profile + long-term
    working += work;
    --job_seekers[row.job_seeker_cell];
    --pool[row.signature];
    state[i] = state::vacant;
    slots[r] = static_cast<std::uint32_t>(i);
  }
  tally.to_work_total += working;
  tally.to_out_total += static_cast<std::int64_t>(n) - working;
}

inline void PersonMonth::exits(std::size_t i, std::uint32_t exit_draw, std::uint32_t priority_draw,
                               std::uint32_t screening_draw, Tally& tally,
                               std::vector<std::uint32_t>& vacated) const {
  const std::uint8_t s = c_.state[i];
  if (s == state::nwwz) {
    const Profile p = c_.profile[i];
    const std::uint16_t d = c_.duration[i];
    const std::uint8_t m = c_.marks[i];
    if (exit_draw < t_.jobs->leave[p][duration_band(d)]) {
      job_seeker_leaves(i, exit_draw, tally, vacated);
      return;
    }
    if (screening_draw < t_.any_screening) {
      const std::size_t cell = e_.cell(p, d, m);
      const std::uint8_t mark = t_.screening->mark(e_.masks[cell], m, screening_draw);
      if (mark != 0) {
        c_.marks[i] = m | mark;
        --tally.delta.pool_signatures[e_.signature_of_cell[cell]];
        ++tally.delta.pool_signatures[e_.signature_of_cell[cell | mark]];  // marks: low bits
      }
    }
    if (priority_draw < t_.collect_below_max) {
      const std::uint16_t offers = e_.masks[e_.cell(p, d, c_.marks[i])] & t_.collecting;
      for (int k = 0; k < kProgrammeCount; ++k) {
        if ((offers & programme_bit(k)) != 0 && priority_draw < t_.collect_below[k]) {
          tally.collected[k].push_back(Candidate{
              priority_draw, (static_cast<std::uint64_t>(c_.id_origin[i]) << 32U) | c_.id_index[i],
              static_cast<std::uint32_t>(i)});
        }
      }
    }
    return;
  }
  if (!state::in_programme(s)) return;
  const ParticipantExit exit = t_.exits->decide(s, c_.age[i], exit_draw, priority_draw);
  if (exit == ParticipantExit::stays) return;
  ++tally.leavers[s];
  --tally.delta.participants[s];
  tally.delta.units[s] -= c_.vte[i];
  c_.vte[i] = 0;
  if (exit == ParticipantExit::nwwz) {
    // Back to the job seekers, who draw and may be offered a place from next month on.
    c_.state[i] = state::nwwz;
    if (!t_.duration_resumes) c_.duration[i] = 0;
    c_.months_in_state[i] = 0;
    c_.marks[i] |= mark::moved;
    ++tally.from_programme[c_.profile[i]];
    ++tally.delta.job_seekers[job_seeker_cell(c_.profile[i], c_.duration[i])];
    return;
  }
  if (exit == ParticipantExit::work) {
    ++tally.leavers_to_work[s];
    ++tally.to_work_total;
  } else {
    ++tally.retired[s];
    ++tally.to_out_total;
  }
  vacate(i, vacated);
}

inline void PersonMonth::ageing(std::size_t i, Tally& tally,
                                std::vector<std::uint32_t>& vacated) const {
  const std::uint8_t s = c_.state[i];
  if (s == state::vacant) return;
  const std::uint8_t m = c_.marks[i];
  const Profile p = c_.profile[i];
  const std::uint16_t a = plus_one(c_.age[i]);
  Profile aged = p;
  if (a == t_.limits.young_until) aged &= static_cast<Profile>(~profile_bit::young);
  if (a == t_.limits.old_from) aged |= profile_bit::O;
  const bool moved = (m & mark::moved) != 0;
  const std::uint8_t marks = static_cast<std::uint8_t>(m & ~mark::moved);
  if (s != state::nwwz) {
    // Participants: months in the programme (not for this month's entrants) and age.
    if (!moved) c_.months_in_state[i] = plus_one(c_.months_in_state[i]);
    c_.marks[i] = marks;
    c_.age[i] = a;
    c_.profile[i] = aged;
    return;
  }
  const std::uint16_t d = c_.duration[i];
  // This month's programme leavers keep duration and time in state at 0.
  const std::uint16_t aged_duration = moved ? d : plus_one(d);
  if (a >= t_.limits.retirement) {
    --tally.delta.job_seekers[job_seeker_cell(p, d)];
    if (!moved) --tally.delta.pool_signatures[signature(p, d, marks)];
    ++tally.to_out[p];
    ++tally.to_out_total;
    vacate(i, vacated);
    return;
  }
  if (!moved) c_.months_in_state[i] = plus_one(c_.months_in_state[i]);
  c_.duration[i] = aged_duration;
  c_.marks[i] = marks;
  c_.age[i] = a;
  c_.profile[i] = aged;
  const std::size_t before = job_seeker_cell(p, d);
  const std::size_t after = job_seeker_cell(aged, aged_duration);
  if (before != after) {
    --tally.delta.job_seekers[before];
    ++tally.delta.job_seekers[after];
  }
  // Back from a programme: from now on they may be offered a place.
  const std::uint16_t now = signature(aged, aged_duration, marks);
  if (moved) {
    ++tally.delta.pool_signatures[now];
    return;
  }
  const std::uint16_t was = signature(p, d, marks);
  if (was != now) {
    --tally.delta.pool_signatures[was];
    ++tally.delta.pool_signatures[now];
  }
}

}  // namespace groeipad::detail
