"""The quotes a search leaves out: those marked not a quotation, and, when asked, those of the
documents the review excluded. Every path of the finder (word index, short-word scan, document
order, pages) leaves them out alike, before its limits, so they take no place of a shown quote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import HIDE_NOTHING, HIDE_REJECTED, Case, Hidden
from store.models import QuoteHit
from store.search import QuoteFinder, search_quotes
from tests.store.factories import add_document

QUOTES = [
    "The harbour fees rose again, number {n}",
    "Harbour workers want the old fees back, number {n}",
    "Nothing about ships here, number {n}",
    "At sea we stay calm, number {n}",
]  # {n}: a word of its own for each quote, d0n0 to d2n39
QUERIES = ["", "harbour fees", "harbor", "@lim", "!ships", "at", "ships", '"old fees"']
EVERY_WAY = [
    HIDE_NOTHING,
    HIDE_REJECTED,
    Hidden(rejected=False, excluded=True),
    Hidden(excluded=True),
]


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    """Three documents of 40 quotes; the first excluded, every fifth quote rejected (1, 6, …),
    so that the first quotes by id are hidden either way."""
    with Case(tmp_path / "h.db") as opened:
        for doc, speaker in enumerate(("Lim Wei", "Ana Lim", "Bo Tan")):
            texts = [QUOTES[n % len(QUOTES)].format(n=f"d{doc}n{n}") for n in range(40)]
            add_document(
                opened,
                f"/h{doc}.txt",
                f"H{doc}",
                texts,
                quotes=[(i, text, speaker) for i, text in enumerate(texts)],
            )
        opened.set_review(1, "excluded")
        for quote_id in range(1, opened.count_quotes() + 1, 5):
            opened.annotate_quote(quote_id, rejected=True)
        yield opened


def hidden_ids(case: Case, hidden: Hidden) -> set[int]:
    every = {hit.quote.id for hit in case.quote_hits(hidden=HIDE_NOTHING, limit=10_000)}
    shown = {hit.quote.id for hit in case.quote_hits(hidden=hidden, limit=10_000)}
    return {quote_id for quote_id in every - shown if quote_id is not None}


def test_the_hidden_are_the_rejected_and_the_excluded_documents_quotes(case: Case) -> None:
    rejected = set(range(1, 121, 5))
    excluded = set(range(1, 41))  # the first document's
    assert hidden_ids(case, HIDE_NOTHING) == set()
    assert hidden_ids(case, HIDE_REJECTED) == rejected
    assert hidden_ids(case, Hidden(rejected=False, excluded=True)) == excluded
    assert hidden_ids(case, Hidden(excluded=True)) == rejected | excluded
    for hidden in EVERY_WAY:
        assert case.count_shown_quotes(hidden) == 120 - len(hidden_ids(case, hidden))


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("hidden", EVERY_WAY, ids=repr)
def test_no_search_finds_a_hidden_quote_and_pages_agree(
    case: Case, query: str, hidden: Hidden
) -> None:
    left_out = hidden_ids(case, hidden)
    with QuoteFinder(case.path) as finder:
        found = finder.search(case, query, limit=500, hidden=hidden)
        assert found and not {hit.quote.id for hit in found} & left_out
        # Only a listing of every quote shows the rejected ones, and marks them.
        marked = [not hidden.rejected and hit.quote.id % 5 == 1 for hit in found]
        assert [hit.rejected for hit in found] == marked
        ranking = finder.rank(case, query, limit=500, hidden=hidden)
        pages = [
            hit
            for start in range(0, ranking.total, 7)
            for hit in finder.page(case, ranking, start, start + 7)
        ]
        assert ids(pages) == ids(found)
        if not query:
            assert ranking.total == case.count_shown_quotes(hidden) == len(found)


def ids(hits: list[QuoteHit]) -> list[int | None]:
    return [hit.quote.id for hit in hits]


def test_a_rejected_quote_is_found_again_once_it_is_a_quotation_again(case: Case) -> None:
    def found(query: str, hidden: Hidden = HIDE_REJECTED) -> list[QuoteHit]:
        return search_quotes(case, query, limit=3, hidden=hidden)

    assert found("'d2n0") == []  # quote 81, rejected
    (hit,) = found("'d2n0", HIDE_NOTHING)
    assert hit.quote.id == 81 and hit.rejected
    case.annotate_quote(81, rejected=False)
    (hit,) = found("'d2n0")
    assert hit.quote.id == 81 and not hit.rejected


def test_hidden_quotes_take_no_place_in_a_limited_look_up(case: Case) -> None:
    # The first quotes by id holding "harbour" are rejected or excluded: a limit of one still
    # gives the first shown quote, not none.
    for hidden, first in zip(EVERY_WAY, (1, 2, 41, 42), strict=True):
        for ranked in (False, True):
            rows = case.quote_texts_matching('"harbour"', limit=1, ranked=ranked, hidden=hidden)
            assert len(rows) == 1 and rows[0][0] not in hidden_ids(case, hidden)
        (row,) = case.quote_texts_matching('"harbour"', limit=1, hidden=hidden)
        assert row[0] == first


def test_speakers_leave_out_the_rejected_quotes(case: Case) -> None:
    counts = {speaker.name: speaker.quotes for speaker in case.speakers()}
    assert counts == {"Lim Wei": 32, "Ana Lim": 32, "Bo Tan": 32}
    case.annotate_quote(2, rejected=True)
    assert {s.name: s.quotes for s in case.speakers()}["Lim Wei"] == 31
    case.annotate_quote(2, rejected=False)
    assert {s.name: s.quotes for s in case.speakers()}["Lim Wei"] == 32
