"""Bad input raises groeipad.InputError (a ValueError) with the line the command line
prints on stderr; a place that cannot be written raises groeipad.OutputError (an
OSError) with the command line's message less its "groeipad: "."""

import os

import pytest

import groeipad

from conftest import SOURCE_DIR

BAD = sorted((SOURCE_DIR / "tests/data/bad").glob("*.toml"))


def test_corpus_is_there():
    assert len(BAD) > 50


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_file_raises_the_cli_message(path, monkeypatch):
    # The .expected lines name files relative to the repository root, where the tests
    # of the command line run it.
    monkeypatch.chdir(SOURCE_DIR)
    expected = path.with_suffix(".expected").read_text().rstrip("\n")
    with pytest.raises(groeipad.InputError) as raised:
        groeipad.load(os.path.relpath(path, SOURCE_DIR))
    assert str(raised.value) == expected
    assert isinstance(raised.value, ValueError)


def test_dict_is_checked_as_the_same_file(tmp_path, cli, short_file):
    # A dict and a file with the TOML text it becomes give the same message, but the name.
    document = {"name": "short", "parameters": os.fspath(
        SOURCE_DIR / "calibration/params/provisional-2011.toml"), "start": "2011-06",
                "months": 0}
    with pytest.raises(groeipad.InputError) as raised:
        groeipad.Scenario.from_dict(document)
    message = str(raised.value)
    assert message.startswith("<dict>:") and ": months: expected an integer in 1..1200, found 0" in message

    file = tmp_path / "months-zero.toml"
    file.write_text(groeipad._groeipad.toml_text(document))
    done = cli("validate", file)
    assert done.returncode == 2
    assert done.stderr == message.replace("<dict>", os.fspath(file)) + "\n"


def test_bad_override_names_its_place(short_file):
    scenario = groeipad.load(short_file)
    with pytest.raises(groeipad.InputError) as raised:
        scenario.with_overrides({"job_finding": {"other_exit_hazard_monthly": 2}})
    assert "<overrides>:" in str(raised.value)
    assert "overrides.job_finding.other_exit_hazard_monthly: expected a number in [0, 1], found 2" \
        in str(raised.value)


def test_value_that_is_not_toml_raises_type_error():
    with pytest.raises(TypeError, match=r"^capacity\.SW\.steps\[0\]: expected a bool, int, "
                                        r"float, str, dict or list, found object$"):
        groeipad.Scenario.from_dict({"capacity": {"SW": {"steps": [object()]}}})


def test_run_options_have_the_cli_wording(short_file, cli):
    done = cli("run", short_file, "--replications", 0, "--no-db", "--quiet")
    assert done.returncode == 2
    with pytest.raises(ValueError) as raised:
        groeipad.run(short_file, replications=0)
    assert done.stderr == "groeipad: --" + str(raised.value) + "\n"
    with pytest.raises(ValueError, match=r"^seed: expected an integer in 0\.\.9223372036854775807, found -1$"):
        groeipad.run(short_file, seed=-1)
    with pytest.raises(ValueError, match=r"^threads: expected 0 \(all cores\) to 1024 threads, found -2$"):
        groeipad.run(short_file, threads=-2)


def test_unwritable_output_raises_output_error(tmp_path, cli, short_file):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory\n")
    out = blocker / "results"
    done = cli("run", short_file, "--out", out, "--no-db", "--quiet")
    assert done.returncode == 1
    result = groeipad.run(short_file, replications=1)
    with pytest.raises(groeipad.OutputError) as raised:
        result.write(out)
    assert isinstance(raised.value, OSError)
    assert done.stderr == "groeipad: " + str(raised.value) + "\n"


def test_compare_checks_the_horizon(tmp_path, cli, short_file):
    longer = SOURCE_DIR / "tests/data/cli/short-longer.toml"
    done = cli("compare", short_file, longer, "--no-db", "--quiet", "--out", tmp_path / "x")
    assert done.returncode == 2
    with pytest.raises(groeipad.InputError) as raised:
        groeipad.compare(short_file, [longer], replications=1)
    assert done.stderr == str(raised.value) + "\n"
