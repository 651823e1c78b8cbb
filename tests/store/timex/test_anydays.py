""" "Yesterday", "today" and "tomorrow" in what happens in general (a "whenever" clause, a kind
of thing in advice to the reader) are anyone's day, not the page's; each trap has a neighbour in
nearly the same words that keeps its day."""

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


ANYONES = [
    "“You’re not dwelling on things that happened yesterday that still bother you.”",
    "Don't let anything you ate yesterday spoil your appetite.",
    "Whatever you skipped today, your body will forgive you.",
    "Whenever you feel stuck today, take a walk.",
    "The roof leaks every time it rains tonight or any night.",
    "Each time the market dips tomorrow, buyers will step in.",
    "You think about stuff that went wrong yesterday instead of sleeping.",
]


@pytest.mark.parametrize("text", ANYONES)
def test_anyones_day_is_no_date(text: str) -> None:
    assert dated(text) == []


KEPT = [
    # Without the reader, the things are the page's.
    ("Police are investigating things that happened yesterday.", "yesterday", "2025-03-11"),
    # A definite thing, or the day word outside the clause of "things".
    ("You can read what happened yesterday in our report.", "yesterday", "2025-03-11"),
    ("You saw the things he said, and yesterday you heard more.", "yesterday", "2025-03-11"),
    # The "whenever" clause closed before the day word.
    ("The vote happened yesterday, whenever you look at it.", "yesterday", "2025-03-11"),
    ("The roof leaks whenever it rains, and today it leaked again.", "today", "2025-03-12"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), KEPT)
def test_a_neighbour_of_anyones_day_keeps_its_day(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in dated(text)
