"""store.timex.generic: "the end of the year" in a rule, "over the course of the year" and
"at all times of the year" name any year; in news or as a deadline they are the document's."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 6, 9)


def values(text: str) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)]


@pytest.mark.parametrize(
    "text",
    [
        # A rule in the present, placed at a part of every year.
        "The account balance drops to zero at the end of the year.",
        "In this plan, points vanish at the end of the month.",
        "The counter resets at the start of the week.",
        # All of any year.
        "Staff earn vacation days over the course of the year.",
        "Members earn credits during the course of the year.",
        # Whichever year.
        "The hedge looks good at all times of the year.",
        "Tulips can be planted at any time of the year in mild climates.",
    ],
)
def test_a_part_or_stretch_of_any_year_names_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # News: a past, a future, a schedule.
        ("Sales rose sharply at the end of the year.", "2025"),
        ("The firm expects to hire 200 people at the end of the year.", "2025"),
        ("The plant will close at the end of the month.", "2025-06"),
        ("Sales fell during the course of the year.", "2025"),
        # A bound is a deadline, dated whatever the tense.
        ("The aim is a cut of $5 million by the end of the year.", "2025"),
        ("Now through the end of the year is the busiest season for the shops.", "2025"),
        ("Customers get a refund before the end of the month.", "2025-06"),
    ],
)
def test_a_part_of_the_year_in_news_or_as_a_deadline_is_dated(text: str, value: str) -> None:
    assert [found for phrase, found in values(text) if "the " in phrase] == [value]
