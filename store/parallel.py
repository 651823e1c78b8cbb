"""Mapping a function over work items in worker processes, in order, with bounded buffering."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Items in flight per process: enough to keep every core busy, few enough that results do not
# pile up in memory while the single writer stores them.
IN_FLIGHT_PER_PROCESS = 16


def map_in_processes(
    function: Callable[[Item], Result], items: Sequence[Item], processes: int
) -> Iterator[Result]:
    """`map(function, items)`, spread over `processes` worker processes when there are several.

    Workers are spawned, not forked: the app calls this from a thread, and forking a process
    that runs threads can copy a held lock into the child.
    """
    if processes <= 1:
        yield from map(function, items)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as executor:
        pending: deque[Future[Result]] = deque()
        queue = iter(items)
        try:
            for item in queue:
                pending.append(executor.submit(function, item))
                if len(pending) >= processes * IN_FLIGHT_PER_PROCESS:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
