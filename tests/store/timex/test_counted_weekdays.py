"""A weekday counted in its month: "the first Tuesday of November" is one day, "the first Monday
of the month" and a calendar's rule in the present ("falls on the fourth Thursday of
November") are no date."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates
from store.timex.weekdays import nth_weekday

ANCHOR = dt.date(2025, 3, 12)  # a Wednesday


def dated(text: str) -> list[tuple[str, str | None]]:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(event.phrase, event.value) for event in events if event.type in ("DATE", "TIME")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote will be held on the first Tuesday of November.",
         [("the first Tuesday of November", "2025-11-04")]),
        ("The law took effect on the first Monday of March.",
         [("the first Monday of March", "2025-03-03")]),
        ("Elections fall on the second Tuesday of March 2026.",
         [("the second Tuesday of March 2026", "2026-03-10")]),
        ("In 2019, the fair opened on the Last Friday in May.",
         [("2019", "2019"), ("the Last Friday in May", "2019-05-31")]),
    ],
)  # fmt: skip
def test_a_counted_weekday_of_a_named_month_is_that_day(text: str, expected: list) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Your rent is due on the first Monday of the month.",
        "The club meets on the last Friday of every month.",
        "Reports are filed on the second Tuesday of each quarter.",
        "Thanksgiving falls on the fourth Thursday of November.",
    ],
)
def test_a_counted_weekday_of_any_month_is_no_date(text: str) -> None:
    assert dated(text) == []


def test_a_weekday_neither_counted_nor_generic_is_still_a_day() -> None:
    assert dated("He came on Monday, the first day of the fair.") == [("Monday", "2025-03-10")]


@pytest.mark.parametrize(
    ("year", "month", "weekday", "count", "day"),
    [
        (2025, 11, 3, 4, dt.date(2025, 11, 27)),  # the fourth Thursday: Thanksgiving
        (2025, 5, 0, -1, dt.date(2025, 5, 26)),  # the last Monday: Memorial Day
        (2025, 3, 5, 1, dt.date(2025, 3, 1)),  # a month that opens on the day itself
        (2025, 2, 4, 5, dt.date(2025, 2, 28)),  # no fifth Friday: the last one
    ],
)
def test_nth_weekday_counts_from_the_month_s_start_or_end(
    year: int, month: int, weekday: int, count: int, day: dt.date
) -> None:
    assert nth_weekday(year, month, weekday, count) == day
