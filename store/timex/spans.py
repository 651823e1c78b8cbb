"""Calendar spans: the TIMEX3 value of a stretch of time and the first and last day it covers.

All arithmetic goes through `relativedelta`, `calendar` and the ISO calendar, so month ends,
leap days and weeks that straddle a new year come out right without counting days by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from store.models import Granularity

Part = Literal["early", "mid", "late"]

# Northern-hemisphere meteorological seasons, by TIMEX3 code and first month. A winter belongs
# to the year it starts in: 2023-WI runs from December 2023 to February 2024.
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# The day a month's early and mid parts end on ("early June" is 1-10 June).
MONTH_PART_ENDS = (10, 20)


# TIMEX3's parts of a day: "Friday evening" is "2024-05-10TEV".
TIMES_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@dataclass(frozen=True)
class Span:
    """A resolved expression: TIMEX3 value, first and last day covered, and granularity."""

    value: str
    start: dt.date
    end: dt.date
    granularity: Granularity


def day(date: dt.date) -> Span:
    return Span(date.isoformat(), date, date, "day")


def week(date: dt.date) -> Span:
    """The ISO week holding `date`; its ISO year may differ from the calendar year."""
    year, number, _ = date.isocalendar()
    return Span(
        f"{year:04d}-W{number:02d}",
        dt.date.fromisocalendar(year, number, 1),
        dt.date.fromisocalendar(year, number, 7),
        "week",
    )


def weekend(date: dt.date) -> Span:
    """Saturday and Sunday of the ISO week holding `date`."""
    year, number, _ = date.isocalendar()
    return Span(
        f"{year:04d}-W{number:02d}-WE",
        dt.date.fromisocalendar(year, number, 6),
        dt.date.fromisocalendar(year, number, 7),
        "week",
    )


def weekday_in_week(date: dt.date, weekday: int) -> Span:
    """Day `weekday` (0 = Monday) of the ISO week holding `date`."""
    year, number, _ = date.isocalendar()
    return day(dt.date.fromisocalendar(year, number, weekday + 1))


def month(year: int, number: int) -> Span:
    last = calendar.monthrange(year, number)[1]
    return Span(
        f"{year:04d}-{number:02d}", dt.date(year, number, 1), dt.date(year, number, last), "month"
    )


def month_of(date: dt.date) -> Span:
    return month(date.year, date.month)


def season(year: int, code: str) -> Span:
    first = dt.date(year, SEASON_FIRST_MONTH[code], 1)
    return Span(f"{year:04d}-{code}", first, first + relativedelta(months=3, days=-1), "season")


def quarter(year: int, number: int) -> Span:
    first = dt.date(year, 3 * number - 2, 1)
    return Span(f"{year:04d}-Q{number}", first, first + relativedelta(months=3, days=-1), "quarter")


def half(year: int, number: int) -> Span:
    """ "1990-H1". Its granularity is the year's: a half is no quarter a report names."""
    first = dt.date(year, 6 * number - 5, 1)
    return Span(f"{year:04d}-H{number}", first, first + relativedelta(months=6, days=-1), "year")


def quarter_of(date: dt.date) -> Span:
    return quarter(date.year, (date.month - 1) // 3 + 1)


def year(number: int) -> Span:
    return Span(f"{number:04d}", dt.date(number, 1, 1), dt.date(number, 12, 31), "year")


def decade(first_year: int) -> Span:
    return Span(
        f"{first_year // 10:03d}",
        dt.date(first_year, 1, 1),
        dt.date(first_year + 9, 12, 31),
        "decade",
    )


def interval(first: Span, last: Span) -> Span:
    """From the start of `first` to the end of `last`, as an ISO 8601 interval value."""
    return Span(f"{first.value}/{last.value}", first.start, last.end, first.granularity)


def part_of(span: Span, part: Part) -> Span:
    """The early, mid or late third of `span`; days and weeks are too short to divide."""
    if span.granularity == "month":
        return _month_part(span, part)
    if span.granularity == "decade":
        first, last = _thirds(10, part)
        return replace(
            span,
            start=span.start + relativedelta(years=first),
            end=span.start + relativedelta(years=last + 1, days=-1),
        )
    if span.granularity in ("season", "quarter", "year"):
        months = 12 if span.granularity == "year" else 3
        first, last = _thirds(months, part)
        return replace(
            span,
            start=span.start + relativedelta(months=first),
            end=span.start + relativedelta(months=last + 1, days=-1),
        )
    return span


def _month_part(span: Span, part: Part) -> Span:
    early_end, mid_end = MONTH_PART_ENDS
    days = {
        "early": (1, early_end),
        "mid": (early_end + 1, mid_end),
        "late": (mid_end + 1, span.end.day),
    }
    first, last = days[part]
    return replace(span, start=span.start.replace(day=first), end=span.start.replace(day=last))


def _thirds(count: int, part: Part) -> tuple[int, int]:
    """First and last unit (from 0) of `part` when `count` units are cut into three.

    Rounding up gives the early third the spare unit: a year is Jan-Apr, May-Aug, Sep-Dec and a
    decade 0-3, 4-6, 7-9.
    """
    early_end, mid_end = -(-count // 3), -(-2 * count // 3)
    units = {
        "early": (0, early_end - 1),
        "mid": (early_end, mid_end - 1),
        "late": (mid_end, count - 1),
    }
    return units[part]


def at_time(resolve: Callable[[Any], Span | None], part: str) -> Callable[[Any], Span | None]:
    """`resolve`, its day's value followed by the part of the day ("T" + "MO", "NI"...)."""

    def resolved(reference: Any) -> Span | None:
        span = resolve(reference)
        return None if span is None else replace(span, value=f"{span.value}T{part}")

    return resolved
