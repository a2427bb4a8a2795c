#include "groeipad/rng/philox.hpp"

#include <Random123/philox.h>

namespace groeipad::rng {

Block philox(const Block& counter, const Key& key) {
  const r123::Philox4x32::ctr_type c = {{counter[0], counter[1], counter[2], counter[3]}};
  const r123::Philox4x32::key_type k = {{key[0], key[1]}};
  const auto r = r123::Philox4x32()(c, k);
  return Block{r[0], r[1], r[2], r[3]};
}

Kernel best_kernel() { return Kernel::scalar; }

void philox_batch(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1,
                      std::uint32_t c2, std::uint32_t c3, const Key& key, std::uint32_t* out0,
                      std::uint32_t* out1, std::uint32_t* out2, std::uint32_t* out3,
                      Kernel /*kernel*/) {
  // Placeholder scalar loop; the AVX2 kernel replaces the dispatch.
  for (std::size_t i = 0; i < n; ++i) {
    const Block r = philox(Block{c0[i], c1[i], c2, c3}, key);
    out0[i] = r[0];
    out1[i] = r[1];
    out2[i] = r[2];
    out3[i] = r[3];
  }
}

}  // namespace groeipad::rng
