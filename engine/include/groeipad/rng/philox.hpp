#pragma once
// Counter-based random numbers: Philox4x32-10 (Salmon et al., Random123). Every draw
// in groeipad is a pure function of a key {seed, replication} and a counter that names
// the person, the month and the purpose (stream.hpp), so results do not depend on
// thread count or order of evaluation.

#include <array>
#include <cstddef>
#include <cstdint>

namespace groeipad::rng {

using Block = std::array<std::uint32_t, 4>;
using Key = std::array<std::uint32_t, 2>;

// One Philox4x32-10 block; bit-identical to Random123's philox4x32(ctr, key).
Block philox(const Block& counter, const Key& key);

// Which implementation the batch function uses.
enum class Kernel { scalar, avx2, avx512 };

// Whether this processor runs the kernel (scalar: always).
bool supported(Kernel kernel);

// The fastest kernel this processor supports: AVX-512 where present, else AVX2, else scalar.
Kernel best_kernel();

// Blocks for n counters {c0[i], c1[i], c2, c3}: out_j[i] = philox4x32(counter_i, key)[j].
// All kernels give identical numbers; `kernel` selects one (for tests and benchmarks).
void philox_batch(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1, std::uint32_t c2,
                  std::uint32_t c3, const Key& key, std::uint32_t* out0, std::uint32_t* out1,
                  std::uint32_t* out2, std::uint32_t* out3, Kernel kernel = best_kernel());

}  // namespace groeipad::rng
