// Calibration speed: `groeipad calibrate --year Y` as the library runs it, with and
// without the sensitivity tables (three duration shapes projected 120 months), reading
// the source data and base parameters once outside the timing. The target: one year in
// under 10 seconds on a 2-core machine.
//
//   build/release/bench/bench_calibrate --benchmark_repetitions=3
//   --benchmark_report_aggregates_only

#include <benchmark/benchmark.h>

#include <filesystem>

#include "groeipad/calibration/calibrate.hpp"
#include "groeipad/io/parameters_reader.hpp"
#include "groeipad/io/source_table.hpp"

namespace {

const std::filesystem::path kSource = GROEIPAD_SOURCE_DIR;

groeipad::calibration::SourceData source_data() {
  return groeipad::calibration::SourceData(
      groeipad::io::read_source_directory(kSource / "calibration" / "data"));
}

// Args: year, sensitivity tables (0 or 1).
void BM_Calibrate(benchmark::State& state) {
  const groeipad::calibration::SourceData data = source_data();
  const groeipad::Parameters base =
      groeipad::io::read_parameters(kSource / "calibration" / "params" / "provisional-2011.toml");
  groeipad::calibration::CalibrationOptions options;
  options.year = static_cast<int>(state.range(0));
  options.population_year = options.year;
  options.sensitivity = state.range(1) != 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(groeipad::calibration::calibrate(data, base, options));
  }
}
BENCHMARK(BM_Calibrate)
    ->ArgNames({"year", "sensitivity"})
    ->Args({2010, 0})
    ->Args({2010, 1})
    ->Args({2009, 1})
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
