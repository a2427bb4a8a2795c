#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over the engine, the apps, the calibration
# and the Python module, headers included, with the compile commands of the release preset.
# Fails when clang-tidy reports any warning or error. Extra arguments go to run-clang-tidy
# (for instance -j 2).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v run-clang-tidy >/dev/null; then
  echo "tidy: run-clang-tidy not found (Debian: apt-get install clang-tidy)" >&2
  exit 2
fi

# Configure when there are no compile commands yet, or the CMake files changed since.
commands=build/release/compile_commands.json
if [[ ! -f $commands ]] || [[ -n $(find CMakeLists.txt CMakePresets.json cmake engine apps \
    bench tests python \( -name CMakeLists.txt -o -name '*.cmake' -o -name CMakePresets.json \) \
    -newer "$commands" -print -quit) ]]; then
  cmake --preset release >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
run-clang-tidy -p build/release -quiet "$@" 'engine/|apps/|calibration/src/|python/src/' >"$log" 2>&1 || status=$?
cat "$log"
if grep -q -E 'warning:|error:' "$log"; then
  count=$(grep -E 'warning:|error:' "$log" | sort -u | wc -l)
  echo "tidy: clang-tidy reported ${count} distinct warnings or errors" >&2
  exit 1
fi
exit "$status"
