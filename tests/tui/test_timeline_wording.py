"""The timeline's wording: counts that agree with their number, times that fit their column."""

from __future__ import annotations

import datetime as dt

import pytest
from rich.cells import cell_len

from store.models import Event, TimelineEntry
from tui.panes.timeline.layout import TimelineLayout
from tui.panes.timeline.text import columns
from tui.panes.timeline.wording import time_label, unplaced_label, when_column
from tui.wording import counted, verb


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "event", "0 events"),
        (1, "event", "1 event"),
        (2, "event", "2 events"),
        (2379, "event", "2,379 events"),
        (1, "starred event", "1 starred event"),
        (3, "starred event", "3 starred events"),
    ],
)
def test_a_count_agrees_with_its_noun(count: int, noun: str, expected: str) -> None:
    assert counted(count, noun) == expected


def test_an_irregular_plural_is_given() -> None:
    assert counted(1, "copy", "copies") == "1 copy"
    assert counted(4, "copy", "copies") == "4 copies"


@pytest.mark.parametrize(("count", "expected"), [(0, "match"), (1, "matches"), (12, "match")])
def test_the_verb_agrees_with_the_count(count: int, expected: str) -> None:
    assert verb(count, "matches", "match") == expected


@pytest.mark.parametrize(
    "label", ["2018", "early June 2023", "week of 13 May 2024", "1 March 2024 – 9 March 2024"]
)
def test_a_time_that_fits_is_said_whole(label: str) -> None:
    assert time_label(label, 40) == label


@pytest.mark.parametrize(
    ("label", "cells", "expected"),
    [
        # Months in three letters first.
        ("11 May 2025 – 11 November 2025", 25, "11 May 2025 – 11 Nov 2025"),
        ("about week of 20 December 2025", 26, "about week of 20 Dec 2025"),
        ("September 2022 – February 2024", 20, "Sep 2022 – Feb 2024"),
        # Then a year both ends share, once.
        ("11 May 2025 – 11 November 2025", 20, "11 May – 11 Nov 2025"),
        ("September 2024 – December 2024", 15, "Sep – Dec 2024"),
        # Then a month both days share, once.
        ("9 December 2025 – 13 December 2025", 15, "9–13 Dec 2025"),
        # Then the dash without its spaces.
        ("September 2024 – December 2024", 12, "Sep–Dec 2024"),
    ],
)
def test_a_time_too_long_for_its_column_is_said_shorter(
    label: str, cells: int, expected: str
) -> None:
    assert time_label(label, cells) == expected
    assert cell_len(expected) <= cells


def test_a_time_is_shortened_no_more_than_it_needs() -> None:
    # Three-letter months already fit: the years stay on both ends.
    assert time_label("4 October 2025 – 3 December 2025", 24) == "4 Oct 2025 – 3 Dec 2025"


def test_years_that_differ_are_both_kept() -> None:
    shortened = time_label("23 September 2022 – 23 September 2025", 12)
    assert "2022" in shortened and "2025" in shortened


def test_may_keeps_its_name_and_the_span_its_year_once() -> None:
    assert time_label("May 2023 – July 2023", 12) == "May–Jul 2023"


@pytest.mark.parametrize(
    ("label", "cells", "expected"),
    [
        ("unresolved: last week", 30, "unresolved: last week"),
        ("unresolved: October 17", 19, "unresolved"),
        ("a duration: a couple of months", 19, "a duration"),
        ("in the past: recently", 19, "in the past"),
        ("now: now", 12, "now: now"),
        ("recurring: every Monday", 12, "recurring"),
    ],
)
def test_an_undated_event_too_long_for_its_column_says_its_kind(
    label: str, cells: int, expected: str
) -> None:
    assert unplaced_label(label, cells) == expected


def test_an_undated_label_with_no_kind_is_left_to_the_column() -> None:
    assert unplaced_label("a strange label with no colon", 10) == "a strange label with no colon"


@pytest.mark.parametrize("width", [78, 118, 138, 200])
def test_the_time_column_widens_for_long_times_up_to_a_quarter_of_the_line(width: int) -> None:
    plain, _, _ = columns(width)
    when, sentence, document = columns(width, 37)
    assert plain <= when <= max(plain, width // 4)
    assert when + sentence + document < width
    assert columns(width, 5) == columns(width)  # short times never narrow the column


def test_at_120_columns_a_span_of_days_fits_whole_or_with_short_months() -> None:
    when, _, _ = columns(118, 37)
    assert cell_len(time_label("11 May 2025 – 11 November 2025", when)) <= when
    assert time_label("about week of 20 December 2025", when) == "about week of 20 Dec 2025"


def _run(label: str, continued: bool = False) -> TimelineLayout.Run:
    day = dt.date(2025, 5, 11)
    time = Event(phrase="x", value="2025-05-11", start=day, end=dt.date(2025, 11, 11))
    return TimelineLayout.Run(time, 3, 0, label, continued)


def test_a_runs_time_is_said_on_its_first_line_and_again_only_atop_the_screen() -> None:
    run = _run("11 May 2025 – 11 November 2025")
    assert when_column(run, 0, False, None, 20) == ("11 May – 11 Nov 2025", "when")
    assert when_column(run, 1, False, None, 20) == ("", "when-above")
    assert when_column(run, 2, True, None, 40) == ("11 May 2025 – 11 November 2025", "when-above")
    continued = _run("May 2025", continued=True)
    assert when_column(continued, 0, False, None, 20) == ("", "when-above")


def test_an_unresolved_event_says_its_own_label_once_read() -> None:
    undated = TimelineLayout.Run(Event(phrase="today", value=None), 1, 0, "", False)
    assert when_column(undated, 0, False, None, 12) == ("", "unresolved")
    entry = TimelineEntry(
        event=Event(phrase="on Saturday", sentence="We met on Saturday.", doc_id=1),
        doc_title="A story",
    )
    assert when_column(undated, 0, False, entry, 12) == ("unresolved", "unresolved")
    assert when_column(undated, 0, False, entry, 30) == ("unresolved: on Saturday", "unresolved")
