"""Mapping over worker processes: every result, in the order of the items."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from store.ingest.parallel import BACKGROUND_NICENESS, Stopped, _start_method, map_in_processes


def test_results_come_in_order_from_the_workers_and_this_process() -> None:
    items = list(range(-150, 150))
    assert list(map_in_processes(abs, items, 2)) == [abs(item) for item in items]


def test_work_is_shared_with_the_calling_process() -> None:
    # os.getpid for each item says which process did it: this one takes items no worker has
    # started while it waits (the worker takes a while to start), and two processes mean this
    # one and a single worker.
    pids = list(map_in_processes(_pid, list(range(400)), 2))
    assert os.getpid() in pids
    assert len(set(pids)) <= 2


def _pid(_item: int) -> int:
    return os.getpid()


def test_a_process_running_threads_spawns_its_workers_and_gets_the_same_results() -> None:
    # Forking copies locks other threads hold into the child: the app ingests from a thread.
    seen: dict[str, object] = {}

    def in_a_thread() -> None:
        seen["method"] = _start_method()
        seen["results"] = list(map_in_processes(abs, list(range(-40, 40)), 2))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert seen == {"method": "spawn", "results": [abs(item) for item in range(-40, 40)]}


IN_A_FRESH_PROCESS = """
from store.ingest.parallel import BACKGROUND_NICENESS, Stopped, _start_method, map_in_processes

if __name__ == "__main__":
    method = _start_method()
    items = list(range(-150, 150))
    print(method, list(map_in_processes(abs, items, 2)) == [abs(item) for item in items])
"""


def test_a_process_running_one_thread_forks_its_workers_on_linux(tmp_path: Path) -> None:
    # In a fresh process: here, the threads of earlier tests' pools may still be running.
    script = tmp_path / "fresh.py"
    script.write_text(IN_A_FRESH_PROCESS)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    expected = "fork" if sys.platform == "linux" else "spawn"
    assert result.stdout.split() == [expected, "True"]


UNDER_A_FULL_SCREEN_APP = """
import sys, threading
from store.ingest.parallel import map_in_processes


class Captured:
    # What Textual puts in sys.stderr while an app runs: printing is captured, and the
    # stream has no file descriptor (its fileno() is -1).
    def write(self, text):
        return len(text)

    def flush(self):
        pass

    def fileno(self):
        return -1


def noisy(item):
    # A library's stray warning: in a worker it would reach the terminal under the app.
    print("noise from a worker", file=sys.stderr)
    return abs(item)


if __name__ == "__main__":
    sys.stderr = Captured()
    seen = {}

    def in_a_thread():
        try:
            seen["results"] = list(map_in_processes(noisy, list(range(-200, 200)), 2))
        except Exception as error:
            seen["error"] = error

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    print(seen.get("results") == [abs(item) for item in range(-200, 200)], seen.get("error"))
"""


def test_workers_start_from_a_thread_when_stderr_has_no_file_descriptor(tmp_path: Path) -> None:
    # In a fresh process: multiprocessing's helper process, started once, would be running
    # already here. Under the app, starting it failed with "bad value(s) in fds_to_keep".
    script = tmp_path / "captured.py"
    script.write_text(UNDER_A_FULL_SCREEN_APP)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.stdout.strip() == "True None", result.stderr[-2000:]
    # The workers' output went nowhere, not to the terminal the app draws on.
    assert "noise" not in result.stderr


def test_in_the_background_only_lower_priority_workers_do_the_items() -> None:
    # An app's process keeps its interpreter lock and its priority for the screen.
    results = list(map_in_processes(_pid_and_niceness, list(range(200)), 2, background=True))
    pids = {pid for pid, _niceness in results}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2
    here = os.nice(0)
    assert {niceness for _pid, niceness in results} == {min(here + BACKGROUND_NICENESS, 19)}


def _pid_and_niceness(_item: int) -> tuple[int, int]:
    return os.getpid(), os.nice(0)


def test_a_stop_ends_the_wait_for_an_item_that_takes_long(tmp_path: Path) -> None:
    # An app that quits while a worker reads a slow page (trafilatura took 8 s on one) must
    # not wait for it.
    release = tmp_path / "release"
    asked: list[bool] = []

    def stop() -> bool:
        asked.append(True)
        return len(asked) > 3  # asked before the first result, then while it is awaited

    try:
        with pytest.raises(Stopped):
            list(map_in_processes(_wait_for, [release] * 8, 2, background=True, stop=stop))
        assert len(asked) == 4
        # The workers were ended, not left to finish the item in hand (Python would wait for
        # them at exit).
        deadline = time.monotonic() + 60
        while multiprocessing.active_children():
            assert time.monotonic() < deadline, "the workers were left running"
            time.sleep(0.02)
    finally:
        release.touch()


def _wait_for(path: Path) -> Path:
    while not path.exists():
        time.sleep(0.01)
    return path
