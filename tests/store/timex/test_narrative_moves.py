"""store.timex: expressions counted from the story's own dates move the story's reference year."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2024, 5, 13)


def value_of(phrase: str, *texts: str) -> str | None:
    events = find_dates([Paragraph(text=text) for text in texts], ANCHOR)
    values = [event.value for event in events if event.phrase == phrase]
    assert len(values) == 1, [(event.phrase, event.value) for event in events]
    return values[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Opening its sentence, the anaphor places the rest of the paragraph in its year.
        ("In 2010 the firm was founded. The following year, it opened a plant in March.",
         "March", "2011-03"),
        ("It was signed on 3 March 2020. A year later, in June, it was renewed.",
         "June", "2021-06"),
        ("The war ended in 1945. The previous year, in August, the city rose.",
         "August", "1944-08"),
        ("In 2005 it was bought. That year, in May, it closed.", "May", "2005-05"),
    ],
)  # fmt: skip
def test_an_anaphor_opening_a_sentence_moves_the_story(text: str, phrase: str, value: str) -> None:
    assert value_of(phrase, text) == value


def test_an_anaphor_inside_a_sentence_holds_for_its_clause_then_the_document_date_counts() -> None:
    text = (
        "On May 22, 1995, she was promoted, and the following year she moved abroad. "
        "However, in December she was recalled."
    )
    assert value_of("the following year", text) == "1996"
    assert value_of("December", text) == "2023-12"  # not back to 1995, which the story left


def test_the_moved_year_ends_with_its_paragraph() -> None:
    first = "In 2010 the firm was founded. The following year, it grew."
    assert value_of("March", first, "In March it closed a plant.") == "2024-03"


def test_an_anaphor_with_nothing_to_count_from_moves_nothing() -> None:
    assert value_of("March", "The following year was hard. In March it closed.") == "2024-03"
