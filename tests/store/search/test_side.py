"""The quote finder's second connection: the same answers, never another file's or stale ones."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.search.finder as search
from store.case import Case
from store.search import search_quotes
from store.search.cache import forget_searches
from store.search.side import matching_beside
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


def _answers(case: Case, limit: int) -> list[list[tuple[int, float]]]:
    forget_searches(case)
    return [
        [(hit.quote.id, hit.score) for hit in search_quotes(case, query, limit=limit)]
        for query in QUERIES
    ]


@pytest.mark.parametrize("limit", [5, 50, 120])
def test_the_side_connection_gives_the_answers_one_connection_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    sent: list[str] = []

    def spied(case: Case, expression: str, limit: int) -> object:
        sent.append(expression)
        return matching_beside(case, expression, limit)

    with _crowded(tmp_path / "h.db") as case:
        monkeypatch.setattr(search, "matching_beside", spied)
        beside = _answers(case, limit)
        monkeypatch.setattr(search, "matching_beside", lambda *_: None)
        alone = _answers(case, limit)
    assert sent  # the side connection was used
    assert beside == alone
    assert all(beside)


def test_a_caller_inside_a_transaction_keeps_its_look_ups(tmp_path: Path) -> None:
    """The side connection cannot see what the caller has not committed."""
    with _crowded(tmp_path / "h.db") as case:
        outside = matching_beside(case, '"harbour"', 5)
        with case.transaction():
            inside = matching_beside(case, '"harbour"', 5)
        assert outside is not None and len(outside.result()) == 5
        assert inside is None


def test_a_case_without_a_file_keeps_its_look_ups(tmp_path: Path) -> None:
    with _crowded(tmp_path / "h.db") as case:
        (tmp_path / "h.db").rename(tmp_path / "moved.db")
        assert matching_beside(case, '"harbour"', 5) is None


def test_a_case_file_rewritten_under_the_side_connection_is_read_anew(tmp_path: Path) -> None:
    path, other = tmp_path / "h.db", tmp_path / "other.db"
    with _crowded(path) as case:
        before = _answers(case, 50)
        with _crowded(other, {"Fees for the harbour, take {n}": 10, **SHAPES}, doc="/o.txt") as new:
            new.db.conn.backup(case.db.conn)  # SQLite's own copy, safe under live readers
        after = _answers(case, 50)
        texts = {hit.quote.text for hit in search_quotes(case, "fees for the harbour", limit=200)}
    assert after != before
    assert "Fees for the harbour, take 3" in texts
