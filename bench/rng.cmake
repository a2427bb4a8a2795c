# benchmarks: rng
