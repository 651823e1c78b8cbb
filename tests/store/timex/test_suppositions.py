"""Times in a supposition or a condition name the day a supposed thing would happen, not a dated
day; each trap has a neighbour in nearly the same words that keeps its date."""

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


SUPPOSED = [
    "If the vendor renames its fields tomorrow, our cached tests will still pass.",
    "The build breaks if someone pushes a bad commit tonight.",
    "Even if the shop closes today you can order online.",
    "Suppose the server goes down on Monday.",
    "So imagine the rent doubles next month.",
    "But what if the river floods tomorrow?",
    "Let's say the shipment arrives on Friday: who signs for it?",
    "Say, the printer jams tomorrow morning.",
    "Tests pass.\nImagine a new schema lands next week.",  # a line of its own
    # An example's supposition, whatever its tense.
    "For example, if you want to count the orders placed yesterday, write a query.",
    "For instance, if a new hire joins on July 1, they accrue 10 days by Jan. 1.",
]


@pytest.mark.parametrize("text", SUPPOSED)
def test_a_supposed_time_is_no_date(text: str) -> None:
    assert dated(text) == []


KEPT = [
    # A past in the condition tells of a day that was.
    ("If you missed yesterday's episode, catch up here.", "yesterday", "2025-03-11"),
    # "if" after a verb of asking or knowing is "whether".
    ("He asked if the vote would be held tomorrow.", "tomorrow", "2025-03-13"),
    ("It is not known if the ship sails tomorrow.", "tomorrow", "2025-03-13"),
    # The day is outside the condition's clause.
    ("The vote is tomorrow, if the talks go well.", "tomorrow", "2025-03-13"),
    ("The board meets tomorrow if a quorum is present.", "tomorrow", "2025-03-13"),
    # A supposition only where it opens the sentence, or with "what if".
    ("I suppose the vote will be held on Tuesday.", "Tuesday", "2025-03-18"),
    ("They say the board meets tomorrow.", "tomorrow", "2025-03-13"),
    ("The board meets tomorrow. Imagine the outcome.", "tomorrow", "2025-03-13"),
    # A weekday or month in an "if" clause may be a plan ("if the relatives lose in May").
    ("The boy leaves if his relatives lose their appeal in May.", "May", "2025-05"),
    # An example that supposes nothing.
    ("For example, on Tuesday the firm cut 200 jobs.", "Tuesday", "2025-03-11"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), KEPT)
def test_a_neighbour_of_a_supposition_keeps_its_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in dated(text)


def test_a_calendar_date_in_a_supposition_is_still_a_date() -> None:
    assert dated("Suppose the law takes effect on 1 June 2026.") == [("1 June 2026", "2026-06-01")]
