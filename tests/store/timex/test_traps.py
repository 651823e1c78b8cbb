"""No invented dates: numbers, names and titles that look like dates in real articles.

Each trap comes with a near neighbour that is a date, so a rule that drops every year or
weekday fails here too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2024, 11, 30)  # a Saturday, two days after Thanksgiving


def found(text: str) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)]


TRAPS = [
    # street numbers
    "Police were called to 1909 Jolinda Drive.",
    "The house at 2010 Main Street was sold.",
    "He lives on 1999 Elm Avenue, near the park.",
    "Their office at 2001 Pennsylvania Ave. closed.",
    "A fire at 1850 Harbour Road spread.",
    # measurements and counts
    "The screen has a width of 1920 pixels.",
    # plurals of numbers that look like decades
    "Accountants charge per return for 1040s.",
    "The firm files individual 1040s and 1120s each spring.",
    "Videos play at a resolution of 2160 lines.",
    "She earned a total score of 2072 points.",
    "He posted a total score of 2072.",
    "A crowd of 2000 gathered outside.",
    "It reached a height of 2010 metres.",
    "The population of 1950 residents fell.",
    "Weighing in at 2016 pounds, it broke the scale.",
    "They counted 1999 votes in the ward.",
    "It has a 2000 horsepower engine.",
    "Its 1950 residents voted.",
    "The budget of 2025 was cut.",
    "A march 5 miles long.",
    # titles, programmes and outlets
    "He told USA TODAY that it was over.",
    "In an interview with USA Today, he said so.",
    "The Today show aired it first.",
    "Speaking on ABC's This Week, she said no.",
    "He was a guest on Last Week Tonight.",
    'He appeared on "This Week" with George Stephanopoulos.',
    "He writes the column “Today” for the paper.",
    # weekdays inside names
    "Shoppers flocked to Super Tuesday rallies.",
    "The Sunday Times reported it.",
    "The Monday Club met in London.",
    "The Friday Prayer was broadcast.",
    "Bloody Sunday is remembered.",
    # words that are not dates at all
    "The Daily Mail said so.",
    "He writes for the Weekly Standard.",
    "Watch 60 Minutes tonight on CBS.",
    "What a year it was.",
    # holidays, centuries and "the Year" inside names and titles
    "Tonight there is a gig by Ex-Easter Island Head at the Leaf.",
    "Easter Island lies far off the coast of Chile.",
    "The ship sailed past Christmas Island.",
    "She read Halloween Tales of Terror aloud.",
    "21st Century Insurance, which sells auto coverage, was sold.",
    "He worked for 20th Century Fox as a set painter.",
    "The shop stocks the 21st-Century Cookbook.",
    "Here are our Albums of the Year.",
    "She was named Player of the Year by the league.",
    "The magazine picked its Person of the Year.",
    # month names that are people after "by", "before", "after"
    "A novel by May Sarton was reread.",
    "Things changed after May resigned as prime minister.",
    "Shares fell before May took office.",
    "The portrait by April Ashley sold.",
    # a weekday and a capitalised part of the day running on into a name
    "She starred in Friday Night Lights.",
    "He read Sunday Morning Herald columns.",
    "Tickets for Saturday Night Live ran out.",
    # more numbers of things: addresses, units, ratings, rooms, scores
    "The band played at 2112 Sunset Boulevard.",
    "The file was 2048 bytes long.",
    "The engine idles at 1600 rpm.",
    "Her Elo rating of 2150 was high.",
    "Room 1205 was booked for the night.",
    "The Lakers won 102-98 in overtime.",
    # "a second" as an ordinal before a noun, not a second of time
    "It lost money for a second quarter.",
    "For a second time, the vote failed.",
    # a season modifying the noun after it: a kind of thing
    "Tinned tuna in spring water was served.",
    "The children were in summer camp.",
    "They shivered in winter coats.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_a_trap_gives_no_date(text: str) -> None:
    dated = [(phrase, value) for phrase, value in found(text) if phrase.lower() != "tonight"]
    assert dated == []


NEIGHBOURS = [
    ("The street was laid out in 1909.", [("1909", "1909")]),
    ("Police were called to 1909 Jolinda Drive on Tuesday.", [("Tuesday", "2024-11-26")]),
    ("A total score of 2072 was set in 2023.", [("2023", "2023")]),
    ("The crowd of 2000 was the largest since 1998.", [("1998", "1998")]),
    ("He told USA TODAY on Friday that it was over.", [("Friday", "2024-11-29")]),
    ("Today, the talks resume.", [("Today", "2024-11-30")]),
    ("Talks resume today.", [("today", "2024-11-30")]),
    ("She spoke this week.", [("this week", "2024-W48")]),
    ("This week, she spoke.", [("This week", "2024-W48")]),
    ("The Sunday Times reported it on Sunday.", [("Sunday", "2024-11-24")]),
    ("The World Court Friday rejected the appeal.", [("Friday", "2024-11-29")]),
    ("Prices fell 20% on Black Friday.", [("Black Friday", "2024-11-29")]),
    ("Cyber Monday sales will top records.", [("Cyber Monday", "2024-12-02")]),
    ("The deadline is MARCH 5 2024.", [("MARCH 5 2024", "2024-03-05")]),
    ("It was signed on 5 march 2024.", [("5 march 2024", "2024-03-05")]),
    ("They march on Saturday.", [("Saturday", "2024-11-30")]),
    # a year modifying a noun is a date
    ("It followed a 2010 commando raid.", [("2010", "2010")]),
    ("After its 1990 invasion of Kuwait.", [("1990", "1990")]),
    ("He lost his unsuccessful 1996 campaign.", [("1996", "1996")]),
    ("The company's 1989 results fell.", [("1989", "1989")]),
    ("For 1988, it earned $1.7 billion.", [("1988", "1988")]),
    ("Growth will continue into 1990.", [("1990", "1990")]),
    ("Bonds due 1993 were sold.", [("1993", "1993")]),
    # near neighbours of names holding a holiday, a century or "the Year"
    ("We celebrated Easter with family.", [("Easter", "2024-03-31")]),
    ("Easter Sunday fell early.", [("Easter Sunday", "2024-03-31")]),
    ("Christmas Day was quiet.", [("Christmas Day", "2023-12-25")]),
    ("They met at Christmas. Nobody spoke.", [("Christmas", "2023-12-25")]),
    ("Christmas I spent at home.", [("Christmas", "2023-12-25")]),
    ("Stores posted their Black Friday Sales early.", [("Black Friday", "2024-11-29")]),
    ("The house was built in the 21st century.", [("the 21st century", "20")]),
    ("In the 20th Century, cities grew.", [("the 20th Century", "19")]),
    ("Sales rose for the year.", [("the year", "2024")]),
    ("For the year, profit doubled.", [("the year", "2024")]),
    # near neighbours of month names that are people
    ("The talks will end by May.", [("May", "2025-05")]),
    ("They will finish by May, officials said.", [("May", "2025-05")]),
    ("Talks stalled after March and resumed.", [("March", "2024-03")]),
    ("It was sold before June in a private deal.", [("June", "2024-06")]),
    # near neighbours of weekday names: the part of the day in lower case, or a headline's
    ("The rally was on Friday night.", [("Friday night", "2024-11-29TNI")]),
    ("Protesters Marched Friday Night In The Capital", [("Friday Night", "2024-11-29TNI")]),
    # near neighbours of "a second" as an ordinal: a second of time
    ("Stop for a second and think.", [("a second", "PT1S")]),
    ("It loads in about a second.", [("about a second", "PT1S")]),
    # near neighbours of a season modifying a noun: a time noun, or a phrase that goes on
    ("Sales rose in summer months.", [("summer", "2024-SU")]),
    ("It rained in spring, when the river rose.", [("spring", "2024-SP")]),
    ("They met in winter and again in June.", [("winter", "2023-WI"), ("June", "2024-06")]),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_a_neighbour_of_a_trap_is_still_a_date(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_trap_inside_an_article_leaves_the_article_s_dates_alone() -> None:
    paragraphs = [
        Paragraph(text="WASHINGTON — The council met on Tuesday at 1909 Jolinda Drive."),
        Paragraph(text="A crowd of 2000 heard the mayor, who told USA TODAY in 2023 that"),
        Paragraph(text="the plan, first drawn up in March 2019, had a total score of 2072."),
    ]
    events = find_dates(paragraphs, ANCHOR)
    assert [(event.phrase, event.value) for event in events] == [
        ("Tuesday", "2024-11-26"),
        ("2023", "2023"),
        ("March 2019", "2019-03"),
    ]


def test_a_quoted_day_word_opening_wire_copy_is_a_date_but_a_title_is_not() -> None:
    # Plain-text wire copy opens quotes with ``: "``Today" starts a sentence.
    assert found("``Today, I'm here to tell you we have our suspect,'' he said.") == [
        ("Today", "2024-11-30")
    ]
    assert found("He told USA TODAY that it was over.") == []


def test_years_after_both_take_the_cue_before_it() -> None:
    assert found("It would dilute earnings in both 2025 and 2026.") == [
        ("2025", "2025"),
        ("2026", "2026"),
    ]
    assert found("It sold either 1990 or 2000 units.") == []
    assert found("Both 1990 and 2000 appear on the list.") == []
