"""A capitalised century inside a name is no date; a dashed year range after "and" keeps both
ends; "today" of every one of a kind ("in all modern homes today") is PRESENT_REF."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 2, 14)
D = dt.date


def found(text: str) -> list[tuple[str, str | None, D | None, D | None]]:
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(e.phrase, e.value, e.start, e.end) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The group sells cover through its 21st Century unit.",
        "Their 20th Century catalogue was sold off.",
        "Viewers flocked to the studio's 20th Century lot.",
        "Shares of 21st Century Insurance slipped.",
        "The deal made 20th Century Fox a unit of the group.",
    ],
)
def test_a_century_in_a_name_is_no_date(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Life changed in the 21st Century.", "20"),
        ("Farming in the 19th Century and after was hard.", "18"),
        ("The 21st Century is an age of screens.", "20"),
        ("Most of the mills were built in the 19th century.", "18"),
    ],
)
def test_a_century_standing_alone_stays_a_century(text: str, value: str) -> None:
    assert [phrase_value[1] for phrase_value in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        (
            "Scores fell during the 2022-23 and 2023-24 school years.",
            [(D(2022, 1, 1), D(2023, 12, 31)), (D(2023, 1, 1), D(2024, 12, 31))],
        ),
        ("Sales rose in 2019 and 2020-21 alike.", [(D(2020, 1, 1), D(2021, 12, 31))]),
        ("The painter Ada Ruiz (1920-2021) worked in oils.", [(D(1920, 1, 1), D(2021, 12, 31))]),
    ],
)
def test_a_dashed_year_range_keeps_both_ends(text: str, ranges: list[tuple[D, D]]) -> None:
    events = found(text)
    for first, last in ranges:
        ends = [event for event in events if (event[2], event[3]) == (first, last)]
        assert [event[1] for event in ends] == [str(first.year), str(last.year)]


@pytest.mark.parametrize(
    "text",
    [
        "Grounded outlets are required in all modern homes today.",
        "Such heaters are common across most cities today.",
        "Smoke alarms are fitted in nearly all rented flats today, and insurers ask for them.",
        "The rule applies to new cars in many countries today.",
    ],
)
def test_today_of_every_one_of_a_kind_is_present_ref(text: str) -> None:
    assert [(phrase, value) for phrase, value, _start, _end in found(text)] == [
        ("today", "PRESENT_REF")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "All schools in the county close today.",
        "Inspectors checked all modern homes today.",
        "Flights in all regions will resume today.",
    ],
)
def test_today_of_the_day_keeps_its_date(text: str) -> None:
    assert [value for _phrase, value, _start, _end in found(text)] == ["2025-02-14"]
