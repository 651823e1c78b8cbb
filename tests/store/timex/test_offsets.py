"""store.timex.offsets: "the day before/after" a day the text names is one expression, the
day next to it."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2024, 5, 16)  # a Thursday


def found(text: str) -> list[tuple[str, str | None]]:
    return [(e.phrase, e.value) for e in find_dates([Paragraph(text=text)], ANCHOR)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The day before last Tuesday's hearing, he flew home.",
         "The day before last Tuesday", "2024-05-13"),
        ("The shop reopened the day after Christmas 2023.",
         "the day after Christmas 2023", "2023-12-26"),
        ("He resigned the day after March 3, 2020.", "the day after March 3, 2020", "2020-03-04"),
        ("The day after Monday's vote, the minister quit.", "The day after Monday", "2024-05-14"),
        ("Talks ended the day before 1 January 2024.", "the day before 1 January 2024",
         "2023-12-31"),
    ],
)  # fmt: skip
def test_the_day_next_to_a_named_day(text: str, phrase: str, value: str) -> None:
    assert found(text) == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of days is a length of time beside the date, not this expression.
        ("Eight days after May 3, 2024, the index fell.", [("May 3, 2024", "2024-05-03")]),
        # No day named: nothing to move.
        ("The day after the election, the minister quit.", []),
        # A time of day keeps its own value.
        ("He left the day after Friday night.", [("Friday night", "2024-05-10TNI")]),
    ],
)
def test_without_the_day_next_to_a_named_day_nothing_moves(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected
