"""No date that is not a date, on real pages: opening hours, holidays and seasons naming a kind of
thing, habits, indefinite days, cited words, calls to action, page stamps, game quarters,
titles that are spoken years, sizes and counts.

Each trap has a neighbour in the same words that is a date, so a rule that drops every weekday,
holiday or clock time fails here too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 12)  # a Wednesday


def dated(text: str) -> list[tuple[str, str | None]]:
    """The DATE and TIME mentions of `text` (SETs and durations place nothing)."""
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(event.phrase, event.value) for event in events if event.type in ("DATE", "TIME")]


SCHEDULES = [
    "Mon–Fri 9am–5pm, Sat 10am–2pm.",
    "We are open Monday to Friday, 9 a.m. to 5 p.m.",
    "Hours: Monday - Friday 8:00 AM - 6:00 PM",
    "Open seven days a week from 5 a.m. to 9 p.m.",
    "Office hours are 9:30am to 4:30pm, Monday through Thursday.",
    "Call us Monday–Friday, 8am–8pm EST.",
    "Store hours: Sat & Sun 10am - 4pm",
    "Lunch is served daily from noon to 3 p.m.",
    "The museum is open from 10 a.m. to 5 p.m.",
    "Opening times: Tue–Sun, 11:00–22:00",
    "Support: Mon through Fri, 7 AM until 7 PM",
]


@pytest.mark.parametrize("text", SCHEDULES)
def test_opening_hours_are_no_dates(text: str) -> None:
    assert dated(text) == []


KINDS_OF_THINGS = [
    "Here is my Christmas list for the kids.",
    "50 Halloween costume ideas for adults.",
    "The best Thanksgiving recipes for a crowd.",
    "Easter egg hunt tips for toddlers.",
    "Shop our Black Friday deals guide.",
    "Valentine's Day gift ideas for him.",
    "A Christmas tree farm near you.",
    "Mother's Day brunch recipes.",
    "Christmas lights look great on any porch.",
    "A staple of fall wellness routines.",
    "Group 1's early spring showstoppers need no pruning.",
    "Shop our late summer sale picks.",
    "Monday newsletters always feature top lists.",
    # a possessive before the holiday: the preposition governs the noun after it
    "A FitBit sits on your Christmas list.",
    "Gifts go under our Christmas tree.",
]


@pytest.mark.parametrize("text", KINDS_OF_THINGS)
def test_a_holiday_season_or_weekday_naming_a_kind_of_thing_is_no_date(text: str) -> None:
    assert dated(text) == []


OTHER_TRAPS = [
    # habits
    "The shrub typically flowers in late May.",
    "Prune in February each year.",
    "Every April and May the roses bloom.",
    "Congress usually adjourns in August.",
    "The market is normally quiet on Friday.",
    "Planners can scale operations throughout the year.",
    "Care continues throughout the year.",
    # a present of habit with a verb of scheduled events: no schedule to come
    "Consultants often travel Monday through Thursday.",
    "The board usually meets on Tuesday.",
    # a weekday alone on its line: a day of a plan or a menu
    "Monday",
    "## Tuesday:",
    "**Wednesday**",
    "Trains typically leave in March for the coast.",
    # indefinite days
    "We had to rush to a hospital on a Sunday.",
    "It happened on a sunny Friday morning.",
    "Never schedule a launch on a Friday.",
    # words cited
    "It's okay to change “today” to “yesterday”.",
    'The word "Monday" comes from the moon.',
    # calls to action
    "Get started today.",
    "Contact us today to book a consultation!",
    "Schedule an appointment with us today and smile!",
    "Give us a call today.",
    "Sign up today for our newsletter.",
    # the present age
    "Mothers in today's world work.",
    "Many of today's computers use it.",
    "Stand out in today’s competitive market.",
    # a page's stamps
    "Updated 3:45 PM",
    "Last updated: 10:32 AM EST",
    "Comments (12) · 5:14 pm",
    "Posted by jane_doe | 11:02 am",
    # a game's quarters
    "The Lakers scored 30 points in the fourth quarter.",
    "He was injured in the third quarter of the game.",
    "The Bills led at halftime but trailed in the fourth quarter.",
    # titles and numbers that look like years
    "Nineteen Eighty-Four is a novel by George Orwell.",
    "He has twenty twenty vision.",
    "A 1920 x 1080 display.",
    "The panel runs at 2560×1440.",
    "Rated 4.5 out of 5 by 2021 reviewers.",
    "The app passed 2000 downloads.",
    "They harvested half of 2000 grapes.",
    "Most of 1500 acres lay fallow.",
    # examples of a kind, a holiday as a topic, a condition, a season glossed by its months
    "Movers get booked up in busy seasons (like summer or the end of the month).",
    "Book early for peak times such as Easter or the weekend.",
    "So many images come to mind when you think of Thanksgiving Day.",
    "The magic of Christmas is in the small things.",
    "The ghosts of Halloween parties and summers spent on the beach are painted in oils.",
    "If the alarm goes off at 3 AM, check the sensor.",
    "Whenever the backup runs at 2:30 a.m. the site slows down.",
    "Late Summer (July–Sept)",
    "Prune Early Summer (May-June) bloomers lightly.",
    "You'll receive consistent care throughout the year.",
]


@pytest.mark.parametrize("text", OTHER_TRAPS)
def test_a_trap_on_a_page_is_no_date(text: str) -> None:
    assert dated(text) == []


NEIGHBOURS = [
    # hours of an occasion, or with its date
    ("The rally ran from 10 a.m. to 5 p.m.", ["10 a.m.", "5 p.m."]),
    ("Polls are open from 7 a.m. to 8 p.m. on March 18.", ["7 a.m.", "8 p.m. on March 18"]),
    ("Talks will run from Monday to Friday.", ["Monday", "Friday"]),
    ("Statements were made Friday and Thursday.", ["Friday", "Thursday"]),
    # a holiday or weekday placed by a preposition, a determiner or a tense
    ("Christmas sales rose 4% last year.", ["Christmas", "last year"]),
    ("Cyber Monday sales will top records.", ["Cyber Monday"]),
    ("We will have turkey for Christmas dinner.", ["Christmas"]),
    ("The late summer heat wave killed 40 people.", ["The late summer"]),
    ("The Friday explosions killed 200 people.", ["Friday"]),
    ("Castro attended a rally Thursday.", ["Thursday"]),
    ("Rebels meet Monday with negotiators.", ["Monday"]),
    # no habit
    ("The shrub flowered in late May.", ["late May"]),
    ("He left each of the firms in March.", ["March"]),
    ("Sales rose throughout the year.", ["the year"]),
    ("They met at each other's homes on Friday.", ["Friday"]),
    # a dated day
    ("He was born on Sunday.", ["Sunday"]),
    ("She spoke at a news conference Friday.", ["Friday"]),
    # a telling, and a quote that opens with a date word
    ("The firm said today that it will call back.", ["today"]),
    ("“Today, we act,” he said.", ["Today"]),
    ("Updated: January 2, 2025, 9:06am CST.", ["January 2, 2025", "9:06am CST"]),
    ("Today's vote was close.", ["Today"]),
    ("At today's meeting, the board will vote.", ["today"]),
    ("And now for today's geography quiz.", ["now", "today"]),
    # a quarter of a year
    ("Profit in the third quarter of the year rose.", ["the third quarter", "the year"]),
    ("Profit rose 30 points in the fourth quarter.", ["the fourth quarter"]),
    # spoken years and years beside numbers
    ("In nineteen ninety-four, prices fell.", ["nineteen ninety-four"]),
    ("January nineteen ninety-seven. Atlanta again.", ["January nineteen ninety-seven"]),
    ("In 1920, the league was formed.", ["1920"]),
    ("Half of 2000 was spent abroad.", ["2000"]),
    ("Sales in the first half of 2000 fell.", ["the first half of 2000"]),
    # a period placed by its tense or a preposition of time, not given as an example
    ("Movers were booked up at the end of the month.", ["the end of the month"]),
    ("The week of Thanksgiving was busy.", ["Thanksgiving"]),
    ("We will have turkey for Christmas.", ["Christmas"]),
    ("The alarm went off at 3 AM.", ["3 AM"]),
    ("If the vote passes on Tuesday at 3 PM, the law takes effect.", ["Tuesday", "3 PM"]),
    ("The vines bloomed in late summer.", ["late summer"]),
    ("The firm will hire throughout the year.", ["the year"]),
    ("It looks like Tuesday's vote will pass.", ["Tuesday"]),
    ("I would like Monday off.", ["Monday"]),
    # a heading that gives its date, and a weekday in a sentence
    ("Monday, March 10", ["Monday, March 10"]),
    ("Lunch: leftovers from Monday's soup.", ["Monday"]),
    # a holiday owned but placed by its tense
    ("They will meet on their Easter break.", ["Easter"]),
    # capitalised words either side name a product; a person after a day does not
    ("Fans can bundle NFL Sunday Ticket at a discount.", []),
    ("The World Court Friday rejected the appeal.", ["Friday"]),
    ("On Monday I flew home.", ["Monday"]),
]


@pytest.mark.parametrize(("text", "phrases"), NEIGHBOURS)
def test_a_neighbour_of_a_page_trap_is_still_a_date(text: str, phrases: list[str]) -> None:
    assert [phrase for phrase, _value in dated(text)] == phrases


def test_a_spoken_year_takes_the_month_or_season_before_it() -> None:
    assert dated("January nineteen ninety-seven. Atlanta again.") == [
        ("January nineteen ninety-seven", "1997-01")
    ]
    assert dated("Prices sank in the winter of nineteen ninety-four.") == [
        ("the winter of nineteen ninety-four", "1994-WI")
    ]


def test_a_page_of_traps_keeps_only_its_dates() -> None:
    paragraphs = [
        Paragraph(kind="heading", text="Holiday hours and gift guide"),
        Paragraph(text="Store hours: Mon–Sat 9am–6pm, Sun 11am–4pm."),
        Paragraph(text="Our Christmas gift ideas for teachers are back. Shop today!"),
        Paragraph(text="We will close early on Christmas Eve and reopen on Dec. 27."),
        Paragraph(text="Posted by Sam · 4:12 pm"),
    ]
    events = find_dates(paragraphs, ANCHOR)
    assert [(event.phrase, event.value) for event in events] == [
        ("Christmas Eve", "2025-12-24"),
        ("Dec. 27", "2025-12-27"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Today," opening a sentence in the present simple: the age, not the day.
        ("Today, the group counts more than 400 members.", [("Today", "PRESENT_REF")]),
        ("Today, the old mill is a museum.", [("Today", "PRESENT_REF")]),
        ("Today, there are more than 2,000 stores.", [("Today", "PRESENT_REF")]),
        ("Few could read. And today, most families have two cars.", [("today", "PRESENT_REF")]),
        # Someone's age now, with a comma or without: a state, not the day's news.
        ("Today she is 45 and runs a bakery.", [("Today", "PRESENT_REF")]),
        ("Today Mr. Okafor is 61.", [("Today", "PRESENT_REF")]),
        ("Today, Lee's 82 years old.", [("Today", "PRESENT_REF")]),
        ("He fled in 1990. Today he is forty-two.", [("1990", "1990"), ("Today", "PRESENT_REF")]),
        # The day's news: a past verb, a participle, a telling, or "today" inside a sentence.
        ("Today, the company announced a new chief.", [("Today", "2025-03-12")]),
        ("Today, the company is announcing a new chief.", [("Today", "2025-03-12")]),
        ("Today, the vote is expected to pass.", [("Today", "2025-03-12")]),
        ("Today, Acme has signed the deal.", [("Today", "2025-03-12")]),
        ("Today, the company said it is a leader.", [("Today", "2025-03-12")]),
        ("Today, it is time to vote.", [("Today", "2025-03-12")]),
        ("He said today, the market is closed.", [("today", "2025-03-12")]),
        # A number that is no age, a birthday, or an age told by someone: the day.
        ("Today the index is 45 points higher.", [("Today", "2025-03-12")]),
        ("Today he turns 30.", [("Today", "2025-03-12")]),
        ("Today the firm said it is 45.", [("Today", "2025-03-12")]),
        ("Today she is flying to Paris.", [("Today", "2025-03-12")]),
    ],
)  # fmt: skip
def test_today_opening_a_present_statement_is_the_age(
    text: str, expected: list[tuple[str, str]]
) -> None:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    assert [(event.phrase, event.value) for event in events] == expected
