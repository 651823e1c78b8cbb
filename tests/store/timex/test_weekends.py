""" "The weekend" in advice, an order or a habit is any weekend, not a dated one; each trap has a
neighbour in nearly the same words that keeps its weekend."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 12)  # a Wednesday


def dated(text: str) -> list[tuple[str, str | None]]:
    """The DATE and TIME mentions of `text`, phrase and value."""
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(event.phrase, event.value) for event in events if event.type in ("DATE", "TIME")]


ANY_WEEKEND = [
    "Not ready to buy? Why not rent a convertible for the weekend instead?",
    "Before you get excited about a boat to hire for the weekend, check the age rules.",
    "If you're moving on the weekend, book a crew with round-the-clock support.",
    "Pack a cooler and head to the lake for the weekend.",
    "You'll want to rest over the weekend after a marathon.",
    "Consultants fly home on Thursday, often catching up on email during the weekend.",
    "Families typically rent cabins for the weekend.",
]


@pytest.mark.parametrize("text", ANY_WEEKEND)
def test_any_weekend_is_no_date(text: str) -> None:
    assert dated(text) == []


KEPT = [
    ("Over the weekend, officials confirmed the reports.", "2025-W10-WE"),
    ("The minister will travel to Paris over the weekend.", "2025-W11-WE"),
    ("You missed it over the weekend.", "2025-W10-WE"),  # a past said to the reader
    ("Did you see the eclipse over the weekend?", "2025-W10-WE"),
    ("Traders squared their positions ahead of the weekend.", "2025-W10-WE"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_reported_or_planned_weekend_keeps_its_date(text: str, value: str) -> None:
    assert ("the weekend", value) in dated(text)


@pytest.mark.parametrize(
    "text",
    ["Let's see if the servers recover after the weekend.", "Let us meet over the weekend."],
)
def test_the_writers_own_plan_keeps_its_weekend(text: str) -> None:
    assert [phrase for phrase, _value in dated(text)] == ["the weekend"]
