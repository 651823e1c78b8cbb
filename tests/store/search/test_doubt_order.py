"""`@?` lists the quotes whose named speaker is in doubt before those with no speaker at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.quoting.trust import UNCERTAIN_BELOW
from store.search import QuoteFinder, search_quotes
from tests.store.factories import add_document

# The speaker-less quotes are in the earlier documents, so document order alone would put
# them first.
NOBODY = [f"Nobody knows who said the ferry number {n} would sail" for n in range(4)]
GUESSED = "The ferry will sail again in spring, the captain thinks"
SURE = "The ferry is sound and ready for the winter storms"
ALSO_GUESSED = "The harbour fees for the ferry will rise next year"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "t.db") as opened:
        for n, text in enumerate(NOBODY):
            add_document(
                opened, f"/n{n}.txt", f"Old {n}", [text], quotes=[(0, text, None)],
                published=dt.date(2020, 1, 1 + n),
            )  # fmt: skip
        add_document(
            opened,
            "/later.txt",
            "Later",
            [GUESSED, SURE, ALSO_GUESSED],
            quotes=[(0, GUESSED, "Ana Lopes"), (1, SURE, "Rui Costa"), (2, ALSO_GUESSED, "Ana")],
            published=dt.date(2024, 5, 1),
        )
        # Named through a path often wrong: below the confidence a speaker is trusted at.
        opened.db.execute(
            "UPDATE quotes SET confidence = ? WHERE speaker IN ('Ana Lopes', 'Ana')",
            [UNCERTAIN_BELOW / 2],
        )
        opened.db.commit()
        yield opened


def texts(case: Case, query: str, limit: int = 50) -> list[str]:
    return [hit.quote.text for hit in search_quotes(case, query, limit=limit)]


def test_named_but_uncertain_come_first_then_the_speakerless_in_document_order(
    case: Case,
) -> None:
    assert texts(case, "@?") == [GUESSED, ALSO_GUESSED, *NOBODY]
    assert texts(case, "@?", limit=3) == [GUESSED, ALSO_GUESSED, NOBODY[0]]


def test_with_words_the_named_in_doubt_still_come_before_better_scored_speakerless(
    case: Case,
) -> None:
    found = texts(case, "@? ferry")
    assert found[:2] == [GUESSED, ALSO_GUESSED]
    assert sorted(found[2:]) == sorted(NOBODY)
    assert SURE not in found
    assert texts(case, "@? ferry", limit=2) == [GUESSED, ALSO_GUESSED]


def test_the_pane_ranking_agrees_with_the_command_line(case: Case) -> None:
    with QuoteFinder(case.path) as finder:
        for query in ("@?", "@? ferry", "@? !harbour"):
            ranking = finder.rank(case, query, limit=50)
            listed = [hit.quote.text for hit in finder.page(case, ranking, 0, ranking.total)]
            assert listed == texts(case, query), query


def test_the_pane_lists_every_quote_in_doubt_past_its_ranking_limit(case: Case) -> None:
    """`@?` alone is a review list, not a search: all of it, paged, however small the limit."""
    with QuoteFinder(case.path) as finder:
        ranking = finder.rank(case, "@?", limit=2)
        assert ranking.total == len(NOBODY) + 2
        pages = finder.page(case, ranking, 0, 3) + finder.page(case, ranking, 3, ranking.total)
        assert [hit.quote.text for hit in pages] == [GUESSED, ALSO_GUESSED, *NOBODY]
        assert case.count_uncertain_quotes() == ranking.total
