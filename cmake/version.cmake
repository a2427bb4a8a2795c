# Engine version and the git commit it was built from, for manifests and the run store.
execute_process(
  COMMAND git rev-parse --short=12 HEAD
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  OUTPUT_VARIABLE GROEIPAD_GIT_COMMIT
  OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET)
if(NOT GROEIPAD_GIT_COMMIT)
  set(GROEIPAD_GIT_COMMIT "unknown")
endif()
configure_file(${CMAKE_SOURCE_DIR}/cmake/build_info.hpp.in
               ${CMAKE_BINARY_DIR}/generated/groeipad/build_info.hpp @ONLY)
