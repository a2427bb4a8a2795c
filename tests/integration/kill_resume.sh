#!/usr/bin/env bash
# kill -9 at random (seeded) moments of a multi-replication run, then `run --resume`:
# after every kill no final path may hold a partial file (the results directory is
# whole, its CSV files the bytes of an uninterrupted run, or it is not there), and the
# resumed run must write the bytes of an uninterrupted run — the manifest too, but for
# its timing (wall_seconds, agent_months_per_second) — and be recorded exactly once.
#
# Usage: kill_resume.sh GROEIPAD [TRIALS]   (from the repository root)
set -euo pipefail

groeipad=$1
trials=${2:-20}
scenario=tests/data/cli/short.toml
replications=12
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

arguments=(run "$scenario" --replications "$replications" --threads 2 --quiet)
fail() { echo "kill_resume: trial $trial: $*" >&2; exit 1; }
without_timing() { grep -v -E '"(wall_seconds|agent_months_per_second)"' "$1"; }
runs_in() { "$groeipad" runs list --db "$1" | tail -n +2 | wc -l; }

# The results directory, if there, is whole and the reference's.
check_final() {
  local out=$1
  [[ -e $out ]] || return 0
  for name in monthly.csv jobseekers.csv yearly.csv; do
    [[ -f $out/$name ]] || fail "$out is there without $name"
    cmp -s "$work/ref/$name" "$out/$name" || fail "$out/$name differs from the reference"
  done
  [[ -f $out/manifest.json ]] || fail "$out is there without manifest.json"
  diff <(without_timing "$work/ref/manifest.json") <(without_timing "$out/manifest.json") \
    >/dev/null || fail "$out/manifest.json differs from the reference"
}

trial=0
began=$(date +%s%N)
"$groeipad" "${arguments[@]}" --out "$work/ref" --db "$work/ref.sqlite" >/dev/null
reference_ns=$(($(date +%s%N) - began))

RANDOM=20111025 # the kill moments: the same fractions of the reference's time every run
mid_run=0
for ((trial = 1; trial <= trials; trial++)); do
  out=$work/$trial/out
  db=$work/$trial/runs.sqlite
  mkdir -p "$work/$trial"
  delay_ns=$((RANDOM * reference_ns / 32768))
  # The program itself in the background (not a function or subshell), so that the kill
  # reaches it.
  "$groeipad" "${arguments[@]}" --out "$out" --db "$db" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%09d' $((delay_ns / 1000000000)) $((delay_ns % 1000000000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true

  check_final "$out"
  # Killed after it had finished (results written and recorded, checkpoint gone): the
  # resumed run is then a run of its own, recorded as a second one.
  expected_runs=1
  if [[ -e $out && ! -e $out.partial ]]; then
    [[ $(runs_in "$db") -eq 1 ]] || fail "a finished run recorded $(runs_in "$db") times"
    expected_runs=2
  fi
  kept=0 # before the process made its checkpoint there is none
  if [[ -d $out.partial ]]; then kept=$(find "$out.partial" -name 'replication-*.txt' | wc -l); fi
  if ((kept > 0 && kept < replications)); then mid_run=$((mid_run + 1)); fi

  "$groeipad" "${arguments[@]}" --out "$out" --db "$db" --resume >"$work/$trial/log" 2>&1 ||
    fail "the resumed run failed: $(cat "$work/$trial/log")"
  check_final "$out"
  [[ -e $out ]] || fail "no results after the resumed run"
  [[ ! -e $out.partial ]] || fail "$out.partial is left after the resumed run"
  [[ $(runs_in "$db") -eq $expected_runs ]] ||
    fail "$(runs_in "$db") runs recorded, expected $expected_runs"
  leftovers=$(find "$work/$trial" -mindepth 1 -maxdepth 1 -name '.*' | wc -l)
  ((leftovers == 0)) || fail "temporary files left beside the results"
done

# Kills before the first replication finished or after the last prove less; the seeded
# moments put most of them mid-run whatever the machine's speed.
if ((mid_run < trials / 4)); then
  echo "kill_resume: only $mid_run of $trials kills landed mid-run" >&2
  exit 1
fi
echo "kill_resume: $trials trials, $mid_run killed mid-run, every resume byte-identical"
