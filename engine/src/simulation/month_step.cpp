#include "simulation/month_step.hpp"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "groeipad/rng/stream.hpp"

namespace groeipad::detail {
namespace {

// Persons per work item of the parallel loops: the random block buffers of a chunk
// (4 words per person) stay in the first-level cache.
constexpr std::size_t kChunk = 1024;

constexpr std::uint64_t person_id(std::uint16_t origin, std::uint32_t index) {
  return (static_cast<std::uint64_t>(origin) << 32U) | index;
}

std::int64_t to_units(double vte) { return std::llround(vte * kVteUnits); }

constexpr std::uint64_t kAllDraws = std::uint64_t{1} << 32U;  // a bar every draw passes

}  // namespace

void Tally::clear() {
  to_work.fill(0);
  to_out.fill(0);
  from_programme.fill(0);
  leavers.fill(0);
  leavers_to_work.fill(0);
  retired.fill(0);
  units_left.fill(0);
  std::fill(signatures.begin(), signatures.end(), 0);
  for (auto& c : collected) c.clear();
  for (auto& h : heaps) h.reset(0);
  stock.fill(0);
  participants.fill(0);
  units.fill(0);
}

MonthStep::MonthStep(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                     int threads, StepTuning tuning)
    : scenario_(scenario),
      parameters_(scenario.parameters),
      seed_(seed),
      key_(rng::make_key(seed, replication)),
      threads_(threads > 0 ? threads : omp_get_max_threads()),
      tuning_(tuning),
      eligibility_(scenario.parameters),
      selection_(scenario.parameters),
      exits_(scenario.parameters),
      age_ranges_(scenario.parameters.ages),
      tallies_(static_cast<std::size_t>(threads_)) {
  StartPopulation start = synthesize(parameters_, scenario.population_scale, key_, seed_);
  people_ = std::move(start.people);
  job_seeker_target_ = start.job_seekers;
  full_time_share_ = start.full_time_share;
  priority_.resize(people_.size());
  for (Tally& tally : tallies_) tally.signatures.assign(kLanes * eligibility_.signature_count(), 0);
  for (int k = 0; k < kProgrammeCount; ++k) {
    part_units_[k] = std::clamp(
        static_cast<int>(std::lround(parameters_.programmes[k].part_time_vte * kVteUnits)), 1,
        kVteUnits);
  }
  ageing_limits_ = {static_cast<std::uint16_t>(parameters_.ages.young_below * 12),
                    static_cast<std::uint16_t>(parameters_.ages.old_from * 12),
                    static_cast<std::uint16_t>(parameters_.ages.retirement_age * 12)};

  // Registrants take the profile mix of the job seekers' outflow at the start.
  job_finding_year_ = scenario.start.year;
  job_finding_ = std::make_unique<JobFindingTable>(parameters_.job_finding_for(job_finding_year_),
                                                   parameters_.other_exit_hazard_monthly);
  std::array<double, kProfileCount> outflow{};
  for (std::size_t i = 0; i < people_.size(); ++i) {
    if (people_.state[i] != state::nwwz) continue;
    const Profile p = people_.profile[i];
    outflow[p] += job_finding_->leave[p][duration_band(people_.duration_months[i])] * 0x1p-32;
  }
  registration_mix_ = std::make_unique<ProfileMix>(outflow);

  // The start month: stocks and pools as synthesised, no flows, nobody aged.
  for (Tally& tally : tallies_) tally.clear();
  for (const Programme p : kAllProgrammes) {
    capacity_units_[index_of(p)] = to_units(scenario.capacity_vte(p, 0));
  }
  age_and_count(/*age=*/false);
  for (std::size_t i = 0; i < people_.size(); ++i) {
    if (people_.state[i] != state::nwwz) continue;
    const std::size_t cell =
        eligibility_.cell(people_.profile[i], people_.duration_months[i], people_.marks[i]);
    ++tallies_.front().signatures[eligibility_.signature_of_cell(cell)];
  }
  count_pools();
  for (int k = 0; k < kProgrammeCount; ++k) {
    for (const Tally& t : tallies_) occupied_units_[k] += t.units[k];
  }
  start_record_ = record();
}

std::size_t MonthStep::chunk_count() const { return (people_.size() + kChunk - 1) / kChunk; }

MonthRecord MonthStep::advance(int month) {
  prepare(month);
  exits_screening_and_pools(month);
  enter_programmes(month);
  age_and_count(/*age=*/true);
  register_newcomers(month);
  return record();
}

// Month-level tables: capacity, the job-finding thresholds of the calendar year, the
// screening probabilities from last month's counts, and the bars under which phase 1
// collects entry candidates.
void MonthStep::prepare(int month) {
  for (Tally& tally : tallies_) tally.clear();
  registered_.fill(0);
  entered_.fill(0);
  const int year = scenario_.start.plus(month).year;
  if (year != job_finding_year_) {
    job_finding_year_ = year;
    job_finding_ = std::make_unique<JobFindingTable>(parameters_.job_finding_for(year),
                                                     parameters_.other_exit_hazard_monthly);
  }
  screening_table_ = ScreeningTable(parameters_, scenario_.population_scale, screening_counts_);

  // A random order takes the persons with the smallest priority draws; about
  // `wanted / pool` of the draws of a pool fall under a bar set at that share. The bar
  // aims at twice the places likely to open (last month's entrants plus room already
  // free), plus those that programmes served earlier may take from the same persons.
  // Too low a bar costs a full scan, never a different result.
  std::int64_t earlier = 0;
  for (const Programme p : parameters_.entry_order) {
    const int k = index_of(p);
    const std::int64_t capacity = to_units(scenario_.capacity_vte(p, month));
    const std::int64_t likely = entrants_[k] + std::max<std::int64_t>(0, capacity - occupied_units_[k]) /
                                                   part_units_[k];
    capacity_units_[k] = capacity;
    collect_below_[k] = 0;
    if (tuning_.collect_candidates && parameters_.programmes[k].selection == SelectionRule::random) {
      const double wanted = 2.0 * static_cast<double>(likely + earlier) + 64;
      collect_below_[k] =
          pool_[k] > 0 && wanted < static_cast<double>(pool_[k])
              ? static_cast<std::uint64_t>(wanted / static_cast<double>(pool_[k]) * 0x1p32)
              : kAllDraws;
    }
    earlier += likely;
  }
  entrants_.fill(0);
}

// Phases 1-3 on one random block per person (lanes in rng/stream.hpp): programme exits;
// job seekers' exits; screening; and for the job seekers who stay, the month's
// eligibility counts and the entry candidates under each programme's bar.
void MonthStep::exits_screening_and_pools(int month) {
  const std::size_t n = people_.size();
  const auto chunks = static_cast<std::ptrdiff_t>(chunk_count());
  const auto seed_high = static_cast<std::uint32_t>(seed_ >> 32U);
  const JobFindingTable& jobs = *job_finding_;
  const ScreeningTable& screening = screening_table_;
  const EligibilityTable& eligibility = eligibility_;
  const std::uint32_t any_screening = screening.upper[kScreeningCount - 1];
  const bool resumes = parameters_.duration_resumes;
  const std::size_t signature_count = eligibility.signature_count();
  std::uint16_t collecting = 0;
  for (int k = 0; k < kProgrammeCount; ++k) {
    if (collect_below_[k] > 0) collecting |= programme_bit(k);
  }
  const std::array<std::uint64_t, kProgrammeCount> below = collect_below_;

  std::uint8_t* const state = people_.state.data();
  Profile* const profile = people_.profile.data();
  std::uint16_t* const duration = people_.duration_months.data();
  std::uint16_t* const months_in_state = people_.months_in_state.data();
  const std::uint16_t* const age = people_.age_months.data();
  std::uint8_t* const vte = people_.vte_units.data();
  std::uint8_t* const marks = people_.marks.data();
  const std::uint32_t* const id_index = people_.id_index.data();
  const std::uint16_t* const id_origin = people_.id_origin.data();
  std::uint32_t* const priority = priority_.data();
  std::int64_t active = 0;
  std::int64_t work = 0;
  std::int64_t out = 0;

#pragma omp parallel num_threads(threads_) reduction(+ : active, work, out)
  {
    Tally& tally = tallies_[static_cast<std::size_t>(omp_get_thread_num())];
    std::uint32_t* const signatures = tally.signatures.data();
    alignas(64) std::array<std::uint32_t, kChunk> word;
    alignas(64) std::array<std::array<std::uint32_t, kChunk>, 4> u;
#pragma omp for schedule(static)
    for (std::ptrdiff_t chunk = 0; chunk < chunks; ++chunk) {
      const std::size_t begin = static_cast<std::size_t>(chunk) * kChunk;
      const std::size_t count = std::min(kChunk, n - begin);
      for (std::size_t k = 0; k < count; ++k) {
        word[k] = rng::stream_word(id_origin[begin + k], rng::Stream::monthly);
      }
      rng::philox_batch(count, id_index + begin, word.data(), static_cast<std::uint32_t>(month),
                        seed_high, key_, u[0].data(), u[1].data(), u[2].data(), u[3].data());
      for (std::size_t k = 0; k < count; ++k) {
        const std::size_t i = begin + k;
        const std::uint8_t s = state[i];
        if (s == state::nwwz) {
          ++active;
          const Profile p = profile[i];
          const std::uint16_t d = duration[i];
          const JobSeekerExit exit = jobs.decide(p, d, u[rng::lane::exit][k]);
          if (exit != JobSeekerExit::stays) {
            state[i] = state::vacant;
            if (exit == JobSeekerExit::work) {
              ++tally.to_work[p];
              ++work;
            } else {
              ++tally.to_out[p];
              ++out;
            }
            continue;
          }
          std::size_t cell = eligibility.cell(p, d, marks[i]);
          const std::uint32_t screening_draw = u[rng::lane::screening][k];
          if (screening_draw < any_screening) {
            const std::uint8_t mark =
                screening.mark(eligibility.mask_of_cell(cell), marks[i], screening_draw);
            marks[i] |= mark;
            cell |= mark;  // the marks are the low bits of a cell
          }
          const std::uint16_t signature = eligibility.signature_of_cell(cell);
          ++signatures[(k % kLanes) * signature_count + signature];
          const std::uint32_t draw = u[rng::lane::priority][k];
          priority[i] = draw;
          const std::uint16_t offers = eligibility.signature_mask(signature) & collecting;
          if (offers == 0) continue;
          for (int prog = 0; prog < kProgrammeCount; ++prog) {
            if ((offers & programme_bit(prog)) != 0 && draw < below[prog]) {
              tally.collected[prog].push_back(Candidate{
                  draw, person_id(id_origin[i], id_index[i]), static_cast<std::uint32_t>(i)});
            }
          }
        } else if (state::in_programme(s)) {
          ++active;
          const ParticipantExit exit =
              exits_.decide(s, age[i], u[rng::lane::exit][k], u[rng::lane::destination][k]);
          if (exit == ParticipantExit::stays) continue;
          ++tally.leavers[s];
          tally.units_left[s] += vte[i];
          vte[i] = 0;
          if (exit == ParticipantExit::nwwz) {
            // Back to the job seekers, who draw from next month on.
            state[i] = state::nwwz;
            if (!resumes) duration[i] = 0;
            months_in_state[i] = 0;
            marks[i] |= mark::moved;
            ++tally.from_programme[profile[i]];
            continue;
          }
          state[i] = state::vacant;
          if (exit == ParticipantExit::work) {
            ++tally.leavers_to_work[s];
            ++work;
          } else {
            ++tally.retired[s];
            ++out;
          }
        }
      }
    }
  }
  active_at_start_ = active;
  work_total_ += work;
  out_total_ += out;
  for (const Tally& t : tallies_) {
    for (int k = 0; k < kProgrammeCount; ++k) occupied_units_[k] -= t.units_left[k];
  }
  count_pools();
}

// Pools and screening counts from the signature counts of the tallies.
void MonthStep::count_pools() {
  const std::size_t signature_count = eligibility_.signature_count();
  pool_.fill(0);
  screening_counts_ = {};
  for (const Tally& t : tallies_) {
    for (std::size_t lane = 0; lane < kLanes; ++lane) {
      for (std::size_t sig = 0; sig < signature_count; ++sig) {
        const std::int64_t n = t.signatures[lane * signature_count + sig];
        if (n == 0) continue;
        const std::uint16_t mask = eligibility_.signature_mask(sig);
        const std::uint8_t marks = eligibility_.signature_marks(sig);
        for (int k = 0; k < kProgrammeCount; ++k) {
          if ((mask & programme_bit(k)) != 0) pool_[k] += n;
        }
        for (int s = 0; s < kScreeningCount; ++s) {
          if ((marks & (1U << s)) != 0) {
            screening_counts_.holders[s] += n;
          } else if ((mask & screening_target_bit(s)) != 0) {
            screening_counts_.candidates[s] += n;
          }
        }
      }
    }
  }
}

// The eligible job seekers of one programme with keys from `from_key` on, the `limit`
// smallest, into the tallies' heaps: for programmes whose order is not random, and when
// the candidates collected in phase 1 ran out before the places did.
void MonthStep::scan_candidates(int programme, std::uint64_t from_key, std::size_t limit) {
  ++full_scans_;
  for (Tally& t : tallies_) t.heaps[programme].reset(limit);
  const std::size_t n = people_.size();
  const auto chunks = static_cast<std::ptrdiff_t>(chunk_count());
  const Population& pp = people_;
  const std::uint16_t bit = programme_bit(programme);
#pragma omp parallel num_threads(threads_)
  {
    CandidateHeap& heap = tallies_[static_cast<std::size_t>(omp_get_thread_num())].heaps[programme];
#pragma omp for schedule(static)
    for (std::ptrdiff_t chunk = 0; chunk < chunks; ++chunk) {
      const std::size_t begin = static_cast<std::size_t>(chunk) * kChunk;
      const std::size_t end = std::min(n, begin + kChunk);
      for (std::size_t i = begin; i < end; ++i) {
        if (pp.state[i] != state::nwwz || (pp.marks[i] & mark::moved) != 0) continue;
        if ((eligibility_.mask(pp.profile[i], pp.duration_months[i], pp.marks[i]) & bit) == 0) {
          continue;
        }
        const std::uint64_t key =
            selection_.key(programme, pp.profile[i], pp.duration_months[i], priority_[i]);
        if (key < from_key || key > heap.bar()) continue;
        heap.offer(Candidate{key, person_id(pp.id_origin[i], pp.id_index[i]),
                             static_cast<std::uint32_t>(i)});
      }
    }
  }
}

// Phase 4: programmes in their fixed order take candidates in key order while the
// entrant's VTE fraction fits; the fill rate caps the month's entrants.
void MonthStep::enter_programmes(int month) {
  std::vector<Candidate> queue;
  std::vector<std::pair<std::uint32_t, int>> accepted;  // slot, VTE units
  for (const Programme p : parameters_.entry_order) {
    const int k = index_of(p);
    std::int64_t free = capacity_units_[k] - occupied_units_[k];
    if (free < part_units_[k] || pool_[k] == 0) continue;
    const std::uint32_t full_time = rng::threshold(full_time_share_[k]);
    accepted.clear();
    bool full = false;
    // Takes candidates in key order; true once the next entrant does not fit.
    const auto take = [&](const std::vector<Candidate>& ordered) {
      for (const Candidate& c : ordered) {
        if (people_.state[c.slot] != state::nwwz) continue;  // entered an earlier programme
        const rng::Block r = rng::draw(key_, seed_, people_.id_index[c.slot],
                                       people_.id_origin[c.slot], rng::Stream::entry,
                                       static_cast<std::uint32_t>(month));
        const int units = r[0] < full_time ? kVteUnits : part_units_[k];
        if (units > free) return true;
        free -= units;
        accepted.emplace_back(c.slot, units);
      }
      return false;
    };
    queue.clear();
    for (const Tally& t : tallies_) {
      queue.insert(queue.end(), t.collected[k].begin(), t.collected[k].end());
    }
    std::sort(queue.begin(), queue.end());
    full = take(queue);
    if (!full && collect_below_[k] < kAllDraws) {
      // The collected candidates ran out: the rest come from a scan of keys from the bar on.
      scan_candidates(k, collect_below_[k], static_cast<std::size_t>(free / part_units_[k]) + 1);
      queue.clear();
      for (const Tally& t : tallies_) {
        queue.insert(queue.end(), t.heaps[k].items().begin(), t.heaps[k].items().end());
      }
      std::sort(queue.begin(), queue.end());
      take(queue);
    }
    const auto taken = std::min(
        accepted.size(), static_cast<std::size_t>(
                             std::ceil(parameters_.fill_rate * static_cast<double>(accepted.size()) - 1e-9)));
    for (std::size_t a = 0; a < taken; ++a) {
      const auto [slot, units] = accepted[a];
      people_.state[slot] = static_cast<std::uint8_t>(k);
      people_.vte_units[slot] = static_cast<std::uint8_t>(units);
      people_.months_in_state[slot] = 0;
      people_.marks[slot] |= mark::moved;
      occupied_units_[k] += units;
      ++entrants_[k];
      ++entered_[people_.profile[slot]];
      // The entrant no longer waits for screening or holds a mark among job seekers.
      const std::uint16_t mask = eligibility_.mask(people_.profile[slot],
                                                   people_.duration_months[slot], people_.marks[slot]);
      for (int s = 0; s < kScreeningCount; ++s) {
        if ((people_.marks[slot] & (1U << s)) != 0) {
          --screening_counts_.holders[s];
        } else if ((mask & screening_target_bit(s)) != 0) {
          --screening_counts_.candidates[s];
        }
      }
    }
  }
}

// Phase 5 with the month's stocks: ageing, job seekers reaching the retirement age,
// counts of every state, and the vacant slots in slot order.
void MonthStep::age_and_count(bool age) {
  const std::size_t n = people_.size();
  const std::size_t chunks = chunk_count();
  vacancies_.resize(chunks);
  Population& pp = people_;
  const AgeingLimits limits = ageing_limits_;
  std::int64_t out = 0;
#pragma omp parallel num_threads(threads_) reduction(+ : out)
  {
    Tally& tally = tallies_[static_cast<std::size_t>(omp_get_thread_num())];
#pragma omp for schedule(static)
    for (std::ptrdiff_t chunk = 0; chunk < static_cast<std::ptrdiff_t>(chunks); ++chunk) {
      const std::size_t begin = static_cast<std::size_t>(chunk) * kChunk;
      const std::size_t end = std::min(n, begin + kChunk);
      auto& vacant = vacancies_[static_cast<std::size_t>(chunk)];
      vacant.clear();
      for (std::size_t i = begin; i < end; ++i) {
        const std::uint8_t s = pp.state[i];
        if (s == state::vacant) {
          vacant.push_back(static_cast<std::uint32_t>(i));
          continue;
        }
        if (age && age_person(pp, i, limits)) {
          ++tally.to_out[pp.profile[i]];
          ++out;
          pp.state[i] = state::vacant;
          vacant.push_back(static_cast<std::uint32_t>(i));
          continue;
        }
        if (s == state::nwwz) {
          const std::size_t long_term = pp.duration_months[i] >= 24 ? 1 : 0;
          ++tally.stock[(i % kLanes) * 2 * kProfileCount + 2 * pp.profile[i] + long_term];
        } else {
          ++tally.participants[s];
          tally.units[s] += pp.vte_units[i];
        }
      }
    }
  }
  out_total_ += out;
}

// Phase 6: registrants fill the vacant slots (then new ones) up to the start stock.
void MonthStep::register_newcomers(int month) {
  std::int64_t job_seekers = 0;
  for (const Tally& t : tallies_) {
    job_seekers += std::accumulate(t.stock.begin(), t.stock.end(), std::int64_t{0});
  }
  std::int64_t wanted = 0;
  if (parameters_.registration == RegistrationMode::hold_stock) {
    wanted = std::max<std::int64_t>(0, job_seeker_target_ - job_seekers);
  }
  if (wanted == 0) return;
  std::vector<std::uint32_t> slots;
  slots.reserve(static_cast<std::size_t>(wanted));
  for (const auto& chunk : vacancies_) {
    const std::size_t room = static_cast<std::size_t>(wanted) - slots.size();
    slots.insert(slots.end(), chunk.begin(),
                 chunk.begin() + static_cast<std::ptrdiff_t>(std::min(room, chunk.size())));
    if (slots.size() == static_cast<std::size_t>(wanted)) break;
  }
  if (slots.size() < static_cast<std::size_t>(wanted)) {
    const std::size_t old_size = people_.size();
    const std::size_t grow = static_cast<std::size_t>(wanted) - slots.size();
    people_.resize(old_size + grow);
    priority_.resize(people_.size());
    for (std::size_t k = 0; k < grow; ++k) slots.push_back(static_cast<std::uint32_t>(old_size + k));
  }
  const auto batches = static_cast<std::ptrdiff_t>((slots.size() + kChunk - 1) / kChunk);
#pragma omp parallel for num_threads(threads_) schedule(static)
  for (std::ptrdiff_t b = 0; b < batches; ++b) {
    const std::size_t first = static_cast<std::size_t>(b) * kChunk;
    const std::size_t count = std::min(kChunk, slots.size() - first);
    register_job_seekers(people_, slots.data() + first, first, count, *registration_mix_,
                         age_ranges_, key_, seed_, month);
  }
  for (const std::uint32_t slot : slots) ++registered_[people_.profile[slot]];
}

MonthRecord MonthStep::record() const {
  std::array<std::int64_t, kProfileCount> to_work{};
  std::array<std::int64_t, kProfileCount> to_out{};
  std::array<std::int64_t, kProfileCount> from_programme{};
  std::array<std::int64_t, kProfileCount> job_seekers{};
  std::array<std::int64_t, kProfileCount> long_term{};
  MonthRecord r;
  for (const Tally& t : tallies_) {
    for (int p = 0; p < kProfileCount; ++p) {
      to_work[p] += t.to_work[p];
      to_out[p] += t.to_out[p];
      from_programme[p] += t.from_programme[p];
      for (std::size_t lane = 0; lane < kLanes; ++lane) {
        const std::size_t at = lane * 2 * kProfileCount + 2 * static_cast<std::size_t>(p);
        job_seekers[p] += t.stock[at] + t.stock[at + 1];
        long_term[p] += t.stock[at + 1];
      }
    }
    for (int k = 0; k < kProgrammeCount; ++k) {
      ProgrammeMonth& pm = r.programmes[k];
      pm.uitstroom += t.leavers[k];
      pm.uitstroom_werk += t.leavers_to_work[k];
      pm.uitstroom_pensioen += t.retired[k];
      pm.personen += t.participants[k];
      pm.vte_units += t.units[k];
    }
  }
  for (int p = 0; p < kProfileCount; ++p) {
    const std::uint8_t groups = group_mask(static_cast<Profile>(p));
    for (int g = 0; g < kGroupCount; ++g) {
      if ((groups & (1U << g)) == 0) continue;
      GroupMonth& gm = r.groups[g];
      gm.nwwz += job_seekers[p] + registered_[p];
      gm.naar_werk += to_work[p];
      gm.naar_out += to_out[p];
      gm.nieuw += registered_[p];
      gm.naar_programma += entered_[p];
      gm.van_programma += from_programme[p];
      gm.langdurig_2j += long_term[p];
    }
  }
  for (int k = 0; k < kProgrammeCount; ++k) {
    ProgrammeMonth& pm = r.programmes[k];
    pm.instroom = entrants_[k];
    pm.capacity_units = capacity_units_[k];
    pm.pool = pool_[k];
  }
  r.work_total = work_total_;
  r.out_total = out_total_;
  r.agent_months = active_at_start_;
  return r;
}

}  // namespace groeipad::detail
