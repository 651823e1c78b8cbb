""" "the past year" is the twelve months up to the document date (P1Y), not the calendar year
before it; "the last year" keeps TimeML's reading of the year before."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 7, 8)


def events(text: str) -> list[tuple[str, str, str | None, dt.date | None, dt.date | None]]:
    found = find_dates([Paragraph(text=text)], ANCHOR)
    return [(e.phrase, e.type, e.value, e.start, e.end) for e in found]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "start"),
    [
        ("The charity fed 4,000 families in the past year.", "the past year", "P1Y", (2024, 7, 8)),
        ("Over the past month, rents have crept up.", "the past month", "P1M", (2025, 6, 8)),
        ("The past week was the busiest on record.", "The past week", "P1W", (2025, 7, 1)),
        (
            "Membership doubled during the past year and a half.",
            "the past year",
            "P1Y",
            (2024, 7, 8),
        ),
    ],
)
def test_the_past_unit_runs_up_to_the_document_date(
    text: str, phrase: str, value: str, start: tuple[int, int, int]
) -> None:
    assert events(text)[0] == (phrase, "DURATION", value, dt.date(*start), ANCHOR)


def test_the_last_year_is_still_the_year_before() -> None:
    assert events("Profits fell over the last year.") == [
        ("the last year", "DATE", "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    ]


def test_the_past_year_in_an_undated_document_is_unplaced() -> None:
    found = find_dates([Paragraph(text="Prices rose in the past year.")], None)
    assert [(e.phrase, e.type, e.start, e.end) for e in found] == [
        ("the past year", "DURATION", None, None)
    ]
