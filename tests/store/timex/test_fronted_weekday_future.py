"""A weekday opening its sentence before a comma takes the main clause's present future ("On
Tuesday, the league plans to hold a news conference" is the coming Tuesday); a past verb, a
telling or a plan seen from the past before that future keeps the past one."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(1998, 10, 26)  # a Monday
COMING, PAST = "1998-10-27", "1998-10-20"


def tuesday(text: str) -> str | None:
    (event,) = find_dates([Paragraph(text=text)], ANCHOR)
    assert event.phrase.endswith("Tuesday")
    return event.value


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, the league plans to hold a news conference.",
        "On Tuesday, talks will resume in Geneva.",
        "Tuesday, the firm is expected to report its earnings.",
        "On Tuesday, both chambers are set to vote on the bill.",
        "On Tuesday, the band'll play in Leeds.",
    ],
)
def test_a_fronted_weekday_before_a_present_future_is_the_coming_one(text: str) -> None:
    assert tuesday(text) == COMING


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, he said he will resign.",
        "On Tuesday, officials announced that talks will resume.",
        "On Tuesday, the government planned to pay the first claims.",
        "On Tuesday, the league held a news conference.",
        "The league held a news conference on Tuesday, and it will meet again.",
    ],
)
def test_a_fronted_weekday_with_a_past_or_a_telling_is_the_past_one(text: str) -> None:
    assert tuesday(text) == PAST
