#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, AddressSanitizer + UBSan) and runs each
# for a bounded time, seeded from the project's own files. Fails on any crash, sanitizer
# report, hang, or reader message that is not one line; libFuzzer leaves the input that
# did it in build/fuzz/artifacts/TARGET/ (replay: build/fuzz/fuzz/TARGET FILE).
# Usage: fuzz.sh [SECONDS] (default 60 per target; the two targets run side by side).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/setup.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_scenario fuzz_source_table >/dev/null

# Copies the seeds into the target's corpus directory, where libFuzzer also keeps what it
# finds (so a second local run goes on from there), then fuzzes in the background.
start() {
  local target=$1 pattern=$2
  shift 2
  local dir=build/fuzz/work/$target
  mkdir -p "$dir/corpus" "$dir/artifacts"
  # Seeds named by their path, as several share a file name (figures.csv).
  local seed
  while IFS= read -r seed; do
    cp "$seed" "$dir/corpus/seed-${seed//\//-}"
  done < <(find "$@" -type f -name "$pattern")
  # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: libFuzzer's default.
  build/fuzz/fuzz/"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$dir/log" 2>&1 &
}

# Executions and speed from libFuzzer's final statistics; the log's end when it failed.
report() {
  local target=$1 status=$2 log=build/fuzz/work/$1/log
  local runs speed
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  if [[ $status -ne 0 ]]; then
    tail -n 40 "$log" >&2
    echo "fuzz: ${target} failed (exit ${status}); the input is in build/fuzz/work/${target}/artifacts/" >&2
    return 1
  fi
  echo "fuzz: ${target}: ${runs:-?} executions in ${seconds} s, ${speed:-?} per second, no crash"
}

start fuzz_scenario '*.toml' scenarios tests/data/bad tests/data/cli tests/data/io
pid_scenario=$!
start fuzz_source_table '*.csv' calibration/data tests/data/bad/data
pid_table=$!
status_scenario=0
status_table=0
wait "$pid_scenario" || status_scenario=$?
wait "$pid_table" || status_table=$?
failed=0
report fuzz_scenario "$status_scenario" || failed=1
report fuzz_source_table "$status_table" || failed=1
exit "$failed"
