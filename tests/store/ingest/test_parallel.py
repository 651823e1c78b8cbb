"""Mapping over worker processes: every result, in the order of the items."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from store.ingest.parallel import _start_method, map_in_processes


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
from store.ingest.parallel import _start_method, map_in_processes

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
