# The engine's threads: replications as TBB tasks, a replication's person loops in OpenMP.
groeipad_add_test(test_engine PARALLEL
  SOURCES
    unit/engine/test_population.cpp
    unit/engine/test_month_step.cpp
    unit/engine/test_determinism.cpp
    unit/engine/test_job_finding.cpp
    unit/engine/test_summary.cpp
    unit/engine/test_comparison.cpp
    unit/engine/test_checks.cpp
  LIBS groeipad::engine groeipad::io)
target_include_directories(test_engine PRIVATE ${CMAKE_SOURCE_DIR}/engine/src ${CMAKE_CURRENT_SOURCE_DIR})
