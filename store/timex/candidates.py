"""A temporal expression found in text, and how it turns into a span once its reference is known.

An expression is one of three kinds, as in TIMEX3 resolvers such as HeidelTime:
- absolute: carries its own year ("May 2023", "in 2018"); the reference does not matter;
- deictic: counts from the moment of writing ("last year", "this week", "on Saturday"), so it
  needs the document date and stays unresolved without one;
- underspecified: a calendar point missing its year ("in April", "May 8", "in the spring"),
  which takes the narrative's reference year if there is one, else the one the tense points
  to from the document date;
- anaphoric: counts from the last date the text gave ("the following year", "that day"), and
  is left out when there is none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dateutil.relativedelta import relativedelta

from store.models import Granularity, Modifier, TimexType
from store.timex import spans
from store.timex.spans import Part, Span

Kind = Literal["absolute", "deictic", "underspecified", "anaphoric"]
# How a resolved expression moves the narrative: "set" makes its year the reference year (an
# adverbial "In 2020, ..." or "last year"), "reset" brings the narrative back to the document
# date ("this week", "yesterday").
ReferenceEffect = Literal["set", "reset"] | None
Clip = Literal["earlier", "later"]
# Years between two leap years at most (1896 and 1904, around the skipped 1900).
LEAP_CYCLE = 8
# How much farther a date to come counts than a date past, when the words give no direction.
FUTURE_GAP_WEIGHT = 2


@dataclass(frozen=True)
class Reference:
    """What expressions are resolved against: the document date and the narrative year."""

    anchor: dt.date | None
    year: int | None = None
    # The reporting period the text last named ("third-quarter profit"): what "a year
    # earlier" and "a year ago" compare with.
    period: Span | None = None
    # The last date the text gave: what "the following year" and "that day" count from.
    last: Span | None = None


Resolver = Callable[[Reference], Span | None]


@dataclass(frozen=True)
class Candidate:
    """An expression at `start:end` of a paragraph's text, not yet resolved."""

    start: int
    end: int
    granularity: Granularity
    resolve: Resolver
    kind: Kind
    reference: ReferenceEffect = None
    part: Part | None = None
    clip: Clip | None = None
    modifier: Modifier | None = None
    # A leading "from"/"between" is kept out of the phrase unless a range follows.
    prep: str | None = None
    prep_start: int = -1
    # Only a year or month after "to"/"and": counts as the end of a range, never alone.
    weak: bool = False
    # The TIMEX3 value when it is not a span's ("P3Y", "XXXX-WXX-1", "PRESENT_REF"); then
    # `resolve` gives the days covered, if any ("the past three years").
    literal: str | None = None
    timex: TimexType = "DATE"


def years_before_period(count: int, otherwise: Resolver) -> Resolver:
    """ "a year earlier": the period under discussion `count` years before, if the text named
    one (the same quarter of the previous year), else `otherwise`."""

    def resolve(reference: Reference) -> Span | None:
        period = reference.period
        if period is None or period.granularity != "quarter":
            return otherwise(reference)
        number = (period.start.month - 1) // 3 + 1
        return spans.quarter(period.start.year - count, number)

    return resolve


def fixed(span: Span | None) -> Resolver:
    return lambda _reference: span


def from_anchor(build: Callable[[dt.date], Span]) -> Resolver:
    """A deictic expression: `build` from the document date, nothing without one."""
    return lambda reference: None if reference.anchor is None else build(reference.anchor)


def in_reference_year(build: Callable[[int], Span], direction: int = -1) -> Resolver:
    """An underspecified expression: in the narrative year if there is one, else against the
    document date: with `direction` -1 the latest on or before it (a bare "May" in a May
    document is that same May), 1 the first on or after it (said in the future tense), 0 the
    nearest to it ("payable Dec. 7" in a November article is this December)."""

    def resolve(reference: Reference) -> Span | None:
        if reference.year is not None:
            return build(reference.year)
        if reference.anchor is None:
            return None
        if direction == 0:
            return _nearest(build, reference.anchor)
        anchor, step = reference.anchor, direction
        # The document's own month counts as reached either way (as HeidelTime reads news):
        # "the Jan. 14 deadline" in a story of 5 January is that January, whatever the tense.
        month_start = anchor.replace(day=1)
        month_end = month_start + relativedelta(months=1, days=-1)
        # A year at a time; only "February 29" needs more than one step.
        for year in range(anchor.year, anchor.year + step * (LEAP_CYCLE + 1), step):
            span = _built(build, year)
            if span is None:
                continue
            if span.end >= month_start if step > 0 else span.start <= month_end:
                return span
        return None

    return resolve


def _nearest(build: Callable[[int], Span], anchor: dt.date) -> Span | None:
    """Of the spans built in the years around `anchor`, the one closest to it, a time still to
    come counting `FUTURE_GAP_WEIGHT` times as far (news reports more than it announces: "$29.75
    in March" in October is the March past, "payable Jan. 2" in November the coming one)."""
    best: tuple[int, Span] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        span = _built(build, year)
        if span is None:
            continue
        gap = max((span.start - anchor).days * FUTURE_GAP_WEIGHT, (anchor - span.end).days, 0)
        if best is None or gap < best[0]:
            best = (gap, span)
    return best[1] if best is not None else None


def _built(build: Callable[[int], Span], year: int) -> Span | None:
    try:
        return build(year)
    except ValueError:  # 29 February in a common year
        return None


def settle(candidate: Candidate, reference: Reference) -> Span | None:
    """The span `candidate` covers against `reference`, or None if it cannot be resolved.

    Dates outside what `datetime` can hold (a document dated in year 9999 saying "next year")
    count as unresolvable rather than errors.
    """
    try:
        span = candidate.resolve(reference)
        if span is None:
            return None
        if candidate.part is not None:
            span = spans.part_of(span, candidate.part)
        return _clipped(span, candidate.clip, reference.anchor)
    except (ValueError, OverflowError):
        return None


def _clipped(span: Span, clip: Clip | None, anchor: dt.date | None) -> Span:
    """ "Earlier this month" is the month up to the document date, "later this year" the rest."""
    if clip is None or anchor is None or not span.start <= anchor <= span.end:
        return span
    if clip == "earlier":
        return Span(span.value, span.start, anchor, span.granularity)
    return Span(span.value, anchor, span.end, span.granularity)


def day_range(
    candidate: Candidate, span: Span | None, anchor: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """First and last day an event covers: "since X" runs from X to the document date."""
    if span is None:
        return None, None
    if candidate.modifier != "since":
        return span.start, span.end
    return span.start, (max(anchor, span.start) if anchor is not None else None)
