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
constexpr std::size_t kChunk = kMaxChunk;

constexpr std::uint64_t person_id(std::uint16_t origin, std::uint32_t index) {
  return (static_cast<std::uint64_t>(origin) << 32U) | index;
}

std::int64_t to_units(double vte) { return std::llround(vte * kVteUnits); }

constexpr std::uint64_t kAllDraws = std::uint64_t{1} << 32U;  // a bar every draw passes

std::size_t chunks_of(std::size_t persons) { return (persons + kChunk - 1) / kChunk; }

// The widest instruction set up to `wanted` that the processor runs.
rng::Kernel widest_supported(rng::Kernel wanted) {
  if (wanted == rng::Kernel::avx512 && rng::supported(rng::Kernel::avx512)) {
    return rng::Kernel::avx512;
  }
  if (wanted != rng::Kernel::scalar && rng::supported(rng::Kernel::avx2)) return rng::Kernel::avx2;
  return rng::Kernel::scalar;
}

}  // namespace

MonthStep::MonthStep(const Scenario& scenario, std::uint64_t seed, std::uint32_t replication,
                     int threads, StepTuning tuning)
    : MonthStep(
          scenario,
          synthesize(scenario.parameters, scenario.population_scale, rng::make_key(seed, 0), seed),
          seed, replication, threads, tuning) {}

MonthStep::MonthStep(const Scenario& scenario, const StartPopulation& start, std::uint64_t seed,
                     std::uint32_t replication, int threads, StepTuning tuning)
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
      instructions_(widest_supported(tuning.instructions)),
      tallies_(static_cast<std::size_t>(threads_)) {
  // Room for registrants who find no vacant slot, so that the columns are not
  // reallocated (and for a moment held twice) as the population grows; reserved pages
  // that are never used take no memory.
  people_.reserve(start.people.size() + start.people.size() / 8 + kChunk);
  people_ = start.people;
  job_seeker_target_ = start.job_seekers;
  full_time_share_ = start.full_time_share;
  vacancies_.resize(chunks_of(people_.size()));
  for (Tally& tally : tallies_) tally.delta = Ledger(eligibility_.signature_count());
  for (int k = 0; k < kProgrammeCount; ++k) {
    part_units_[k] = std::clamp(
        static_cast<int>(std::lround(parameters_.programmes[k].part_time_vte * kVteUnits)), 1,
        kVteUnits);
  }
  tables_.exits = &exits_;
  tables_.eligibility = &eligibility_;
  tables_.screening = &screening_table_;
  tables_.duration_resumes = parameters_.duration_resumes;
  tables_.limits = {static_cast<std::uint16_t>(parameters_.ages.young_below * 12),
                    static_cast<std::uint16_t>(parameters_.ages.old_from * 12),
                    static_cast<std::uint16_t>(parameters_.ages.retirement_age * 12)};
  tables_.ledger_edges = eligibility_.duration_edges();
  if (std::find(tables_.ledger_edges.begin(), tables_.ledger_edges.end(), kLongTermMonths) ==
      tables_.ledger_edges.end()) {
    tables_.ledger_edges.push_back(kLongTermMonths);
  }

  for (int p = 0; p < kProfileCount; ++p) {
    newcomer_signature_[p] =
        eligibility_.signature_of_cell(eligibility_.cell(static_cast<Profile>(p), 0, 0));
  }
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

  // The start month: stocks and pools as synthesised, no flows.
  ledger_ = recount();
  for (const Programme p : kAllProgrammes) {
    capacity_units_[index_of(p)] = to_units(scenario.capacity_vte(p, 0));
  }
  count_pools_and_screening();
  for (Tally& tally : tallies_) tally.clear();
  start_record_ = record();
}

std::size_t MonthStep::chunk_count() const { return chunks_of(people_.size()); }

MonthRecord MonthStep::advance(int month) {
  prepare(month);
  exits_screening_and_pools(month);
  enter_programmes(month);
  age();
  register_newcomers(month);
  if (month == fault_month_) ++ledger_.participants[0];
  return record();
}

// Month-level tables: capacity, the job-finding thresholds of the calendar year, the
// screening probabilities from the counts at the end of last month, and the bars under
// which phase 1 collects entry candidates.
void MonthStep::prepare(int month) {
  registered_.fill(0);
  entered_.fill(0);
  to_work_.fill(0);
  to_out_.fill(0);
  from_programme_.fill(0);
  leavers_.fill(0);
  leavers_to_work_.fill(0);
  retired_.fill(0);
  active_at_start_ = 0;
  const int year = scenario_.start.plus(month).year;
  if (year != job_finding_year_) {
    job_finding_year_ = year;
    job_finding_ = std::make_unique<JobFindingTable>(parameters_.job_finding_for(year),
                                                     parameters_.other_exit_hazard_monthly);
  }
  count_pools_and_screening();
  screening_table_ = ScreeningTable(parameters_, scenario_.population_scale, screening_counts_);

  // A random order takes the persons with the smallest priority draws; about
  // `wanted / pool` of the draws of a pool fall under a bar set at that share. The bar
  // aims at twice the places likely to open (last month's entrants plus room already
  // free), plus those that programmes served earlier may take from the same persons.
  // Too low a bar costs a full scan, never a different result.
  std::int64_t earlier = 0;
  tables_.collecting = 0;
  tables_.collect_below_max = 0;
  for (const Programme p : parameters_.entry_order) {
    const int k = index_of(p);
    const std::int64_t capacity = to_units(scenario_.capacity_vte(p, month));
    // Last month's entrants; before there were any, the exits the hazard implies.
    const auto expected_exits =
        static_cast<std::int64_t>(std::ceil(parameters_.programmes[k].exit_hazard_monthly *
                                            static_cast<double>(ledger_.participants[k])));
    const std::int64_t likely =
        std::max(entrants_[k], expected_exits) +
        std::max<std::int64_t>(0, capacity - ledger_.units[k]) / part_units_[k];
    capacity_units_[k] = capacity;
    collect_below_[k] = 0;
    if (tuning_.collect_candidates &&
        parameters_.programmes[k].selection == SelectionRule::random) {
      const double wanted = 2.0 * static_cast<double>(likely + earlier) + 64;
      collect_below_[k] =
          pool_[k] > 0 && wanted < static_cast<double>(pool_[k])
              ? static_cast<std::uint64_t>(wanted / static_cast<double>(pool_[k]) * 0x1p32)
              : kAllDraws;
    }
    earlier += likely;
    tables_.collect_below[k] = collect_below_[k];
    tables_.collect_below_max = std::max(tables_.collect_below_max, collect_below_[k]);
    if (collect_below_[k] > 0) tables_.collecting |= programme_bit(k);
  }
  entrants_.fill(0);
  if (tables_.person_events.empty() || tables_.collecting != events_collecting_ ||
      year != events_year_) {
    build_person_events();
    events_collecting_ = tables_.collecting;
    events_year_ = year;
  }
  tables_.jobs = job_finding_.get();
  tables_.any_screening = screening_table_.upper[kScreeningCount - 1];
  tables_.vector_bars = vector_bars();
}

VectorBars MonthStep::vector_bars() const {
  VectorBars v;
  for (int s = 0; s < kScreeningCount; ++s) {
    if (screening_table_.upper[s] <= screening_table_.lower[s]) continue;
    v.intervals[v.interval_count++] = {1U << (kEventScreeningShift + s), screening_table_.lower[s],
                                       screening_table_.upper[s]};
  }
  for (int k = 0; k < kProgrammeCount; ++k) {
    if ((tables_.collecting & programme_bit(k)) == 0) continue;
    if (collect_below_[k] > UINT32_MAX) {
      v.everyone |= programme_bit(k);
      continue;
    }
    const auto below = static_cast<std::uint32_t>(collect_below_[k]);
    v.bars[v.bar_count++] = {programme_bit(k), below};
    v.highest_bar = std::max(v.highest_bar, below);
  }
  return v;
}

// The table of the vector test (MonthTables::person_events), rebuilt when the year's
// thresholds or the collecting programmes change.
void MonthStep::build_person_events() {
  std::vector<std::uint16_t>& edges = tables_.event_edges;
  edges = eligibility_.duration_edges();
  for (const int edge : kDurationBandEdges) edges.push_back(static_cast<std::uint16_t>(edge));
  edges.push_back(kLongTermMonths);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  tables_.event_classes = edges.size() + 1;
  // Rows of a profile are a power of two apart, so the vector test indexes with a shift.
  tables_.event_class_bits = 0;
  while ((std::size_t{1} << tables_.event_class_bits) < tables_.event_classes) {
    ++tables_.event_class_bits;
  }
  tables_.person_events.assign((std::size_t{kProfileCount} << tables_.event_class_bits) * 8, 0);
  tables_.leave_rows.assign(tables_.person_events.size(), {});
  const std::uint32_t flag_mask = (1U << kEventFlagBits) - 1;
  for (int p = 0; p < kProfileCount; ++p) {
    for (std::size_t c = 0; c < tables_.event_classes; ++c) {
      const std::uint16_t duration = c == 0 ? 0 : edges[c - 1];  // the class's first duration
      const std::uint32_t leave = job_finding_->leave[p][duration_band(duration)] & ~flag_mask;
      for (std::uint8_t marks = 0; marks < 8; ++marks) {
        const std::uint16_t mask = eligibility_.mask(static_cast<Profile>(p), duration, marks);
        std::uint32_t flags = mask & tables_.collecting & ((1U << kProgrammeCount) - 1);
        for (int s = 0; s < kScreeningCount; ++s) {
          if ((mask & screening_target_bit(s)) != 0 && (marks & (1U << s)) == 0) {
            flags |= 1U << (kEventScreeningShift + s);
          }
        }
        const std::size_t row =
            ((static_cast<std::size_t>(p) << tables_.event_class_bits) + c) * 8 + marks;
        tables_.person_events[row] = leave | flags;
        tables_.leave_rows[row] = {
            job_finding_->work[p][duration_band(duration)],
            eligibility_.signature_of_cell(
                eligibility_.cell(static_cast<Profile>(p), duration, marks)),
            static_cast<std::uint16_t>(job_seeker_cell(static_cast<Profile>(p), duration))};
      }
    }
  }
}

std::vector<std::uint32_t>& MonthStep::vacated(std::size_t chunk) { return vacancies_[chunk]; }

// Adds the threads' ledger changes and flows into the month's totals.
void MonthStep::merge_tallies() {
  for (Tally& t : tallies_) {
    ledger_.add(t.delta);
    t.delta.clear();
    for (int p = 0; p < kProfileCount; ++p) {
      to_work_[p] += t.to_work[p];
      to_out_[p] += t.to_out[p];
      from_programme_[p] += t.from_programme[p];
      registered_[p] += t.registered[p];
    }
    for (int k = 0; k < kProgrammeCount; ++k) {
      leavers_[k] += t.leavers[k];
      leavers_to_work_[k] += t.leavers_to_work[k];
      retired_[k] += t.retired[k];
    }
    active_at_start_ += t.active;
    work_total_ += t.to_work_total;
    out_total_ += t.to_out_total;
    t.to_work.fill(0);
    t.to_out.fill(0);
    t.from_programme.fill(0);
    t.registered.fill(0);
    t.leavers.fill(0);
    t.leavers_to_work.fill(0);
    t.retired.fill(0);
    t.active = 0;
    t.to_work_total = 0;
    t.to_out_total = 0;
  }
}

// Phases 1-3 on one random block per person (lanes in rng/stream.hpp).
// The monthly blocks of the persons of one chunk, lane by lane: what phase 1 draws, and
// what a candidate scan draws again.
void MonthStep::monthly_draws(int month, std::size_t begin, std::size_t count,
                              ChunkBlocks& blocks) const {
  for (std::size_t k = 0; k < count; ++k) {
    blocks.word[k] = rng::stream_word(people_.id_origin[begin + k], rng::Stream::monthly);
  }
  rng::philox_batch(count, &people_.id_index[begin], blocks.word.data(),
                    static_cast<std::uint32_t>(month), static_cast<std::uint32_t>(seed_ >> 32U),
                    key_, blocks.lane[0].data(), blocks.lane[1].data(), blocks.lane[2].data(),
                    blocks.lane[3].data(), instructions_);
}

void MonthStep::exits_screening_and_pools(int month) {
  for (Tally& t : tallies_) {
    for (auto& c : t.collected) c.clear();
  }
  const std::size_t n = people_.size();
  const auto chunks = static_cast<std::ptrdiff_t>(chunk_count());
  const PersonMonth person(Columns::of(people_), tables_);

#pragma omp parallel num_threads(threads_) if (threads_ > 1)
  {
    Tally& tally = tallies_[static_cast<std::size_t>(omp_get_thread_num())];
    ChunkBlocks blocks;
#pragma omp for schedule(static)
    for (std::ptrdiff_t chunk = 0; chunk < chunks; ++chunk) {
      const std::size_t begin = static_cast<std::size_t>(chunk) * kChunk;
      const std::size_t count = std::min(kChunk, n - begin);
      monthly_draws(month, begin, count, blocks);
      const ChunkDraws draws{blocks.lane[rng::lane::exit].data(),
                             blocks.lane[rng::lane::priority].data(),
                             blocks.lane[rng::lane::screening].data()};
      auto& vacated_here = vacancies_[static_cast<std::size_t>(chunk)];
      switch (instructions_) {
        case rng::Kernel::avx512:
          person.exits_chunk_avx512(begin, count, draws, tally, vacated_here);
          break;
        case rng::Kernel::avx2:
          person.exits_chunk_avx2(begin, count, draws, tally, vacated_here);
          break;
        case rng::Kernel::scalar:
          person.exits_chunk(begin, count, draws, tally, vacated_here);
          break;
      }
    }
  }
  merge_tallies();
  count_pools_and_screening();
}

// Pools and screening counts from the ledger's signature counts.
void MonthStep::count_pools_and_screening() {
  pool_.fill(0);
  screening_counts_ = {};
  for (std::size_t sig = 0; sig < ledger_.pool_signatures.size(); ++sig) {
    const std::int64_t n = ledger_.pool_signatures[sig];
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

// The eligible job seekers of one programme with keys from `from_key` on, the `limit`
// smallest, into the tallies' heaps: for programmes whose order is not random, and when
// the candidates collected in phase 1 ran out before the places did.
void MonthStep::scan_candidates(int month, int programme, std::uint64_t from_key,
                                std::size_t limit) {
  ++full_scans_;
  for (Tally& t : tallies_) t.heaps[programme].reset(limit);
  const std::size_t n = people_.size();
  const auto chunks = static_cast<std::ptrdiff_t>(chunk_count());
  const Population& pp = people_;
  const std::uint16_t bit = programme_bit(programme);
#pragma omp parallel num_threads(threads_) if (threads_ > 1)
  {
    CandidateHeap& heap = tallies_[static_cast<std::size_t>(omp_get_thread_num())].heaps[programme];
    ChunkBlocks blocks;  // the priority draws again: the month's blocks, as phase 1 drew them
#pragma omp for schedule(static)
    for (std::ptrdiff_t chunk = 0; chunk < chunks; ++chunk) {
      const std::size_t begin = static_cast<std::size_t>(chunk) * kChunk;
      const std::size_t end = std::min(n, begin + kChunk);
      monthly_draws(month, begin, end - begin, blocks);
      const std::uint32_t* const priority = blocks.lane[rng::lane::priority].data();
      for (std::size_t i = begin; i < end; ++i) {
        if (pp.state[i] != state::nwwz || (pp.marks[i] & mark::moved) != 0) continue;
        if ((eligibility_.mask(pp.profile[i], pp.duration_months[i], pp.marks[i]) & bit) == 0) {
          continue;
        }
        const std::uint64_t key =
            selection_.key(programme, pp.profile[i], pp.duration_months[i], priority[i - begin]);
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
    std::int64_t free = capacity_units_[k] - ledger_.units[k];
    if (free < part_units_[k] || pool_[k] == 0) continue;
    const std::uint32_t full_time = rng::threshold(full_time_share_[k]);
    accepted.clear();
    // Takes candidates in key order; true once the next entrant does not fit. Sorts only
    // as far as needed: no more can enter than the free room holds part-time places, and
    // the queue may hold a whole small pool (thousands) for a few hundred places, so the
    // first `room` are selected in linear time and only they are sorted. Keys and person
    // ids order candidates totally, so the order is the same whatever the algorithm.
    const auto take = [&](std::vector<Candidate>& candidates) {
      auto first = candidates.begin();
      while (first != candidates.end()) {
        const auto room = static_cast<std::ptrdiff_t>(free / part_units_[k]) + 1;
        const auto last = first + std::min(room, candidates.end() - first);
        if (last != candidates.end()) std::nth_element(first, last, candidates.end());
        std::sort(first, last);
        const auto n = static_cast<std::size_t>(last - first);
        entry_draws_.resize(n);
        fractions_.resize(4 * n);
        index_.resize(n);
        word_.resize(n);
        for (std::size_t c = 0; c < n; ++c) {
          index_[c] = people_.id_index[first[static_cast<std::ptrdiff_t>(c)].slot];
          word_[c] = rng::stream_word(people_.id_origin[first[static_cast<std::ptrdiff_t>(c)].slot],
                                      rng::Stream::entry);
        }
        rng::philox_batch(n, index_.data(), word_.data(), static_cast<std::uint32_t>(month),
                          static_cast<std::uint32_t>(seed_ >> 32U), key_, entry_draws_.data(),
                          fractions_.data(), fractions_.data() + n, fractions_.data() + 2 * n,
                          instructions_);
        for (std::size_t c = 0; c < n; ++c, ++first) {
          const std::uint32_t slot = first->slot;
          if (people_.state[slot] != state::nwwz) continue;  // entered an earlier programme
          const int units = entry_draws_[c] < full_time ? kVteUnits : part_units_[k];
          if (units > free) return true;
          free -= units;
          accepted.emplace_back(slot, units);
        }
      }
      return false;
    };
    queue.clear();
    for (const Tally& t : tallies_) {
      queue.insert(queue.end(), t.collected[k].begin(), t.collected[k].end());
    }
    if (!take(queue) && collect_below_[k] < kAllDraws) {
      // The collected candidates ran out: the rest come from a scan of keys from the bar on.
      scan_candidates(month, k, collect_below_[k],
                      static_cast<std::size_t>(free / part_units_[k]) + 1);
      queue.clear();
      for (const Tally& t : tallies_) {
        queue.insert(queue.end(), t.heaps[k].items().begin(), t.heaps[k].items().end());
      }
      take(queue);
    }
    const auto taken = std::min(
        accepted.size(), static_cast<std::size_t>(std::ceil(
                             parameters_.fill_rate * static_cast<double>(accepted.size()) - 1e-9)));
    for (std::size_t a = 0; a < taken; ++a) {
      const auto [slot, units] = accepted[a];
      const Profile profile = people_.profile[slot];
      const std::uint16_t duration = people_.duration_months[slot];
      --ledger_.job_seekers[job_seeker_cell(profile, duration)];
      --ledger_.pool_signatures[eligibility_.signature_of_cell(
          eligibility_.cell(profile, duration, people_.marks[slot]))];
      ++ledger_.participants[k];
      ledger_.units[k] += units;
      people_.state[slot] = static_cast<std::uint8_t>(k);
      people_.vte_units[slot] = static_cast<std::uint8_t>(units);
      people_.months_in_state[slot] = 0;
      people_.marks[slot] |= mark::moved;
      ++entrants_[k];
      ++entered_[profile];
    }
  }
}

// Phase 5: ageing, and job seekers reaching the retirement age leave to OUT.
void MonthStep::age() {
  const std::size_t n = people_.size();
  const auto chunks = static_cast<std::ptrdiff_t>(chunk_count());
  const PersonMonth person(Columns::of(people_), tables_);
#pragma omp parallel num_threads(threads_) if (threads_ > 1)
  {
    Tally& tally = tallies_[static_cast<std::size_t>(omp_get_thread_num())];
#pragma omp for schedule(static)
    for (std::ptrdiff_t chunk = 0; chunk < chunks; ++chunk) {
      const std::size_t begin = static_cast<std::size_t>(chunk) * kChunk;
      const std::size_t count = std::min(kChunk, n - begin);
      auto& vacated_here = vacancies_[static_cast<std::size_t>(chunk)];
      switch (instructions_) {
        case rng::Kernel::avx512:
          person.ageing_chunk_avx512(begin, count, tally, vacated_here);
          break;
        case rng::Kernel::avx2:
          person.ageing_chunk_avx2(begin, count, tally, vacated_here);
          break;
        case rng::Kernel::scalar:
          person.ageing_chunk(begin, count, tally, vacated_here);
          break;
      }
    }
  }
  merge_tallies();
}

// Phase 6: registrants fill the vacant slots (then new ones) up to the start stock.
void MonthStep::register_newcomers(int month) {
  std::int64_t job_seekers = 0;
  for (const std::int64_t c : ledger_.job_seekers) job_seekers += c;
  std::int64_t wanted = 0;
  if (parameters_.registration == RegistrationMode::hold_stock) {
    wanted = std::max<std::int64_t>(0, job_seeker_target_ - job_seekers);
  } else if (parameters_.registration == RegistrationMode::trend) {
    const double target = static_cast<double>(job_seeker_target_) *
                          std::pow(1 + parameters_.registration_growth_pct / 100, month / 12.0);
    wanted = std::max<std::int64_t>(0, std::llround(target) - job_seekers);
  }
  if (wanted == 0) return;
  std::vector<std::uint32_t> slots;
  slots.reserve(static_cast<std::size_t>(wanted));
  for (auto& chunk : vacancies_) {
    const std::size_t take =
        std::min(static_cast<std::size_t>(wanted) - slots.size(), chunk.size());
    slots.insert(slots.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(take));
    chunk.erase(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(take));
    if (slots.size() == static_cast<std::size_t>(wanted)) break;
  }
  if (slots.size() < static_cast<std::size_t>(wanted)) {
    const std::size_t old_size = people_.size();
    const std::size_t grow = static_cast<std::size_t>(wanted) - slots.size();
    people_.resize(old_size + grow);
    vacancies_.resize(chunk_count());
    for (std::size_t k = 0; k < grow; ++k) {
      slots.push_back(static_cast<std::uint32_t>(old_size + k));
    }
  }
  const auto batches = static_cast<std::ptrdiff_t>((slots.size() + kChunk - 1) / kChunk);
#pragma omp parallel num_threads(threads_) if (threads_ > 1)
  {
    Tally& tally = tallies_[static_cast<std::size_t>(omp_get_thread_num())];
#pragma omp for schedule(static)
    for (std::ptrdiff_t b = 0; b < batches; ++b) {
      const std::size_t first = static_cast<std::size_t>(b) * kChunk;
      const std::size_t count = std::min(kChunk, slots.size() - first);
      register_job_seekers(people_, slots.data() + first, first, count, *registration_mix_,
                           age_ranges_, key_, seed_, month, instructions_);
      for (std::size_t k = 0; k < count; ++k) {
        const std::uint32_t slot = slots[first + k];
        const Profile p = people_.profile[slot];
        ++tally.delta.job_seekers[job_seeker_cell(p, 0)];
        ++tally.delta.pool_signatures[newcomer_signature_[p]];
        ++tally.registered[p];
      }
    }
  }
  merge_tallies();
}

MonthRecord MonthStep::record() const {
  MonthRecord r;
  for (int p = 0; p < kProfileCount; ++p) {
    const std::int64_t short_term = ledger_.job_seekers[2 * static_cast<std::size_t>(p)];
    const std::int64_t long_term = ledger_.job_seekers[2 * static_cast<std::size_t>(p) + 1];
    const std::uint8_t groups = group_mask(static_cast<Profile>(p));
    for (int g = 0; g < kGroupCount; ++g) {
      if ((groups & (1U << g)) == 0) continue;
      GroupMonth& gm = r.groups[g];
      gm.nwwz += short_term + long_term;
      gm.naar_werk += to_work_[p];
      gm.naar_out += to_out_[p];
      gm.nieuw += registered_[p];
      gm.naar_programma += entered_[p];
      gm.van_programma += from_programme_[p];
      gm.langdurig_2j += long_term;
    }
  }
  for (int k = 0; k < kProgrammeCount; ++k) {
    ProgrammeMonth& pm = r.programmes[k];
    pm.instroom = entrants_[k];
    pm.uitstroom = leavers_[k];
    pm.uitstroom_werk = leavers_to_work_[k];
    pm.uitstroom_pensioen = retired_[k];
    pm.personen = ledger_.participants[k];
    pm.vte_units = ledger_.units[k];
    pm.capacity_units = capacity_units_[k];
    pm.pool = pool_[k];
  }
  r.work_total = work_total_;
  r.out_total = out_total_;
  r.agent_months = active_at_start_;
  return r;
}

}  // namespace groeipad::detail
