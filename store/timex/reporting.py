"""The periods business news reports on: "the quarter", "the latest quarter", "third-quarter
profit", "a year earlier", "for the year", "fiscal 2024", and centuries ("the 20th century").

A company's report speaks of the last period it closed: "the quarter" and "the latest quarter"
in a 1 November article are the third quarter, "a year earlier" and "the year-ago quarter" the
same period a year before. These resolve against the document date, like "last quarter".
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from store.timex import names, spans
from store.timex.candidates import (
    Candidate,
    Reference,
    Resolver,
    from_anchor,
    years_before_period,
)
from store.timex.lead import Accepts, Before, take_lead
from store.timex.lexicon import (
    MONTH_OR_ABBREVIATION,
    NOT_AFTER_NUMBER,
    SPACE,
    WRITTEN_YEARS,
    cased,
    month_number,
)
from store.timex.rules import has_cue, make
from store.timex.spans import Span

# "the quarter", "the latest quarter", "the year-ago quarter"; not "the quarter of the city",
# "a quarter century", "the quarter-final".
THE_QUARTER = re.compile(
    rf"\b(?:the|The){SPACE}(?:(?P<which>{cased(['latest', 'most recent', 'current', 'year-ago', 'year-earlier', 'fiscal', 'same'])}){SPACE})?"  # noqa: E501
    rf"(?:quarter|Quarter)\b(?![-‐]|{SPACE}(?:of|century|mile|note|point|final|pounder)\b)"
)
# "the quarter ended July 31", "the quarter ending Sept. 30, 1989": the quarter a company's
# own calendar closed that day.
ENDED_ON = re.compile(
    rf"{SPACE}(?:ended|ending){SPACE}(?P<month>{MONTH_OR_ABBREVIATION}){SPACE}(?P<day>[0-9]{{1,2}})"
    rf"{NOT_AFTER_NUMBER}(?:,?{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER})?"
)
# Back from a quarter's last day to the middle of its three months: a fiscal quarter is named
# for the calendar quarter most of it falls in (ended July 31: May to July, the second).
HALF_QUARTER = dt.timedelta(days=45)
# "a year earlier", "one year before", "year-earlier results", "the year-ago period".
YEAR_EARLIER = re.compile(
    rf"\b(?:(?:{cased(['a', 'one'])}){SPACE}year{SPACE}(?:earlier|before)\b"
    r"|(?:[Yy]ear|YEAR)[-‐](?:earlier|ago)\b(?![-‐]|\s{1,3}(?:quarter|period)\b))"
)
# "for the year", "the full year", "the fiscal year", "the current year".
YEAR_KINDS = cased(["full", "fiscal", "current", "calendar"])
THE_YEAR = re.compile(
    rf"\b(?:the|The){SPACE}(?:(?P<which>{YEAR_KINDS}){SPACE})?"
    rf"(?:year|Year)\b(?![-‐']|{SPACE}(?:of|before|after|earlier|later|ago|before|and|or|to|when"
    rf"|in|that|which|[0-9]|two|nineteen)\b)"
)
YEAR_CUES = frozenset({"for", "in", "of", "during", "through", "throughout", "over"})
FISCAL = re.compile(
    rf"\b(?:fiscal|Fiscal|FISCAL)(?:{SPACE}(?:year|Year))?{SPACE}(?P<year>[0-9]{{4}})"
    rf"{NOT_AFTER_NUMBER}"
)
CENTURY = re.compile(
    rf"\b(?P<number>[12]?[0-9])(?:st|nd|rd|th)(?:{SPACE}|[-‐])(?:century|Century)\b"
)


def the_quarter(core: re.Match[str], before: Before) -> Candidate | None:
    which = (core["which"] or "").lower()
    if which == "same":
        return _same_quarter(core, before)
    if which == "current":
        shift = 0
    elif which in ("year-ago", "year-earlier"):
        shift = -15  # the closed quarter, a year before
    else:
        shift = -3  # the last quarter closed
    resolve = from_anchor(lambda anchor: spans.quarter_of(anchor + relativedelta(months=shift)))
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    ended = ENDED_ON.match(core.string, core.end()) if shift == -3 else None
    if ended is not None:
        resolve = _quarter_ended(ended, resolve)
    return make(core, lead, resolve, "quarter", "deictic")


def _quarter_ended(ended: re.Match[str], otherwise: Resolver) -> Resolver:
    """ "the quarter ended July 31": the calendar quarter most of the three months up to that
    day fall in, in the year written, else the latest such day on or before the document's; a
    day no calendar has ("Feb. 30") leaves the last quarter closed, as if none were given."""
    month, day = month_number(ended["month"]), int(ended["day"])

    def last_day(anchor: dt.date | None) -> dt.date | None:
        if ended["year"]:
            return dt.date(int(ended["year"]), month, day)
        if anchor is None:
            return None
        last = dt.date(anchor.year, month, day)
        return last if last <= anchor else last.replace(year=last.year - 1)

    def resolve(reference: Reference) -> Span | None:
        try:
            last = last_day(reference.anchor)
        except ValueError:
            return otherwise(reference)
        return None if last is None else spans.quarter_of(last - HALF_QUARTER)

    return resolve


# Words that compare a figure with another period's: "up 20% from the same quarter", "sales
# beat the same quarter".
COMPARING = re.compile(
    r"\b(?:from|over|than|versus|vs\.?|against|with|to|on|beat|beats|beating|topped|trailed"
    r"|exceeded)[ \t]{1,3}\Z"
)


def _same_quarter(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the same quarter" is the one the report is about (the last quarter named, else the
    last closed), never the current one; compared with ("up 20% from the same quarter") it is
    that quarter a year before, as a comparison with itself says nothing."""
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    last_closed = from_anchor(lambda anchor: spans.quarter_of(anchor + relativedelta(months=-3)))
    compared = COMPARING.search(core.string, max(0, core.start() - 14), core.start())
    count = 0 if compared is None else 1

    def resolve(reference: Reference) -> Span | None:
        reported = years_before_period(0, last_closed)(reference)
        if reported is None or not count:
            return reported
        return spans.quarter(reported.start.year - count, (reported.start.month - 1) // 3 + 1)

    return make(core, lead, resolve, "quarter", "anaphoric")


def year_earlier(core: re.Match[str], before: Before) -> Candidate | None:
    """ "a year earlier": the year before the document's, at the precision of a year."""
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    resolve = from_anchor(lambda anchor: spans.year(anchor.year - 1))
    return make(core, lead, years_before_period(1, resolve), "year", "deictic")


def the_year(core: re.Match[str], before: Before) -> Candidate | None:
    """ "for the year", "in the fiscal year": the document's year; "the year" needs a word
    before it that makes it a period, else it is a noun ("the year's best film")."""
    if not (core["which"] or has_cue(before, YEAR_CUES)):
        return None
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    if core.group().endswith("Year") and not names.at_sentence_start(core.string, core.start()):
        return None  # a title: "Albums of the Year", "Person of the Year"
    resolve = from_anchor(lambda anchor: spans.year(anchor.year))
    return make(core, lead, resolve, "year", "deictic")


def fiscal(core: re.Match[str], before: Before) -> Candidate | None:
    """ "fiscal 2024" is written as its year: when a company's fiscal year ends varies."""
    year = int(core["year"])
    lead = take_lead(before, core.start(), Accepts())
    if lead is None or year not in WRITTEN_YEARS:
        return None
    return make(core, lead, lambda _reference: spans.year(year), "year", "absolute")


def century(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the 20th century" is TIMEX3 "19": the years 1900 to 1999."""
    number = int(core["number"])
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None or not 1 <= number <= 29:
        return None
    if core.group()[-7:-6] == "C" and names.century_in_name(core.string, core.start(), core.end()):
        return None  # "21st Century Insurance", "20th Century Fox", "its 21st Century unit"
    first = (number - 1) * 100
    span = Span(
        f"{number - 1:02d}", dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "year"
    )
    return make(core, lead, lambda _reference: span, "year", "absolute")
