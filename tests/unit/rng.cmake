# tests: rng
