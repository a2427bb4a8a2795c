"""DataFrame columns and types, and the replications' values as NumPy arrays over the
engine's memory."""

import gc

import numpy as np
import pytest

import groeipad

COLUMNS = {
    "monthly": ["month", "programme", "metric", "mean", "p05", "p50", "p95"],
    "jobseekers": ["month", "group", "metric", "mean", "p05", "p50", "p95"],
    "yearly": ["year", "programme", "metric", "mean", "p05", "p50", "p95"],
}


@pytest.fixture(scope="module")
def result():
    from conftest import SHORT
    return groeipad.run(SHORT, seed=3, replications=5, threads=2)


@pytest.mark.parametrize("table", COLUMNS)
def test_columns_and_types(result, table):
    frame = result.table(table)
    assert list(frame.columns) == COLUMNS[table]
    for column in ["mean", "p05", "p50", "p95"]:
        assert frame[column].dtype == np.float64
    period = frame.columns[0]
    if period == "year":
        assert frame[period].dtype == np.int64
    else:
        assert frame[period].dtype == object
        assert frame[period].str.fullmatch(r"\d{4}-\d{2}").all()
    assert frame.columns[1] in ("programme", "group")
    assert frame[frame.columns[1]].dtype == object


def test_months_cover_the_horizon(result):
    months = result.monthly["month"].unique()
    assert months[0] == "2011-06" and len(months) == 25  # the start state and 24 months


def test_values_have_a_row_per_frame_row(result):
    for table in COLUMNS:
        values = result.values(table)
        assert values.shape == (len(result.table(table)), 5)
        assert values.dtype == np.float64
        # The frame's statistics are those of these values.
        np.testing.assert_allclose(values.mean(axis=1), result.table(table)["mean"],
                                   rtol=1e-12, atol=1e-9)
        np.testing.assert_allclose(np.percentile(values, 95, axis=1),
                                   result.table(table)["p95"], rtol=1e-12, atol=1e-9)


def test_values_are_not_copies(result):
    first = result.values("monthly")
    second = result.values("monthly")
    assert not first.flags.owndata
    assert not first.flags.writeable
    assert first.__array_interface__["data"][0] == second.__array_interface__["data"][0]
    with pytest.raises(ValueError):
        first[0, 0] = 1.0


def test_values_outlive_the_result(short_file):
    result = groeipad.run(short_file, seed=5, replications=2, threads=1)
    values = result.values("yearly")
    expected = values.copy()
    del result
    gc.collect()
    # Memory other allocations may now reuse would show as changed values.
    _ = [np.ones(len(expected) * 2) for _ in range(50)]
    np.testing.assert_array_equal(values, expected)


def test_unknown_table(result):
    with pytest.raises(ValueError, match="expected monthly, jobseekers or yearly"):
        result.values("weekly")


def test_comparison_frames(short_file, source_dir):
    alt = source_dir / "tests/data/cli/short-groeipad.toml"
    comparison = groeipad.compare(short_file, [alt], seed=2, replications=3)
    assert list(comparison.monthly.columns) == [
        "scenario", "month", "programme", "metric", "base_mean", "alt_mean", "diff_mean",
        "diff_p05", "diff_p95"]
    assert list(comparison.yearly.columns)[1] == "year"
    assert comparison.yearly["year"].dtype == np.int64
    effects = comparison.effects
    assert list(effects.columns) == ["scenario", "measure", "mean", "p05", "p95"]
    assert list(effects["measure"]) == ["vte_years", "persons_reached", "outflow_to_work",
                                        "cost_eur", "cost_per_work_eur"]
    # More funded places: more VTE-years, at a cost.
    by_measure = effects.set_index("measure")["mean"]
    assert by_measure["vte_years"] > 0 and by_measure["cost_eur"] > 0
    # The paired difference is alt minus base, replication by replication.
    runs = comparison.results
    diff = runs["short-groeipad"].values("monthly") - runs["short"].values("monthly")
    np.testing.assert_allclose(diff.mean(axis=1), comparison.monthly["diff_mean"],
                               rtol=1e-12, atol=1e-9)
