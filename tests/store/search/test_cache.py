"""The quote finder's memory of its answers, and the word-index look-ups it can leave out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.search import QuoteFinder, search_quotes
from tests.store.factories import add_document

MINISTER = "The minister will answer questions about the fund next week"
REPORTER = "Reporters asked whether the fund would be audited"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "c.db") as opened:
        add_document(opened, "/a.txt", "A", [MINISTER], quotes=[(0, MINISTER, "Anwar")])
        add_document(opened, "/b.txt", "B", [REPORTER], quotes=[(0, REPORTER, None)])
        yield opened


@pytest.fixture
def finder(case: Case) -> Iterator[QuoteFinder]:
    with QuoteFinder(case.path) as made:
        yield made


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The FTS5 expressions the quote finder sends, in order."""
    sent: list[str] = []
    original = Case.quote_texts_matching

    def spy(self: Case, match: str, **options: object) -> list:
        sent.append(match)
        return original(self, match, **options)

    monkeypatch.setattr(Case, "quote_texts_matching", spy)
    return sent


def found(finder: QuoteFinder, case: Case, query: str, limit: int = 50) -> list[tuple[int, float]]:
    return [(hit.quote.id, hit.score) for hit in finder.search(case, query, limit=limit)]


def test_a_query_asked_again_is_answered_without_the_index(
    case: Case, finder: QuoteFinder, lookups: list
) -> None:
    first = found(finder, case, "fund")
    asked = len(lookups)
    assert found(finder, case, "fund") == first
    assert found(finder, case, "  fund ") == first  # the same query, typed with spaces
    assert len(lookups) == asked > 0


def test_a_word_typed_on_reuses_the_earlier_words_lookups(
    case: Case, finder: QuoteFinder, lookups: list
) -> None:
    found(finder, case, "minister answ")
    asked = list(lookups)
    found(finder, case, "minister answe")
    repeated = [expression for expression in lookups[len(asked) :] if expression in asked]
    assert not repeated  # each expression went to the index once


def test_an_answer_follows_a_document_stored_since(case: Case, finder: QuoteFinder) -> None:
    assert len(found(finder, case, "fund")) == 2
    third = "The fund was moved offshore"
    add_document(case, "/c.txt", "C", [third], quotes=[(0, third, None)])
    assert len(found(finder, case, "fund")) == 3


def test_an_answer_follows_a_change_made_by_another_connection(
    case: Case, finder: QuoteFinder
) -> None:
    assert len(found(finder, case, "fund")) == 2
    with Case(case.path) as other:
        other.remove_documents(["/b.txt"])
    assert len(found(finder, case, "fund")) == 1


def test_changing_a_hit_does_not_change_the_next_answer(case: Case, finder: QuoteFinder) -> None:
    hit = finder.search(case, "fund")[0]
    score, highlights = hit.score, list(hit.highlights)
    hit.score, hit.highlights = -1.0, []
    again = finder.search(case, "fund")[0]
    assert (again.score, again.highlights) == (score, highlights)


def test_forgotten_answers_are_asked_again(case: Case, finder: QuoteFinder, lookups: list) -> None:
    found(finder, case, "fund")
    asked = len(lookups)
    finder.forget(case)
    found(finder, case, "fund")
    assert len(lookups) == 2 * asked


# ---- words in a row, words near each other ------------------------------------------------


def _crowded_case(path: Path, in_a_row: int, near: int) -> Case:
    """More quotes with 'harbour' and 'fees' than a pool holds: `in_a_row` of them with
    'harbour fees' in a row, `near` with the words close in another order, the rest with the
    words far apart."""
    case = Case(path)
    quotes = [f"Harbour fees rose again, number {n}" for n in range(in_a_row)]
    quotes += [f"Fees at the harbour rose again, number {n}" for n in range(near)]
    quotes += [f"The harbour workers said that the new fees stay, number {n}" for n in range(260)]
    add_document(case, "/h.txt", "H", quotes, quotes=[(i, q, None) for i, q in enumerate(quotes)])
    return case


def test_words_found_in_a_row_often_enough_need_no_near_search(
    tmp_path: Path, lookups: list
) -> None:
    with _crowded_case(tmp_path / "h.db", in_a_row=60, near=5) as case:
        hits = search_quotes(case, "harbour fees", limit=50)
    assert not any(expression.startswith("NEAR(") for expression in lookups)
    assert len(hits) == 50
    assert all("Harbour fees" in hit.quote.text for hit in hits)


def test_words_seldom_in_a_row_are_also_looked_for_near_each_other(
    tmp_path: Path, lookups: list
) -> None:
    with _crowded_case(tmp_path / "h.db", in_a_row=3, near=5) as case:
        texts = [hit.quote.text for hit in search_quotes(case, "harbour fees", limit=50)]
    assert any(expression.startswith("NEAR(") for expression in lookups)
    assert sum("Harbour fees" in text for text in texts) == 3
    assert sum("Fees at the harbour" in text for text in texts) == 5
