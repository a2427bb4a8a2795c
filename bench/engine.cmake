# benchmarks: engine
