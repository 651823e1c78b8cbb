"""Values and spans as TimeML marks them: durations' compound and half counts, the words that
bound or blur a count ("nearly two years", "up to 180 days"), and the part of a day named
("Earlier Sunday", "late yesterday")."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates
from store.timex.extents import duration_value

ANCHOR = dt.date(1998, 1, 8)


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (event.phrase, event.value, event.type)
        for event in find_dates([Paragraph(text=text)], ANCHOR)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the last twenty four hours, it fell.", "the last twenty four hours", "PT24H"),
        ("It ran for twenty-five years.", "twenty-five years", "P25Y"),
        ("Thirty-one days passed.", "Thirty-one days", "P31D"),
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The talks took 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("He waited 1 1/2 days.", "1 1/2 days", "P1DT12H"),
        ("It took 3 1/2 months.", "3 1/2 months", "P3M15D"),
        ("It took 2 1/2 weeks.", "2 1/2 weeks", "P2.5W"),
    ],
)
def test_compound_and_half_counts(text: str, phrase: str, value: str) -> None:
    assert found(text) == [(phrase, value, "DURATION")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He ruled for nearly forty years.", "nearly forty years", "P40Y"),
        ("It lasted almost a hundred years.", "almost a hundred years", "P100Y"),
        ("Detention is allowed for up to 180 days.", "up to 180 days", "P180D"),
        ("They talked for more than four hours.", "more than four hours", "PT4H"),
        ("It took less than one hour.", "less than one hour", "PT1H"),
        ("Its tour is likely to last over a week.", "a week", "P1W"),  # "last" is a verb
        ("Bids come in no more than sixty days.", "no more than sixty days", "P60D"),
        ("It took about a decade.", "about a decade", "P10Y"),
        ("Rates rose for at least the past 18 months.", "at least the past 18 months", "P18M"),
        ("It fell over the past two years.", "the past two years", "P2Y"),  # a preposition
        ("An appeal could take as long as a month.", "a month", "P1M"),
    ],
)
def test_an_approximated_duration_keeps_its_approximator(
    text: str, phrase: str, value: str
) -> None:
    assert found(text) == [(phrase, value, "DURATION")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He was kidnapped almost two years ago.", "almost two years ago", "1996"),
        ("It closed nearly four years ago.", "nearly four years ago", "1994"),
        ("Quakes struck nearly two weeks ago.", "nearly two weeks ago", "1997-W52"),
    ],
)
def test_an_approximated_point_in_the_past_keeps_its_approximator(
    text: str, phrase: str, value: str
) -> None:
    assert found(text) == [(phrase, value, "DATE")]


def test_a_lone_number_word_or_fraction_is_no_duration() -> None:
    assert found("Twenty four people and 1/2 of the staff came.") == []
    assert found("Over forty came, about a dozen stayed.") == []


@pytest.mark.parametrize(
    ("count", "unit", "value"),
    [
        (3, "year", "P3Y"),
        (None, "day", "PXD"),
        (2.5, "decade", "P25Y"),
        (0.5, "hour", "PT30M"),
        (0.5, "day", "PT12H"),
    ],
)
def test_duration_value(count: float | None, unit: str, value: str) -> None:
    assert duration_value(count, unit) == value


def test_a_season_after_into_is_a_date() -> None:
    assert found("Demand will run well into the summer.") == [("the summer", "1998-SU", "DATE")]
    assert found("The fall into the river hurt.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Earlier Sunday, police clashed with marchers.", "Earlier Sunday", "1998-01-04"),
        ("He left late yesterday.", "late yesterday", "1998-01-07"),
        ("The vote ends later this afternoon.", "later this afternoon", "1998-01-08TAF"),
        ("Early Tuesday the storm hit.", "Early Tuesday", "1998-01-06"),
        ("It will snow later Tuesday.", "later Tuesday", "1998-01-13"),
    ],
)
def test_a_day_keeps_the_part_of_it_named(text: str, phrase: str, value: str) -> None:
    assert [
        (event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)
    ] == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within days, it sold out.", [("days", "PXD", "DURATION")]),
        ("It sold out within days.", [("days", "PXD", "DURATION")]),
        ("For years, nobody came.", [("years", "PXY", "DURATION")]),
        ("Over months, the plan changed.", [("months", "PXM", "DURATION")]),
        ("Days passed.", []),
    ],
)
def test_a_countless_length_opening_a_sentence_is_a_duration(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Communist Party daily Granma compared him with Marti.",
        "The Israeli daily Haaretz reported it first.",
        "The news weekly Der Spiegel ran the story.",
    ],
)
def test_daily_or_weekly_before_a_paper_s_name_is_no_set(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Qantas plans daily flights to Bombay.", "daily"),
        ("The pills are taken twice daily Monday to Friday.", "daily"),
        ("It is updated daily. The data come from NOAA.", "daily"),
        ("Prices are set weekly by the board.", "weekly"),
    ],
)
def test_how_often_stays_a_set(text: str, phrase: str) -> None:
    assert (phrase, "SET") in [(found_phrase, kind) for found_phrase, _v, kind in found(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "modifier"),
    [
        ("The deal should close by year-end.", "year-end", "1998", "late"),
        ("It expects approval by year's end.", "year's end", "1998", "late"),
        ("The sale will close around year end.", "year end", "1998", "late"),
        # Since the last year-end: the one that closed the year before ("since" says so).
        ("Shares are up 5% since year-end.", "year-end", "1997", "since"),
    ],
)
def test_year_end_after_a_preposition_is_the_end_of_the_year(
    text: str, phrase: str, value: str, modifier: str
) -> None:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    assert [(e.phrase, e.value, e.modifier) for e in events] == [(phrase, value, modifier)]
    assert events[0].start == dt.date(int(value), 9, 1)  # the year's last third, as "late"


@pytest.mark.parametrize(
    "text", ["Year-end bonuses were cut.", "The year-end results are due.", "A year end review."]
)
def test_year_end_before_its_noun_is_a_kind_of_thing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" the verb stays out of the span, and places nothing in time
        ("The festival will last two weeks.", [("two weeks", "P2W", "DURATION")]),
        ("Storms that last three days are rare.", [("three days", "P3D", "DURATION")]),
        ("The strike could last several days.", [("several days", "PXD", "DURATION")]),
        ("It won't last a year.", [("a year", "P1Y", "DURATION")]),
        ("The marriage lasted a decade.", [("a decade", "P10Y", "DURATION")]),
        # "the last" is the stretch before the document date
        ("Prices rose over the last two weeks.", [("the last two weeks", "P2W", "DURATION")]),
    ],
)
def test_last_the_verb_is_no_part_of_the_duration(text: str, expected: list) -> None:
    assert found(text) == expected


def test_the_last_two_weeks_is_placed_but_last_the_verb_is_not() -> None:
    placed = find_dates([Paragraph(text="Prices rose over the last two weeks.")], ANCHOR)
    lasting = find_dates([Paragraph(text="The festival will last two weeks.")], ANCHOR)
    assert (placed[0].start, placed[0].end) == (dt.date(1997, 12, 25), ANCHOR)
    assert (lasting[0].start, lasting[0].end) == (None, None)
