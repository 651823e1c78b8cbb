"""Tense read off words (issue #20): a passive or adjectival "-ed" form is no past, a modal or a
bare "expect" no future time, and a "today" of what people do nowadays or of a call to action
is no event of the page's day."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates
from store.timex.past import has_finite_past
from store.timex.tense import FUTURE, FUTURE_TIME, future_time_before, tense_direction

ANCHOR = dt.date(2024, 10, 11)


def whole_past(text: str) -> bool:
    return has_finite_past(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Leftover credits are forfeited when the plan renews.",
        "Refunds are automatically processed within a week.",
        "Our crews are highly specialized in slate roofs.",
        "Unused vouchers expire after a year.",
        "Discounted seats go quickly, so book early.",
        "Any unclaimed prizes return to the pool.",
        "Every registered member gets a vote.",
        "These AI-assisted tools draft the first version for you.",
        "Hand-picked tea leaves give it a softer taste.",
    ],
)
def test_passive_or_adjectival_ed_is_no_past(text: str) -> None:
    assert not whole_past(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council approved it after a long debate.",
        "We quickly signed up for the newsletter.",
        "The family rented it for a summer.",
        "Signed the lease on Friday and moved in.",
        "She also joined the board.",
    ],
)
def test_finite_past_is_still_read(text: str) -> None:
    assert whole_past(text)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a passive before the date leaves the direction to the nearest day
        ("Unused balances are forfeited on December 31.", 0),
        ("Late fees are automatically waived on Monday.", 0),
        # a past verb still points back
        ("The club waived its fees on Monday.", -1),
    ],
)
def test_passive_before_a_date_points_nowhere(text: str, direction: int) -> None:
    at = text.index(" on ") + 4
    assert tense_direction(text, at, text.index(".")) == direction


@pytest.mark.parametrize(
    "text",
    [
        "Buyers expect more than a glossy brochure.",
        "Homes built now may need smaller boilers.",
        "Every guest must sign the register.",
        "Tenants might notice the change.",
    ],
)
def test_modal_or_bare_expectation_is_no_future_time(text: str) -> None:
    assert FUTURE.search(text) is not None  # a date after them still lies ahead
    assert FUTURE_TIME.search(text) is None
    assert not future_time_before(text, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The board will meet on Friday.",
        "The firm expects the deal to close in March.",
        "Analysts expected sales to rise in March.",
        "We're going to launch it next week.",
        "They'll announce the winner soon.",
    ],
)
def test_words_of_time_to_come_are_future_time(text: str) -> None:
    assert future_time_before(text, len(text))


def today_value(text: str) -> str | None:
    values = [
        event.value
        for event in find_dates([Paragraph(text=text)], ANCHOR)
        if event.phrase.lower() == "today"
    ]
    assert len(values) <= 1
    return values[0] if values else None


@pytest.mark.parametrize(
    "text",
    [
        # a plain present of what people do, describing the noun before it
        "Here we look at the risks small shops face today.",
        "These are the methods illustrators use today.",
        "We look at what renters want today, and why.",
        # a call to action before a comma
        "Connect with us today, and we can plan your kitchen together.",
        "Reach out to me today; the first lesson is free.",
        # a bare expectation or a modal says what holds now
        "Today's shoppers expect fast delivery.",
        "Today's tenants may want shorter leases.",
    ],
)
def test_today_of_what_holds_now_is_undated(text: str) -> None:
    assert today_value(text) in (None, "PRESENT_REF")


@pytest.mark.parametrize(
    "text",
    [
        "Both teams play today at the city stadium.",
        "Officials said the unions strike today.",
        "The firm announced its results today.",
        "Voters will choose a new mayor today.",
        "Police spoke to us today, and the road reopened.",
        "Today's shoppers will find the doors open at six.",
    ],
)
def test_today_of_an_event_keeps_the_day(text: str) -> None:
    assert today_value(text) == "2024-10-11"
