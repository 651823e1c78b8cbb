"""A time of year said to be the usual one, or in a present description of a kind, recurs
every year: no dated event. Each trap has a neighbour in nearly the same words that is a date."""

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


USUAL = [
    # The adverb is of the time: no tense, future or past, dates it.
    "After the blossom fades, usually in late June or early July, I'll prune again.",
    "The harvest will start, typically around mid-September, once the grapes are sweet.",
    "The fair was usually held in August.",
    "Swallows often arrive in April and leave by October.",
    "We generally meet on a Monday, sometimes on Tuesday.",
    "Frosts normally end by late March or early April.",
    "We generally will close from April 20th to May 1st for a break.",
]


@pytest.mark.parametrize("text", USUAL)
def test_a_time_said_to_be_the_usual_one_is_no_date(text: str) -> None:
    assert dated(text) == []


DESCRIBED = [
    "White flowers are produced in June and July, which feed pollinators.",
    "Leaves turn a deep red in October.",
    "Tomato plants ripen in August in most gardens.",
    "Lilac blooms fade to white in June.",
    "Bluebells can be seen in April and May.",
    "Winter temperatures average below freezing during January and February.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_time_of_year_in_a_description_of_a_kind_is_no_date(text: str) -> None:
    assert dated(text) == []


KEPT = [
    # The adverb qualifies something else; the time is told apart by a comma or a clause.
    ("He usually works late, but in June he left early.", "June", "2024-06"),
    ("He usually works late and in June he left early.", "June", "2024-06"),  # no list
    ("The minister often visits the region and will go there in June.", "June", "2025-06"),
    # A subject with a determiner is some things, not the kind.
    ("The flowers opened in June.", "June", "2024-06"),
    ("Many shops closed in January.", "January", "2025-01"),
    # A present that schedules, a past, a future: dated.
    ("Talks resume in June.", "June", "2025-06"),
    ("Elections are in May.", "May", "2025-05"),
    ("Shares fell in February.", "February", "2025-02"),
    ("Prices will rise in June.", "June", "2025-06"),
    # The time in a clause of its own, or a past elsewhere in the sentence.
    ("Investors receive a bonus share, which is paid in June.", "June", "2025-06"),
    ("Sales slipped in March, May and June 2024.", "May", "2024-05"),
    ("Farmers grow wheat here and the mill opened in October.", "October", "2024-10"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), KEPT)
def test_a_neighbour_of_a_habit_keeps_its_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in dated(text)


def test_a_year_given_with_the_usual_time_keeps_it() -> None:
    assert dated("The fair was usually held in August 2019.") == [("August 2019", "2019-08")]
