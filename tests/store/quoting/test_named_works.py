"""Titles of works a noun beside them names (a single, a chapter, a book) are no quotations,
whatever verb of saying their sentence holds; quotations beside such nouns stay."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes
from store.quoting.works import names_a_work


def found(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes([Paragraph(text=t) for t in paragraphs])]


@pytest.mark.parametrize(
    "text",
    [
        "It closes with the sparse lead single ‘Harbour Lights’, as Mara Quinn continues to "
        "stretch her sound.",
        "Tom Reyes wrote about the ferries in his column (“Crossing late”, chapter 4 of Salt "
        "Roads, 1998).",
        "Ann Cole said the band played the song “Quay Side Blues” twice that night.",
        "Bo Lee read from a book titled “Nights on the water” to the crowd, she said.",
        "The documentary “Last boat out” opens on Friday, Rita Varga said.",
    ],
)
def test_a_work_named_by_its_noun_is_no_quote(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked about the new single, Mara Quinn said: “It took us two years to finish.”",
            [("It took us two years to finish.", "Mara Quinn")],
        ),
        (
            "“We wrote every song together,” Tom Reyes said.",
            [("We wrote every song together", "Tom Reyes")],
        ),
        (
            "The book, Ann Cole said, “was never meant to be read aloud.”",
            [("was never meant to be read aloud.", "Ann Cole")],
        ),
    ],
)
def test_quotations_beside_work_nouns_stay(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("before", "quoted", "after", "expected"),
    [
        ("the album ", "Blue Salt", " came out", True),
        ("a chapter called ", "The Long Pier", ".", True),
        ("(", "Paper birds", ", chapter 5 of the collection)", True),
        ("(", "Paper birds,", " Part II)", True),
        ("the single ", "Go home.", "", False),  # a stop: said, not a title
        ("the single ", "they are gone", "", False),  # lower case opens a quotation
        ("the song ", "One Two Three Four Five Six Seven", "", False),  # too long for a title
        ("she said ", "Paper birds", ", part of me agreed", False),  # no number: no place
    ],
)
def test_names_a_work(before: str, quoted: str, after: str, expected: bool) -> None:
    assert names_a_work(before, quoted, after) is expected
