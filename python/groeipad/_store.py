"""The run store: the runs `groeipad run` and `groeipad compare` recorded, read-only.

db defaults to $GROEIPAD_DB when set and not empty, otherwise runs/groeipad.sqlite
under the working directory, as on the command line.
"""

import os

import pandas as pd

from . import _groeipad
from ._frames import stored_frame


def _database(db):
    return os.fspath(db) if db is not None else os.fspath(_groeipad.default_database())


def list_runs(db=None):
    """Every run, the newest first: id, kind, scenario, started_utc, replications, seed,
    wall_seconds, agent_months_per_second, engine_version, git_commit."""
    rows = _groeipad.list_runs(_database(db))
    columns = ["id", "kind", "scenario", "started_utc", "replications", "seed",
               "wall_seconds", "agent_months_per_second", "engine_version", "git_commit"]
    return pd.DataFrame(rows, columns=columns)


def show_run(run_id, db=None):
    """A run's facts as a dict; its tables under 'tables', by name, as DataFrames.
    Raises KeyError for an unknown id."""
    facts = _groeipad.show_run(_database(db), int(run_id))
    facts["tables"] = {name: stored_frame(name, rows)
                       for name, rows in facts["tables"].items()}
    return facts
