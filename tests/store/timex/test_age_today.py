"""store.timex.age_today and addressed: a "today" that describes the age is PRESENT_REF or
left out; a "today" of the day's own news keeps the day."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2024, 5, 13)
DAY = "2024-05-13"


def today_values(text: str) -> list[str | None]:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [event.value for event in events if "today" in event.phrase.lower()]


AGE = [
    # A sentence opened by "Today" stating what is so nowadays.
    "Ferries once took a week. Today, cargo planes cross the ocean in hours.",
    "Early radios filled a room. Today pocket receivers cost a few dollars.",
    "Copper pipes were the rule. Today, plastic tubing is considered safer by most plumbers.",
    "Few farms had tractors. Yet today, only a handful of growers plough by hand.",
    "The mill closed long ago. And today, the building houses a museum of looms.",
    "Today, embracing forty branches in nine countries, the bank is known for its loans.",
    # "of today", and where things stand.
    "The show runs from the portraits of the 1900s to the street photographs of today.",
    "Chess has never been as popular as it is today, with millions playing online.",
    "Let's see how things stand today.",
    "Let's look at where the shipping business is today.",
    # Things that exist nowadays.
    "There are many budgeting apps available today.",
    "Here are six of the most common payment methods in use today.",
    "We compare the cheapest e-bikes on the market today, from folding to cargo models.",
    "Is there a finer novelist operating today than her?",
    # A subject, "today", then a modal or a negated present: what holds nowadays.
    "A good resume today must fit on one page.",
    "Young drivers today can expect higher premiums.",
    "A phone plan today isn't just about minutes.",
    # "that" as a determiner, not the day: the company's present.
    "The shop opened in 1950. Today, that company employs 3,000 people.",
]


@pytest.mark.parametrize("text", AGE)
def test_a_today_of_the_age_is_present_ref(text: str) -> None:
    assert today_values(text) == ["PRESENT_REF"]


DAY_NEWS = [
    "Today, we're releasing the second version of the library.",
    "Today I picked three kitchens that readers sent in.",
    "Today, the company announced a new chief executive.",
    "Today the museum unveils its new wing to visitors.",
    "Today, the Senate votes on the budget.",
    "Today, the index is trading lower after the report.",
    "Today is the last day to register for the race.",
    "Today we will build a small web server.",
    "Today marks ten years since the bridge opened.",
    "But today? Nothing.",
    "Today, shares of the bank are 3% down in early trading.",
    "Today, this is the final episode of the series.",
    "Today the orchestra celebrates its founder with a free concert.",
    "Today, the old bridge reopens to cars.",
    "The update is available today for all phones.",
    "Officials today said the bridge must close.",
    "The minister today could not be reached.",
    "Submit the form by the end of today.",
    "It is not as hot as it is today.",
    "What day is today?",
    "The new tablets were on the market today after a long delay.",
]


@pytest.mark.parametrize("text", DAY_NEWS)
def test_a_today_of_the_days_news_keeps_the_day(text: str) -> None:
    assert today_values(text) == [DAY]


@pytest.mark.parametrize(
    "text",
    [
        "Today’s commuters are highly connected.",
        "The old menus fail to impress today's demanding diners.",
        "Today's phones are slim and varied, from foldables to rugged models.",
    ],
)
def test_todays_kind_of_thing_in_the_present_names_no_day(text: str) -> None:
    assert today_values(text) == []  # TimeML leaves "today's diners" unmarked


@pytest.mark.parametrize(
    "text",
    [
        "The offer, advertised in today's editions of the paper, is scheduled to expire soon.",
        "Officials cancelled the final, and today's matches were postponed.",
    ],
)
def test_todays_things_beside_a_past_or_a_future_keep_the_day(text: str) -> None:
    assert today_values(text) == [DAY]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Planners sketch the cities of tomorrow.", "tomorrow", "FUTURE_REF"),
        (
            "The firm wants to build the data centres of tomorrow, at scale.",
            "tomorrow",
            "FUTURE_REF",
        ),
        ("These are the heroes of yesterday.", "yesterday", "PAST_REF"),
        # "as of" counts from the day; a day's own news keeps it.
        ("As of yesterday, 40 people had registered.", "yesterday", "2024-05-12"),
        ("Prices as of today are listed below.", "today", DAY),
        ("The vote of the committee is due tomorrow.", "tomorrow", "2024-05-14"),
    ],
)
def test_of_tomorrow_and_of_yesterday_are_the_future_and_the_past(
    text: str, word: str, value: str
) -> None:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    assert [event.value for event in events if event.phrase.lower() == word] == [value]
