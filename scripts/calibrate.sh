#!/usr/bin/env bash
# Regenerates the calibrated parameters files from the source data (calibration/data)
# and the base assumptions (calibration/params/provisional-2011.toml):
#   calibrated-2010.toml  2010's job seekers and rates: the in-sample backtest of 2010
#   calibrated-2009.toml  2009's: the out-of-sample forecast of 2010
#   groeipad-2011.toml    June 2011's job seekers with 2010's rates: the projections
# A test checks that the committed files are what this script writes.
set -euo pipefail
cd "$(dirname "$0")/.."
groeipad=${GROEIPAD:-build/release/groeipad}
"$groeipad" calibrate --year 2010 --no-sensitivity --out calibration/params/calibrated-2010.toml >/dev/null
"$groeipad" calibrate --year 2009 --no-sensitivity --out calibration/params/calibrated-2009.toml >/dev/null
"$groeipad" calibrate --year 2010 --population 2011 --no-sensitivity \
  --out calibration/params/groeipad-2011.toml >/dev/null
