# tests: scenario
groeipad_add_test(test_scenario
  SOURCES
    unit/scenario/test_capacity.cpp
    unit/scenario/test_capacity_equivalence.cpp
  LIBS groeipad::core)
