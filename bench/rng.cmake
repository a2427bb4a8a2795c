# benchmarks: rng
groeipad_add_benchmark(bench_rng SOURCES bench_rng.cpp LIBS groeipad::rng OpenMP::OpenMP_CXX)
