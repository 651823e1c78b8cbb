"""Expressions that count from the last date the text gave, not from the document date: "the
following year", "the previous day", "that same day", "a year later", "that year".

"He was promoted in 1995, and the following year he was appointed attaché" is 1996; "down 4%
from the previous Friday", after a Friday, is the Friday before that one. Without
an earlier date to count from they say nothing, and are left out rather than guessed.
Also spoken years, as broadcast transcripts write them: "nineteen ninety-six", "the year two
thousand".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import cast

from dateutil.relativedelta import relativedelta

from store.models import Granularity
from store.timex import names, rules, spans, years
from store.timex.candidates import Candidate, Reference, Resolver, from_anchor
from store.timex.lead import Accepts, Before, take_lead
from store.timex.lexicon import MONTH, MONTHS, SEASONS, SPACE, WEEKDAY, WEEKDAYS, cased
from store.timex.rules import make
from store.timex.spans import Span

SHIFTS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}
AFTER_SHIFTS = {"before": -1, "earlier": -1, "after": 1, "later": 1}
UNITS = ("day", "week", "month", "year")
# Found from its unit, the words around it read from there: the engine skips to a unit far
# faster than it tries "the", "that" and "a" everywhere.
NOUN_AFTER = re.compile(r"[ \t]{1,3}[a-z]")
MONTH_BEFORE = re.compile(rf"\b(?P<month>{MONTH}),?{SPACE}\Z")
SEASON_OF_BEFORE = re.compile(
    rf"\b(?:(?:the|The){SPACE})?(?P<season>{cased(SEASONS)}){SPACE}of{SPACE}\Z"
)
ANAPHOR = re.compile(rf"\b(?P<unit>{cased(UNITS)})\b(?![-‐'’])")
# "the following ", "that same ", "that ", "a ", "one ": the words before the unit.
ANAPHOR_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<the>{cased(['the', 'that'])}){SPACE}(?:(?P<rel>{cased(SHIFTS)}){SPACE})?"
    rf"|(?P<one>{cased(['a', 'one'])}){SPACE})\Z"
)
ANAPHOR_AFTER = re.compile(rf"{SPACE}(?P<after>{cased(['before', 'after', 'later'])})\b")
OPENING_WORDS = frozenset({"the", "that", "a", "one", *SHIFTS})
# "the day before yesterday", "the day after tomorrow": counted from the document's day.
DAY_WORD_AFTER = re.compile(rf"{SPACE}(?P<word>{cased(['yesterday', 'today', 'tomorrow'])})\b")
DAY_WORD_SHIFTS = {"yesterday": -1, "today": 0, "tomorrow": 1}
# "Oct. 12, the day before the plunge", "In 1989, the year after the merger": set beside a
# date, "the day" is that date, and "before the plunge" tells what it came before.
DATE_BESIDE = re.compile(rf"(?:\b[0-9]{{1,4}}|\b(?:{WEEKDAY}|{MONTH}))\.?,{SPACE}\Z")
EVENT_AFTER = re.compile(
    rf"{SPACE}(?:the|a|an|his|her|its|their|our|my|your|this|these|those){SPACE}[a-z]"
)
RELATIVE_WEEKDAY = re.compile(
    rf"\b(?:the|The){SPACE}(?P<rel>{cased(['previous', 'preceding', 'following'])}){SPACE}"
    rf"(?P<weekday>{WEEKDAY})\b"
)
WORD_BEFORE = re.compile(r"(\w+)\s{1,3}\Z")


def anaphor(core: re.Match[str], before: Before) -> Candidate | None:
    text, at = core.string, core.start()
    previous = WORD_BEFORE.search(text, max(0, at - 16), at)
    if previous is None or previous[1].lower() not in OPENING_WORDS:
        return None  # most units: "last year", "this week", "three days"
    opening = ANAPHOR_BEFORE.search(text, max(0, at - 28), at)
    if opening is None:
        return None
    closing = ANAPHOR_AFTER.match(text, core.end())
    unit = core["unit"].lower()
    relation = (opening["rel"] or "").lower()
    after = closing["after"].lower() if closing else ""
    if opening["one"] and after not in ("later", "after"):
        return None  # "a day", "one year": lengths of time
    if not opening["one"] and after == "later":
        return None
    the = (opening["the"] or "").lower()
    if relation == "next" and unit != "day":
        return None  # "in the next year" is a length of time
    if the == "the" and not (relation or after):
        return None  # "the day", "the year": a noun, or a period read elsewhere
    if relation and after:
        return None
    if closing is not None and the == "the" and after in ("before", "after"):
        beside = _beside_a_date(opening.start(), closing, unit)
        if beside is not None:
            return beside
    shift = SHIFTS.get(relation, 0) + AFTER_SHIFTS.get(after, 0)
    end = closing.end() if closing else core.end()
    granularity = cast(Granularity, unit)
    return Candidate(
        start=opening.start(),
        end=end,
        granularity=granularity,
        resolve=_from_last(unit, shift),
        kind="anaphoric",
        # The story moves to the date it counts to, as to a year written out: after "in
        # 1995 ..., and the following year ...", "in December" is no longer 1995's.
        reference="set",
    )


def _beside_a_date(start: int, closing: re.Match[str], unit: str) -> Candidate | None:
    """ "the day before yesterday" (two days before the document's), or "the day" set beside a
    date and before or after an event ("Oct. 12, the day before the plunge": Oct. 12)."""
    text, after = closing.string, closing["after"].lower()
    word = DAY_WORD_AFTER.match(text, closing.end())
    if word is not None and unit == "day":
        days = DAY_WORD_SHIFTS[word["word"].lower()] + AFTER_SHIFTS[after]
        return Candidate(
            start=start,
            end=word.end(),
            granularity="day",
            resolve=from_anchor(lambda anchor: spans.day(anchor + dt.timedelta(days=days))),
            kind="deictic",
            reference="reset",
        )
    if EVENT_AFTER.match(text, closing.end()) is None:
        return None
    if DATE_BESIDE.search(text, max(0, start - 24), start) is None:
        return None
    end = closing.start()
    return Candidate(
        start=start,
        end=end,
        granularity=cast(Granularity, unit),
        resolve=_from_last(unit, 0),
        kind="anaphoric",
    )


def relative_weekday(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the previous Friday", "the following Monday": that weekday before or after the last
    day the text gave, or the document date when it gave none."""
    number, step = WEEKDAYS[core["weekday"]], SHIFTS[core["rel"].lower()]
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None

    def resolve(reference: Reference) -> Span | None:
        last = reference.last
        if last is not None and last.granularity == "day" and last.start == last.end:
            origin = last.start
        elif reference.anchor is not None:
            origin = reference.anchor
        else:
            return None
        gap = (number - origin.weekday()) * step % 7 or 7  # never the day itself
        return spans.day(origin + dt.timedelta(days=gap * step))

    return make(core, lead, resolve, "day", "anaphoric")


def _from_last(unit: str, shift: int) -> Resolver:
    def resolve(reference: Reference) -> Span | None:
        last = reference.last
        if last is None:
            return None
        if unit == "year":
            return spans.year(last.start.year + shift)
        if unit == "month" and last.granularity in ("day", "month"):
            return spans.month_of(last.start + relativedelta(months=shift))
        if unit == "week" and last.granularity in ("day", "week"):
            return spans.week(last.start + relativedelta(weeks=shift))
        if unit == "day" and last.granularity == "day" and last.start == last.end:
            return spans.day(last.start + dt.timedelta(days=shift))
        return None

    return resolve


TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
TENS |= {"eighty": 80, "ninety": 90}
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
ONES |= {"eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
TEENS |= {"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
SPOKEN_YEAR = re.compile(
    rf"\b(?:(?P<century>{cased(['nineteen', 'twenty'])})[ -]"
    rf"(?:(?P<tens>{cased(TENS)})(?:[ -](?P<ones>{cased(ONES)}))?|(?P<teen>{cased(TEENS)})"
    rf"|(?P<hundred>{cased(['hundred'])}))"
    rf"|(?P<thousand>{cased(['two thousand'])})(?:{SPACE}(?:and{SPACE})?"
    rf"(?P<after>{cased([*ONES, *TEENS])}))?)\b(?![-‐])"
)


def spoken_year(core: re.Match[str], before: Before) -> Candidate | None:
    """ "nineteen ninety-six" is 1996, "two thousand and one" 2001; with "the year" before it
    the phrase takes it ("the year two thousand")."""
    if core["thousand"]:
        year = 2000 + _number(core["after"])
    else:
        century = 19 if core["century"].lower() == "nineteen" else 20
        rest = _number(core["tens"]) + _number(core["ones"]) + _number(core["teen"])
        year = century * 100 + rest
    if names.counts_something(core.string, core.start(), core.end()):
        return None
    start = core.start()
    if core.string[max(0, start - 9) : start].lower() == "the year ":
        start -= 9
    elif not _cued(core, before):
        return None  # "Nineteen Eighty-Four is a novel", "twenty twenty vision"
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    candidate = make(core, lead, lambda _reference: spans.year(year), "year", "absolute")
    within = _period_before(core, year)
    if within is not None:  # "January nineteen ninety-seven", "the winter of nineteen ..."
        opening, span = within
        return replace(
            _starting(candidate, opening), resolve=lambda _reference: span,
            granularity=span.granularity, reference="set",
        )  # fmt: skip
    return candidate if start == candidate.start else _starting(candidate, start)


def _period_before(core: re.Match[str], year: int) -> tuple[int, Span] | None:
    """The month or season the spoken year completes, and where its words start."""
    text, at = core.string, core.start()
    month = MONTH_BEFORE.search(text, max(0, at - 12), at)
    if month is not None:
        return month.start(), spans.month(year, MONTHS[month["month"]])
    season = SEASON_OF_BEFORE.search(text, max(0, at - 20), at)
    if season is not None:
        return season.start(), spans.season(year, SEASONS[season["season"].lower()])
    return None


def _cued(core: re.Match[str], before: Before) -> bool:
    """A spoken year is a year after a word that makes it one ("in nineteen ninety-four",
    "the winter of ...") or a month ("January nineteen ninety-seven"), as a number is; alone,
    when it is neither a title nor a number before a noun ("twenty twenty vision")."""
    text, start, end = core.string, core.start(), core.end()
    if rules.has_cue(before, years.YEAR_CUES) or rules.after_connector(text, start):
        return True
    if MONTH_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    if names.year_as_modifier(text, start, end):
        return True  # "a nineteen ninety-seven attack"
    if all(word[:1].isupper() for word in core.group().split()):
        return False  # a title: "Nineteen Eighty-Four"
    return NOUN_AFTER.match(text, end) is None  # "Atlanta nineteen ninety-six."


def _number(word: str | None) -> int:
    if not word:
        return 0
    word = word.lower()
    return TENS.get(word) or ONES.get(word) or TEENS.get(word) or 0


def _starting(candidate: Candidate, start: int) -> Candidate:
    return replace(candidate, start=start)
