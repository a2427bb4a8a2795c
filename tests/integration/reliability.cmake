# tests: reliability
# Checks, checkpoints and --resume, a full disk, --dry-run and the memory limit.
groeipad_add_test(test_reliability
  SOURCES integration/test_reliability.cpp
  LIBS groeipad::core)
add_dependencies(test_reliability groeipad)

# kill -9 at seeded random moments of a multi-replication run, then --resume: the results
# must be the bytes of an uninterrupted run, and no final path may ever hold a partial file.
add_test(NAME kill_resume
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/integration/kill_resume.sh $<TARGET_FILE:groeipad>
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(kill_resume PROPERTIES TIMEOUT 300 LABELS kill_resume)
