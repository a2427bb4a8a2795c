"""groeipad.calibrate: the same report as `groeipad calibrate --json`, as DataFrames;
the command line's errors."""

import json

import pytest

import groeipad


@pytest.fixture(scope="module")
def both():
    # Module-scoped (one calibration for all tests), so not through the function-scoped
    # fixtures of conftest.
    from conftest import SOURCE_DIR as source_dir, run_cli
    result = run_cli("calibrate", "--year", "2010", "--no-sensitivity", "--json", cwd=source_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), groeipad.calibrate(
        2010, sensitivity=False, data=source_dir / "calibration/data",
        base=source_dir / "calibration/params/provisional-2011.toml")


def test_targets_equal_the_command_line(both):
    cli, py = both
    assert list(py.targets.columns) == ["name", "stage", "target", "fitted", "difference", "source"]
    assert len(py.targets) == len(cli["targets"])
    for row, expected in zip(py.targets.itertuples(), cli["targets"]):
        assert row.name == expected["name"]
        assert row.fitted == expected["fitted"]  # the same simulations: the same bits


def test_parameters_and_audit_equal_the_command_line(both):
    cli, py = both
    assert py.parameters == cli["parameters"]
    assert len(py.audit) == len(cli["audit"])
    assert py.parameters["job_finding"]["year"] == 2010


def test_start_stock_fit_within_005(both):
    _, py = both
    start = py.targets[py.targets.stage == "start_stock"]
    assert len(start) == 15
    assert start.difference.abs().max() < 0.05


def test_bad_year_is_a_value_error():
    with pytest.raises(ValueError, match="expected 2009 or 2010"):
        groeipad.calibrate(2011)


def test_missing_data_directory_is_an_input_error(tmp_path):
    with pytest.raises(groeipad.InputError) as raised:
        groeipad.calibrate(2010, data=tmp_path / "nowhere")
    assert str(raised.value).startswith(str(tmp_path / "nowhere"))
    assert "\n" not in str(raised.value)
