"""Executes notebooks top to bottom with nbclient, in the repository root, and fails on
the first error in any of them. With --save, writes the executed notebooks back (their
outputs, plots included, are what the repository keeps) and checks each stays under
1 MB. Called by scripts/notebooks.sh, which sets the environment."""

import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = pathlib.Path(__file__).resolve().parents[1]
MAX_BYTES = 1_000_000


def main(arguments):
    save = "--save" in arguments
    paths = [pathlib.Path(a) for a in arguments if a != "--save"]
    failed = []
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        started = time.perf_counter()
        client = NotebookClient(notebook, timeout=900, kernel_name="python3",
                                resources={"metadata": {"path": str(ROOT)}})
        try:
            client.execute()
        except CellExecutionError as error:
            print(f"notebooks: {path}: a cell failed:\n{error}", file=sys.stderr)
            failed.append(path)
            continue
        seconds = time.perf_counter() - started
        if save:
            # No timestamps of the run in the cells: steadier diffs.
            for cell in notebook.cells:
                cell.metadata.pop("execution", None)
            nbformat.write(notebook, path)
            size = path.stat().st_size
            print(f"notebooks: {path} ran in {seconds:.1f} s, saved ({size / 1e3:.0f} kB)")
            if size > MAX_BYTES:
                print(f"notebooks: {path} is {size} bytes, over 1 MB", file=sys.stderr)
                failed.append(path)
        else:
            print(f"notebooks: {path} ran in {seconds:.1f} s")
    if failed:
        print(f"notebooks: {len(failed)} failed", file=sys.stderr)
        return 1
    print(f"notebooks: {len(paths)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
