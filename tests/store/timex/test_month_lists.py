"""A list of months or seasons ending with a year shares that year with every member."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 1)


def values(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], anchor)]


SHARED = [
    (
        "A year later, in May, June and July 2025, the figures rose.",
        [("May", "2025-05"), ("June", "2025-06"), ("July 2025", "2025-07")],
    ),
    (
        "It will open in May and June 2026.",
        [("May", "2026-05"), ("June 2026", "2026-06")],
    ),
    (
        "In April, May, and June 2024, sales fell.",
        [("April", "2024-04"), ("May", "2024-05"), ("June 2024", "2024-06")],
    ),
    (
        "Trials ran in March or April 2019.",
        [("March", "2019-03"), ("April 2019", "2019-04")],
    ),
    (  # a list across the new year: the earlier months are the year before
        "He visited in November, December and January 2026.",
        [("November", "2025-11"), ("December", "2025-12"), ("January 2026", "2026-01")],
    ),
    (
        "It rained in spring and summer 2013.",
        [("spring", "2013-SP"), ("summer 2013", "2013-SU")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_a_list_ending_with_a_year_shares_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_the_same_list_read_in_a_later_document_keeps_its_year() -> None:
    later = dt.date(2026, 2, 1)
    assert values("In April, May, and June 2024, sales fell.", later)[:2] == [
        ("April", "2024-04"),
        ("May", "2024-05"),
    ]


NOT_SHARED = [
    # Two clauses, not a list: each month is placed by its own tense.
    ("They met in May and sailed in June.", [("May", "2024-05"), ("June", "2024-06")]),
    # A month and a year of another kind: the year is no member of a list of months.
    ("The vote is in May, and 2024 was a record year.", [("May", "2025-05"), ("2024", "2024")]),
    # A list with no year in it is resolved as usual.
    ("Sales fell in April and May.", [("April", "2024-04"), ("May", "2024-05")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SHARED)
def test_months_not_listed_with_a_year_keep_their_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_an_ambiguous_month_is_a_month_only_in_a_list_of_months() -> None:
    assert [phrase for phrase, _ in values("Theresa May and June Carter met.")] == []
    assert ("June", "2024-06") in values("Prices rose in April, June and July 2024.")


FOLLOWING = [
    (  # the year's clause ends at the comma after "July"; the list goes on in it
        "She tested the club for three months in 2024—July, August and September.",
        [("2024", "2024"), ("July", "2024-07"), ("August", "2024-08"), ("September", "2024-09")],
    ),
    (  # across the new year, a later member is the year after
        "He visited in November, December and January.",
        [("November", "2024-11"), ("December", "2024-12"), ("January", "2025-01")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWING)
def test_a_later_member_follows_the_year_of_the_one_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = values(text, dt.date(2025, 10, 1))
    assert [pair for pair in found if pair[1] is None or not pair[1].startswith("P")] == expected


def test_months_in_separate_clauses_do_not_follow_each_other() -> None:
    found = values("In 2019 the firm grew. We met in December; in January it hired.", ANCHOR)
    # Read as a list, January would follow December into 2020; each keeps the story's year.
    assert ("December", "2019-12") in found
    assert ("January", "2019-01") in found
