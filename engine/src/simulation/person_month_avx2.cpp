// The per-person phases over eight (exits) or sixteen (ageing) persons at a time with
// AVX2: vector tests find the persons to whom something happens this month, the rest get
// their clocks advanced in the vector registers, and the few others go through the
// per-person functions. Compiled for AVX2 by function attribute only, so the program
// still runs on processors without it (the month then uses the plain loops).

#include <immintrin.h>

#include "simulation/person_month_steps.hpp"

namespace groeipad::detail {
namespace {

#define GROEIPAD_AVX2 __attribute__((target("avx2,popcnt,bmi")))

GROEIPAD_AVX2 inline __m256i broadcast(std::uint32_t word) {
  return _mm256_set1_epi32(static_cast<int>(word));
}

// a < b for unsigned 32-bit lanes, given both with the sign bit flipped.
GROEIPAD_AVX2 inline __m256i less_flipped(__m256i a_flipped, __m256i b_flipped) {
  return _mm256_cmpgt_epi32(b_flipped, a_flipped);
}

GROEIPAD_AVX2 inline int lane_bits(__m256i mask) {
  return _mm256_movemask_ps(_mm256_castsi256_ps(mask));
}

// For each 8-bit lane mask, the indices of its set bits packed to the front (a nibble
// each), so that the rare lanes of eight persons are listed without a branch.
constexpr std::array<std::uint32_t, 256> packed_lanes() {
  std::array<std::uint32_t, 256> table{};
  for (unsigned mask = 0; mask < 256; ++mask) {
    std::uint32_t packed = 0;
    unsigned at = 0;
    for (unsigned lane = 0; lane < 8; ++lane) {
      if ((mask & (1U << lane)) != 0) packed |= lane << (4 * at++);
    }
    table[mask] = packed;
  }
  return table;
}
constexpr std::array<std::uint32_t, 256> kPackedLanes = packed_lanes();

// Appends to `list` the persons first + lane for the set lanes of `mask` (8 bits);
// `list` has room for 8 more. Returns the new length.
GROEIPAD_AVX2 inline std::size_t append_lanes(std::uint32_t* list, std::size_t length,
                                              std::uint32_t first, unsigned mask) {
  const std::uint32_t packed = kPackedLanes[mask];
  const __m256i nibbles =
      _mm256_srlv_epi32(broadcast(packed), _mm256_setr_epi32(0, 4, 8, 12, 16, 20, 24, 28));
  const __m256i lanes = _mm256_and_si256(nibbles, broadcast(0xF));
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(list + length),
                      _mm256_add_epi32(lanes, broadcast(first)));
  return length + static_cast<std::size_t>(__builtin_popcount(mask));
}

}  // namespace

GROEIPAD_AVX2 void PersonMonth::exits_chunk_avx2(std::size_t begin, std::size_t count,
                                                 const ChunkDraws& draws, Tally& tally,
                                                 std::vector<std::uint32_t>& vacated) const {
  const __m256i sign = broadcast(0x80000000U);
  const __m256i six = broadcast(state::nwwz);
  const __m256i zero = _mm256_setzero_si256();
  // Hazard thresholds by state (programmes 0-5; job seekers and vacant slots never exit
  // by this test), sign-flipped for unsigned comparison.
  alignas(32) std::array<std::uint32_t, 8> hazard{};
  for (int k = 0; k < kProgrammeCount; ++k) hazard[k] = t_.exits->hazard[k];
  const __m256i hazard_flipped =
      _mm256_xor_si256(_mm256_load_si256(reinterpret_cast<const __m256i*>(hazard.data())), sign);
  const __m256i retire_below = broadcast(t_.exits->retirement_months - 1U);
  // Screening intervals of the draw and entry bars (MonthTables::vector_bars), sign-flipped.
  const VectorBars& v = t_.vector_bars;
  struct Interval {
    __m256i bit;
    __m256i lower_flipped;
    __m256i upper_flipped;
  };
  std::array<Interval, kScreeningCount> intervals{};
  const int interval_count = v.interval_count;
  for (int n = 0; n < interval_count; ++n) {
    intervals[n] =
        Interval{broadcast(v.intervals[n].bit), broadcast(v.intervals[n].lower ^ 0x80000000U),
                 broadcast(v.intervals[n].upper ^ 0x80000000U)};
  }
  struct Bar {
    __m256i bit;
    __m256i below_flipped;
  };
  std::array<Bar, kProgrammeCount> bars{};
  const int bar_count = v.bar_count;
  for (int b = 0; b < bar_count; ++b) {
    bars[b] = Bar{broadcast(v.bars[b].bit), broadcast(v.bars[b].below ^ 0x80000000U)};
  }
  const __m256i everyone_bits = broadcast(v.everyone);
  const __m256i highest_bar_flipped = broadcast(v.highest_bar ^ 0x80000000U);
  const __m256i screening_flipped = broadcast(t_.any_screening ^ 0x80000000U);
  const auto class_bits = static_cast<int>(t_.event_class_bits);
  const __m256i mark_bits = broadcast(mark::all_screenings);
  const __m256i threshold_bits = broadcast(~((1U << kEventFlagBits) - 1));
  const int* events = reinterpret_cast<const int*>(t_.person_events.data());

  std::size_t k = 0;
  std::int64_t active = 0;
  // The persons to whom something happens, by chunk offset, handled after the vector loop:
  // job seekers who surely leave, and every other event.
  std::array<std::uint32_t, kMaxChunk + 8> leave_list;
  std::array<std::uint32_t, kMaxChunk + 8> rare_list;
  std::size_t leave_count = 0;
  std::size_t rare_count = 0;
  for (; k + 8 <= count; k += 8) {
    const std::size_t i = begin + k;
    const __m256i s =
        _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(c_.state + i)));
    const __m256i p =
        _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(c_.profile + i)));
    const __m256i m =
        _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(c_.marks + i)));
    const __m256i d =
        _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c_.duration + i)));
    const __m256i a =
        _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c_.age + i)));
    const __m256i u0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(draws.exit + k));
    const __m256i u1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(draws.priority + k));
    const __m256i u2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(draws.screening + k));

    const __m256i job_seeker = _mm256_cmpeq_epi32(s, six);
    const __m256i participant = _mm256_cmpgt_epi32(six, s);
    __m256i duration_class = zero;
    for (const std::uint16_t edge : t_.event_edges) {
      duration_class =
          _mm256_sub_epi32(duration_class, _mm256_cmpgt_epi32(d, broadcast(edge - 1U)));
    }
    const __m256i cell = _mm256_add_epi32(
        _mm256_slli_epi32(
            _mm256_add_epi32(_mm256_sll_epi32(p, _mm_cvtsi32_si128(class_bits)), duration_class),
            3),
        _mm256_and_si256(m, mark_bits));
    const __m256i event = _mm256_i32gather_epi32(events, cell, 4);

    // Leaving: below the truncated threshold surely; within its last 2^kEventFlagBits
    // draws, the per-person step decides on the full threshold.
    const __m256i u0_flipped = _mm256_xor_si256(u0, sign);
    const __m256i threshold = _mm256_and_si256(event, threshold_bits);
    const __m256i job_seeker_leaves =
        _mm256_and_si256(job_seeker, less_flipped(u0_flipped, _mm256_xor_si256(threshold, sign)));
    const __m256i undecided = _mm256_and_si256(
        job_seeker, _mm256_cmpeq_epi32(_mm256_and_si256(u0, threshold_bits), threshold));
    const __m256i participant_leaves = _mm256_and_si256(
        participant,
        _mm256_or_si256(less_flipped(u0_flipped, _mm256_permutevar8x32_epi32(hazard_flipped, s)),
                        _mm256_cmpgt_epi32(a, retire_below)));
    __m256i other = _mm256_or_si256(participant_leaves, undecided);
    // Screenings and entry candidates are rare: a test of the whole group against the
    // widest interval and the highest bar skips the per-screening and per-programme tests.
    const __m256i u2_flipped = _mm256_xor_si256(u2, sign);
    if (interval_count > 0 && lane_bits(less_flipped(u2_flipped, screening_flipped)) != 0) {
      for (int n = 0; n < interval_count; ++n) {
        const __m256i open =
            _mm256_cmpeq_epi32(_mm256_and_si256(event, intervals[n].bit), intervals[n].bit);
        const __m256i inside =
            _mm256_andnot_si256(less_flipped(u2_flipped, intervals[n].lower_flipped),
                                less_flipped(u2_flipped, intervals[n].upper_flipped));
        other =
            _mm256_or_si256(other, _mm256_and_si256(job_seeker, _mm256_and_si256(open, inside)));
      }
    }
    const __m256i u1_flipped = _mm256_xor_si256(u1, sign);
    const __m256i offered_to_everyone = _mm256_andnot_si256(
        _mm256_cmpeq_epi32(_mm256_and_si256(event, everyone_bits), zero), job_seeker);
    other = _mm256_or_si256(other, offered_to_everyone);
    if (bar_count > 0 && lane_bits(less_flipped(u1_flipped, highest_bar_flipped)) != 0) {
      for (int b = 0; b < bar_count; ++b) {
        const __m256i offered =
            _mm256_cmpeq_epi32(_mm256_and_si256(event, bars[b].bit), bars[b].bit);
        other = _mm256_or_si256(
            other, _mm256_and_si256(
                       job_seeker,
                       _mm256_and_si256(offered, less_flipped(u1_flipped, bars[b].below_flipped))));
      }
    }
    const auto leaving = static_cast<unsigned>(lane_bits(job_seeker_leaves));
    const auto rare = static_cast<unsigned>(lane_bits(other)) & ~leaving;
    active += __builtin_popcount(
        static_cast<unsigned>(lane_bits(_mm256_or_si256(job_seeker, participant))));
    leave_count =
        append_lanes(leave_list.data(), leave_count, static_cast<std::uint32_t>(k), leaving);
    rare_count = append_lanes(rare_list.data(), rare_count, static_cast<std::uint32_t>(k), rare);
  }
  tally.active += active;
  job_seekers_leave(begin, leave_list.data(), leave_count, draws.exit, tally, vacated);
  for (std::size_t r = 0; r < rare_count; ++r) {
    const std::uint32_t j = rare_list[r];
    exits(begin + j, draws.exit[j], draws.priority[j], draws.screening[j], tally, vacated);
  }
  for (; k < count; ++k) {
    tally.active += c_.state[begin + k] != state::vacant ? 1 : 0;
    exits(begin + k, draws.exit[k], draws.priority[k], draws.screening[k], tally, vacated);
  }
}

GROEIPAD_AVX2 void PersonMonth::ageing_chunk_avx2(std::size_t begin, std::size_t count,
                                                  Tally& tally,
                                                  std::vector<std::uint32_t>& vacated) const {
  const __m256i one = _mm256_set1_epi16(1);
  const __m256i vacant = _mm256_set1_epi16(state::vacant);
  const __m256i job_seeker_state = _mm256_set1_epi16(state::nwwz);
  const __m256i moved_bit = _mm256_set1_epi16(mark::moved);
  const __m256i young_until = _mm256_set1_epi16(static_cast<short>(t_.limits.young_until));
  const __m256i old_from = _mm256_set1_epi16(static_cast<short>(t_.limits.old_from));
  const __m256i retirement = _mm256_set1_epi16(static_cast<short>(t_.limits.retirement));
  std::size_t k = 0;
  std::array<std::uint32_t, kMaxChunk + 8> rare_list;
  std::size_t rare_count = 0;
  for (; k + 16 <= count; k += 16) {
    const std::size_t i = begin + k;
    const __m256i s =
        _mm256_cvtepu8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c_.state + i)));
    const __m256i m =
        _mm256_cvtepu8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c_.marks + i)));
    auto* const d_at = reinterpret_cast<__m256i*>(c_.duration + i);
    auto* const t_at = reinterpret_cast<__m256i*>(c_.months_in_state + i);
    auto* const a_at = reinterpret_cast<__m256i*>(c_.age + i);
    const __m256i d = _mm256_loadu_si256(d_at);
    const __m256i t = _mm256_loadu_si256(t_at);
    const __m256i a = _mm256_loadu_si256(a_at);

    const __m256i active =
        _mm256_andnot_si256(_mm256_cmpeq_epi16(s, vacant), _mm256_set1_epi16(-1));
    const __m256i job_seeker = _mm256_cmpeq_epi16(s, job_seeker_state);
    const __m256i aged = _mm256_adds_epu16(a, one);
    const __m256i longer = _mm256_adds_epu16(d, one);
    __m256i rare = _mm256_cmpeq_epi16(_mm256_and_si256(m, moved_bit), moved_bit);
    rare = _mm256_or_si256(rare, _mm256_cmpeq_epi16(aged, young_until));
    rare = _mm256_or_si256(rare, _mm256_cmpeq_epi16(aged, old_from));
    __m256i job_seeker_event = _mm256_cmpeq_epi16(_mm256_max_epu16(aged, retirement), aged);
    for (const std::uint16_t edge : t_.ledger_edges) {
      job_seeker_event =
          _mm256_or_si256(job_seeker_event,
                          _mm256_cmpeq_epi16(longer, _mm256_set1_epi16(static_cast<short>(edge))));
    }
    rare = _mm256_and_si256(active,
                            _mm256_or_si256(rare, _mm256_and_si256(job_seeker, job_seeker_event)));
    const __m256i common = _mm256_andnot_si256(rare, active);
    _mm256_storeu_si256(a_at, _mm256_blendv_epi8(a, aged, common));
    _mm256_storeu_si256(t_at, _mm256_blendv_epi8(t, _mm256_adds_epu16(t, one), common));
    _mm256_storeu_si256(d_at, _mm256_blendv_epi8(d, longer, _mm256_and_si256(common, job_seeker)));
    // The rare persons take the per-person path, from the values left unchanged for them;
    // packing the 16-bit lane masks to bytes gives lanes 0-7 and 8-15 in two bytes.
    const __m128i packed =
        _mm_packs_epi16(_mm256_castsi256_si128(rare), _mm256_extracti128_si256(rare, 1));
    const auto bits = static_cast<unsigned>(_mm_movemask_epi8(packed));
    rare_count =
        append_lanes(rare_list.data(), rare_count, static_cast<std::uint32_t>(k), bits & 0xFFU);
    rare_count =
        append_lanes(rare_list.data(), rare_count, static_cast<std::uint32_t>(k + 8), bits >> 8U);
  }
  for (std::size_t r = 0; r < rare_count; ++r) ageing(begin + rare_list[r], tally, vacated);
  for (; k < count; ++k) ageing(begin + k, tally, vacated);
}

}  // namespace groeipad::detail
