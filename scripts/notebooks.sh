#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless, top to bottom, with nbclient (Debian's
# python3-nbclient) and Debian's /usr/bin/python3 kernel; fails on the first error in any
# cell. Few replications unless GROEIPAD_REPLICATIONS says otherwise; the benchmark of
# 03-snelheid runs a short subset unless GROEIPAD_BENCH_FILTER says otherwise.
#
#   bash scripts/notebooks.sh           # check: outputs are thrown away
#   bash scripts/notebooks.sh --save    # keep the outputs in the notebooks (to commit)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${GROEIPAD_BUILD_DIR:-$PWD/build/release}
python=${GROEIPAD_PYTHON:-/usr/bin/python3}
if [[ ! -f $build/groeipad ]] || ! ls "$build"/python/groeipad/_groeipad*.so >/dev/null 2>&1; then
  echo "notebooks: no groeipad program or Python module in $build (build the release preset)" >&2
  exit 2
fi
export GROEIPAD_BUILD_DIR=$build
export PYTHONPATH=$build/python${PYTHONPATH:+:$PYTHONPATH}
export GROEIPAD_REPLICATIONS=${GROEIPAD_REPLICATIONS:-3}
export GROEIPAD_BENCH_FILTER=${GROEIPAD_BENCH_FILTER:-BM_MonthStep/scale:(1|10)/}
export GROEIPAD_BENCH_MIN_TIME=${GROEIPAD_BENCH_MIN_TIME:-0.05}
# Runs land in a scratch store, never in runs/ of the repository.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export GROEIPAD_DB=$scratch/runs.sqlite
export MPLBACKEND=module://matplotlib_inline.backend_inline
export PYDEVD_DISABLE_FILE_VALIDATION=1  # no debugger notice from every kernel
exec "$python" scripts/notebooks.py "$@" notebooks/*.ipynb
