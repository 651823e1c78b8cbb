"""What the quote finder already answered, kept while the case file does not change.

As a query is typed its earlier words' FTS5 expressions come back at each keystroke, and a
space typed or a letter taken back asks again for what was just answered. Answers are kept per
connection and dropped as soon as anything in the case changes (a commit by any connection,
or a change by this one), so results still depend only on the case and the query.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from store.case import Case

Answer = TypeVar("Answer")
# Enough for the look-ups of a query typed and taken back (a few a keystroke); each answer is
# at most a pool of quotes (200, about 80 kB), so a connection keeps at most a few MB.
ANSWERS_KEPT = 64


class SearchCache:
    """A connection's recent answers, least recently used dropped first."""

    def __init__(self, gate: tuple[int, int]) -> None:
        self.gate = gate
        self._answers: OrderedDict[Hashable, object] = OrderedDict()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._answers

    def get(self, key: Hashable, compute: Callable[[], Answer]) -> Answer:
        """The answer kept for `key`, or `compute()`'s, kept."""
        if key in self._answers:
            self._answers.move_to_end(key)
            return self._answers[key]  # type: ignore[return-value]
        answer = compute()
        self._answers[key] = answer
        if len(self._answers) > ANSWERS_KEPT:
            self._answers.popitem(last=False)
        return answer


class Answers:
    """The recent answers of each connection a finder serves (one per worker thread)."""

    def __init__(self) -> None:
        self._caches: weakref.WeakKeyDictionary[Case, SearchCache] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def of(self, case: Case) -> SearchCache:
        """`case`'s answers, emptied if the case changed since they were given (a pragma read)."""
        gate = case.search_index_gate()
        with self._lock:
            cache = self._caches.get(case)
            if cache is None or cache.gate != gate:
                cache = self._caches[case] = SearchCache(gate)
        return cache

    def forget(self, case: Case | None = None) -> None:
        """Drop `case`'s answers (every connection's without one)."""
        with self._lock:
            if case is None:
                self._caches.clear()
            else:
                self._caches.pop(case, None)
