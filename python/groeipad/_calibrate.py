"""The calibration: every rate of the model fitted to the source tables of a year, as
`groeipad calibrate --json` reports it (calibration/README.md)."""

import json
import os

import pandas as pd

from . import _groeipad


class Calibration:
    """targets: DataFrame (name, stage, target, fitted, difference, source);
    parameters: dict (job_finding, shares, programmes, sources, ...);
    derived_shares, total_sensitivity, duration_sensitivity: DataFrames;
    audit: DataFrame of the source's inconsistencies with the value used and why;
    notes: list of str; report: the whole JSON report as a dict."""

    def __init__(self, report):
        self.report = report
        self.targets = pd.DataFrame(report["targets"],
                                    columns=["name", "stage", "target", "fitted", "difference",
                                             "source"])
        self.parameters = report["parameters"]
        self.derived_shares = pd.DataFrame(report["derived_shares"])
        self.total_sensitivity = pd.DataFrame(report["total_sensitivity"])
        rows = []
        for row in report["duration_sensitivity"]:
            flat = {"shape": row["shape"], "months": row["months"],
                    "long_term": row["long_term"], "sw_pool": row["sw_pool"]}
            flat.update(row["groups"])
            rows.append(flat)
        self.duration_sensitivity = pd.DataFrame(rows)
        self.audit = pd.DataFrame(report["audit"])
        self.notes = report["notes"]

    def __repr__(self):
        return (f"<groeipad.Calibration {self.report['year']}: {len(self.targets)} targets, "
                f"max |difference| {self.targets['difference'].abs().max():.3f}>")


def calibrate(year, population="year", shape="equal_steps", b24=-0.5, b60=-0.5, refine=True,
              sensitivity=True, seed=1, replications=8, threads=0,
              data="calibration/data", base="calibration/params/provisional-2011.toml"):
    """Fits the model to the source tables of `year` (2009 or 2010), as `groeipad calibrate`.

    population: "year" (the calibration year's job seekers) or 2011 (June 2011's);
    shape: the long-duration terms, "equal_steps", "single_step" or "fixed_long" (with
    b24, b60). Paths are relative to the working directory, as on the command line.
    Raises InputError with the command line's message for unreadable data or parameters.
    """
    population_year = 0 if population == "year" else int(population)
    text = _groeipad.calibrate(int(year), population_year, shape, float(b24), float(b60),
                               bool(refine), bool(sensitivity), int(seed), int(replications),
                               int(threads), os.fspath(data), os.fspath(base))
    return Calibration(json.loads(text))
