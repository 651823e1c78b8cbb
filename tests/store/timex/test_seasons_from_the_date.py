"""A season named from the document's date ("last summer", "next winter") is the latest one over
by that date, or the first not begun: which year depends on where in the year the date falls."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

D = dt.date


def season_value(text: str, anchor: dt.date) -> str | None:
    events = find_dates([Paragraph(text=text)], anchor)
    seasons = [event.value for event in events if event.value and event.value[5:] in SEASONS]
    assert len(seasons) == 1, [event.phrase for event in events]
    return seasons[0]


SEASONS = {"SP", "SU", "FA", "WI"}


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # Over by the date: that year's.
        ("The reservoir ran dry last summer.", D(2025, 12, 19), "2025-SU"),
        ("Sales slowed last spring, the firm said.", D(2023, 10, 2), "2023-SP"),
        ("The roof leaked all last winter.", D(2026, 3, 15), "2025-WI"),
        # Under way or still to come by the date: the year before's.
        ("The reservoir ran dry last summer.", D(2025, 7, 4), "2024-SU"),
        ("The reservoir ran dry last summer.", D(2025, 2, 1), "2024-SU"),
        ("Snow closed the pass last winter.", D(2026, 1, 20), "2024-WI"),
        ("Trading was thin last fall.", D(2019, 9, 10), "2018-FA"),
    ],
)
def test_last_season_is_the_latest_over_by_the_date(text, anchor, value):
    assert season_value(text, anchor) == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The bridge will reopen next summer.", D(2025, 3, 1), "2025-SU"),
        ("The bridge will reopen next summer.", D(2025, 7, 1), "2026-SU"),
        ("Talks resume next spring, officials say.", D(2024, 11, 8), "2025-SP"),
        ("The league expands next winter.", D(2024, 12, 20), "2025-WI"),
    ],
)
def test_next_season_is_the_first_not_begun_by_the_date(text, anchor, value):
    assert season_value(text, anchor) == value


@pytest.mark.parametrize(
    ("anchor", "value"), [(D(2025, 1, 5), "2025-SU"), (D(2025, 10, 5), "2025-SU")]
)
def test_this_season_is_the_date_year_s(anchor, value):
    assert season_value("Prices rose this summer.", anchor) == value
