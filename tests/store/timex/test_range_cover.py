"""A range's two ends ("from 2024 to 2030", "2023-24") each cover the whole range on the
timeline, their TIMEX3 values still their own; lists and lone dates stay as they are; a range
running past when the document can have been written estimates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import estimate, find_dates
from store.timex.when import describe_when

ANCHOR = dt.date(2025, 2, 14)
D = dt.date


def covered(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str | None, D, D]]:
    found = find_dates([Paragraph(text=text)], anchor)
    return [(e.phrase, e.value, e.start, e.end) for e in found]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Demand should climb 5% a year from 2024 to 2030.", D(2024, 1, 1), D(2030, 12, 31)),
        ("Enrolment fell in the 2022-23 school year.", D(2022, 1, 1), D(2023, 12, 31)),
        ("The exhibition ran from March 2021 to January 2022.", D(2021, 3, 1), D(2022, 1, 31)),
        ("Rents rose between June and August 2024.", D(2024, 6, 1), D(2024, 8, 31)),
        ("The mill ran 1921–1958 without a strike.", D(1921, 1, 1), D(1958, 12, 31)),
    ],
)
def test_both_ends_cover_the_range(text: str, first: D, last: D) -> None:
    found = covered(text)
    assert len(found) == 2
    assert [(start, end) for _phrase, _value, start, end in found] == [(first, last)] * 2
    # Each end keeps its own TIMEX3 value, as TimeML marks a range's ends.
    assert found[0][1] != found[1][1]


def test_a_range_end_is_said_as_the_range() -> None:
    found = find_dates([Paragraph(text="Output doubled from 2019 to 2023.")], ANCHOR)
    assert [describe_when(event) for event in found] == ["2019–2023", "2019–2023"]


@pytest.mark.parametrize(
    ("text", "second"),
    [("Prices fell in 2019 and 2020.", 2020), ("It opened in 2019, and in 2023 it closed.", 2023)],
)
def test_a_list_is_no_range(text: str, second: int) -> None:
    assert [(start, end) for _phrase, _value, start, end in covered(text)] == [
        (D(2019, 1, 1), D(2019, 12, 31)),
        (D(second, 1, 1), D(second, 12, 31)),
    ]


def test_a_range_into_the_future_estimates_nothing_but_its_news_does() -> None:
    text = "Sales reached $3 billion in March 2024 and should grow from 2024 to 2040."
    events = find_dates([Paragraph(text=text)], None)
    assert estimate(events, fetched=D(2024, 6, 1)) == (D(2024, 3, 31), "month")
