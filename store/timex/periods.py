"""Expressions built from words rather than calendar names: seasons, quarters, halves, "last
week", "the weekend", "this morning"; days counted from the document's ("yesterday", "three days
ago") are in `store.timex.deictic`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from store.models import Granularity
from store.timex import names, spans
from store.timex.candidates import (
    Candidate,
    ReferenceEffect,
    fixed,
    from_anchor,
    in_reference_year,
    years_before_period,
)
from store.timex.extents import anchored, duration_value, literal
from store.timex.lead import Accepts, Before, take_lead, words_before
from store.timex.lexicon import (
    DAY,
    DETERMINERS,
    MONTH_OR_ABBREVIATION,
    NOT_AFTER_NUMBER,
    QUARTER_ORDINALS,
    SEASONS,
    SPACE,
    WRITTEN_YEARS,
    cased,
    day_number,
    month_number,
)
from store.timex.rules import has_cue, make
from store.timex.spans import Span
from store.timex.tense import tense_direction

# Not joined by a hyphen to the word after: "spring-loaded", "a summer-long run" are kinds.
SEASON = re.compile(
    rf"\b(?P<season>{cased(SEASONS)})\b(?![-‐][A-Za-z])"
    rf"(?:(?:{SPACE}of)?{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER})?"
)
QUARTER = re.compile(
    rf"\b(?P<ordinal>{cased(QUARTER_ORDINALS)})(?P<joint>{SPACE}|[-‐])(?:quarter|Quarter)\b"
    rf"(?:{SPACE}of{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER})?"
)
# "the first half of 1990", "the last half of next year", "the first two quarters of 1990",
# "first-half profit": TimeML's "1990-H1". A half is read only with its year, or as the
# adjective of what a report counts: "the first half", "a first-half goal" are as often a
# game's.
HALVES = {"first": 1, "second": 2, "last": 2, "latter": 2, "final": 2}
HALF_YEAR = rf"(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER}"
HALF_YEAR += rf"|(?P<det>this|next|last){SPACE}year\b(?![-‐'’])"
HALF_YEAR += rf"|(?P<the_year>the{SPACE}(?:(?:fiscal|calendar|current){SPACE})?year)\b(?![-‐'’])"
REPORTED_AFTER = re.compile(
    rf"{SPACE}(?:[a-z]+{SPACE})?(?:profits?|earnings|sales|results|revenues?|net|loss(?:es)?"
    r"|income|growth|output|deliveries|shipments|figures|dividends?|margins?)\b"
)
HALF = re.compile(
    rf"\b(?P<ordinal>{cased(HALVES)})(?:(?P<joint>{SPACE}|[-‐])half\b"
    rf"|{SPACE}two{SPACE}quarters\b(?={SPACE}of\b))"
    rf"(?:{SPACE}of{SPACE}(?:{HALF_YEAR}))?"
)
# "the" or a possessive and one or two describing words before an ordinal quarter: "the
# seasonally slow ", "its traditionally strong " (after "a", some quarter of a kind).
DESCRIBED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s{1,3}(?!(?:same|next|last|other|straight|consecutive)\b)"
    r"[a-z]{3,}\s{1,3}(?:[a-z]{3,}\s{1,3})?\Z"
)
POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\w['’]s)\s{1,3}\Z")
Q_QUARTER = re.compile(
    rf"\bQ(?P<number>[1-4])(?:{SPACE}(?:of{SPACE})?|-)(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER}"
)
UNITS: dict[str, tuple[Granularity, Callable[[dt.date, int], Span]]] = {
    "year": ("year", lambda anchor, shift: spans.year(anchor.year + shift)),
    "month": ("month", lambda anchor, shift: spans.month_of(anchor + relativedelta(months=shift))),
    "week": ("week", lambda anchor, shift: spans.week(anchor + relativedelta(weeks=shift))),
    "weekend": ("week", lambda anchor, shift: spans.weekend(anchor + relativedelta(weeks=shift))),
    "quarter": (
        "quarter",
        lambda anchor, shift: spans.quarter_of(anchor + relativedelta(months=3 * shift)),
    ),
}
TIMES_OF_DAY = tuple(spans.TIMES_OF_DAY)
UNIT_WORDS = (*UNITS, *TIMES_OF_DAY)
UNIT = re.compile(rf"\b(?P<unit>{cased(UNIT_WORDS)})\b")
# "the fiscal first quarter", read back from the ordinal for the same reason.
FISCAL_BEFORE = re.compile(rf"(?<![\w-])(?:{cased(['fiscal'])})(?:{SPACE}|[-‐])\Z")
# "the week of March 6": the ISO week holding that day.
WEEK_OF = re.compile(
    rf"\b(?:the|The){SPACE}week{SPACE}of{SPACE}(?P<month>{MONTH_OR_ABBREVIATION}){SPACE}"
    rf"(?P<day>{DAY})(?![0-9])(?:,?{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER})?"
)
# A figure ending just before an expression: "$33 million ", "4.10 guilders a share, ", "20% ".
FIGURE_BEFORE = re.compile(
    r"[0-9](?:[0-9.,]*[0-9])?(?:%|\s{1,3}(?:million|billion|trillion|cents|percent|[a-z]+s))?"
    r"(?:\s{1,3}a\s{1,3}share)?,?\s{1,3}\Z"
)
COMPARISON_BEFORE = re.compile(r"\b(?:compared\s{1,3}(?:with|to)|from|versus|vs\.|against)\b")
THE_PAST_BEFORE = re.compile(rf"\b(?:the|The){SPACE}(?:past|last){SPACE}\Z")
# "This will be the last year ...": the final one, not the one before.
COPULA_BEFORE = re.compile(rf"\b(?:is|was|be|been|are|were|['’]s){SPACE}\Z")
OF_AFTER = re.compile(rf"{SPACE}of\b")
SEASON_CUES = frozenset(
    {"in", "during", "since", "until", "till", "by", "over", "through", "throughout", "of"}
    | {"into"}
)


def week_of(core: re.Match[str], before: Before) -> Candidate | None:
    month, day = month_number(core["month"]), day_number(core["day"])
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None:
        return None
    if core["year"]:
        year = int(core["year"])
        if year not in WRITTEN_YEARS or not _exists(year, month, day):
            return None
        span = spans.week(dt.date(year, month, day))
        return make(core, lead, fixed(span), "week", "absolute", reference="set")
    if not _exists(2000, month, day):  # a leap year: 29 February is fine
        return None
    direction = tense_direction(core.string, lead.start, core.end())
    resolve = in_reference_year(lambda year: spans.week(dt.date(year, month, day)), direction)
    return make(core, lead, resolve, "week", "underspecified")


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def season(core: re.Match[str], before: Before) -> Candidate | None:
    """ "summer 2023" is "2023-SU"; alone ("in the spring", "last summer") a season needs a
    preposition, part or determiner, and "the fall of Kabul" is no season."""
    code = SEASONS[core["season"].lower()]
    lead = take_lead(before, core.start(), Accepts(part=True, det=True, the=True))
    if lead is None:
        return None
    if core["year"]:
        year = int(core["year"])
        if year not in WRITTEN_YEARS:
            return None
        return make(
            core, lead, fixed(spans.season(year, code)), "season", "absolute", reference="set"
        )
    if re.match(rf"{SPACE}of\b", core.string[core.end() : core.end() + 6]):
        return None
    if lead.det is not None:
        shift = lead.det
        resolve = from_anchor(lambda anchor: _season_from(anchor, code, shift))
        return make(core, lead, resolve, "season", "deictic", reference="set")
    if not has_cue(before, SEASON_CUES):
        return None
    if lead.part is None and names.season_in_compound(core.string, core.end()):
        return None  # "tuna in spring water", "children in summer camp"
    direction = tense_direction(core.string, lead.start, core.end())
    resolve = in_reference_year(lambda year: spans.season(year, code), direction)
    return make(core, lead, resolve, "season", "underspecified")


def _season_from(anchor: dt.date, code: str, shift: int) -> spans.Span:
    """ "last summer" is the latest summer over by `anchor` (in a December article, that
    year's; in a July one, the year before's), "next summer" the first not yet begun, "this
    summer" the anchor year's. A winter runs into the next year: in January, the winter
    under way is the one that began the December before."""
    if shift == 0:
        return spans.season(anchor.year, code)
    years = range(anchor.year - 2, anchor.year + 2)
    if shift < 0:
        latest = max(year for year in years if spans.season(year, code).end < anchor)
        return spans.season(latest + shift + 1, code)
    first = min(year for year in years if spans.season(year, code).start > anchor)
    return spans.season(first + shift - 1, code)


def quarter(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the second quarter of 2024" is "2024-Q2"; "the second quarter" takes its year from the
    narrative; "the last quarter" needs its year."""
    word = core["ordinal"].lower()
    number = QUARTER_ORDINALS[word]
    adjective = core["joint"] in ("-", "‐")
    at = core.start()
    fiscal = FISCAL_BEFORE.search(core.string, max(0, at - 12), at)
    if fiscal is not None:
        at = fiscal.start()
        before = words_before(core.string, at)
    # "the third-quarter profit": "the" belongs to the profit, as TimeML marks it.
    lead = take_lead(before, at, Accepts(part=True, the=not adjective))
    if lead is None:
        return None
    if core["year"]:
        year = int(core["year"])
        if year not in WRITTEN_YEARS:
            return None
        return make(
            core, lead, fixed(spans.quarter(year, number)), "quarter", "absolute", reference="set"
        )
    # "the second quarter", "its third quarter", "third-quarter profit", "the seasonally slow
    # third quarter"; "a second quarter" is another one.
    owned = before.the_start >= 0 or POSSESSIVE_BEFORE.search(core.string, max(0, at - 24), at)
    owned = owned or DESCRIBED_BEFORE.search(core.string, max(0, at - 40), at)
    if word in ("last", "final") or not (owned or adjective):
        return None
    # A quarter is reported on after it closes: without the future tense it is the latest
    # begun ("earned $5 million in the fiscal first quarter" in October is this year's); with
    # it the nearest ("will report third-quarter profit" in November is the one just closed).
    direction = 0 if tense_direction(core.string, lead.start, core.end()) > 0 else -1
    resolve = in_reference_year(lambda year: spans.quarter(year, number), direction)
    return make(core, lead, resolve, "quarter", "underspecified")


def half(core: re.Match[str], before: Before) -> Candidate | None:
    number = HALVES[core["ordinal"].lower()]
    adjective = core["joint"] in ("-", "‐")
    lead = take_lead(before, core.start(), Accepts(part=True, the=not adjective))
    if lead is None:
        return None
    if core["year"]:
        year = int(core["year"])
        if year not in WRITTEN_YEARS:
            return None
        resolve = fixed(spans.half(year, number))
        return make(core, lead, resolve, "quarter", "absolute", reference="set")
    if core["det"]:
        shift = DETERMINERS[core["det"].lower()]
        resolve = from_anchor(lambda anchor: spans.half(anchor.year + shift, number))
        return make(core, lead, resolve, "quarter", "deictic")
    reported = adjective and REPORTED_AFTER.match(core.string, core.end()) is not None
    if not (reported or core["the_year"]):
        return None  # "the first half", "a second-half comeback": a game's as often
    # Like a quarter: reported once closed, unless the future tense looks ahead.
    direction = 0 if tense_direction(core.string, lead.start, core.end()) > 0 else -1
    resolve = in_reference_year(lambda year: spans.half(year, number), direction)
    return make(core, lead, resolve, "quarter", "underspecified")


def q_quarter(core: re.Match[str], before: Before) -> Candidate | None:
    year = int(core["year"])
    lead = take_lead(before, core.start(), Accepts())
    if lead is None or year not in WRITTEN_YEARS:
        return None
    span = spans.quarter(year, int(core["number"]))
    return make(core, lead, fixed(span), "quarter", "absolute", reference="set")


def unit(core: re.Match[str], before: Before) -> Candidate | None:
    """ "last year", "this week", "earlier this month", "the end of the year"."""
    word = core["unit"].lower()
    if word in TIMES_OF_DAY:
        return _time_of_day(core, before)
    text = core.string
    the_past = THE_PAST_BEFORE.search(text, max(0, core.start() - 12), core.start())
    if (
        the_past is not None
        and word in ("week", "month", "year")
        and not OF_AFTER.match(text, core.end())
        and not COPULA_BEFORE.search(text, max(0, the_past.start() - 8), the_past.start())
    ):
        # "the last week": the one before the document's, as TimeML values it; "the last week
        # of the trial" is some other week. "the past year" is the twelve months up to the
        # document date (P1Y), not the calendar year before: on 8 July 2025 it began on 8 July
        # 2024, and much of it lies in 2025.
        if the_past.group().split()[1].lower() == "past":
            value = duration_value(1, word)
            return literal(the_past.start(), core.end(), value, "DURATION", anchored(1, word, -1))
        granularity, build = UNITS[word]
        resolve = from_anchor(lambda anchor: build(anchor, -1))
        lead = take_lead(words_before(text, the_past.start()), the_past.start(), Accepts())
        if lead is None:
            return None
        return make(core, lead, resolve, granularity, "deictic", reference="reset")
    lead = take_lead(before, core.start(), Accepts(part=True, det=True))
    if lead is None:
        return None
    if core["unit"][0].isupper() and names.is_title(text, lead.start, text[lead.start], core.end()):
        return None  # ABC's "This Week", "Last Week Tonight"
    shift = lead.det
    if shift is None and word == "weekend" and before.the_start >= 0 and before.part is None:
        return _the_weekend(core, before)
    if shift is None and lead.part_of_the:
        shift = 0  # "by the end of the year": the current one
    if shift is None:
        return None
    granularity, build = UNITS[word]
    resolve = from_anchor(lambda anchor: build(anchor, shift))
    if word == "year" and shift == -1 and _after_a_figure(text, lead.start):
        # "compared with a loss of $3 million last year": the reported quarter, a year back,
        # as "a year earlier" is.
        resolve = years_before_period(1, resolve)
    reference: ReferenceEffect = "set" if word == "year" else "reset"
    return make(core, lead, resolve, granularity, "deictic", reference=reference)


def _after_a_figure(text: str, start: int) -> bool:
    """Whether a figure compared with another ("compared with $33 million", "from 20%") ends
    just before `start`."""
    figure = FIGURE_BEFORE.search(text, max(0, start - 24), start)
    if figure is None:
        return False
    return COMPARISON_BEFORE.search(text, max(0, figure.start() - 60), figure.start()) is not None


def _the_weekend(core: re.Match[str], before: Before) -> Candidate | None:
    """ "over the weekend": the last one, or in the future tense the coming one (the one
    under way when the document is dated on a Saturday or Sunday)."""
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None:
        return None
    coming = tense_direction(core.string, lead.start, core.end()) > 0

    def weekend(anchor: dt.date) -> Span:
        under_way = anchor.weekday() >= 5
        return spans.weekend(anchor if under_way or coming else anchor - dt.timedelta(weeks=1))

    return make(core, lead, from_anchor(weekend), "week", "deictic", reference="reset")


def _time_of_day(core: re.Match[str], before: Before) -> Candidate | None:
    """ "this morning" is the document date, "last night" the day before; "next morning" is
    anaphoric, not deictic."""
    lead = take_lead(before, core.start(), Accepts(det=True, part=True))
    if lead is None or lead.det is None or lead.det > 0:
        return None
    shift = lead.det
    resolve = from_anchor(lambda anchor: spans.day(anchor + relativedelta(days=shift)))
    part = spans.TIMES_OF_DAY[core["unit"].lower()]
    resolve = spans.at_time(resolve, part)
    return make(core, lead, resolve, "day", "deictic", reference="reset", timex="TIME")
