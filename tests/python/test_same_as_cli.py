"""Python's run() and compare() give the command line's results for the same scenario,
seed and replications: the same files byte for byte, and DataFrames equal to the CSV
files within the files' rounding to three decimals."""

import json
import re

import numpy as np
import pandas as pd
import pytest

import groeipad

REPLICATIONS = 3
SEED = 7


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory):
    from conftest import SHORT, run_cli
    out = tmp_path_factory.mktemp("cli") / "out"
    done = run_cli("run", SHORT, "--out", out, "--replications", REPLICATIONS, "--seed", SEED,
                   "--threads", 2, "--quiet", "--no-db")
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def result():
    from conftest import SHORT
    return groeipad.run(groeipad.load(SHORT), seed=SEED, replications=REPLICATIONS, threads=2)


@pytest.mark.parametrize("table", ["monthly", "jobseekers", "yearly"])
def test_frame_equals_csv(cli_run, result, table):
    csv = pd.read_csv(cli_run / f"{table}.csv", dtype={"month": str})
    frame = result.table(table)
    assert list(frame.columns) == list(csv.columns)
    keys = list(frame.columns[:3])
    pd.testing.assert_frame_equal(frame[keys], csv[keys])
    for column in ["mean", "p05", "p50", "p95"]:
        # The file writes at most three decimals: half a unit of the third at most.
        np.testing.assert_allclose(frame[column], csv[column].astype(float), rtol=0,
                                   atol=0.0005 + 1e-9)


def test_written_files_equal_cli_bytes(cli_run, result, tmp_path):
    result.write(tmp_path / "py")
    for name in ["monthly.csv", "jobseekers.csv", "yearly.csv"]:
        assert (tmp_path / "py" / name).read_bytes() == (cli_run / name).read_bytes(), name
    ours = json.loads((tmp_path / "py" / "manifest.json").read_text())
    theirs = json.loads((cli_run / "manifest.json").read_text())
    timing = {"wall_seconds", "agent_months_per_second"}
    assert {k: v for k, v in ours.items() if k not in timing} == \
        {k: v for k, v in theirs.items() if k not in timing}


def test_threads_do_not_change_results(result, short_file):
    one = groeipad.run(short_file, seed=SEED, replications=REPLICATIONS, threads=1)
    np.testing.assert_array_equal(one.values("monthly"), result.values("monthly"))


def test_another_seed_gives_other_results(result, short_file):
    other = groeipad.run(short_file, seed=SEED + 1, replications=REPLICATIONS, threads=2)
    assert not np.array_equal(other.values("monthly"), result.values("monthly"))


def test_dict_scenario_equals_file(result, short_file):
    # The same keys as short.toml, written as a dict whose path puts it beside the file.
    document = {"name": "short", "description": "Baseline capacity, 24 months from June 2011",
                "parameters": "../../../calibration/params/provisional-2011.toml",
                "start": "2011-06", "months": 24, "seed": 20111025, "replications": 1}
    scenario = groeipad.Scenario.from_dict(document, short_file.parent / "as-dict.toml")
    again = groeipad.run(scenario, seed=SEED, replications=REPLICATIONS, threads=2)
    np.testing.assert_array_equal(again.values("yearly"), result.values("yearly"))


def test_compare_equals_cli(cli, tmp_path, source_dir):
    base = source_dir / "tests/data/cli/short.toml"
    alt = source_dir / "tests/data/cli/short-groeipad.toml"
    done = cli("compare", base, alt, "--out", tmp_path / "cli", "--replications", 4,
               "--seed", SEED, "--quiet", "--no-db")
    assert done.returncode == 0, done.stderr
    comparison = groeipad.compare(base, [alt], seed=SEED, replications=4)
    comparison.write(tmp_path / "py")
    for name in ["compare.csv", "compare_yearly.csv"]:
        assert (tmp_path / "py" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
    for table, name in [("monthly", "compare.csv"), ("yearly", "compare_yearly.csv")]:
        csv = pd.read_csv(tmp_path / "cli" / name, dtype={"month": str})
        assert list(comparison.table(table).columns) == list(csv.columns)

    # The horizon effects the command line prints, as rounded there.
    effects = comparison.effects.set_index("measure")
    printed = re.search(r"extra persons reached\s+([+-]\d+) \(([+-]\d+) \.\. ([+-]\d+)\)",
                        done.stdout)
    assert printed, done.stdout
    row = effects.loc["persons_reached"]
    assert [f"{row[c]:+.0f}" for c in ["mean", "p05", "p95"]] == list(printed.groups())


def test_compare_with_itself_differs_by_zero(short_file):
    comparison = groeipad.compare(short_file, [short_file], replications=2)
    assert (comparison.monthly[["diff_mean", "diff_p05", "diff_p95"]] == 0).all().all()
    assert set(comparison.results) == {"short"}
