#include "groeipad/rng/philox.hpp"

#include <Random123/philox.h>

#include "detail/philox_kernels.hpp"

namespace groeipad::rng {

Block philox(const Block& counter, const Key& key) {
  const r123::Philox4x32::ctr_type c = {{counter[0], counter[1], counter[2], counter[3]}};
  const r123::Philox4x32::key_type k = {{key[0], key[1]}};
  const auto r = r123::Philox4x32()(c, k);
  return Block{r[0], r[1], r[2], r[3]};
}

bool supported(Kernel kernel) {
  // Asked once per feature. __builtin_cpu_init makes the answer right even when this first
  // runs from another static initialiser, before libgcc's own has filled in the feature
  // bits; the feature tests also check that the operating system saves the registers.
  switch (kernel) {
    case Kernel::scalar:
      return true;
    case Kernel::avx2: {
#ifdef GROEIPAD_RNG_HAVE_AVX2_KERNEL
      static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2");
      }();
      return has;
#else
      return false;
#endif
    }
    case Kernel::avx512: {
#ifdef GROEIPAD_RNG_HAVE_AVX512_KERNEL
      static const bool has = [] {
        __builtin_cpu_init();
        // The engine's AVX-512 loops also use the byte and word instructions (BW).
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx2");
      }();
      return has;
#else
      return false;
#endif
    }
  }
  return false;
}

Kernel best_kernel() {
  static const Kernel best = supported(Kernel::avx512) ? Kernel::avx512
                             : supported(Kernel::avx2) ? Kernel::avx2
                                                       : Kernel::scalar;
  return best;
}

namespace detail {

void philox_batch_scalar(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1,
                         std::uint32_t c2, std::uint32_t c3, const Key& key, std::uint32_t* out0,
                         std::uint32_t* out1, std::uint32_t* out2, std::uint32_t* out3) {
  for (std::size_t i = 0; i < n; ++i) {
    const Block r = philox(Block{c0[i], c1[i], c2, c3}, key);
    out0[i] = r[0];
    out1[i] = r[1];
    out2[i] = r[2];
    out3[i] = r[3];
  }
}

}  // namespace detail

void philox_batch(std::size_t n, const std::uint32_t* c0, const std::uint32_t* c1, std::uint32_t c2,
                  std::uint32_t c3, const Key& key, std::uint32_t* out0, std::uint32_t* out1,
                  std::uint32_t* out2, std::uint32_t* out3, Kernel kernel) {
  // A kernel the processor lacks falls back to scalar: same numbers, no fault. The wide
  // kernels leave a tail of fewer counters than their width to the narrower ones.
  if (!supported(kernel)) kernel = Kernel::scalar;
  std::size_t done = 0;
#ifdef GROEIPAD_RNG_HAVE_AVX512_KERNEL
  if (kernel == Kernel::avx512) {
    done = detail::philox_batch_avx512(n, c0, c1, c2, c3, key, out0, out1, out2, out3);
  }
#endif
#ifdef GROEIPAD_RNG_HAVE_AVX2_KERNEL
  if (kernel == Kernel::avx2 || kernel == Kernel::avx512) {
    done += detail::philox_batch_avx2(n - done, c0 + done, c1 + done, c2, c3, key, out0 + done,
                                      out1 + done, out2 + done, out3 + done);
  }
#endif
  detail::philox_batch_scalar(n - done, c0 + done, c1 + done, c2, c3, key, out0 + done, out1 + done,
                              out2 + done, out3 + done);
}

}  // namespace groeipad::rng
