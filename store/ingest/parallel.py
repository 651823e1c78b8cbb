"""Mapping a function over work items in worker processes, in order, with bounded buffering."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Items in flight per process: enough to keep every core busy (this process does items ahead
# while the workers start, which takes a few dozen items' time), few enough that results do not
# pile up in memory while the single writer stores them.
IN_FLIGHT_PER_PROCESS = 64
# Items a worker takes at a time. Handing items over takes this process's executor thread,
# which waits for the interpreter lock while the consumer works: one item at a time, a worker
# sat idle for a third of the time.
CHUNK = 4

Slot = tuple[list[Item], "Future[list[Result]] | _Done[list[Result]]"]


class _Done(Generic[Result]):
    """Results this process computed itself, waiting for their turn."""

    def __init__(self, value: Result) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self) -> Result:
        return self.value

    def cancel(self) -> bool:
        return False


def map_in_processes(
    function: Callable[[Item], Result], items: Sequence[Item], processes: int
) -> Iterator[Result]:
    """`map(function, items)`, spread over `processes` processes, this one included.

    While the result due next is not ready, this process takes the earliest items no worker
    has started and does them itself: it has the consumer's work to do between items (the
    ingest's writer), so `processes - 1` workers and it keep `processes` cores busy without a
    third process competing for two cores, and it makes progress while the workers start.

    Workers are forked where that is safe (see `_start_method`), else spawned.
    """
    if processes <= 1 or len(items) <= CHUNK:
        yield from map(function, items)
        return
    context = multiprocessing.get_context(_start_method())
    executor = ProcessPoolExecutor(max_workers=processes - 1, mp_context=context)
    pending: deque[Slot[Item, Result]] = deque()
    in_flight = processes * IN_FLIGHT_PER_PROCESS // CHUNK
    try:
        for first in range(0, len(items), CHUNK):
            chunk = list(items[first : first + CHUNK])
            pending.append((chunk, executor.submit(_map_chunk, function, chunk)))
            if len(pending) >= in_flight:
                yield from _next_results(function, pending)
        while pending:
            yield from _next_results(function, pending)
    finally:
        for _chunk, future in pending:
            future.cancel()
        # The workers exit on their own: waiting while each shuts its interpreter down cost
        # the caller a fifth of a second.
        executor.shutdown(wait=False)


def _start_method() -> str:
    """Fork on Linux in a process running no other thread, else spawn.

    A spawned worker starts a new interpreter and imports all it needs before its first
    item (half a second of an ingest worker's time); a forked one has this process's modules
    already. But the app calls this from a thread, and forking a process that runs threads
    can copy a lock another thread holds into the child; elsewhere than Linux, fork is not
    safe with the system's libraries (macOS) or does not exist (Windows).
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _map_chunk(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _next_results(
    function: Callable[[Item], Result], pending: deque[Slot[Item, Result]]
) -> list[Result]:
    """The head's results, doing not-yet-started chunks here while they are not ready."""
    while not pending[0][1].done() and _do_one_here(function, pending):
        pass
    return pending.popleft()[1].result()


def _do_one_here(function: Callable[[Item], Result], pending: deque[Slot[Item, Result]]) -> bool:
    for index, (chunk, future) in enumerate(pending):
        # cancel() succeeds only for a chunk no worker has taken yet.
        if future.cancel():
            pending[index] = (chunk, _Done(_map_chunk(function, chunk)))
            return True
    return False
