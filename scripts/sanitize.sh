#!/usr/bin/env bash
# Builds the tests under the sanitizers and runs them; any report fails the run.
#   asan: AddressSanitizer + UndefinedBehaviorSanitizer (g++), every test. UBSan does not
#         recover (-fno-sanitize-recover), so a report ends the test that caused it.
#   tsan: ThreadSanitizer (clang), the tests labelled `parallel`: the programs that run
#         the engine's threads. clang links LLVM's OpenMP runtime, whose Archer tool
#         (OMP_TOOL_LIBRARIES, set by the tsan test preset) tells TSan about OpenMP's
#         barriers; GCC's libgomp is not instrumented and would be reported as racing.
# The other tests run the groeipad program in a child process or use no threads; under
# asan they run all the same. Left out of tsan (the test preset's filter): the tests that
# run replications side by side (Comparison.*, Replications.*, ResumedRun.*). TBB hands a replication's
# task to another thread inside libtbb, which is not instrumented, so TSan reports the
# main thread's writes before the parallel_for as racing with the task's reads; the wait
# at its end is annotated (tests/support/tsan_tbb.cpp) and TBB's own task set-up is
# suppressed (tests/tsan.supp), but the replication's first reads cannot be told apart
# from a real race without an instrumented libtbb. Usage: sanitize.sh [asan|tsan]... (default: both).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

presets=("$@")
[[ ${#presets[@]} -gt 0 ]] || presets=(asan tsan)

for preset in "${presets[@]}"; do
  echo "sanitize: ${preset}" >&2
  cmake --preset "$preset" >/dev/null
  case $preset in
    asan) cmake --build --preset asan >/dev/null ;;
    tsan) cmake --build --preset tsan --target parallel_tests >/dev/null ;;
    *) echo "sanitize: unknown preset ${preset}, expected asan or tsan" >&2; exit 2 ;;
  esac
  ctest --preset "$preset" --parallel 2 --no-tests=error
done
