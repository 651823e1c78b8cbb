"""Dates a page invented from words that name no time of its own: an ordinal "second" read as a
second of time, a time of year in what the reader may come to see, and "today" in a request to
get in touch. Each trap has a neighbour in the same words that keeps its date or duration.
"""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 9, 16)  # a Tuesday


def found(text: str) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)]


ORDINAL_SECONDS = [
    "Then I'll go back in for a second, lighter prune.",
    "They came back for a second and final round of talks.",
    "It may take a second or third attempt.",
    "The club pushed for a second, much longer season.",
]


@pytest.mark.parametrize("text", ORDINAL_SECONDS)
def test_a_second_joined_to_another_word_of_its_noun_is_the_ordinal(text: str) -> None:
    assert found(text) == []


SECONDS_OF_TIME = [
    ("For a second, nobody spoke.", "a second"),
    ("Stop for a second and think.", "a second"),
    ("It paused for a second or two.", "a second"),
    ("Hold it for a second, then let go.", "a second"),
    ("I froze for a second, unsure what to do.", "a second"),
    ("She paused for a second and looked around the room.", "a second"),
]


@pytest.mark.parametrize(("text", "phrase"), SECONDS_OF_TIME)
def test_a_second_before_a_clause_or_a_count_is_a_second_of_time(text: str, phrase: str) -> None:
    assert found(text) == [(phrase, "PT1S")]


READERS_SEASONS = [
    "In May, you may see Pacific dogwood in bloom just below the waterfall.",
    "You can spot whales from the cliffs in late summer.",
    "In October you'll see the maples turn red.",
    "In spring you might hear frogs by the pond.",
    "Visitors are welcome, and in winter you could ski from the door.",
]


@pytest.mark.parametrize("text", READERS_SEASONS)
def test_a_time_of_year_in_what_the_reader_may_see_is_no_date(text: str) -> None:
    assert found(text) == []


READERS_DATES = [
    # a change that begins then, a plain future, a past, another's possibility, a schedule
    ("Since May, you can see the new wing.", "May", "2025-05"),
    ("Beginning in late May, you can watch the talks online.", "late May", "2025-05"),
    ("In May, you will get a refund.", "May", "2026-05"),
    ("In May, you may have seen the report.", "May", "2025-05"),
    ("If you bought shares in May, you may be owed money.", "May", "2025-05"),
    ("In May, the council may see its budget cut.", "May", "2026-05"),
    ("The park reopens in May, so you can visit then.", "May", "2026-05"),
    ("You can see the show until October 2026.", "October 2026", "2026-10"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), READERS_DATES)
def test_a_neighbour_of_the_readers_season_keeps_its_date(
    text: str, phrase: str, value: str
) -> None:
    assert found(text) == [(phrase, value)]


CALLS_TO_GET_IN_TOUCH = [
    "Want to see how we can help? Get in touch with us today.",
    "Reach out to us today for a free quote.",
    "Come and see us today!",
    "Talk to me today.",
    "Get in touch with us today to book a visit.",
]


@pytest.mark.parametrize("text", CALLS_TO_GET_IN_TOUCH)
def test_a_request_to_get_in_touch_today_is_no_date(text: str) -> None:
    assert found(text) == []


TOLD_US_TODAY = [
    "Police spoke to us today.",
    "The minister met with us today.",
    "Residents wrote to us today.",
    "The mayor told us today that the plan is dead.",
    "Officials in the city briefed us today.",
]


@pytest.mark.parametrize("text", TOLD_US_TODAY)
def test_news_told_to_us_today_keeps_the_day(text: str) -> None:
    assert found(text) == [("today", "2025-09-16")]


READERS_OCCASIONS = [
    # the reader doing something other than seeing: a dated occasion
    ("You can file your returns once the agency opens in January.", "January", "2026-01"),
    ("With January around the corner, you may already be planning.", "January", "2026-01"),
    ("You could use the new rates that will be introduced in March.", "March", "2026-03"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), READERS_OCCASIONS)
def test_the_reader_doing_something_in_a_month_keeps_its_date(
    text: str, phrase: str, value: str
) -> None:
    assert found(text) == [(phrase, value)]
