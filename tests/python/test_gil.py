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
        # The worker's pace with the main thread idle.
        before = counter[0]
        time.sleep(0.2)
        rate = (counter[0] - before) / 0.2
        before = counter[0]
        started = time.perf_counter()
        # The extension's call alone, on one engine thread. Were the GIL held through it,
        # the worker could count only in the moments before the call and after it (a
        # switch interval, 5 ms, each) and not during the run.
        _groeipad.run(scenario._input, None, 16, 1)
        seconds = time.perf_counter() - started
        during = counter[0] - before
    finally:
        stop.set()
        worker.join()
    assert seconds > 0.2, "the run is too short to tell"
    assert during > 0.25 * rate * seconds, (
        f"the worker counted {during} times in the {seconds:.2f} s of the run, "
        f"{rate:.0f} a second when idle")
