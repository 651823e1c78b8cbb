"""store.timex.narrative: a half year still to come does not replace the quarter a report is
about; a half year begun does (then "a year earlier" is the year before)."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2024, 10, 28)


def value_of(phrase: str, text: str) -> str | None:
    values = [e.value for e in find_dates([Paragraph(text=text)], ANCHOR) if e.phrase == phrase]
    assert len(values) == 1, values
    return values[0]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Acme posted a 20% drop in third-quarter profit. Analysts expect the slump to last "
         "through the first half of 2025. In the year-ago period, Acme earned $3 million.",
         "the year-ago period"),
        ("Acme's third-quarter net fell. Losses are seen through the first half of 2025, and "
         "net was up from a year earlier.", "a year earlier"),
        ("Third-quarter sales slipped; the second half of 2025 should be better. Sales were "
         "$9 million a year ago.", "a year ago"),
    ],
)  # fmt: skip
def test_a_half_year_to_come_keeps_the_quarter_reported(text: str, phrase: str) -> None:
    assert value_of(phrase, text) == "2023-Q3"


def test_a_half_year_begun_is_the_period_compared() -> None:
    text = (
        "Acme posted a 20% drop in third-quarter profit. In the first half of 2024, sales rose "
        "4% from the year-ago period."
    )
    assert value_of("the year-ago period", text) == "2023"
