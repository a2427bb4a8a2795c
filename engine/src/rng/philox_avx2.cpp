// AVX2 kernel: to be written.
