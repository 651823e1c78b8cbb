"""Mapping a function over work items in worker processes, in order, with bounded buffering."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import redirect_stderr
from multiprocessing.context import BaseContext
from typing import Generic, TextIO, TypeVar

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
# How much lower than the app's a background worker's CPU priority is (nice, 0 to 19).
BACKGROUND_NICENESS = 10
# How often `stop` is asked while a result is awaited: a real page can take seconds.
STOP_POLL_SECONDS = 0.1

Slot = tuple[list[Item], "Future[list[Result]] | _Done[list[Result]]"]


class Stopped(Exception):
    """The caller's `stop` said to stop: the map ended before its last item."""


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
    function: Callable[[Item], Result],
    items: Sequence[Item],
    processes: int,
    *,
    background: bool = False,
    stop: Callable[[], bool] | None = None,
) -> Iterator[Result]:
    """`map(function, items)`, spread over `processes` processes, this one included.

    While the result due next is not ready, this process takes the earliest items no worker
    has started and does them itself: it has the consumer's work to do between items (the
    ingest's writer), so `processes - 1` workers and it keep `processes` cores busy without a
    third process competing for two cores, and it makes progress while the workers start.

    In the `background` of an app, `processes` workers do every item, at a lower CPU priority
    (nice): the app's process keeps its interpreter lock and the cores it needs to answer keys
    at once (doing items here, and workers of equal priority, held keys up for up to a second).

    `stop` is asked before each result and, while one is awaited, every STOP_POLL_SECONDS:
    when it answers True, Stopped is raised (an app is closing, say).

    Workers are forked where that is safe (see `_start_method`), else spawned.
    """
    if processes <= 1 or len(items) <= CHUNK:
        for item in items:
            _check(stop)
            yield function(item)
        return
    context = multiprocessing.get_context(_start_method())
    quiet = not _has_descriptor(sys.stderr)
    if quiet:
        _start_resource_tracker(context)
    executor = ProcessPoolExecutor(
        max_workers=processes if background else processes - 1,
        mp_context=context,
        initializer=_start_worker,
        initargs=(quiet, BACKGROUND_NICENESS if background else 0),
    )
    work_here = not background
    pending: deque[Slot[Item, Result]] = deque()
    in_flight = processes * IN_FLIGHT_PER_PROCESS // CHUNK
    try:
        for first in range(0, len(items), CHUNK):
            chunk = list(items[first : first + CHUNK])
            pending.append((chunk, executor.submit(_map_chunk, function, chunk)))
            if len(pending) >= in_flight:
                yield from _next_results(function, pending, work_here, stop)
        while pending:
            yield from _next_results(function, pending, work_here, stop)
    finally:
        if pending and background:  # stopped early: what the workers are on is not wanted
            _end_workers(executor)
        else:
            for _chunk, future in pending:
                future.cancel()
        # The workers exit on their own: waiting while each shuts its interpreter down cost
        # the caller a fifth of a second.
        executor.shutdown(wait=False)


def _end_workers(executor: ProcessPoolExecutor) -> None:
    """End the workers now, dropping the items they are on. Python otherwise waits at exit
    for each worker's item in hand, and one web page can take seconds: an app that quit
    during an ingest stayed on for them. (Python 3.14 has `terminate_workers()`; before it,
    the pool's table of processes is the only way to them.)

    Only for a pool none of whose futures was cancelled, as in the background: the pool then
    fails every future it holds, and before 3.12 one cancelled already made its thread die
    with a traceback (InvalidStateError). In the foreground, an interrupt (ctrl+c) reaches the
    workers themselves."""
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()


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


def _has_descriptor(stream: TextIO | None) -> bool:
    """Whether `stream` is backed by a file descriptor. While a full-screen app runs, it is
    not: Textual puts an object in sys.stderr that captures what is printed, whose fileno()
    is -1."""
    try:
        return stream is not None and stream.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


_TRACKER_LOCK = threading.Lock()


def _start_resource_tracker(context: BaseContext) -> None:
    """Start multiprocessing's resource tracker, with /dev/null for its error stream.

    A pool of spawned workers starts the tracker (a helper process that removes the
    semaphores of workers that die) and hands it `sys.stderr.fileno()` to keep open. Under a
    full-screen app that is -1, and the start failed with "bad value(s) in fds_to_keep": every
    ingest of 64 or more files in the app stored nothing. The swap of sys.stderr lasts only
    while the tracker starts; whatever another thread prints meanwhile was captured unseen
    by the app anyway.
    """
    if context.get_start_method() == "fork":
        return  # forked workers' semaphores need no tracker
    from multiprocessing import resource_tracker

    with _TRACKER_LOCK, open(os.devnull, "w") as devnull, redirect_stderr(devnull):
        resource_tracker.ensure_running()


def _start_worker(quiet: bool, niceness: int) -> None:
    """Set a worker up. `quiet` (its parent's output is captured, as a full-screen app's is):
    its stdout and stderr go to /dev/null, for it inherits the terminal itself and a library's
    stray warning would be written over the app's screen. `niceness`: lower its priority."""
    if quiet:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)


def _map_chunk(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _next_results(
    function: Callable[[Item], Result],
    pending: deque[Slot[Item, Result]],
    work_here: bool,
    stop: Callable[[], bool] | None,
) -> list[Result]:
    """The head's results, doing not-yet-started chunks here while they are not ready."""
    while work_here and not pending[0][1].done() and _do_one_here(function, pending):
        _check(stop)
    head = pending[0][1]
    # Results done here (_Done) are never waited on: only a worker's Future can be pending.
    while stop is not None and isinstance(head, Future) and not head.done():
        _check(stop)
        wait([head], timeout=STOP_POLL_SECONDS)
    _check(stop)
    return pending.popleft()[1].result()


def _check(stop: Callable[[], bool] | None) -> None:
    if stop is not None and stop():
        raise Stopped


def _do_one_here(function: Callable[[Item], Result], pending: deque[Slot[Item, Result]]) -> bool:
    for index, (chunk, future) in enumerate(pending):
        # cancel() succeeds only for a chunk no worker has taken yet.
        if future.cancel():
            pending[index] = (chunk, _Done(_map_chunk(function, chunk)))
            return True
    return False
