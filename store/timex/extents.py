"""TIMEX3 expressions that are not calendar dates: durations ("three years", "the past two
months", "a two-year contract"), sets ("daily", "every Monday", "each July") and the reference
words PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently", "in the future").

Their values are TIMEX3's ("P3Y", "PT5H", "PXD", "XXXX-WXX-1", "P1D", "PRESENT_REF"). Most do
not name a stretch of the calendar and stay off it (start and end None); a duration counted
from the moment of writing ("the past three years", "the next two weeks") is placed as the
range it covers.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from store.timex.candidates import Candidate, Reference, Resolver, TimexType, from_anchor
from store.timex.lead import Before
from store.timex.lexicon import MONTHS, SPACE, WEEKDAYS, alternation, cased
from store.timex.spans import Span

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
    "a": 1, "an": 1, "a couple of": 2, "a couple": 2,
}  # fmt: skip
# Counts the text leaves open: the value writes X for the number ("several years" is PXY).
VAGUE_COUNTS = ("a few", "few", "several", "some", "many")
# TIMEX3 duration letters; units under a day are written after a "T".
UNIT_LETTERS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y",
}  # fmt: skip
# Units written as a number of another: "two decades" is "P20Y".
UNIT_SCALES = {"decade": 10, "century": 100}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
UNIT_PLURALS = {"century": "centuries"}
COUNT = rf"(?P<count>[0-9]{{1,3}}|{cased([*NUMBER_WORDS, *VAGUE_COUNTS])})"
UNIT_FORMS = {form: unit for unit in UNIT_LETTERS for form in (unit, f"{unit}s")}
UNIT_FORMS |= {plural: unit for unit, plural in UNIT_PLURALS.items()}
UNIT = rf"(?P<unit>{cased(UNIT_FORMS)})"
# Words between "the" and the count that say where the stretch lies: "the past two years".
RELATIONS = {"past": -1, "last": -1, "previous": 0, "next": 1, "coming": 1, "first": 0}
RELATIONS |= {"final": 0, "latest": 0, "same": 0, "following": 0}

DURATION = re.compile(
    rf"\b(?:(?P<the>{cased(['the'])}){SPACE})?(?:(?P<rel>{cased(RELATIONS)}){SPACE})?"
    rf"{COUNT}{SPACE}{UNIT}\b(?![-‐][a-z]|{SPACE}(?:old|ago|earlier|later|before|after)\b)"
)
# "a two-year contract", "a 10-day trip"; not "a 10-year-old", which is an age.
ADJECTIVAL = re.compile(
    rf"\b(?P<count>[0-9]{{1,3}}|{cased(NUMBER_WORDS)})[-‐](?P<unit>{cased(UNIT_LETTERS)})\b"
    r"(?![-‐]old|\s(?:old|ago)\b)"
)
# "for years", "within days": a plural unit with no count, after a word that makes it a span.
OPEN_COUNT = re.compile(
    rf"\b(?:for|within|over|in){SPACE}(?P<unit>{cased(['days', 'weeks', 'months', 'years'])})"
    rf"\b(?!{SPACE}(?:of|to|ago|later|earlier|before|after)\b)"
)
# Words before "a day", "a year" that make it a length of time: "for a year", "in a week",
# "nearly a decade", "more than a month"; "$5 million a year" is a rate, a set.
SINGLE_CUE = re.compile(
    r"\b(?:for|in|within|over|about|nearly|almost|than|after|only|just|least|half|around)"
    r"\s{1,3}\Z",
    re.IGNORECASE,
)
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "recent years": "PAST_REF",
    "lately": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
}  # fmt: skip
REFERENCE = re.compile(
    rf"\b(?P<word>{cased(REFERENCES)})\b(?![-‐'’]\w|{SPACE}(?:{COUNT}|{UNIT})\b)"
)
# "now" that joins clauses or counts ("now that", "just now" is still the present).
NOT_REFERENCE_AFTER = re.compile(rf"{SPACE}(?:that|and then)\b")
SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
    "yearly": "P1Y", "hourly": "PT1H",
}  # fmt: skip
SET_WORD = re.compile(rf"\b(?P<word>{cased(SET_WORDS)})\b")
EVERY = re.compile(
    rf"\b(?P<every>{cased(['every', 'each'])}){SPACE}"
    rf"(?P<what>{alternation(WEEKDAYS)}|{alternation(MONTHS)}|{cased(['day', 'week', 'month', 'year', 'night', 'morning', 'evening'])})\b"  # noqa: E501
)
EVERY_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
EVERY_UNITS |= {"night": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV"}
# Words that end a sentence or clause: "Now" after one is the adverb, not a name.
CAPITAL_OK_AFTER = re.compile(r"(?:\A|[.!?:;\"“”(]\s{0,3}|\n\s*)\Z")


def duration(core: re.Match[str], before: Before) -> Candidate | None:
    """ "three years", "the past two months", "several days": value "P3Y", "P2M", "PXD"."""
    relation = (core["rel"] or "").lower()
    if relation and not core["the"] and relation not in ("past", "next", "last", "first"):
        return None  # "following two days" without "the" reads as part of something else
    if core["unit"][0].isupper() and not core["unit"].isupper():
        return None  # "60 Minutes", "Three Days of the Condor": a title
    unit = UNIT_FORMS[core["unit"].lower()]
    count = _count(core["count"])
    if core["count"].lower() in ("a", "an"):
        if core["unit"].lower() != unit:
            return None  # "a years" is no duration
        if not (
            core["the"]
            or relation
            or SINGLE_CUE.search(core.string, max(0, core.start() - 16), core.start())
        ):
            return None  # "what a year it was"
    value = duration_value(count, unit)
    shift = RELATIONS.get(relation, 0) if core["the"] or relation in ("past", "next") else 0
    resolve = _anchored(count, unit, shift) if shift else _unplaced
    return literal(core.start(), core.end(), value, "DURATION", resolve)


def adjectival(core: re.Match[str], before: Before) -> Candidate | None:
    unit = core["unit"].lower()
    value = duration_value(_count(core["count"]), unit)
    return literal(core.start(), core.end(), value, "DURATION", _unplaced)


def open_count(core: re.Match[str], before: Before) -> Candidate | None:
    unit = UNIT_FORMS[core["unit"].lower()]
    value = duration_value(None, unit)
    return literal(core.start("unit"), core.end(), value, "DURATION", _unplaced)


def reference(core: re.Match[str], before: Before) -> Candidate | None:
    """ "now", "currently", "recently", "the future": TIMEX3's reference values. Capitalised
    away from a sentence's start it is a name ("Now magazine")."""
    word = core["word"]
    text = core.string
    if word[0].isupper() and not CAPITAL_OK_AFTER.search(
        text, max(0, core.start() - 4), core.start()
    ):
        return None
    if word.lower() == "now" and NOT_REFERENCE_AFTER.match(text, core.end()):
        return None
    return literal(core.start(), core.end(), REFERENCES[word.lower()], "DATE", _unplaced)


def set_word(core: re.Match[str], before: Before) -> Candidate | None:
    """ "daily", "annually": a set; capitalised mid-sentence it names something ("the Daily
    Mail", "Weekly Standard")."""
    word = core["word"]
    text = core.string
    if word[0].isupper() and not CAPITAL_OK_AFTER.search(
        text, max(0, core.start() - 4), core.start()
    ):
        return None
    return literal(core.start(), core.end(), SET_WORDS[word.lower()], "SET", _unplaced)


def every(core: re.Match[str], before: Before) -> Candidate | None:
    """ "every Monday" is XXXX-WXX-1, "each July" XXXX-07, "every day" P1D."""
    what = core["what"]
    if what in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[what] + 1}"
    elif what in MONTHS:
        value = f"XXXX-{MONTHS[what]:02d}"
    else:
        value = EVERY_UNITS[what.lower()]
    return literal(core.start(), core.end(), value, "SET", _unplaced)


def duration_value(count: int | None, unit: str) -> str:
    number = "X" if count is None else str(count * UNIT_SCALES.get(unit, 1))
    time = "T" if unit in CLOCK_UNITS else ""
    return f"P{time}{number}{UNIT_LETTERS[unit]}"


def literal(start: int, end: int, value: str, timex: TimexType, resolve: Resolver) -> Candidate:
    return Candidate(
        start=start,
        end=end,
        granularity="day",
        resolve=resolve,
        kind="deictic",
        literal=value,
        timex=timex,
    )


def _count(text: str) -> int | None:
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _unplaced(_reference: Reference) -> Span | None:
    return None


def _anchored(count: int | None, unit: str, direction: int) -> Resolver:
    """ "the past three years" written on 13 May 2024 runs from 13 May 2021 to that day."""
    if count is None or unit in CLOCK_UNITS:
        return _unplaced
    if unit in UNIT_SCALES or unit == "quarter":
        scale = UNIT_SCALES.get(unit, 1)
        step = (
            relativedelta(years=scale * count)
            if unit in UNIT_SCALES
            else relativedelta(months=3 * count)
        )
    else:
        step = relativedelta(**{f"{unit}s": count})

    def build(anchor: dt.date) -> Span:
        first, last = (anchor - step, anchor) if direction < 0 else (anchor, anchor + step)
        return Span(duration_value(count, unit), first, last, "day")

    return from_anchor(build)
