// Philox4x32-10 for sixteen or eight counters at a time with AVX2, bit-identical to Random123.
//
// Layout: a register holds one word of four counters, one counter per 64-bit lane, in the
// lane's low half. _mm256_mul_epu32 multiplies exactly those low halves into full 64-bit
// products, so a product is Random123's lo in its low half and hi in its high half: one
// shift, no shuffles or blends inside the rounds. The high halves carry junk that the
// multiplies ignore and the final pack drops. Eight loaded counters split into the even
// ones (the register as loaded) and the odd ones (shifted down 32 bits).
//
// The project is compiled without -mavx2 so that it runs on any x86-64 processor; the
// target attribute enables AVX2 for these functions alone, and philox.cpp calls them only
// where the processor has it.

#include "detail/philox_kernels.hpp"

#ifdef GROEIPAD_RNG_HAVE_AVX2_KERNEL

#include <immintrin.h>

namespace groeipad::rng::detail {
namespace {

__attribute__((target("avx2"))) inline __m256i broadcast(std::uint32_t word) {
  return _mm256_set1_epi32(static_cast<int>(word));
}

// The batch's shared words (BatchSchedule, philox_kernels.hpp) and the multipliers, in
// registers.
struct Schedule {
  __attribute__((target("avx2"))) explicit Schedule(const BatchSchedule& words) {
    for (int r = 0; r < kRounds; ++r) {
      k0[r] = broadcast(words.key0[r]);
      k1[r] = broadcast(words.key1[r]);
    }
    first0 = broadcast(words.first0);
    first2 = broadcast(words.first2);
    second0 = broadcast(words.second0);
  }

  __m256i m0 = broadcast(kMultiplier0);
  __m256i m1 = broadcast(kMultiplier1);
  __m256i k0[kRounds];
  __m256i k1[kRounds];
  __m256i first0;
  __m256i first2;
  __m256i second0;
};

// Rounds 1 and 2 on four counters whose words 0 and 1 are w0 and w1.
__attribute__((target("avx2"))) inline void first_rounds(__m256i (&x)[4], __m256i w0, __m256i w1,
                                                         const Schedule& s) {
  const __m256i p0 = _mm256_mul_epu32(w0, s.m0);
  const __m256i x0 = _mm256_xor_si256(w1, s.first0);
  const __m256i x2 = _mm256_xor_si256(_mm256_srli_epi64(p0, 32), s.first2);
  const __m256i q0 = _mm256_mul_epu32(x0, s.m0);
  const __m256i q1 = _mm256_mul_epu32(x2, s.m1);
  x[0] = _mm256_xor_si256(_mm256_srli_epi64(q1, 32), s.second0);
  x[1] = q1;
  x[2] = _mm256_xor_si256(_mm256_xor_si256(_mm256_srli_epi64(q0, 32), p0), s.k1[1]);
  x[3] = q0;
}

// One round on four counters, as Random123's _philox4x32round:
//   {hi(M1 * x2) ^ x1 ^ k0, lo(M1 * x2), hi(M0 * x0) ^ x3 ^ k1, lo(M0 * x0)}.
__attribute__((target("avx2"))) inline void philox_round(__m256i (&x)[4], const Schedule& s,
                                                         int r) {
  const __m256i p0 = _mm256_mul_epu32(x[0], s.m0);
  const __m256i p1 = _mm256_mul_epu32(x[2], s.m1);
  x[0] = _mm256_xor_si256(_mm256_xor_si256(_mm256_srli_epi64(p1, 32), x[1]), s.k0[r]);
  x[1] = p1;
  x[2] = _mm256_xor_si256(_mm256_xor_si256(_mm256_srli_epi64(p0, 32), x[3]), s.k1[r]);
  x[3] = p0;
}

// Eight words from the low halves of the even (`even`) and odd (`odd`) counters' lanes.
__attribute__((target("avx2"))) inline void store(std::uint32_t* out, __m256i even, __m256i odd) {
  const __m256i words = _mm256_blend_epi32(even, _mm256_slli_epi64(odd, 32), 0xAA);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), words);
}

__attribute__((target("avx2"))) inline __m256i load(const std::uint32_t* in) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in));
}

// Counters [i, i + 8 * kGroups). The rounds are a chain of multiply, shift and xor, each
// waiting on the last; two groups (four chains) give the processor enough independent
// work to keep all its vector units busy, about 5% faster than one.
template <int kGroups>
__attribute__((target("avx2"))) inline void blocks(std::size_t i, const std::uint32_t* c0,
                                                   const std::uint32_t* c1, const Schedule& s,
                                                   std::uint32_t* const (&out)[4]) {
  __m256i x[2 * kGroups][4];
  for (int g = 0; g < kGroups; ++g) {
    const __m256i w0 = load(c0 + i + avx2_width * g);
    const __m256i w1 = load(c1 + i + avx2_width * g);
    first_rounds(x[2 * g], w0, w1, s);
    first_rounds(x[2 * g + 1], _mm256_srli_epi64(w0, 32), _mm256_srli_epi64(w1, 32), s);
  }
  for (int r = 2; r < kRounds; ++r) {
    for (auto& chain : x) philox_round(chain, s, r);
  }
  for (int g = 0; g < kGroups; ++g) {
    for (int j = 0; j < 4; ++j) store(out[j] + i + avx2_width * g, x[2 * g][j], x[2 * g + 1][j]);
  }
}

}  // namespace

__attribute__((target("avx2"))) std::size_t philox_batch_avx2(
    std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1, std::uint32_t c2,
    std::uint32_t c3, const Key& key, std::uint32_t* out0, std::uint32_t* out1, std::uint32_t* out2,
    std::uint32_t* out3) {
  static_assert(avx2_width == 8);
  const Schedule s(BatchSchedule(c2, c3, key));
  std::uint32_t* const out[4] = {out0, out1, out2, out3};
  const std::size_t full = n - n % avx2_width;
  std::size_t i = 0;
  for (; i + 2 * avx2_width <= full; i += 2 * avx2_width) blocks<2>(i, c0, c1, s, out);
  if (i < full) blocks<1>(i, c0, c1, s, out);  // at most one group of eight is left
  return full;
}

}  // namespace groeipad::rng::detail

#endif  // GROEIPAD_RNG_HAVE_AVX2_KERNEL
