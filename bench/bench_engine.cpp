// Engine speed: one month step and a full 120-month projection of the baseline, at the
// start population (182,510 job seekers and the programme participants) and at 10x and
// 100x that, on 1 and 2 threads. items_per_second counts agent-months: persons simulated
// (job seekers and participants) times months.
//
//   build/release/bench/bench_engine --benchmark_repetitions=5 --benchmark_report_aggregates_only

#include <benchmark/benchmark.h>

#include <memory>

#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "simulation/month_step.hpp"

namespace {

groeipad::Scenario baseline(int scale) {
  groeipad::Scenario s =
      groeipad::io::read_scenario(GROEIPAD_SOURCE_DIR "/scenarios/baseline.toml");
  s.population_scale = scale;
  return s;
}

// Args: population scale, threads.
void BM_MonthStep(benchmark::State& state) {
  const groeipad::Scenario scenario = baseline(static_cast<int>(state.range(0)));
  groeipad::Replication replication(scenario, scenario.seed, 0, static_cast<int>(state.range(1)));
  std::int64_t agent_months = 0;
  for (auto _ : state) {
    const groeipad::MonthRecord r = replication.advance();
    agent_months += r.agent_months;
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(agent_months);
}
BENCHMARK(BM_MonthStep)
    ->ArgNames({"scale", "threads"})
    ->Args({1, 1})
    ->Args({1, 2})
    ->Args({10, 1})
    ->Args({10, 2})
    ->Args({100, 1})
    ->Args({100, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The 120 months of a projection, after the start population is built, with the widest
// instruction set the processor has and, on 2 threads, with each narrower one: the ratio
// of one run to another is the gain of the wider instructions. Args: population scale,
// threads, instruction set (0 plain loops and scalar Philox, 1 AVX2, 2 AVX-512; a set the
// processor lacks runs as the next narrower).
void BM_Projection120(benchmark::State& state) {
  const groeipad::Scenario scenario = baseline(static_cast<int>(state.range(0)));
  const auto threads = static_cast<int>(state.range(1));
  constexpr groeipad::rng::Kernel kSets[] = {
      groeipad::rng::Kernel::scalar, groeipad::rng::Kernel::avx2, groeipad::rng::Kernel::avx512};
  const groeipad::detail::StepTuning tuning{.instructions = kSets[state.range(2)]};
  std::int64_t agent_months = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto step =
        std::make_unique<groeipad::detail::MonthStep>(scenario, scenario.seed, 0, threads, tuning);
    state.ResumeTiming();
    for (int m = 1; m <= 120; ++m) agent_months += step->advance(m).agent_months;
    state.PauseTiming();
    step.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(agent_months);
}
BENCHMARK(BM_Projection120)
    ->ArgNames({"scale", "threads", "instructions"})
    ->Args({1, 1, 2})
    ->Args({1, 2, 2})
    ->Args({1, 2, 1})
    ->Args({1, 2, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// A whole run: replications of a 120-month projection in parallel, summarised, on
// all cores (Arg: replications). The figure is 200 replications.
void BM_Replications(benchmark::State& state) {
  const groeipad::Scenario scenario = baseline(1);
  std::int64_t agent_months = 0;
  for (auto _ : state) {
    const groeipad::RunResult result = groeipad::run(
        scenario,
        {.seed = scenario.seed, .replications = static_cast<int>(state.range(0)), .threads = 0});
    agent_months += result.agent_months;
    benchmark::DoNotOptimize(result.tables.summary(groeipad::Table::yearly));
  }
  state.SetItemsProcessed(agent_months);
}
BENCHMARK(BM_Replications)
    ->ArgName("replications")
    ->Arg(20)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1);

// Building the start population.
void BM_Synthesis(benchmark::State& state) {
  const groeipad::Scenario scenario = baseline(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    groeipad::Replication replication(scenario, scenario.seed, 0, 2);
    benchmark::DoNotOptimize(replication.start());
  }
}
BENCHMARK(BM_Synthesis)->Arg(1)->ArgName("scale")->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
