# tests: output
groeipad_add_test(test_output
  SOURCES
    unit/output/test_sha256.cpp
    unit/output/test_csv.cpp
    unit/output/test_output_directory.cpp
    unit/output/test_checkpoint.cpp
  LIBS groeipad::output)
