"""Years with a prefix ("post-1959", "pre-2008") and decades written short ("the '80s"), each
beside a neighbour that is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates


def found(text: str, anchor: dt.date | None = dt.date(2000, 2, 24)) -> list[tuple]:
    events = find_dates([Paragraph(text=text)], anchor)
    return [(event.phrase, event.value, event.modifier) for event in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The post-1959 politics split families.", [("post-1959", "1959", "after")]),
        ("Pre-2008 rules still applied.", [("Pre-2008", "2008", "before")]),
        ("Its post‐1990 growth slowed.", [("post‐1990", "1990", "after")]),
    ],
)
def test_a_prefixed_year_is_that_year_with_its_side(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_prefixed_number_that_counts_is_no_year() -> None:
    assert found("The pre-1500 pixels setting is gone.") == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("In the '80s the band toured.", dt.date(2000, 2, 24), [("the '80s", "198")]),
        ("Prices rose in the early ’90s.", dt.date(2000, 2, 24), [("the early ’90s", "199")]),
        # A decade of the document's century not yet begun is the last century's; one under
        # way is the document's own.
        ("It was the Jazz Age of the '20s.", dt.date(2000, 2, 24), [("the '20s", "192")]),
        ("Sales were flat through the '80s.", dt.date(1989, 11, 2), [("the '80s", "198")]),
        ("Rents soared in the '10s.", dt.date(2026, 1, 5), [("the '10s", "201")]),
        ("Rents soared in the '20s.", None, [("the '20s", "192")]),
    ],
)
def test_a_short_decade_is_the_nearest_past_such_decade(
    text: str, anchor: dt.date | None, expected: list
) -> None:
    assert [(phrase, value) for phrase, value, _m in found(text, anchor)] == expected


@pytest.mark.parametrize("text", ["He sold '80s records.", "Press F10s key.", "It's '90s-style."])
def test_a_short_decade_without_the_is_no_date(text: str) -> None:
    assert found(text) == []
