"""Sharing a case file between threads: a read-only connection per thread (`CasePool`), and
a watch on the changes other connections commit (`CaseWatch`, which says what changed:
`CaseChange`)."""

from __future__ import annotations

import threading
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from store.case.case import Case

if TYPE_CHECKING:
    from store.search import QuoteFinder


class CasePool:
    """One read-only `Case` per thread: a sqlite3 connection belongs to the thread that made it.
    Its quote finder (made at the first search) is closed with it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._finder: QuoteFinder | None = None
        self._lock = threading.Lock()

    @property
    def finder(self) -> QuoteFinder:
        """The quote finder of this pool's connections."""
        from store.search import QuoteFinder  # store.search builds on this module

        with self._lock:
            if self._finder is None:
                self._finder = QuoteFinder(self.path)
            return self._finder

    def close(self) -> None:
        """Close the quote finder (searches still work, without its side connection); each
        thread's connection closes with the thread."""
        self.finder.close()

    def get(self) -> Case:
        case = getattr(self._local, "case", None)
        if case is None:
            case = Case(self.path, readonly=True)
            self._local.case = case
        return case


class CaseChange(Enum):
    """What a look at a case found another connection had committed since the last look."""

    NOTHING = "nothing"
    DOCUMENTS = "documents"
    """Documents added, replaced or removed (what was found in them changed with them)."""
    FINDINGS = "findings"
    """Something else: the user's work on the case (stars, notes, tags, review states,
    speakers given or merged, quotes added or marked not a quotation), as `casebrowser
    annotate` or `speakers --merge` in another shell write it."""


class CaseWatch:
    """Tells what another connection has changed in a case, on a connection of its own that
    stays open: each look is one pragma, and the documents are read (`change_marker`, 170 ms
    at 100k documents) only after a commit. SQLite's data_version moves for commits by other
    connections only, which is all a watch has to see: it never writes. A commit that leaves
    the documents as they were changed something else, the user's findings: nothing more is
    read to tell which, since whatever reads them anew reads them whole.

    A commit of the watching program's own (a star saved in the app) is a commit like any
    other here: the program knows which were its own. Looked at from one thread at a time (a
    poll), not necessarily the same one; a lock keeps two looks from overlapping.
    """

    def __init__(self, path: str | Path) -> None:
        self._case = Case(path, readonly=True)
        self._lock = threading.Lock()
        self._version = self._data_version()
        self.marker = self._case.change_marker()

    def look(self) -> CaseChange:
        """What changed since the last look (the first: since opening)."""
        with self._lock:
            version = self._data_version()
            if version == self._version:
                return CaseChange.NOTHING
            self._version = version
            marker = self._case.change_marker()
            if marker == self.marker:
                return CaseChange.FINDINGS
            self.marker = marker
            return CaseChange.DOCUMENTS

    def close(self) -> None:
        with self._lock:  # not under a look in another thread
            self._case.close()

    def _data_version(self) -> int:
        return int(self._case.db.execute("PRAGMA data_version").fetchone()[0])
