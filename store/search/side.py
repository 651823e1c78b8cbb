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
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from store.case import Case, CaseError

CASES_KEPT = 2

# One thread: its connections are used by it alone, one look-up at a time.
_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebrowser-search-side")
# Side connections by file identity, touched only from that thread: a file replaced at the
# same path (a rebuilt sample case) gets a connection of its own, never the old file's.
_cases: OrderedDict[tuple[Path, int, int], Case] = OrderedDict()

Rows = list[tuple[Any, ...]]


def matching_beside(case: Case, expression: str, limit: int) -> Future[Rows] | None:
    """`case.quote_texts_matching(expression, limit=limit)` started on the side connection,
    or None when the side cannot give the same answer (uncommitted changes, no file)."""
    if case.db.conn.in_transaction:
        return None
    try:
        stat = os.stat(case.path)
    except OSError:
        return None
    identity = (case.path.resolve(), stat.st_ino, stat.st_dev)
    return _thread.submit(_matching, identity, expression, limit)


def _matching(identity: tuple[Path, int, int], expression: str, limit: int) -> Rows | None:
    """The look-up on the side connection; None if it could not be made there."""
    try:
        return _side_case(identity).quote_texts_matching(expression, limit=limit)
    except (CaseError, sqlite3.Error):
        return None


def _side_case(identity: tuple[Path, int, int]) -> Case:
    side = _cases.get(identity)
    if side is None:
        side = _cases[identity] = Case(identity[0], readonly=True)
        while len(_cases) > CASES_KEPT:
            _cases.popitem(last=False)[1].close()
    _cases.move_to_end(identity)
    return side
