"""A company report's periods named by their year or by their relation to the one reported:
"the 1988 second quarter", "the 1989 period", "this year's third quarter", "last year's
quarter", "the year-ago third quarter", "the latest period", "the year-earlier period", "the
quarter a year ago", "the corresponding period last year"; and "the year ended June 30", a
year's length rather than a calendar year.

"Period" and a quarter without its number mean the quarter the report is about: the last one
the text named (`Reference.period`), else the last one closed before the document date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from store.timex import spans
from store.timex.candidates import Candidate, Reference, Resolver
from store.timex.extents import literal
from store.timex.lead import Accepts, Before, take_lead
from store.timex.lexicon import QUARTER_ORDINALS, SPACE, WRITTEN_YEARS, cased
from store.timex.rules import make
from store.timex.spans import Span

# "last" is the year's relation here ("last year's quarter"), not the fourth quarter.
ORDINALS = {word: number for word, number in QUARTER_ORDINALS.items() if word != "last"}
ORDINAL = rf"(?:(?P<ordinal>{cased(ORDINALS)})(?:{SPACE}|[-‐]))?"
NOUN = r"(?P<noun>quarter|period)\b(?![-‐])"
# "the 1988 second quarter", "the 1989 period".
YEAR_PERIOD = re.compile(rf"\b(?:the|The){SPACE}(?P<year>[0-9]{{4}}){SPACE}{ORDINAL}{NOUN}")
# "this year's third quarter", "last year's quarter", "next year's first quarter".
OWN_YEAR_PERIOD = re.compile(
    rf"\b(?P<det>{cased(['this', 'last', 'next'])}){SPACE}year['’]s{SPACE}{ORDINAL}{NOUN}"
)
RELATIONS = {"latest": 0, "most recent": 0, "year-ago": -1, "year-earlier": -1}
RELATIONS |= {"comparable year-ago": -1, "comparable year-earlier": -1}
# "the latest period", "the year-earlier period", "the year-ago third quarter".
RELATED_PERIOD = re.compile(
    rf"\b(?:the|The){SPACE}(?P<rel>{cased(RELATIONS)}){SPACE}{ORDINAL}{NOUN}"
)
# "the quarter a year ago", "the corresponding period last year", "the same quarter of the
# previous year": the reported period, a year back.
YEAR_BACK = (
    rf"(?:last|(?:the|a){SPACE}(?:previous|prior|preceding)){SPACE}year\b(?![-‐'’])"
    rf"|(?:a|one){SPACE}year{SPACE}(?:ago|earlier|before)\b"
)
BACK_PERIOD = re.compile(
    rf"\b(?:the|The){SPACE}(?:(?P<like>{cased(['corresponding', 'comparable', 'same'])}){SPACE})?"
    rf"(?P<noun>quarter|period)(?:{SPACE}(?:of|in))?{SPACE}(?:{YEAR_BACK})"
)
# "the year ended June 30", "the fiscal year ending March 31": a year's length, not a year.
YEAR_ENDED = re.compile(
    rf"\b(?P<phrase>(?:the|The){SPACE}(?:(?:fiscal|full){SPACE})?(?:year|Year))"
    rf"{SPACE}(?:that{SPACE})?(?:ended|ending|ends)\b"
)


def year_period(core: re.Match[str], before: Before) -> Candidate | None:
    year = int(core["year"])
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None or year not in WRITTEN_YEARS:
        return None
    number = _number(core)
    resolve = _in_year(lambda _anchor: year, number, period=core["noun"] == "period")
    # Numbered, it names its quarter ("the 1988 second quarter"): what "a year earlier"
    # compares with from then on; unnumbered, it is the one the report is about.
    return make(core, lead, resolve, "quarter", "anaphoric" if number is None else "absolute")


def own_year_period(core: re.Match[str], before: Before) -> Candidate | None:
    shift = {"this": 0, "last": -1, "next": 1}[core["det"].lower()]
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    period, number = core["noun"] == "period", _number(core)
    resolve = _in_year(lambda anchor: anchor.year + shift, number, period=period)
    return make(core, lead, resolve, "quarter", "anaphoric" if number is None else "deictic")


def related_period(core: re.Match[str], before: Before) -> Candidate | None:
    shift = RELATIONS[" ".join(core["rel"].lower().split())]
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None:
        return None
    number = _number(core)
    if number is None and core["noun"] == "quarter" and shift == 0:
        return None  # "the latest quarter": `reporting.the_quarter` reads it
    resolve = _reported_shifted(number, shift, named=core["noun"] == "period" and number is None)
    if shift:
        resolve = _or_year_before(resolve)  # "the year-earlier period" of the nine months
    return make(core, lead, resolve, "quarter", "anaphoric")


def back_period(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the quarter a year ago": the quarter reported, a year before; "the same period last
    year" with no quarter named is the year before (a half or nine months are never kept).
    A bare "the period last year" may be any stretch of it ("spent the period last year in
    Paris"): only "the same period" and its kind are a report's."""
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None or (core["noun"] == "period" and not core["like"]):
        return None
    resolve = _or_year_before(_reported_shifted(None, -1, named=core["noun"] == "period"))
    return make(core, lead, resolve, "quarter", "anaphoric")


def year_ended(core: re.Match[str], before: Before) -> Candidate | None:
    """ "for the year ended June 30": TimeML's P1Y; the phrase stops before "ended"."""
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None:
        return None
    return literal(lead.start, core.end("phrase"), "P1Y", "DURATION", lambda _reference: None)


def _or_year_before(resolve: Resolver) -> Resolver:
    """A period a year back that is no quarter (none named, or a longer one since): the year
    before the document's."""

    def resolved(reference: Reference) -> Span | None:
        span = resolve(reference)
        if span is None and reference.anchor is not None:
            return spans.year(reference.anchor.year - 1)
        return span

    return resolved


def _number_of(quarter: Span) -> int:
    return (quarter.start.month - 1) // 3 + 1


def _number(core: re.Match[str]) -> int | None:
    return ORDINALS[core["ordinal"].lower()] if core["ordinal"] else None


def _reported(reference: Reference, *, named: bool = False) -> Span | None:
    """The quarter the report is about: the last one named, else (unless `named`) the last
    one closed. A "period" is a quarter only in a text that named one: elsewhere "the latest
    period" may be an era."""
    if reference.period is not None and reference.period.granularity == "quarter":
        return reference.period
    if reference.anchor is None or named:
        return None
    return spans.quarter_of(reference.anchor - relativedelta(months=3))


def _in_year(
    year_of: Callable[[dt.date], int], number: int | None, *, period: bool = False
) -> Resolver:
    """Quarter `number` (or the reported one's number) of the year `year_of` gives; a
    `period` with no quarter named before it is the whole year ("the 1920 period")."""

    def resolve(reference: Reference) -> Span | None:
        if reference.anchor is None:
            return None
        year, quarter = year_of(reference.anchor), number
        if quarter is None:
            reported = _reported(reference, named=period)
            if reported is None:
                return spans.year(year) if period else None
            quarter = _number_of(reported)
        return spans.quarter(year, quarter)

    return resolve


def _reported_shifted(number: int | None, shift: int, *, named: bool = False) -> Resolver:
    def resolve(reference: Reference) -> Span | None:
        reported = _reported(reference, named=named)
        if reported is None:
            return None
        quarter = number if number is not None else _number_of(reported)
        return spans.quarter(reported.start.year + shift, quarter)

    return resolve
