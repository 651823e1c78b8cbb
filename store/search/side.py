"""A second connection to a case file, for the quote finder's look-ups to run beside its own.

When a query's words match too many quotes, a keystroke makes two or three narrower FTS5
look-ups whose answers are all needed; SQLite runs each without the interpreter lock, so one
of them on a connection of its own, in a thread of its own, takes its time off the keystroke
on a machine with a second core. Only committed data is read there: a caller inside a
transaction of its own (whose changes the side could not see) keeps its look-ups to itself.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from store.case import HIDE_REJECTED, Case, CaseError, Hidden

Rows = list[tuple[Any, ...]]
Identity = tuple[Path, int, int]


class SideConnection:
    """One thread, started at the first look-up, and its read-only connection to the case file.

    The connection is used by that thread alone, one look-up at a time. It belongs to the
    file's identity: a file replaced at the same path (a rebuilt sample case) gets a connection
    of its own, never the old file's.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: ThreadPoolExecutor | None = None
        self._closed = False
        self._case: tuple[Identity, Case] | None = None  # touched only from the thread

    def matching(
        self, case: Case, expression: str, limit: int, hidden: Hidden = HIDE_REJECTED
    ) -> Future[Rows | None] | None:
        """`case.quote_texts_matching(expression, limit=limit, hidden=hidden)` started on the
        side connection, or None when the side cannot give the same answer (uncommitted
        changes, no file) or is closed."""
        if case.transaction_open:
            return None
        try:
            stat = os.stat(case.path)
        except OSError:
            return None
        identity = (case.path.resolve(), stat.st_ino, stat.st_dev)
        with self._lock:
            if self._closed:
                return None
            if self._thread is None:
                self._thread = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="casebrowser-search-side"
                )
            return self._thread.submit(self._matching, identity, expression, limit, hidden)

    def close(self) -> None:
        """Close the connection and end the thread, after the look-up it runs, if any."""
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.submit(self._forget_case)
            thread.shutdown(wait=True)

    def _matching(
        self, identity: Identity, expression: str, limit: int, hidden: Hidden
    ) -> Rows | None:
        """The look-up on the side connection; None if it could not be made there."""
        try:
            side = self._side_case(identity)
            return side.quote_texts_matching(expression, limit=limit, hidden=hidden)
        except (CaseError, sqlite3.Error):
            return None

    def _side_case(self, identity: Identity) -> Case:
        if self._case is None or self._case[0] != identity:
            self._forget_case()
            self._case = (identity, Case(identity[0], readonly=True))
        return self._case[1]

    def _forget_case(self) -> None:
        if self._case is not None:
            self._case[1].close()
            self._case = None
