// The per-person phases over sixteen (exits) or thirty-two (ageing) persons at a time with
// AVX-512: the tests of person_month_avx2.cpp at twice the width. Mask registers carry
// the comparisons, unsigned compares need no sign flips, and the rare lanes are packed
// with a compress instead of a lookup table. The persons to whom something happens go
// through the per-person functions in the same order as on the AVX2 path; the leavers
// through the variant that takes their row of the event table, found here anyway.
// Compiled for AVX-512 by function attribute only, like the AVX2 file.

// GCC 12's AVX-512 intrinsics fill unused result lanes from a deliberately uninitialised
// register, which its own -Wmaybe-uninitialized then reports (GCC bug 105593).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <immintrin.h>

#include "simulation/person_month_steps.hpp"

namespace groeipad::detail {
namespace {

#define GROEIPAD_AVX512 __attribute__((target("avx512f,avx512bw,avx2,popcnt,bmi")))

// The most duration edges the loops hold in registers; more (an unusual eligibility
// file) take the per-person path for the whole chunk.
constexpr std::size_t kMaxEdges = 16;

GROEIPAD_AVX512 inline __m512i broadcast(std::uint32_t word) {
  return _mm512_set1_epi32(static_cast<int>(word));
}

GROEIPAD_AVX512 inline __m512i broadcast16(std::uint16_t word) {
  return _mm512_set1_epi16(static_cast<short>(word));
}

// Appends to `list` the values of the set lanes of `mask`; `list` has room for 16 more.
GROEIPAD_AVX512 inline void append_values(std::uint32_t* list, std::size_t length, __m512i values,
                                          __mmask16 mask) {
  _mm512_storeu_si512(list + length, _mm512_maskz_compress_epi32(mask, values));
}

// Appends to `list` the persons first + lane for the set lanes of `mask`; `list` has room
// for 16 more. Returns the new length.
GROEIPAD_AVX512 inline std::size_t append_lanes(std::uint32_t* list, std::size_t length,
                                                std::uint32_t first, __mmask16 mask) {
  const __m512i lanes = _mm512_add_epi32(
      _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), broadcast(first));
  _mm512_storeu_si512(list + length, _mm512_maskz_compress_epi32(mask, lanes));
  return length + static_cast<std::size_t>(__builtin_popcount(mask));
}

// What the exit tests of a month compare against, in registers (vectors first: each
// takes a whole cache line).
struct ExitTests {
  struct Interval {
    __m512i bit;
    __m512i lower;
    __m512i upper;
  };
  struct Bar {
    __m512i bit;
    __m512i below;
  };
  __m512i hazards;        // by state: programmes 0-5, zero for job seekers and vacant slots
  __m512i retire_below;   // signed, as on the AVX2 path: a retirement age of 0 retires all
  __m512i everyone_bits;  // programmes that take every eligible job seeker as a candidate
  __m512i highest_bar;
  __m512i any_screening;
  __m512i class_bits;
  __m512i edges[kMaxEdges];  // NOLINT(*-avoid-c-arrays): std::array drops the alignment
  std::array<Interval, kScreeningCount> intervals;
  std::array<Bar, kProgrammeCount> bars;
  const int* events = nullptr;
  std::size_t edge_count = 0;
  int interval_count = 0;
  int bar_count = 0;
};

// Sixteen persons' columns and draws, and their row of the event table (the gather).
struct Lanes {
  __m512i state;
  __m512i age;
  __m512i exit;
  __m512i priority;
  __m512i screening;
  __m512i row;  // of the event table
  __m512i event;
};

GROEIPAD_AVX512 inline Lanes load_lanes(const Columns& c, const ChunkDraws& draws, std::size_t i,
                                        std::size_t k, const ExitTests& x) {
  Lanes l;
  l.state = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c.state + i)));
  const __m512i p =
      _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c.profile + i)));
  const __m512i m =
      _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c.marks + i)));
  const __m512i d =
      _mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(c.duration + i)));
  l.age = _mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(c.age + i)));
  l.exit = _mm512_loadu_si512(draws.exit + k);
  l.priority = _mm512_loadu_si512(draws.priority + k);
  l.screening = _mm512_loadu_si512(draws.screening + k);
  __m512i duration_class = _mm512_setzero_si512();
  for (std::size_t e = 0; e < x.edge_count; ++e) {
    duration_class = _mm512_mask_add_epi32(duration_class, _mm512_cmpge_epi32_mask(d, x.edges[e]),
                                           duration_class, _mm512_set1_epi32(1));
  }
  l.row = _mm512_add_epi32(
      _mm512_slli_epi32(_mm512_add_epi32(_mm512_sllv_epi32(p, x.class_bits), duration_class), 3),
      _mm512_and_si512(m, _mm512_set1_epi32(mark::all_screenings)));
  l.event = _mm512_i32gather_epi32(l.row, x.events, 4);
  return l;
}

// The lanes that surely leave (job seekers below the truncated threshold) and the lanes
// that need the per-person step.
struct Outcome {
  __mmask16 leaving;
  __mmask16 rare;
  __mmask16 active;
};

GROEIPAD_AVX512 inline Outcome classify(const Lanes& l, const ExitTests& x) {
  const __m512i six = _mm512_set1_epi32(state::nwwz);
  const __m512i threshold_bits = _mm512_set1_epi32(static_cast<int>(~((1U << kEventFlagBits) - 1)));
  const __mmask16 job_seeker = _mm512_cmpeq_epi32_mask(l.state, six);
  const __mmask16 participant = _mm512_cmplt_epi32_mask(l.state, six);
  // Leaving: below the truncated threshold surely; within its last 2^kEventFlagBits
  // draws, the per-person step decides on the full threshold.
  const __m512i threshold = _mm512_and_si512(l.event, threshold_bits);
  const __mmask16 leaves = _mm512_mask_cmplt_epu32_mask(job_seeker, l.exit, threshold);
  const __mmask16 undecided =
      _mm512_mask_cmpeq_epi32_mask(job_seeker, _mm512_and_si512(l.exit, threshold_bits), threshold);
  const __mmask16 participant_leaves =
      _mm512_mask_cmplt_epu32_mask(participant, l.exit,
                                   _mm512_permutexvar_epi32(l.state, x.hazards)) |
      _mm512_mask_cmpgt_epi32_mask(participant, l.age, x.retire_below);
  __mmask16 other = participant_leaves | undecided;
  // Screenings and entry candidates are rare: a test of the whole group against the
  // widest interval and the highest bar skips the per-screening and per-programme tests.
  if (x.interval_count > 0 &&
      _mm512_mask_cmplt_epu32_mask(job_seeker, l.screening, x.any_screening) != 0) {
    for (int n = 0; n < x.interval_count; ++n) {
      const __mmask16 open = _mm512_mask_test_epi32_mask(job_seeker, l.event, x.intervals[n].bit);
      other |= _mm512_mask_cmplt_epu32_mask(
          _mm512_mask_cmpge_epu32_mask(open, l.screening, x.intervals[n].lower), l.screening,
          x.intervals[n].upper);
    }
  }
  other |= _mm512_mask_test_epi32_mask(job_seeker, l.event, x.everyone_bits);
  if (x.bar_count > 0 && _mm512_mask_cmplt_epu32_mask(job_seeker, l.priority, x.highest_bar) != 0) {
    for (int b = 0; b < x.bar_count; ++b) {
      const __mmask16 offered = _mm512_mask_test_epi32_mask(job_seeker, l.event, x.bars[b].bit);
      other |= _mm512_mask_cmplt_epu32_mask(offered, l.priority, x.bars[b].below);
    }
  }
  return Outcome{leaves, static_cast<__mmask16>(other & ~leaves),
                 static_cast<__mmask16>(job_seeker | participant)};
}

}  // namespace

GROEIPAD_AVX512 void PersonMonth::exits_chunk_avx512(std::size_t begin, std::size_t count,
                                                     const ChunkDraws& draws, Tally& tally,
                                                     std::vector<std::uint32_t>& vacated) const {
  if (t_.event_edges.size() > kMaxEdges) {
    exits_chunk(begin, count, draws, tally, vacated);
    return;
  }
  ExitTests x;
  alignas(64) std::array<std::uint32_t, 16> hazard{};
  for (int k = 0; k < kProgrammeCount; ++k) hazard[k] = t_.exits->hazard[k];
  x.hazards = _mm512_load_si512(hazard.data());
  x.retire_below = broadcast(t_.exits->retirement_months - 1U);
  const VectorBars& v = t_.vector_bars;
  x.interval_count = v.interval_count;
  for (int n = 0; n < v.interval_count; ++n) {
    x.intervals[n] =
        ExitTests::Interval{broadcast(v.intervals[n].bit), broadcast(v.intervals[n].lower),
                            broadcast(v.intervals[n].upper)};
  }
  x.bar_count = v.bar_count;
  for (int b = 0; b < v.bar_count; ++b) {
    x.bars[b] = ExitTests::Bar{broadcast(v.bars[b].bit), broadcast(v.bars[b].below)};
  }
  x.everyone_bits = broadcast(v.everyone);
  x.highest_bar = broadcast(v.highest_bar);
  x.any_screening = broadcast(t_.any_screening);
  x.edge_count = t_.event_edges.size();
  for (std::size_t e = 0; e < x.edge_count; ++e) x.edges[e] = broadcast(t_.event_edges[e]);
  x.class_bits = _mm512_set1_epi32(static_cast<int>(t_.event_class_bits));
  x.events = reinterpret_cast<const int*>(t_.person_events.data());

  std::size_t k = 0;
  std::int64_t active = 0;
  // The persons to whom something happens, by chunk offset, handled after the vector loop:
  // job seekers who surely leave (with their rows of the event table), and every other
  // event.
  std::array<std::uint32_t, kMaxChunk + 16> leave_list;
  std::array<std::uint32_t, kMaxChunk + 16> leave_rows;
  std::array<std::uint32_t, kMaxChunk + 16> rare_list;
  std::size_t leave_count = 0;
  std::size_t rare_count = 0;
  for (; k + 16 <= count; k += 16) {
    const Lanes lanes = load_lanes(c_, draws, begin + k, k, x);
    const Outcome o = classify(lanes, x);
    active += __builtin_popcount(static_cast<unsigned>(o.active));
    append_values(leave_rows.data(), leave_count, lanes.row, o.leaving);
    leave_count =
        append_lanes(leave_list.data(), leave_count, static_cast<std::uint32_t>(k), o.leaving);
    rare_count = append_lanes(rare_list.data(), rare_count, static_cast<std::uint32_t>(k), o.rare);
  }
  tally.active += active;
  job_seekers_leave_by_row(begin, leave_list.data(), leave_rows.data(), leave_count, draws.exit,
                           tally, vacated);
  for (std::size_t r = 0; r < rare_count; ++r) {
    const std::uint32_t j = rare_list[r];
    exits(begin + j, draws.exit[j], draws.priority[j], draws.screening[j], tally, vacated);
  }
  for (; k < count; ++k) {
    tally.active += c_.state[begin + k] != state::vacant ? 1 : 0;
    exits(begin + k, draws.exit[k], draws.priority[k], draws.screening[k], tally, vacated);
  }
}

GROEIPAD_AVX512 void PersonMonth::ageing_chunk_avx512(std::size_t begin, std::size_t count,
                                                      Tally& tally,
                                                      std::vector<std::uint32_t>& vacated) const {
  if (t_.ledger_edges.size() > kMaxEdges) {
    ageing_chunk(begin, count, tally, vacated);
    return;
  }
  const __m512i one = broadcast16(1);
  const __m512i vacant = broadcast16(state::vacant);
  const __m512i job_seeker_state = broadcast16(state::nwwz);
  const __m512i moved_bit = broadcast16(mark::moved);
  const __m512i young_until = broadcast16(t_.limits.young_until);
  const __m512i old_from = broadcast16(t_.limits.old_from);
  const __m512i retirement = broadcast16(t_.limits.retirement);
  __m512i edges[kMaxEdges];  // NOLINT(*-avoid-c-arrays): std::array drops the vector alignment
  const std::size_t edge_count = t_.ledger_edges.size();
  for (std::size_t e = 0; e < edge_count; ++e) edges[e] = broadcast16(t_.ledger_edges[e]);
  std::size_t k = 0;
  std::array<std::uint32_t, kMaxChunk + 16> rare_list;
  std::size_t rare_count = 0;
  for (; k + 32 <= count; k += 32) {
    const std::size_t i = begin + k;
    const __m512i s =
        _mm512_cvtepu8_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(c_.state + i)));
    const __m512i m =
        _mm512_cvtepu8_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(c_.marks + i)));
    std::uint16_t* const d_at = c_.duration + i;
    std::uint16_t* const t_at = c_.months_in_state + i;
    std::uint16_t* const a_at = c_.age + i;
    const __m512i d = _mm512_loadu_si512(d_at);
    const __m512i t = _mm512_loadu_si512(t_at);
    const __m512i a = _mm512_loadu_si512(a_at);

    const __mmask32 active = _mm512_cmpneq_epi16_mask(s, vacant);
    const __mmask32 job_seeker = _mm512_cmpeq_epi16_mask(s, job_seeker_state);
    const __m512i aged = _mm512_adds_epu16(a, one);
    const __m512i longer = _mm512_adds_epu16(d, one);
    __mmask32 job_seeker_event = _mm512_cmpge_epu16_mask(aged, retirement);
    for (std::size_t e = 0; e < edge_count; ++e) {
      job_seeker_event |= _mm512_cmpeq_epi16_mask(longer, edges[e]);
    }
    const __mmask32 rare =
        active &
        (_mm512_test_epi16_mask(m, moved_bit) | _mm512_cmpeq_epi16_mask(aged, young_until) |
         _mm512_cmpeq_epi16_mask(aged, old_from) | (job_seeker & job_seeker_event));
    const auto common = static_cast<__mmask32>(active & ~rare);
    _mm512_storeu_si512(a_at, _mm512_mask_blend_epi16(common, a, aged));
    _mm512_storeu_si512(t_at, _mm512_mask_blend_epi16(common, t, _mm512_adds_epu16(t, one)));
    _mm512_storeu_si512(d_at, _mm512_mask_blend_epi16(common & job_seeker, d, longer));
    // The rare persons take the per-person path, from the values left unchanged for them.
    rare_count = append_lanes(rare_list.data(), rare_count, static_cast<std::uint32_t>(k),
                              static_cast<__mmask16>(rare));
    rare_count = append_lanes(rare_list.data(), rare_count, static_cast<std::uint32_t>(k + 16),
                              static_cast<__mmask16>(rare >> 16U));
  }
  for (std::size_t r = 0; r < rare_count; ++r) ageing(begin + rare_list[r], tally, vacated);
  for (; k < count; ++k) ageing(begin + k, tally, vacated);
}

}  // namespace groeipad::detail
