# tests: rng
groeipad_add_test(test_rng
  SOURCES
    unit/rng/test_philox.cpp
    unit/rng/test_philox_statistics.cpp
    unit/rng/test_stream.cpp
    unit/rng/test_stream_known_answer.cpp
  LIBS groeipad::rng)
