// Philox4x32-10 for thirty-two or sixteen counters at a time with AVX-512, bit-identical
// to Random123.
//
// The layout is the AVX2 kernel's (philox_avx2.cpp) at twice the width: a register holds
// one word of eight counters, one counter per 64-bit lane, in the lane's low half, and
// _mm512_mul_epu32 gives each lane's full 64-bit product. What AVX-512 adds is the
// three-input logic instruction: a round's "hi ^ x ^ k" is one instruction instead of
// two, a quarter fewer instructions per round, and 32 registers hold the round keys and
// four chains without spilling.
//
// As with AVX2, the target attribute enables AVX-512 for these functions alone, and
// philox.cpp calls them only where the processor has it.

#include "detail/philox_kernels.hpp"

#ifdef GROEIPAD_RNG_HAVE_AVX512_KERNEL

// GCC 12's AVX-512 intrinsics fill unused result lanes from a deliberately uninitialised
// register (_mm512_undefined_epi32), which its own -Wmaybe-uninitialized then reports at
// every inlined call (GCC bug 105593, fixed in GCC 13).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <immintrin.h>

namespace groeipad::rng::detail {
namespace {

#define GROEIPAD_AVX512 __attribute__((target("avx512f")))

constexpr int kXor3 = 0x96;  // the truth table of a ^ b ^ c for _mm512_ternarylogic_epi32

GROEIPAD_AVX512 inline __m512i broadcast(std::uint32_t word) {
  return _mm512_set1_epi32(static_cast<int>(word));
}

GROEIPAD_AVX512 inline __m512i xor3(__m512i a, __m512i b, __m512i c) {
  return _mm512_ternarylogic_epi32(a, b, c, kXor3);
}

// The batch's shared words (BatchSchedule, philox_kernels.hpp) and the multipliers, in
// registers.
struct Schedule {
  GROEIPAD_AVX512 explicit Schedule(const BatchSchedule& words) {
    for (int r = 0; r < kRounds; ++r) {
      k0[r] = broadcast(words.key0[r]);
      k1[r] = broadcast(words.key1[r]);
    }
    first0 = broadcast(words.first0);
    first2 = broadcast(words.first2);
    second0 = broadcast(words.second0);
  }

  __m512i m0 = broadcast(kMultiplier0);
  __m512i m1 = broadcast(kMultiplier1);
  __m512i k0[kRounds];
  __m512i k1[kRounds];
  __m512i first0;
  __m512i first2;
  __m512i second0;
};

// Rounds 1 and 2 on eight counters whose words 0 and 1 are w0 and w1.
GROEIPAD_AVX512 inline void first_rounds(__m512i (&x)[4], __m512i w0, __m512i w1,
                                         const Schedule& s) {
  const __m512i p0 = _mm512_mul_epu32(w0, s.m0);
  const __m512i x0 = _mm512_xor_si512(w1, s.first0);
  const __m512i x2 = _mm512_xor_si512(_mm512_srli_epi64(p0, 32), s.first2);
  const __m512i q0 = _mm512_mul_epu32(x0, s.m0);
  const __m512i q1 = _mm512_mul_epu32(x2, s.m1);
  x[0] = _mm512_xor_si512(_mm512_srli_epi64(q1, 32), s.second0);
  x[1] = q1;
  x[2] = xor3(_mm512_srli_epi64(q0, 32), p0, s.k1[1]);
  x[3] = q0;
}

// One round on eight counters, as Random123's _philox4x32round:
//   {hi(M1 * x2) ^ x1 ^ k0, lo(M1 * x2), hi(M0 * x0) ^ x3 ^ k1, lo(M0 * x0)}.
GROEIPAD_AVX512 inline void philox_round(__m512i (&x)[4], const Schedule& s, int r) {
  const __m512i p0 = _mm512_mul_epu32(x[0], s.m0);
  const __m512i p1 = _mm512_mul_epu32(x[2], s.m1);
  x[0] = xor3(_mm512_srli_epi64(p1, 32), x[1], s.k0[r]);
  x[1] = p1;
  x[2] = xor3(_mm512_srli_epi64(p0, 32), x[3], s.k1[r]);
  x[3] = p0;
}

// Sixteen words from the low halves of the even (`even`) and odd (`odd`) counters' lanes.
GROEIPAD_AVX512 inline void store(std::uint32_t* out, __m512i even, __m512i odd) {
  const __m512i words = _mm512_mask_blend_epi32(0xAAAA, even, _mm512_slli_epi64(odd, 32));
  _mm512_storeu_si512(out, words);
}

GROEIPAD_AVX512 inline __m512i load(const std::uint32_t* in) { return _mm512_loadu_si512(in); }

// Counters [i, i + 16 * kGroups); two groups (four chains) keep the vector units busy
// while each chain waits on its last multiply.
template <int kGroups>
GROEIPAD_AVX512 inline void blocks(std::size_t i, const std::uint32_t* c0, const std::uint32_t* c1,
                                   const Schedule& s, std::uint32_t* const (&out)[4]) {
  __m512i x[2 * kGroups][4];
  for (int g = 0; g < kGroups; ++g) {
    const __m512i w0 = load(c0 + i + avx512_width * g);
    const __m512i w1 = load(c1 + i + avx512_width * g);
    first_rounds(x[2 * g], w0, w1, s);
    first_rounds(x[2 * g + 1], _mm512_srli_epi64(w0, 32), _mm512_srli_epi64(w1, 32), s);
  }
  for (int r = 2; r < kRounds; ++r) {
    for (auto& chain : x) philox_round(chain, s, r);
  }
  for (int g = 0; g < kGroups; ++g) {
    for (int j = 0; j < 4; ++j) {
      store(out[j] + i + avx512_width * g, x[2 * g][j], x[2 * g + 1][j]);
    }
  }
}

}  // namespace

GROEIPAD_AVX512 std::size_t philox_batch_avx512(std::size_t n, const std::uint32_t* c0,
                                                const std::uint32_t* c1, std::uint32_t c2,
                                                std::uint32_t c3, const Key& key,
                                                std::uint32_t* out0, std::uint32_t* out1,
                                                std::uint32_t* out2, std::uint32_t* out3) {
  static_assert(avx512_width == 16);
  const Schedule s(BatchSchedule(c2, c3, key));
  std::uint32_t* const out[4] = {out0, out1, out2, out3};
  const std::size_t full = n - n % avx512_width;
  std::size_t i = 0;
  for (; i + 2 * avx512_width <= full; i += 2 * avx512_width) blocks<2>(i, c0, c1, s, out);
  if (i < full) blocks<1>(i, c0, c1, s, out);  // at most one group of sixteen is left
  return full;
}

}  // namespace groeipad::rng::detail

#endif  // GROEIPAD_RNG_HAVE_AVX512_KERNEL
