# The Python module's pytest suite, one CTest test per file, and the notebooks run top to
# bottom; both only when the module is built, and not under the sanitizers (Python itself
# is not built with them).
if(NOT TARGET groeipad_python OR GROEIPAD_SANITIZE)
  return()
endif()

set(python_environment
  "PYTHONPATH=${GROEIPAD_PYTHON_DIR}"
  "GROEIPAD_CLI=$<TARGET_FILE:groeipad>"
  "GROEIPAD_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
  "PYTHONDONTWRITEBYTECODE=1")

foreach(suite test_calibrate test_errors test_frames test_gil test_same_as_cli test_scenarios
    test_store)
  add_test(NAME python.${suite}
    COMMAND ${GROEIPAD_PYTHON_EXECUTABLE} -m pytest -q -p no:cacheprovider
      ${CMAKE_CURRENT_SOURCE_DIR}/python/${suite}.py
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(python.${suite} PROPERTIES
    ENVIRONMENT "${python_environment}" LABELS python TIMEOUT 600)
endforeach()

# Every notebook executed headless with few replications; fails on any error in a cell.
add_test(NAME notebooks
  COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/notebooks.sh
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(notebooks PROPERTIES
  ENVIRONMENT "${python_environment};GROEIPAD_BUILD_DIR=${CMAKE_BINARY_DIR};GROEIPAD_REPLICATIONS=3;GROEIPAD_PYTHON=${GROEIPAD_PYTHON_EXECUTABLE}"
  LABELS notebooks TIMEOUT 1200)
