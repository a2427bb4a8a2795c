"""groeipad: growth-path projections of the Flemish social economy, from Python.

    import groeipad
    base = groeipad.load("scenarios/baseline.toml")
    result = groeipad.run(base, replications=20)
    result.monthly                 # DataFrame as monthly.csv
    result.values("monthly")       # rows x replications, NumPy, no copy
    groeipad.compare(base, [groeipad.load("scenarios/growth-2pct.toml")]).effects
    groeipad.calibrate(2010).targets     # Tabel 4 and the programmes: target vs fitted

Errors carry the command line's one-line messages: InputError (a ValueError) for bad
input, OutputError (an OSError) for a place that cannot be written, StoreError (an
OSError) for a run store that cannot be read.
"""

from ._groeipad import InputError, OutputError, StoreError, git_commit, version
from ._calibrate import Calibration, calibrate
from ._run import Comparison, Result, compare, run
from ._scenario import Scenario, load
from ._store import list_runs, show_run

__version__ = version

# Shown as groeipad.InputError in tracebacks, where users catch them.
for _error in (InputError, OutputError, StoreError):
    _error.__module__ = __name__

__all__ = [
    "Calibration", "Comparison", "InputError", "OutputError", "Result", "Scenario", "StoreError",
    "calibrate", "compare", "git_commit", "list_runs", "load", "run", "show_run", "version",
]
