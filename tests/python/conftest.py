"""Fixtures of the Python module's tests: the repository, the command line built beside
the module, and a short scenario both read.

CTest sets PYTHONPATH (the module), GROEIPAD_CLI and GROEIPAD_SOURCE_DIR; by hand:
    PYTHONPATH=build/release/python /usr/bin/python3 -m pytest tests/python
"""

import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(
    os.environ.get("GROEIPAD_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
CLI = pathlib.Path(os.environ.get("GROEIPAD_CLI", SOURCE_DIR / "build/release/groeipad"))

# The baseline over two years: real parameters and population, a fraction of a second.
SHORT = SOURCE_DIR / "tests/data/cli/short.toml"


def run_cli(*args, cwd=SOURCE_DIR, env=None):
    """The command line's exit code, stdout and stderr."""
    words = [os.fspath(a) if isinstance(a, os.PathLike) else str(a) for a in args]
    return subprocess.run([os.fspath(CLI), *words], cwd=cwd, env=env, capture_output=True,
                          text=True, check=False)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def source_dir():
    return SOURCE_DIR


@pytest.fixture
def short_file():
    return SHORT


@pytest.fixture(autouse=True)
def _no_default_store(monkeypatch, tmp_path):
    # A test that forgets --no-db records into a scratch store, not the repository's.
    monkeypatch.setenv("GROEIPAD_DB", os.fspath(tmp_path / "default-store.sqlite"))
