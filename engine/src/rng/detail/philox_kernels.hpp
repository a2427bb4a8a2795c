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
