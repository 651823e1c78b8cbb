"""Seasons, "today", calendar periods and weekdays that recur or are said to the reader: no
dated events. Each trap has a neighbour in nearly the same words that is a date, so a rule
that drops every season, "today" or weekday fails here too."""

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


def phrases(text: str) -> list[str]:
    return [phrase for phrase, _value in dated(text)]


GENERIC_SEASONS = [
    "This spring-loaded hinge snaps shut.",  # a hyphened compound, not a season
    "A summer-long festival of film.",
    "Apply in summer, fall, or spring.",  # a choice of seasons, an imperative
    "Sow the seeds in spring or autumn for the best results.",
    "Cut them back in late winter or early spring.",
    "Tomatoes grow strongest in the middle of summer.",  # the present: every summer
    "Tours can fill up quickly, especially in summer.",
    "The foliage turns red when temperatures drop in winter.",
    "If you'll be away for part of the summer, ask a neighbour to water.",  # advice
    "Plant the bulbs in the fall and they will flower.",  # an imperative with a future
    "The festival will run in spring and summer, as every year it does.",
    "Cut them back hard in late winter.",  # an imperative with its object
    # "-ed" adjectives are no past: "guided tours", "edged with red".
    "Safe and guided: guides handle the driving, especially in winter.",
    "Its foliage, edged with red, is most notable in winter.",
]


@pytest.mark.parametrize("text", GENERIC_SEASONS)
def test_a_season_no_tense_places_is_no_date(text: str) -> None:
    assert dated(text) == []


DATED_SEASONS = [
    ("The school reopened in autumn.", "autumn", "2024-FA"),
    ("The museum will reopen in the spring.", "the spring", "2025-SP"),
    ("Demand was hard to meet, and problems made it so\nwell into the summer.", "", "2024-SU"),
    ("Officials said the bridge would close in the fall.", "the fall", "2025-FA"),
    ("In Summer we sailed to the islands.", "Summer", "2024-SU"),
    ("They planted the orchard in late winter.", "late winter", "2024-WI"),
    ("Today the council said it will vote in the spring.", "the spring", "2025-SP"),
    ("Crews will cut the trees back in the fall.", "the fall", "2025-FA"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), DATED_SEASONS)
def test_a_season_the_tense_places_is_a_date(text: str, phrase: str, value: str) -> None:
    assert [found for found in dated(text) if found[1] == value], dated(text)


def test_a_past_verb_far_from_the_season_still_dates_it() -> None:
    # A regular past with its object, beyond the clause's reach, as in wire copy.
    text = "Problems stalled the shipments of new computers for months, well into the summer."
    assert [phrase for phrase, _ in dated(text)] == ["the summer"]
    # The same words as adjectives, with no verb in the past: any summer.
    generic = "Stalled shipments of new computers are common for months, well into the summer."
    assert dated(generic) == []


def test_a_capitalised_season_after_a_name_and_in_is_a_title() -> None:
    assert dated("We watched Griffin in Summer at the festival.") == []
    assert dated("'Griffin in Summer' opened the season.") == []
    # Lower case, or at a sentence's start, the season is a time.
    assert phrases("We watched films in summer at the festival.") == ["summer"]


CALLS_TO_ACTION = [
    "Start your subscription today!",
    "Then be sure to contact us today!",
    "To set up an appointment, visit our website or give us a call today.",
    "Unlock up to 55% OFF your subscription today!",
    "Advance your tech skills today",
    "Questions? Call today.",
    "Don't wait: book a table today.",
    "Don’t delay—start your journey with us today!",
    "Submit your nomination today and claim your place.",
    # Verbs no list of calls to action names, read by their shape: an object or particle after
    # the verb, a participle after a linking verb, "today" alone after it, or "Please".
    "Renew your membership today.",
    "Water the roses today, then rest.",
    "Get started today.",
    "Stay connected today.",
    "Register today for the summit.",
    "Enrol today!",
    "Please RSVP today.",
    "Our offices are closed, so email us today.",
    # A name as the verb's object, a capitalised participle, a hyphened particle, "all".
    "Contact Venteur today or get started with our application.",
    "Get Insured today.",
    "Sign-up for MASV today.",
    "Explore all of our certificate programs today.",
    # Anything a verb can open, in a sentence that ends in "!".
    "Book free lesson today and see for yourself!",
    "Partner with us and propel your business forward today!",
    "Looking for help – get in touch with our team today!",
]


@pytest.mark.parametrize("text", CALLS_TO_ACTION)
def test_today_in_an_imperative_clause_is_no_date(text: str) -> None:
    assert dated(text) == []


TODAYS_NEWS = [
    "The company said today it would cut 200 jobs.",
    "Today we bring you the benchmark figures.",
    "Shares fell today, and analysts called the drop overdue.",
    "The minister and Call Inc. today signed the deal.",
    # A list of verbs is no clause of its own: "and share" is no call to action.
    "We want you to hack, modify, and share your remixes today, not in 2029.",
    # A subject and its verb in one word: "It's a" is no imperative.
    "It’s a brand of satire about failures that bubble away in society today.",
    # A preposition, a date word, an adverb or a subject opens the clause: no verb to order.
    "Despite the vote today, the bill stalls.",
    "Monday the company said today it would close.",
    "Recently the firm said today it would close.",
    "Apple today unveiled its phone.",
    "Investors sold today, and the index fell.",
    "In May, analysts expect the deal today.",
    # A subject in "-s" before "!", a company named before "today" and a verb after it.
    "Shares of Apple soared today!",
    "Boeing Co. today reported a loss.",
    # A clause opened by "whenever" or "whatever" before "today" gives no order.
    "Whenever it rains, the roof leaks; today it leaked again.",
    "Whatever the market did, today the shares closed higher.",
]


@pytest.mark.parametrize("text", TODAYS_NEWS)
def test_today_of_a_report_is_the_documents_day(text: str) -> None:
    assert ("today", "2025-03-12") in [(p.lower(), v) for p, v in dated(text)]


def test_the_calendar_year_in_the_present_is_any_year() -> None:
    assert dated("Balances renew at the beginning of the calendar year.") == []
    assert dated("In plans that renew on the calendar year, new hires get less.") == []
    assert dated("Sales for the calendar year rose 5 percent.") == [("the calendar year", "2025")]


RECURRING_WEEKDAYS = [
    "The boat is available to rent Tuesday, Wednesday and Thursday.",
    "The market is open Saturday and Sunday.",
    "Classes meet Monday or Wednesday, whichever suits you.",
    "Day 1 on Sunday: arrive and check in.",
    "Day 2, Monday: a guided hike to the falls.",
    "Fix It Friday: how to patch drywall.",
    "Throwback Thursday: our first shop.",
    "Design 101 ## Fix It Friday: arranging a living room",
    "The patio is available to rent Tuesday, Wednesday and Thursday based on demand.",
]


@pytest.mark.parametrize("text", RECURRING_WEEKDAYS)
def test_a_weekday_of_a_schedule_list_or_column_is_no_date(text: str) -> None:
    assert dated(text) == []


DATED_WEEKDAYS = [
    ("The talks were held Tuesday and Wednesday.", "Tuesday"),
    ("The board will meet Thursday or Friday.", "Thursday"),
    ("On Day 3 of the trial, Tuesday, the jury was sworn in.", "Tuesday"),
    ("On Friday: rain is expected.", "Friday"),
    ("Voters went to the polls Sunday.", "Sunday"),
]


@pytest.mark.parametrize(("text", "phrase"), DATED_WEEKDAYS)
def test_a_weekday_the_tense_places_is_a_date(text: str, phrase: str) -> None:
    assert phrase in phrases(text)
