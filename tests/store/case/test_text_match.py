"""Filters read a quote mark as the reader means it: the straight one typed matches the curly
ones articles print, a curly one pasted matches the straight one, and no other character."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.case.text_match import straight_quotes, word_in_columns
from store.models import TimelineFilter
from tests.store.factories import add_document, day_event

DAY = dt.date(2025, 3, 4)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "case.db") as opened:
        titles = [
            "The Sorcerer’s Stone returns",  # typeset apostrophe
            "A baker's dozen",  # typed apostrophe
            "“Quiet” streets at night",  # curly double marks
            'The "Open" door',
            "Sorcerers and kings",  # the same letters, no apostrophe
        ]
        for number, title in enumerate(titles):
            add_document(
                opened,
                f"/{number}.txt",
                title,
                ["x"],
                published=DAY,
                author="Seán O’Brien" if number == 4 else None,
                events=[day_event("on 4 March", DAY)],
            )
        yield opened


def listed(case: Case, text: str) -> list[str]:
    return [doc.title for doc in case.documents(text_filter=text, sort="id")]


def timeline_titles(case: Case, text: str) -> list[str]:
    entries = case.timeline_entries(TimelineFilter(text=text, include_published=False))
    return [entry.doc_title for entry in entries]


def test_a_typed_apostrophe_finds_the_typeset_one_and_itself(case: Case) -> None:
    assert listed(case, "sorcerer's") == ["The Sorcerer’s Stone returns"]
    assert listed(case, "baker's") == ["A baker's dozen"]
    assert listed(case, "o'brien") == ["Sorcerers and kings"]  # the author


def test_a_pasted_curly_mark_finds_the_straight_one(case: Case) -> None:
    assert listed(case, "baker’s") == ["A baker's dozen"]
    assert listed(case, "‘open”") == []  # a single mark is not a double one
    assert listed(case, "“open”") == ['The "Open" door']


def test_double_marks_are_one_another(case: Case) -> None:
    assert listed(case, '"quiet"') == ["“Quiet” streets at night"]
    assert listed(case, '"open"') == ['The "Open" door']


def test_a_quote_mark_stands_for_no_other_character(case: Case) -> None:
    assert listed(case, "sorcerers") == ["Sorcerers and kings"]
    assert listed(case, "sorcerer's stone") == ["The Sorcerer’s Stone returns"]


def test_the_timeline_filter_reads_marks_alike(case: Case) -> None:
    assert timeline_titles(case, "Sorcerer's stone") == ["The Sorcerer’s Stone returns"]
    assert timeline_titles(case, "“open”") == ['The "Open" door']
    assert timeline_titles(case, "sorcerers") == ["Sorcerers and kings"]


def test_find_document_takes_a_title_typed_with_straight_marks(case: Case) -> None:
    found = case.find_document("The Sorcerer's")
    assert found is not None and found.title == "The Sorcerer’s Stone returns"


def test_a_word_without_marks_compares_the_columns_as_they_are() -> None:
    clause, params = word_in_columns("harbour", ["title", "source"])
    assert "replace(" not in clause
    assert params == ["%harbour%", "%harbour%"]
    clause, params = word_in_columns("it’s_50%", ["title"])
    assert clause.count("replace(") == 8
    assert params == ["%it's\\_50\\%%"]


def test_straight_quotes_leaves_other_text_alone() -> None:
    assert straight_quotes("„Nein‟, ‛so’ ʼtis") == "\"Nein\", 'so' 'tis"
    assert straight_quotes("« ok » — `x` ′") == "« ok » — `x` ′"
