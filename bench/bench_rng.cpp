// Throughput of the Philox batch kernels, counted in 32-bit words (four per counter).
//
//   bench_rng --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include <benchmark/benchmark.h>
#include <omp.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "groeipad/rng/philox.hpp"
#include "groeipad/rng/stream.hpp"

namespace {

using groeipad::rng::Kernel;

// Counters shaped like the simulation's monthly draws: person index, stream word, month,
// seed high word.
struct Batch {
  explicit Batch(std::size_t n)
      : c0(n),
        c1(n, groeipad::rng::stream_word(0, groeipad::rng::Stream::monthly)),
        out0(n),
        out1(n),
        out2(n),
        out3(n) {
    for (std::size_t i = 0; i < n; ++i) c0[i] = static_cast<std::uint32_t>(i);
  }

  // Counters [begin, end).
  void run(std::size_t begin, std::size_t end, Kernel kernel) {
    groeipad::rng::philox_batch(end - begin, c0.data() + begin, c1.data() + begin, 17, 0, key,
                                out0.data() + begin, out1.data() + begin, out2.data() + begin,
                                out3.data() + begin, kernel);
  }

  std::vector<std::uint32_t> c0, c1, out0, out1, out2, out3;
  groeipad::rng::Key key{0x2545F491, 1};
};

bool runnable(benchmark::State& state, Kernel kernel) {
  if (!groeipad::rng::supported(kernel)) {
    state.SkipWithError("this processor lacks the kernel's instructions");
    return false;
  }
  return true;
}

// One thread, a batch that stays in L1/L2 cache: the kernel's own speed.
void BM_PhiloxBatch(benchmark::State& state, Kernel kernel) {
  if (!runnable(state, kernel)) return;
  constexpr std::size_t kCounters = 4096;
  Batch batch(kCounters);
  for (auto _ : state) {
    batch.run(0, kCounters, kernel);
    benchmark::DoNotOptimize(batch.out0.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(4 * kCounters));
}
BENCHMARK_CAPTURE(BM_PhiloxBatch, scalar, Kernel::scalar);
BENCHMARK_CAPTURE(BM_PhiloxBatch, avx2, Kernel::avx2);
BENCHMARK_CAPTURE(BM_PhiloxBatch, avx512, Kernel::avx512);

// 2^20 counters split evenly over state.range(0) OpenMP threads; wall-clock time, so
// items_per_second is the combined rate.
void BM_PhiloxBatchThreads(benchmark::State& state, Kernel kernel) {
  if (!runnable(state, kernel)) return;
  constexpr std::size_t kCounters = std::size_t{1} << 20U;
  const int threads = static_cast<int>(state.range(0));
  Batch batch(kCounters);
  for (auto _ : state) {
#pragma omp parallel num_threads(threads)
    {
      const auto t = static_cast<std::size_t>(omp_get_thread_num());
      const auto count = static_cast<std::size_t>(omp_get_num_threads());
      batch.run(kCounters * t / count, kCounters * (t + 1) / count, kernel);
    }
    benchmark::DoNotOptimize(batch.out0.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(4 * kCounters));
}
BENCHMARK_CAPTURE(BM_PhiloxBatchThreads, scalar, Kernel::scalar)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_PhiloxBatchThreads, avx2, Kernel::avx2)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_PhiloxBatchThreads, avx512, Kernel::avx512)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime();

}  // namespace
