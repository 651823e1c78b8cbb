"""The quote finder's answer as ids, read a page at a time: `search`'s hits, in one order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.models import QuoteHit
from store.search import QuoteFinder, Ranking
from tests.store.factories import add_document

# Many quotes share the words, with ties in score: the order across pages must be one order.
SHAPES = {
    "Harbour fees at the port rose, number {n}": 40,
    "At the port the harbour fees rose, number {n}": 30,
    "Fees for the harbour at the port, number {n}": 25,
    "The harbour workers said that the new fees stay, number {n}": 120,
    "Nothing about ships, number {n}": 15,
}
QUERIES = [
    "",
    "harbour fees",
    "harbor fes",  # typos
    '"the port"',
    "'fees",
    "@lim",
    "!ships",
    "!ships harbour",
    "the",
    "zzzz",
]


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "h.db") as opened:
        for doc, speaker in enumerate(("Lim Wei", None, "Ana Lim")):
            quotes = [
                shape.format(n=f"{doc}-{n}")
                for shape, count in SHAPES.items()
                for n in range(count // 3)
            ]
            add_document(
                opened,
                f"/h{doc}.txt",
                f"H{doc}",
                quotes,
                quotes=[(i, q, speaker) for i, q in enumerate(quotes)],
            )
        yield opened


def rows(hits: list[QuoteHit]) -> list[tuple[int | None, float, list[tuple[int, int]]]]:
    return [(hit.quote.id, hit.score, hit.highlights) for hit in hits]


def paged(finder: QuoteFinder, case: Case, ranking: Ranking, size: int) -> list[QuoteHit]:
    return [
        hit
        for start in range(0, ranking.total, size)
        for hit in finder.page(case, ranking, start, start + size)
    ]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [7, 50, 200])
def test_pages_put_together_are_the_search_results(case: Case, query: str, limit: int) -> None:
    with QuoteFinder(case.path) as finder:
        expected = rows(finder.search(case, query, limit=limit))
        finder.forget(case)  # ranked afresh, not from the search's answers
        ranking = finder.rank(case, query, limit=limit)
        for size in (1, 3, 25):
            assert rows(paged(finder, case, ranking, size)[:limit]) == expected
        if ranking.ids is not None:
            assert ranking.total == len(expected)


def test_an_empty_query_lists_every_quote_whatever_the_limit(case: Case) -> None:
    with QuoteFinder(case.path) as finder:
        ranking = finder.rank(case, "", limit=10)
        assert ranking.ids is None and ranking.total == case.count_quotes() > 10
        every = paged(finder, case, ranking, 40)
        assert rows(every) == rows(case.quote_hits(limit=1000))


def test_a_page_beyond_the_end_is_empty(case: Case) -> None:
    with QuoteFinder(case.path) as finder:
        ranking = finder.rank(case, "harbour", limit=20)
        assert ranking.total == 20
        assert finder.page(case, ranking, 20, 40) == []
        assert len(finder.page(case, ranking, 15, 40)) == 5
        assert finder.page(case, ranking, -5, 0) == []


def test_a_quote_replaced_since_it_was_ranked_is_left_out(case: Case) -> None:
    with QuoteFinder(case.path) as finder:
        ranking = finder.rank(case, "harbour fees", limit=10)
        assert ranking.ids is not None
        gone = ranking.ids[1]
        case.db.execute("DELETE FROM quotes WHERE id = ?", [gone])
        page = [hit.quote.id for hit in finder.page(case, ranking, 0, 3)]
        assert page == [ranking.ids[0], ranking.ids[2]]
