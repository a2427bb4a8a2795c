"""The engine's tables as pandas DataFrames in the long format of the CSV files.

Columns and their order are those of the files' headers; periods stay as the files
write them ('YYYY-MM' strings for months, integer years, as pandas reads the files);
every statistic is float64 at full precision (the files round to three decimals).
"""

import numpy as np
import pandas as pd

# (period column, unit column) of each summary table, as in the CSV headers.
SUMMARY_COLUMNS = {
    "monthly": ("month", "programme"),
    "jobseekers": ("month", "group"),
    "yearly": ("year", "programme"),
}
STATISTICS = ["mean", "p05", "p50", "p95"]
COMPARED = ["base_mean", "alt_mean", "diff_mean", "diff_p05", "diff_p95"]


def _periods(periods, period_column):
    if period_column == "year":
        return np.asarray(periods, dtype=np.int64)
    return np.asarray(periods, dtype=object)


def summary_frame(table, columns):
    """monthly.csv, jobseekers.csv or yearly.csv from (periods, units, metrics, stats)."""
    periods, units, metrics, stats = columns
    period_column, unit_column = SUMMARY_COLUMNS[table]
    data = {
        period_column: _periods(periods, period_column),
        unit_column: np.asarray(units, dtype=object),
        "metric": np.asarray(metrics, dtype=object),
    }
    for i, name in enumerate(STATISTICS):
        data[name] = stats[:, i]
    return pd.DataFrame(data)


def compared_frame(table, columns):
    """compare.csv (table 'monthly') or compare_yearly.csv (table 'yearly')."""
    scenarios, periods, units, metrics, stats = columns
    period_column = "year" if table == "yearly" else "month"
    data = {
        "scenario": np.asarray(scenarios, dtype=object),
        period_column: _periods(periods, period_column),
        "programme": np.asarray(units, dtype=object),
        "metric": np.asarray(metrics, dtype=object),
    }
    for i, name in enumerate(COMPARED):
        data[name] = stats[:, i]
    return pd.DataFrame(data)


def stored_frame(name, rows):
    """A table of the run store: its period and unit columns named as in the files."""
    kind = name.split(":", 1)[0]
    period_column, unit_column = SUMMARY_COLUMNS.get(
        kind.replace("compare_", ""), ("period", "unit"))
    frame = pd.DataFrame(
        rows, columns=[period_column, unit_column, "metric"] + STATISTICS)
    if period_column == "year":
        frame[period_column] = frame[period_column].astype(np.int64)
    return frame.astype({s: np.float64 for s in STATISTICS})
