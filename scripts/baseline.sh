#!/usr/bin/env bash
# Installs what is missing, builds the release preset, and runs the baseline scenario:
# results in out/baseline/, a readable summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target groeipad >/dev/null
build/release/groeipad run scenarios/baseline.toml --out out/baseline "$@"
