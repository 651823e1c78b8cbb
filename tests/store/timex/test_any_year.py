""" "this year", "the year", "year-end" said of any year (a habit, advice to the reader, a case
put) are no event; the page's own year, told of or reported, stays."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 6, 9)


def year_values(text: str) -> list[str | None]:
    found = find_dates([Paragraph(text=text)], ANCHOR)
    return [event.value for event in found if event.granularity == "year" and event.type == "DATE"]


@pytest.mark.parametrize(
    "text",
    [
        # a habit of the year's round
        "Every spring, gardeners swear that this year the slugs will not win.",
        "Firms usually close their books at year-end and start afresh.",
        # advice to the reader
        "Keep the receipt if you bought solar panels this year.",
        "A home office may lower your tax bill this year.",
        "You should review your pension choices before the end of the year.",
        # a case put
        "A new hire would receive the full allowance if they joined before the end of the year.",
        "Seasonal staff can be brought in throughout the year as needed.",
    ],
)
def test_any_years_year_is_no_event(text: str) -> None:
    assert year_values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Every year prices climb, and this year they climbed 8%.",
        "The airline could cut 2,000 jobs this year.",
        "Streaming may have peaked this year.",
        "You can book now, the minister said, as the line opens this year.",
        "Shoppers will spend more this year, but you can still find deals.",
        "The firm expects to finish the bridge by the end of the year.",
        "The merger should close by the end of the year.",
        "Rates could fall by year-end if inflation cools.",
        "Now through the end of the year is the busiest time, with stores open each day.",
    ],
)
def test_the_pages_own_year_stays(text: str) -> None:
    assert year_values(text) == ["2025"]
