"""The quote finder's second connection: the same answers, never another file's or stale ones."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case, CasePool, Hidden
from store.search import QuoteFinder
from store.search.side import SideConnection
from tests.store.factories import add_document

# Every quote has both words, so the finder narrows: to the words in a row, near each other
# and all of them. Each kind comes in a different number.
SHAPES = {
    "Harbour fees at the port rose, number {n}": 40,
    "At the port the harbour fees rose, number {n}": 30,
    "Fees for the harbour at the port, number {n}": 25,
    "The harbour workers said that the new fees stay, number {n}": 220,
}
# With a short word the finder narrows to all the words too: the look-up sent to the side.
QUERIES = ["harbour fees at", "at the harbour fe", "harbor fes at", "fees at the port", "harb"]


def _crowded(path: Path, shapes: dict[str, int] = SHAPES, doc: str = "/h.txt") -> Case:
    case = Case(path)
    quotes = [shape.format(n=n) for shape, count in shapes.items() for n in range(count)]
    add_document(case, doc, "H", quotes, quotes=[(i, q, None) for i, q in enumerate(quotes)])
    return case


def _answers(finder: QuoteFinder, case: Case, limit: int) -> list[list[tuple[int, float]]]:
    finder.forget(case)
    return [
        [(hit.quote.id, hit.score) for hit in finder.search(case, query, limit=limit)]
        for query in QUERIES
    ]


@pytest.mark.parametrize("limit", [5, 50, 120])
def test_the_side_connection_gives_the_answers_one_connection_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    sent: list[str] = []
    original = SideConnection.matching

    def spied(
        side: SideConnection, case: Case, expression: str, limit: int, *hidden: Hidden
    ) -> object:
        sent.append(expression)
        return original(side, case, expression, limit, *hidden)

    with _crowded(tmp_path / "h.db") as case, QuoteFinder(case.path) as finder:
        monkeypatch.setattr(SideConnection, "matching", spied)
        beside = _answers(finder, case, limit)
        monkeypatch.setattr(SideConnection, "matching", lambda *_: None)
        alone = _answers(finder, case, limit)
    assert sent  # the side connection was used
    assert beside == alone
    assert all(beside)


@pytest.fixture
def side() -> Iterator[SideConnection]:
    made = SideConnection()
    yield made
    made.close()


def test_a_caller_inside_a_transaction_keeps_its_look_ups(
    tmp_path: Path, side: SideConnection
) -> None:
    """The side connection cannot see what the caller has not committed."""
    with _crowded(tmp_path / "h.db") as case:
        outside = side.matching(case, '"harbour"', 5)
        with case.transaction():
            inside = side.matching(case, '"harbour"', 5)
        assert outside is not None and len(outside.result()) == 5
        assert inside is None


def test_a_case_without_a_file_keeps_its_look_ups(tmp_path: Path, side: SideConnection) -> None:
    with _crowded(tmp_path / "h.db") as case:
        (tmp_path / "h.db").rename(tmp_path / "moved.db")
        assert side.matching(case, '"harbour"', 5) is None


def test_a_closed_side_connection_ends_its_thread_and_takes_no_look_ups(
    tmp_path: Path, side: SideConnection
) -> None:
    others = _side_threads()
    with _crowded(tmp_path / "h.db") as case:
        started = side.matching(case, '"harbour"', 5)
        assert started is not None and len(started.result()) == 5
        assert _side_threads() - others
        side.close()
        assert side.matching(case, '"harbour"', 5) is None
    assert not _side_threads() - others


def test_a_finder_closed_still_searches_on_its_own_connection(tmp_path: Path) -> None:
    with _crowded(tmp_path / "h.db") as case:
        finder = QuoteFinder(case.path)
        before = _answers(finder, case, 50)
        finder.close()
        assert _answers(finder, case, 50) == before
        assert all(before)


def test_a_case_file_rewritten_under_the_side_connection_is_read_anew(tmp_path: Path) -> None:
    path, other = tmp_path / "h.db", tmp_path / "other.db"
    with _crowded(path) as case, QuoteFinder(path) as finder:
        before = _answers(finder, case, 50)
        with _crowded(other, {"Fees for the harbour, take {n}": 10, **SHAPES}, doc="/o.txt") as new:
            new.db.conn.backup(case.db.conn)  # SQLite's own copy, safe under live readers
        after = _answers(finder, case, 50)
        hits = finder.search(case, "fees for the harbour", limit=200)
    assert after != before
    assert "Fees for the harbour, take 3" in {hit.quote.text for hit in hits}


def _side_threads() -> set[threading.Thread]:
    """The side connections' threads alive now (other tests' finders may leave some)."""
    return {t for t in threading.enumerate() if t.name.startswith("casebrowser-search-side")}


def test_a_pool_has_one_finder_and_closes_it_with_itself(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    _crowded(path).close()
    others = _side_threads()
    pool = CasePool(path)
    finder = pool.finder
    assert pool.finder is finder
    before = _answers(finder, pool.get(), 50)
    assert _side_threads() - others  # the crowded queries used the side connection
    pool.close()
    assert not _side_threads() - others
    assert _answers(finder, pool.get(), 50) == before
