"""The cost of calling the engine from Python rather than the command line, for the same
work: a scenario, its replications and threads, summary tables at the end.

Alternates, REPEATS times each (medians reported):
  cli         `groeipad run SCENARIO --replications R --threads T --quiet --no-db --out TMP`,
              the whole process (reads, runs, writes the CSV files and manifest);
  python      in one Python process with groeipad imported: load, run() and the three
              DataFrames;
  python+csv  the same and Result.write() (the CLI's files, byte for byte);
  process     a new `python3 -c` process that imports groeipad and does `python`, for the
              cost of starting Python and importing pandas.

  PYTHONPATH=build/release/python /usr/bin/python3 bench/python_vs_cli.py \\
      [--scenario scenarios/baseline.toml] [--replications 20] [--threads 2] [--repeats 5]
"""

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import groeipad

ROOT = pathlib.Path(__file__).resolve().parents[1]


def timed(action):
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default=str(ROOT / "scenarios" / "baseline.toml"))
    parser.add_argument("--replications", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--cli", default=os.environ.get(
        "GROEIPAD_CLI", str(ROOT / "build" / "release" / "groeipad")))
    a = parser.parse_args()

    def python_run():
        result = groeipad.run(groeipad.load(a.scenario), replications=a.replications,
                              threads=a.threads)
        for table in ("monthly", "jobseekers", "yearly"):
            result.table(table)
        return result

    snippet = (f"import groeipad; r = groeipad.run(groeipad.load({a.scenario!r}), "
               f"replications={a.replications}, threads={a.threads}); "
               "[r.table(t) for t in ('monthly', 'jobseekers', 'yearly')]")
    times = {"cli": [], "python": [], "python+csv": [], "process": []}
    with tempfile.TemporaryDirectory() as scratch:
        out = pathlib.Path(scratch)
        for i in range(a.repeats):
            times["cli"].append(timed(lambda: subprocess.run(
                [a.cli, "run", a.scenario, "--replications", str(a.replications), "--threads",
                 str(a.threads), "--quiet", "--no-db", "--out", str(out / f"cli{i}")],
                check=True, capture_output=True)))
            times["python"].append(timed(python_run))
            times["python+csv"].append(timed(lambda: python_run().write(out / f"py{i}")))
            times["process"].append(timed(lambda: subprocess.run(
                [sys.executable, "-c", snippet], check=True, capture_output=True,
                env=os.environ)))

    cli = statistics.median(times["cli"])
    print(f"{pathlib.Path(a.scenario).name}, {a.replications} replications, {a.threads} threads, "
          f"medians of {a.repeats}:")
    for name, values in times.items():
        median = statistics.median(values)
        spread = ", ".join(f"{v:.2f}" for v in values)
        print(f"  {name:11s} {median:6.2f} s  ({100 * (median / cli - 1):+5.1f} % vs cli)  [{spread}]")


if __name__ == "__main__":
    main()
