"""Core patterns of date expressions and how each match becomes a candidate.

Every pattern is linear: no nested repetition, whitespace runs bounded to three characters, so
a huge paragraph costs time in proportion to its length.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from store.models import Granularity, Modifier, TimexType
from store.timex import names, spans
from store.timex.candidates import (
    Candidate,
    Clip,
    Kind,
    Reference,
    ReferenceEffect,
    Resolver,
    fixed,
    from_anchor,
    in_reference_year,
)
from store.timex.datelines import is_dateline
from store.timex.lead import (
    Accepts,
    Before,
    Lead,
    after_connector,
    take_lead,
)
from store.timex.lexicon import (
    AMBIGUOUS_MONTHS,
    DAY,
    DETERMINERS,
    MODIFYING_PREPOSITIONS,
    MONTH,
    MONTH_OR_ABBREVIATION,
    MONTH_OTHER_CASE,
    MONTHS,
    NOT_AFTER_NUMBER,
    NOT_BEFORE_NUMBER,
    ORDINAL_DAY,
    SPACE,
    WEEKDAY,
    WEEKDAYS,
    WRITTEN_YEARS,
    cased,
    day_number,
    month_number,
)
from store.timex.tense import tense_direction

# A rule gives a candidate, or none, or (for a range written as one word: "2020-22") two.
Build = Callable[[re.Match[str], Before], "Candidate | tuple[Candidate, Candidate] | None"]

# A lead's part word as the part of a period it names ("early May"), or as the side of the
# writing's day it clips the period to ("earlier this year").
PARTS: dict[str, spans.Part] = {"early": "early", "mid": "mid", "late": "late"}
CLIPS: dict[str, Clip] = {"earlier": "earlier", "later": "later"}

MONTH_CUES = frozenset({"in", "since", "until", "till", "during", "of", "through", "throughout"})
# Bounds that make a "May" a month where the phrase ends with it: "by May", "before June, the
# firm"; not "a book by May Sarton", "after May resigned" (a person).
BOUND_MONTH_CUES = frozenset({"by", "before", "after"})
PHRASE_END_AFTER = re.compile(
    r"\s{0,3}(?:[.,;:!?)\]—–-]|\Z)|\s{1,3}(?:and|or|at|in|on|to|for|with|from|when|if|as|but|of)\b"
)
RANGE_ONLY_CUES = frozenset({"from", "between"})
# A month and a comma just before: "in April, May and June" lists "May".
MONTH_LISTED_BEFORE = re.compile(rf"\b(?:{MONTH}),\s{{1,3}}\Z")

ISO_DATE = re.compile(
    rf"{NOT_BEFORE_NUMBER}(?<!-)(?P<year>[0-9]{{4}})-(?P<month>[0-9]{{2}})-(?P<day>[0-9]{{2}})"
    r"(?![0-9]|-[0-9])"
)


# "Monday, Dec. 22", and in event listings "Mon, Dec 22", "Tue. 3 June" (an abbreviation
# only with its stop or comma: "Sun" and "Wed" are words too).
WEEKDAY_ABBREVIATIONS = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3}
WEEKDAY_ABBREVIATIONS |= {"Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
WEEKDAY_BEFORE = (
    rf"(?:(?:(?P<weekday>{WEEKDAY}),?|(?P<wday>{'|'.join(WEEKDAY_ABBREVIATIONS)})(?:\.,?|,))"
    rf"{SPACE})?"
)


def _day_month(month: str, weekday: str = WEEKDAY_BEFORE) -> re.Pattern[str]:
    return re.compile(
        rf"\b{weekday}(?<![.,])(?P<day>{DAY})(?:{SPACE}of)?{SPACE}"
        rf"(?P<month>{month})(?:,?{SPACE}(?P<year>[0-9]{{4}})(?![0-9]))?(?!\w)"
    )


def _month_day(month: str, weekday: str = WEEKDAY_BEFORE) -> re.Pattern[str]:
    return re.compile(
        rf"\b{weekday}(?P<month>{month}){SPACE}"
        rf"(?P<day>{DAY})(?![0-9]|[.,:][0-9]|\w)(?:,?{SPACE}(?P<year>[0-9]{{4}})(?![0-9]|\w))?"
    )


def _month_year(month: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<month>{month})(?:{SPACE}of|(?P<comma>,))?{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER}"
    )


DAY_MONTH = _day_month(MONTH_OR_ABBREVIATION)
MONTH_DAY = _month_day(MONTH_OR_ABBREVIATION)
MONTH_YEAR = _month_year(MONTH_OR_ABBREVIATION)
# "March eighth", "Sunday, June twenty-first": a day as an ordinal word (no digit to gate on).
MONTH_ORDINAL_DAY = re.compile(
    rf"\b{WEEKDAY_BEFORE}(?P<month>{MONTH_OR_ABBREVIATION}){SPACE}(?P<day>{ORDINAL_DAY})"
    rf"(?!\w|[-‐])(?:,?{SPACE}(?P<year>[0-9]{{4}})(?![0-9]|\w))?"
)
# "MARCH 5 2024", "5 march 2024": month names in capitals, or in lower case (only full names:
# "mar", "may" and "jun" are words), count where a day or year stands beside them.
# Without a weekday before them: these open on the month or day, which the engine skips to.
DAY_OTHER_CASE = _day_month(MONTH_OTHER_CASE, weekday="(?P<weekday>)")
MONTH_DAY_OTHER_CASE = _month_day(MONTH_OTHER_CASE, weekday="(?P<weekday>)")
MONTH_YEAR_OTHER_CASE = _month_year(MONTH_OTHER_CASE)
# Not before a day number: "February 30" is no date at all rather than February.
BARE_MONTH = re.compile(
    rf"\b(?P<month>{MONTH})\b(?!{SPACE}[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?![.,:][0-9]))"
)
MONTH_DET_YEAR = re.compile(
    rf"\b(?P<month>{MONTH_OR_ABBREVIATION}),?(?:{SPACE}of)?{SPACE}(?P<det>{cased(DETERMINERS)})"
    rf"{SPACE}(?:year|Year)\b"
)


def iso_date(core: re.Match[str], before: Before) -> Candidate | None:
    date = written_date(core["year"], int(core["month"]), int(core["day"]))
    lead = take_lead(before, core.start(), Accepts())
    if date is None or lead is None:
        return None
    return make(core, lead, fixed(spans.day(date)), "day", "absolute", reference="set")


def day_month(core: re.Match[str], before: Before) -> Candidate | None:
    """ "12 May 2024", "the 8th of May": the ordinal form may take a "the"."""
    return day_of_month(core, take_lead(before, core.start(), Accepts(the=True)))


def month_day(core: re.Match[str], before: Before) -> Candidate | None:
    return day_of_month(core, take_lead(before, core.start(), Accepts()))


# Before a day written as a word: "on June third" is a day, "finished June third" a rank.
ORDINAL_DAY_CUES = frozenset(
    {"on", "of", "by", "until", "till", "since", "from", "before", "after"}
)


def month_ordinal_day(core: re.Match[str], before: Before) -> Candidate | None:
    """ "on March eighth": an ordinal word is a day only after a cue, a weekday or with a
    year ("Sunday, March eighth", "May first, 2024")."""
    dated = core["year"] or weekday_number(core) is not None
    if not dated and not has_cue(before, ORDINAL_DAY_CUES):
        return None
    return month_day(core, before)


def day_of_month(core: re.Match[str], lead: Lead | None) -> Candidate | None:
    month, day = month_number(core["month"]), day_number(core["day"])
    if lead is None or written_date("2000", month, day) is None:  # a leap year: 29 Feb is fine
        return None
    if not core["year"] and names.counts_something(core.string, core.start("day"), core.end("day")):
        return None  # "a march 5 miles long", "May 3 votes"
    if core["year"]:
        date = written_date(core["year"], month, day)
        if date is None:
            return None
        return make(core, lead, fixed(spans.day(date)), "day", "absolute", reference="set")
    direction = tense_direction(core.string, lead.start, core.end())
    if is_dateline(core.string, lead.start, core.end()):
        direction = 0  # "LONDON, March 21 (Reuters) - ... will": the day the story was filed
    resolve = in_reference_year(lambda year: spans.day(dt.date(year, month, day)), direction)
    weekday = weekday_number(core)
    if weekday is not None:
        resolve = on_its_weekday(month, day, weekday, resolve)
    return make(core, lead, resolve, "day", "underspecified")


def weekday_number(core: re.Match[str]) -> int | None:
    """The weekday written before a month and day, by name or abbreviation, if any."""
    if core["weekday"]:
        return WEEKDAYS[core["weekday"]]
    abbreviation = core.groupdict().get("wday")
    return WEEKDAY_ABBREVIATIONS[abbreviation] if abbreviation else None


def on_its_weekday(month: int, day: int, weekday: int, otherwise: Resolver) -> Resolver:
    """ "Saturday, April 25": of the years around the document date, the nearest in which
    that day is a Saturday; `otherwise` if none is (a misprint) or there is no document date."""

    def resolve(reference: Reference) -> spans.Span | None:
        anchor = reference.anchor
        if anchor is None or reference.year is not None:
            return otherwise(reference)
        dates = [
            date
            for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (date := written_date(str(year), month, day)) is not None
            and date.weekday() == weekday
        ]
        if not dates:
            return otherwise(reference)
        return spans.day(min(dates, key=lambda date: abs((date - anchor).days)))

    return resolve


def month_year(core: re.Match[str], before: Before) -> Candidate | None:
    year = int(core["year"])
    lead = take_lead(before, core.start(), Accepts(part=True))
    if lead is None or year not in WRITTEN_YEARS:
        return None
    if core["comma"] and PHRASE_END_AFTER.match(core.string, core.end()) is None:
        return None  # "In December, 2000 people marched": a count after the month
    span = spans.month(year, month_number(core["month"]))
    return make(core, lead, fixed(span), "month", "absolute", reference="set")


def bare_month(core: re.Match[str], before: Before) -> Candidate | None:
    """ "in April", "Last March", "since January"; "May" and "March" only after such a word.

    "last <month>" is the latest such month before the document's month ("last April" written
    in October 2024 is April 2024, in March 2024 April 2023), "next <month>" the first after
    it, "this <month>" the one in the document's year.
    """
    name, lead = core["month"], take_lead(before, core.start(), Accepts(part=True, det=True))
    if lead is None:
        return None
    number, weak = MONTHS[name], False
    if name in AMBIGUOUS_MONTHS and not has_cue(before, MONTH_CUES, determiner=True):
        bound = before.has(BOUND_MONTH_CUES)
        if bound and PHRASE_END_AFTER.match(core.string, core.end()) is None:
            return None
        if not (bound or range_cue(before, core.string, core.start())):
            return None
        weak = not bound
    if lead.det is not None:
        shift = lead.det
        resolve = from_anchor(lambda anchor: _month_from(anchor, number, shift))
        return make(core, lead, resolve, "month", "deictic", reference="set")
    direction = tense_direction(core.string, lead.start, core.end())
    resolve = in_reference_year(lambda year: spans.month(year, number), direction)
    return make(core, lead, resolve, "month", "underspecified", weak=weak)


def _month_from(anchor: dt.date, number: int, shift: int) -> spans.Span:
    """Month `number` last (-1), this (0) or next (1) time round from `anchor`'s month."""
    year = anchor.year
    if shift < 0 and number >= anchor.month:
        year -= 1
    elif shift > 0 and number <= anchor.month:
        year += 1
    return spans.month(year, number)


def month_det_year(core: re.Match[str], before: Before) -> Candidate | None:
    """ "January this year", "April next year", "June of last year"."""
    shift = DETERMINERS[core["det"].lower()]
    number = month_number(core["month"])
    lead = take_lead(before, core.start(), Accepts(part=True))
    if lead is None:
        return None
    resolve = from_anchor(lambda anchor: spans.month(anchor.year + shift, number))
    return make(core, lead, resolve, "month", "deictic", reference="set")


def make(
    core: re.Match[str],
    lead: Lead,
    resolve: Resolver,
    granularity: Granularity,
    kind: Kind,
    *,
    reference: ReferenceEffect = None,
    modifier: Modifier | None = None,
    weak: bool = False,
    timex: TimexType = "DATE",
) -> Candidate:
    """The candidate for `core` and its lead. A preposition's meaning ("since", "until") wins
    over a part ("early"), which wins over `modifier`."""
    part = PARTS.get(lead.part or "")
    clip = CLIPS.get(lead.part or "")
    return Candidate(
        start=lead.start,
        end=core.end(),
        granularity=granularity,
        resolve=resolve,
        kind=kind,
        reference=reference,
        part=part,
        clip=clip,
        modifier=MODIFYING_PREPOSITIONS.get(lead.prep or "") or part or modifier,
        prep=lead.prep,
        prep_start=lead.prep_start,
        weak=weak,
        timex=timex,
    )


def has_cue(before: Before, prepositions: frozenset[str], *, determiner: bool = False) -> bool:
    """Whether the words before make a number a year or a name a month."""
    if before.part is not None or (determiner and before.det is not None):
        return True
    return before.has(prepositions)


def range_cue(before: Before, text: str, start: int) -> bool:
    """ "from May", "and May", "April, May": a month only if a range or list forms around it."""
    if before.has(RANGE_ONLY_CUES) or after_connector(text, start):
        return True
    return MONTH_LISTED_BEFORE.search(text, max(0, start - 16), start) is not None


def written_date(year: str, month: int, day: int) -> dt.date | None:
    """The date written, if it exists and its year is one we take for a year."""
    if int(year) not in WRITTEN_YEARS:
        return None
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        return None
