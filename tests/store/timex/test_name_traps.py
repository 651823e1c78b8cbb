"""Day and season words that begin a name: a place, a pact, a paper, a book. Each trap has a
neighbour in nearly the same words that is a date, so a rule that drops every weekday, holiday
or season before a capitalised word fails here too."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 12)  # a Wednesday


def dated(text: str) -> list[tuple[str, str | None]]:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(event.phrase, event.value) for event in events if event.type in ("DATE", "TIME")]


NAMES = [
    "She grew up on Thursday Island in the Torres Strait.",
    "They flew to Thursday Island, then home.",
    "The Good Friday Agreement ended decades of violence.",
    "Northern Ireland's Good Friday Agreement still holds.",
    "The ferry docks at Friday Harbor every hour.",
    "He writes for the Sunday Telegraph and the Monday Gazette.",
    "The Easter Rising is taught in every school.",
    "We had a great time delving into Winter’s Daughter.",
    "I finally read Summer's Lease, a novel set in Italy.",
    "The band opened with Autumn Leaves.",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_day_or_season_beginning_a_name_is_no_date(text: str) -> None:
    assert dated(text) == []


NEIGHBOURS = [
    ("She flew to the island on Thursday.", [("Thursday", "2025-03-06")]),
    ("On Thursday President Lee signed the bill.", [("Thursday", "2025-03-06")]),
    ("Churches were full on Good Friday.", [("Good Friday", "2024-03-29")]),
    ("The agreement was signed on Good Friday, 1998.", [("Good Friday, 1998", "1998-04-10")]),
    ("The ferry left on Friday for the harbour.", [("Friday", "2025-03-07")]),
    ("In Winter we sailed to the islands.", [("Winter", "2024-WI")]),
    ("They sailed in the winter of 2019.", [("the winter of 2019", "2019-WI")]),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_the_same_words_as_a_time_stay_a_date(text: str, expected: list) -> None:
    assert dated(text) == expected
