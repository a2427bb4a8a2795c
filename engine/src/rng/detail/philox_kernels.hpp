#pragma once
// The batch kernels behind rng::philox_batch, which picks one (philox.cpp). All take the
// arguments of philox_batch and give bit-identical blocks.

#include <cstddef>
#include <cstdint>

#include "groeipad/rng/philox.hpp"

namespace groeipad::rng::detail {

// All n counters, one block at a time; runs on any processor.
void philox_batch_scalar(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1,
                         std::uint32_t c2, std::uint32_t c3, const Key& key, std::uint32_t* out0,
                         std::uint32_t* out1, std::uint32_t* out2, std::uint32_t* out3);

// Random123's constants for Philox4x32: the round multipliers and the Weyl sequence that
// bumps the key between rounds.
inline constexpr std::uint32_t kMultiplier0 = 0xD2511F53;
inline constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57;
inline constexpr std::uint32_t kWeyl0 = 0x9E3779B9;
inline constexpr std::uint32_t kWeyl1 = 0xBB67AE85;
inline constexpr int kRounds = 10;

// What every counter of a batch shares, for the vector kernels to broadcast: the round
// keys and the first two rounds' constants.
//
// Words 2 and 3 of the counter are the same for all counters, so the first round's
// product M1 * c2 is too, and with it word 1 after that round. Folding them in leaves
//   round 1: x0 = c1 ^ first0, x1 = lo(M1 * c2), x2 = hi(M0 * c0) ^ first2, x3 = lo(M0 * c0)
//   round 2: x0 = hi(M1 * x2) ^ second0 (x1 ^ k0 is constant), x1..x3 as usual,
// which saves a sixteenth of the vector work.
struct BatchSchedule {
  std::uint32_t key0[kRounds];  // NOLINT(*-avoid-c-arrays): mirrors the kernels' registers
  std::uint32_t key1[kRounds];  // NOLINT(*-avoid-c-arrays)
  std::uint32_t first0;
  std::uint32_t first2;
  std::uint32_t second0;

  constexpr BatchSchedule(std::uint32_t c2, std::uint32_t c3, const Key& key)
      : key0{}, key1{}, first0(0), first2(c3 ^ key[1]), second0(0) {
    std::uint32_t k0 = key[0];
    std::uint32_t k1 = key[1];
    for (int r = 0; r < kRounds; ++r) {
      key0[r] = k0;
      key1[r] = k1;
      k0 += kWeyl0;
      k1 += kWeyl1;
    }
    const std::uint64_t shared = std::uint64_t{kMultiplier1} * c2;
    first0 = static_cast<std::uint32_t>(shared >> 32U) ^ key[0];
    second0 = static_cast<std::uint32_t>(shared) ^ (key[0] + kWeyl0);
  }
};

#if defined(__x86_64__) || defined(__i386__)
#define GROEIPAD_RNG_HAVE_AVX2_KERNEL 1

// The AVX2 kernel works on whole groups of this many counters.
inline constexpr std::size_t avx2_width = 8;

// The first n - n % avx2_width counters; returns how many it did, and the caller finishes
// the rest with the scalar kernel. Only for processors with AVX2.
std::size_t philox_batch_avx2(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1,
                              std::uint32_t c2, std::uint32_t c3, const Key& key,
                              std::uint32_t* out0, std::uint32_t* out1, std::uint32_t* out2,
                              std::uint32_t* out3);

#define GROEIPAD_RNG_HAVE_AVX512_KERNEL 1

// The AVX-512 kernel works on whole groups of this many counters.
inline constexpr std::size_t avx512_width = 16;

// The first n - n % avx512_width counters, as philox_batch_avx2. Only for processors with
// AVX-512 (the foundation instructions).
std::size_t philox_batch_avx512(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1,
                                std::uint32_t c2, std::uint32_t c3, const Key& key,
                                std::uint32_t* out0, std::uint32_t* out1, std::uint32_t* out2,
                                std::uint32_t* out3);
#endif

}  // namespace groeipad::rng::detail
