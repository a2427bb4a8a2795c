"""The run store from Python: the runs the command line recorded, listed and shown."""

import os

import numpy as np
import pandas as pd
import pytest

import groeipad


@pytest.fixture
def store(tmp_path, cli, short_file):
    db = tmp_path / "runs.sqlite"
    done = cli("run", short_file, "--out", tmp_path / "out", "--replications", 2, "--seed", 11,
               "--db", db, "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def test_list_and_show(store, short_file):
    runs = groeipad.list_runs(store)
    assert list(runs["scenario"]) == ["short"]
    assert runs.loc[0, "replications"] == 2 and runs.loc[0, "seed"] == 11
    shown = groeipad.show_run(runs.loc[0, "id"], store)
    assert shown["scenario"] == "short" and shown["months"] == 24
    assert shown["scenario_text"] == short_file.read_text()
    yearly = shown["tables"]["yearly"]
    # The store keeps full precision: equal to the same run from Python.
    again = groeipad.run(short_file, seed=11, replications=2).yearly
    pd.testing.assert_frame_equal(yearly, again)


def test_environment_selects_the_store(store, monkeypatch):
    monkeypatch.setenv("GROEIPAD_DB", os.fspath(store))
    assert len(groeipad.list_runs()) == 1


def test_missing_store_and_run(tmp_path, store):
    with pytest.raises(groeipad.StoreError, match="no database there"):
        groeipad.list_runs(tmp_path / "nothing.sqlite")
    assert not (tmp_path / "nothing.sqlite").exists()
    with pytest.raises(KeyError, match="no run 99"):
        groeipad.show_run(99, store)


def test_not_a_store(tmp_path):
    file = tmp_path / "text.sqlite"
    file.write_text("not a database\n")
    with pytest.raises(groeipad.StoreError):
        groeipad.list_runs(file)
