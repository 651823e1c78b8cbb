""" "the day before" and "the day after" with something after them: "yesterday" or "tomorrow"
(counted from the document's day), or an event beside a date ("Oct. 12, the day before the
plunge": the date itself, not the day before it)."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(1989, 10, 30)  # a Monday


def found(text: str) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met the day before yesterday.", [("the day before yesterday", "1989-10-28")]),
        ("The vote is the day after tomorrow.", [("the day after tomorrow", "1989-11-01")]),
        ("The Day before yesterday, it rained.", [("The Day before yesterday", "1989-10-28")]),
    ],
)
def test_the_day_before_yesterday_counts_from_the_document_s_day(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight days after Oct. 12, the day before the plunge, the index fell.",
         [("Oct. 12", "1989-10-12"), ("the day", "1989-10-12")]),
        ("They voted on Friday, the day after the debate.",
         [("Friday", "1989-10-27"), ("the day", "1989-10-27")]),
        ("In 1987, the year before the merger, it lost money.",
         [("1987", "1987"), ("the year", "1987")]),
        ("It began in March, the month after his election.",
         [("March", "1989-03"), ("the month", "1989-03")]),
    ],
)  # fmt: skip
def test_the_day_beside_a_date_is_that_date(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no date beside it: counted from the last date, as before
        ("It closed on May 3. The day before, it rose.",
         [("May 3", "1989-05-03"), ("The day before", "1989-05-02")]),
        ("It opened May 3, the day after that.",
         [("May 3", "1989-05-03"), ("the day after", "1989-05-04")]),
        ("He came on May 3 and left the day after the vote.",
         [("May 3", "1989-05-03"), ("the day after", "1989-05-04")]),
        # no date before at all: nothing to count from
        ("They came to his house the day after his death.", []),
    ],
)  # fmt: skip
def test_without_a_date_beside_it_the_day_before_counts_from_the_last_date(
    text: str, expected: list
) -> None:
    assert found(text) == expected
