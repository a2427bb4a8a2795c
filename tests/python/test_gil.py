"""run() releases the GIL: a Python thread goes on working while the engine runs."""

import threading
import time

import groeipad
from groeipad import _groeipad


def test_thread_works_while_run_runs(short_file):
    scenario = groeipad.load(short_file)
    counter = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            counter[0] += 1

    worker = threading.Thread(target=count)
    worker.start()
    try:
        time.sleep(0.05)  # the worker is counting
        before = counter[0]
        started = time.perf_counter()
        # The extension's call alone: with the GIL held through it, no bytecode of the
        # worker could run until it returns.
        _groeipad.run(scenario._input, None, 8, 1)
        seconds = time.perf_counter() - started
        during = counter[0] - before
    finally:
        stop.set()
        worker.join()
    assert seconds > 0.05, "the run is too short to tell"
    assert during > 10000, f"the worker counted {during} times in {seconds:.2f} s"
