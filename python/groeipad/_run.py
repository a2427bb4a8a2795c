"""run() and compare(): the engine called in this process, with the GIL released while
it runs, and its results as DataFrames in the format of the files the command line
writes."""

import os

from . import _groeipad
from ._frames import compared_frame, summary_frame
from ._scenario import as_scenario


class Result:
    """A finished run: summary tables, and each replication's values on request."""

    def __init__(self, outcome, scenario):
        self._outcome = outcome
        self._frames = {}
        self.scenario = scenario

    seed = property(lambda self: self._outcome.seed)
    replications = property(lambda self: self._outcome.replications)
    threads = property(lambda self: self._outcome.threads, doc="threads used")
    agent_months = property(lambda self: self._outcome.agent_months)
    wall_seconds = property(lambda self: self._outcome.wall_seconds,
                            doc="the engine's time, without building DataFrames")

    def table(self, name):
        """'monthly', 'jobseekers' or 'yearly', as in monthly.csv and so on."""
        if name not in self._frames:
            self._frames[name] = summary_frame(
                name, self._outcome.summary_columns(name))
        return self._frames[name]

    monthly = property(lambda self: self.table("monthly"))
    jobseekers = property(lambda self: self.table("jobseekers"))
    yearly = property(lambda self: self.table("yearly"))

    def values(self, name):
        """Rows x replications, float64, read-only, without a copy: row i is row i of
        table(name). The array keeps the run's memory alive as long as it lives."""
        return self._outcome.values(name)

    def write(self, out):
        """monthly.csv, jobseekers.csv, yearly.csv and manifest.json into `out`, as
        `groeipad run --out` writes them. Raises OutputError when it cannot."""
        self._outcome.write(os.fspath(out))

    def __repr__(self):
        return (f"<groeipad.Result {self.scenario.name!r}: {self.replications} "
                f"replications, seed {self.seed}>")


class Comparison:
    """Paired differences of alternatives against a base run with the same draws."""

    def __init__(self, outcome, base, alternatives):
        self._outcome = outcome
        runs = outcome.runs
        self.base = Result(runs[0], base)
        self.alternatives = [Result(r, s) for r, s in zip(runs[1:], alternatives)]
        self._frames = {}

    @property
    def results(self):
        """Every run by scenario name, the base included."""
        return {r.scenario.name: r for r in [self.base] + self.alternatives}

    def table(self, name):
        """'monthly' (as compare.csv) or 'yearly' (as compare_yearly.csv)."""
        if name not in self._frames:
            self._frames[name] = compared_frame(
                name, self._outcome.compared_columns(name))
        return self._frames[name]

    monthly = property(lambda self: self.table("monthly"))
    yearly = property(lambda self: self.table("yearly"))

    @property
    def effects(self):
        """Per alternative, over the horizon, what `groeipad compare` prints: measure
        vte_years, persons_reached, outflow_to_work, cost_eur and cost_per_work_eur
        (NaN when the replications disagree on more or fewer to work), each with its
        mean and 90 % interval."""
        import pandas as pd
        return pd.DataFrame(self._outcome.effects(),
                            columns=["scenario", "measure", "mean", "p05", "p95"])

    def write(self, out):
        """compare.csv and compare_yearly.csv into `out`, as `groeipad compare --out`."""
        self._outcome.write(os.fspath(out))


def run(scenario, seed=None, replications=None, threads=0):
    """Runs a scenario (a Scenario, a dict or a file path).

    seed and replications default to the scenario's; threads=0 uses all cores. The
    results do not depend on the number of threads.
    """
    scenario = as_scenario(scenario)
    outcome = _groeipad.run(scenario._input, seed, replications, threads)
    return Result(outcome, scenario)


def compare(base, alternatives, seed=None, replications=None, threads=0):
    """Runs the base and every alternative with the same seeds (common random numbers).

    The alternatives must have the base's start, months and population scale.
    """
    base = as_scenario(base)
    if not isinstance(alternatives, (list, tuple)):
        alternatives = [alternatives]
    alternatives = [as_scenario(a) for a in alternatives]
    outcome = _groeipad.compare(base._input, [a._input for a in alternatives],
                                seed, replications, threads)
    return Comparison(outcome, base, alternatives)
