""" "one day" as some day to come (TIMEX3 FUTURE_REF) between a modal, "to" or a subject and a
bare verb; elsewhere a length of one day, or a point counted from another ("one day later")."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(1998, 3, 3)


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (event.phrase, event.value, event.type)
        for event in find_dates([Paragraph(text=text)], ANCHOR)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Islam will one day be the second largest religion in the country.",
        "He hopes to one day lead the party.",
        "She expressed the hope she one day follow her mother into space.",
        "The drug could one day replace insulin shots.",
        "We'll one day look back on this.",
    ],
)
def test_one_day_before_a_bare_verb_is_some_day_to_come(text: str) -> None:
    assert found(text) == [("one day", "FUTURE_REF", "DATE")]


@pytest.mark.parametrize(
    "text",
    [
        "We met for one day.",
        "It could take one day to fix.",
        "The office was cut to one day a week.",
        "They will stay one day in Paris.",
    ],
)
def test_one_day_as_a_length_stays_a_duration(text: str) -> None:
    assert found(text) == [("one day", "P1D", "DURATION")]


def test_one_day_counted_from_another_time_is_no_future() -> None:
    assert found("The vote came one day later.") == []


def test_a_word_that_only_begins_like_a_modal_is_no_modal() -> None:
    # "Maybe" is no "may": "one day" after it is read as a length, as without it
    assert found("Maybe one day more would do.") == [("one day", "P1D", "DURATION")]
