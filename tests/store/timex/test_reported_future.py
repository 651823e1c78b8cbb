"""A future seen from the past: "would", "must", "should", "may" or "might" after a past verb
("had ruled that he must be returned") point ahead of that past, not of the document date, so a
later clause's bare day is the nearest one, not the next; "will" after a past verb ("said the
plant will close") is still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2000, 1, 15)  # a Saturday


def found(text: str) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)]


@pytest.mark.parametrize(
    "text",
    [
        "The agency had ruled that the boy must be returned, and set Friday as the deadline.",
        "The court ruled he should be freed, and set Friday for a hearing.",
        "He warned that prices may rise, and the board met on Friday.",
        "The judge decided the case would be heard, and named Friday as the day.",
    ],
)
def test_a_day_after_a_future_seen_from_the_past_is_the_nearest(text: str) -> None:
    assert found(text) == [("Friday", "2000-01-14")]


@pytest.mark.parametrize(
    "text",
    [
        "He said the plant will close, and workers leave on Friday.",
        "The court must rule, and the parties meet on Friday.",
        "Officials said he would testify, and the panel meets on Friday.",
        "The agency must return the boy by Friday.",
    ],
)
def test_a_future_from_the_moment_of_writing_still_points_ahead(text: str) -> None:
    assert found(text) == [("Friday", "2000-01-21")]
