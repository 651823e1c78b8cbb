"""A page's "today" that describes the age is TIMEX3's PRESENT_REF; a "today" of something done
or to come on the day keeps the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2024, 10, 11)


def today_value(text: str) -> str | None:
    found = [event for event in find_dates([Paragraph(text=text)], ANCHOR)]
    values = [event.value for event in found if event.phrase.lower() == "today"]
    assert len(values) == 1, found
    return values[0]


@pytest.mark.parametrize(
    "text",
    [
        # a state said of a kind of thing, "today" closing the clause
        "Cloud storage has become a necessity today.",
        "Subscription boxes are a fixture today that shoppers expect.",
        "Remote hiring is now the norm today, not the exception.",
        "Home gardening is no longer a niche hobby; it's becoming a mainstream pastime today.",
        "Electric bikes remain one of the fastest-growing categories today.",
        # "Today," and the age described
        "Today, it's a crowded field with dozens of vendors.",
        "Today, there are more than two billion smartphone owners.",
        # advice the reader may act on whenever they read it
        "Here are five habits you can adopt today to sleep better.",
        "These are the steps you should take today if you rent.",
    ],
)
def test_today_of_the_age_is_present_ref(text: str) -> None:
    assert today_value(text) == "PRESENT_REF"


@pytest.mark.parametrize(
    "text",
    [
        "The company announced today that it had cut 300 jobs.",
        "The council will vote today on the new budget.",
        "Shares of the bank were a bargain today after the report.",
        "It is a holiday today, so the markets are shut.",
        "This is the last day today for early registration.",
        "We are willing to talk today about the ceasefire.",
        "Prices are the highest today since the spring.",
        "Today, the court is expected to rule on the appeal.",
        "Today, it's raining across most of the region.",
    ],
)
def test_today_of_an_event_keeps_the_day(text: str) -> None:
    assert today_value(text) == "2024-10-11"
