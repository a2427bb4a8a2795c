# tests: cli
# The built groeipad program run as a user runs it: exit codes, messages, output files.
groeipad_add_test(test_cli
  SOURCES integration/test_cli.cpp
  LIBS groeipad::core groeipad::output nlohmann_json::nlohmann_json)
add_dependencies(test_cli groeipad)

# The bad-input cases are listed from tests/data/bad when the tests are discovered, after
# test_cli is built: a case added or changed there rebuilds it, so CTest sees every case.
file(GLOB groeipad_bad_inputs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/data/bad/*.toml
  ${CMAKE_CURRENT_SOURCE_DIR}/data/bad/*.expected)
set_property(SOURCE integration/test_cli.cpp APPEND PROPERTY OBJECT_DEPENDS ${groeipad_bad_inputs})

# The run store from the command line: what `run` records, `runs list`, `runs show`.
groeipad_add_test(test_runs
  SOURCES integration/test_runs.cpp integration/isolated_run_store.cpp
  LIBS groeipad::core groeipad::output SQLite::SQLite3)
add_dependencies(test_runs groeipad)

# test_cli's runs record into a database of their own, never into the repository's runs/.
target_sources(test_cli PRIVATE integration/isolated_run_store.cpp)

# `compare`: paired differences of scenarios under common random numbers.
groeipad_add_test(test_compare
  SOURCES integration/test_compare.cpp integration/isolated_run_store.cpp
  LIBS groeipad::core)
add_dependencies(test_compare groeipad)

# `groeipad calibrate`: the committed parameters files are what it writes; its report.
groeipad_add_test(test_calibrate_cli
  SOURCES integration/test_calibrate_cli.cpp
  LIBS nlohmann_json::nlohmann_json)
add_dependencies(test_calibrate_cli groeipad)

# The bad-input corpus of calibration source data, read through `audit --data`; its cases
# are listed when the tests are discovered, as test_cli's are.
groeipad_add_test(test_bad_data SOURCES integration/test_bad_data.cpp LIBS groeipad::core)
add_dependencies(test_bad_data groeipad)
file(GLOB_RECURSE groeipad_bad_data CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/data/bad/data/*)
set_property(SOURCE integration/test_bad_data.cpp APPEND PROPERTY OBJECT_DEPENDS
  ${groeipad_bad_data})
