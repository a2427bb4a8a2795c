# tests: io
groeipad_add_test(test_io
  SOURCES
    unit/io/test_parameters_reader.cpp
    unit/io/test_scenario_reader.cpp
    unit/io/test_scenario_capacity.cpp
    unit/io/test_scenario_inheritance.cpp
  LIBS groeipad::io groeipad::core)
