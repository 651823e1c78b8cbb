""" "today" speaking of the age rather than the day: "Today's consumers want", "Cars today have
GPS", "in today's interconnected world"; each beside news in nearly the same words whose
"today" is the day of writing."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 12)


def dated(text: str) -> list[tuple[str, str | None]]:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(event.phrase, event.value) for event in events if event.type in ("DATE", "TIME")]


THE_AGE = [
    "Today’s consumers want to know exactly what is in their food.",
    "Designers rely on today’s top digital design tools.",
    "In today’s interconnected world, smart appliances have transformed homes.",
    "You will learn to sell in today’s competitive markets.",
    "The images keep their promises for today’s threat landscape.",
    "Cars today have GPS and air conditioning.",
    "Most businesses today invest heavily in search.",
    "Patients today expect more than treatment.",
]


@pytest.mark.parametrize("text", THE_AGE)
def test_today_of_the_age_is_no_date(text: str) -> None:
    assert dated(text) == []


THE_DAY = [
    "The offer, advertised in today's editions of the Journal, expires soon.",
    "Today's vote was close.",
    "Today's news is grim.",
    "Today's talks resume at noon.",
    "Today's talks will resume at noon.",
    "Officials today said the plan would fail.",
    "Poland and Hungary today became members of NATO.",
    "Workers today went on strike.",
    "Investors today will watch the central bank.",
    "Markets today rallied.",
]


@pytest.mark.parametrize("text", THE_DAY)
def test_today_of_the_news_is_the_documents_day(text: str) -> None:
    assert [value for phrase, value in dated(text) if phrase.lower() == "today"] == ["2025-03-12"]
