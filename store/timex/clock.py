"""Times of day: "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday", "at 3:30 pm".

TIMEX3 writes them as the day and the time: "2024-05-08T22:00". The day is the one written
after the time (a weekday, "today", a month and day), or the document date when none is; noon
and midnight count only with a day beside them ("at noon" is too vague to place).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from store.timex import spans
from store.timex.candidates import (
    Candidate,
    Reference,
    Resolver,
    from_anchor,
    in_reference_year,
)
from store.timex.lead import Accepts, Before, take_lead
from store.timex.lexicon import (
    DAY,
    MONTH_OR_ABBREVIATION,
    SPACE,
    WEEKDAY,
    WEEKDAYS,
    day_number,
    month_number,
)
from store.timex.rules import WEEKDAY_BEFORE, make, on_its_weekday, weekday_number
from store.timex.spans import Span
from store.timex.tense import tense_direction
from store.timex.weekdays import weekday_from

ZONES = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET)"
DAY_AFTER = (
    rf"(?:,?{SPACE}(?:on{SPACE})?(?:(?P<weekday>{WEEKDAY})\b|(?P<word>today|yesterday|tomorrow)\b"
    rf"|(?P<month>{MONTH_OR_ABBREVIATION}){SPACE}(?P<day>{DAY})\b(?![0-9])))?"
)
CLOCK = re.compile(
    rf"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))?\s?(?P<half>[ap]\.m\.|[ap]m\b"
    rf"|[AP]M\b)(?:{SPACE}{ZONES}\b)?{DAY_AFTER}"
)
# A day written just before the time: "January 2, 2025, 9:06am", "Dec 22 @ 4:00 pm",
# "May 8 at 10 p.m." (the time then belongs to that day, not to the document's).
DAY_BEFORE = re.compile(
    rf"{WEEKDAY_BEFORE}(?P<month>{MONTH_OR_ABBREVIATION}){SPACE}(?P<day>{DAY})(?![0-9])"
    rf"(?:,?{SPACE}(?P<year>(?:19|20)[0-9]{{2}}))?(?:,?{SPACE}(?:at|@)|,){SPACE}?$"
)
BEFORE_WINDOW = 40  # characters: a written date and its "at"
NOON = re.compile(rf"\b(?P<noon>noon|midnight){DAY_AFTER}")
# The gate for CLOCK: a digit, then "a.m."/"pm" and the like.
AM_PM = re.compile(r"[0-9]\s?[aApP]\.?[mM]")
CLOCK_CUES = frozenset({"at", "by", "until", "till", "from", "before", "after", "since"})
SPECIAL_HOURS = {"noon": (12, 0), "midnight": (24, 0)}


def clock(core: re.Match[str], before: Before) -> Candidate | None:
    """ "10 p.m.", "3:30 pm"; a bare "5 PM" only after "at", "by"... ("Room 5 PM")."""
    if core["half"].isupper() and not core["minute"] and not before.has(CLOCK_CUES):
        return None
    hour, minute = int(core["hour"]), int(core["minute"] or 0)
    if core["half"].lower().startswith("p") and hour != 12:
        hour += 12
    elif core["half"].lower().startswith("a") and hour == 12:
        hour = 0
    return _at(core, before, hour, minute)


def noon(core: re.Match[str], before: Before) -> Candidate | None:
    if not (core["weekday"] or core["word"] or core["month"]):
        return None  # "at noon": no day to put it on
    hour, minute = SPECIAL_HOURS[core["noon"]]
    return _at(core, before, hour, minute)


def _at(core: re.Match[str], before: Before, hour: int, minute: int) -> Candidate | None:
    lead = take_lead(before, core.start(), Accepts())
    if lead is None:
        return None
    direction = tense_direction(core.string, lead.start)
    written = DAY_BEFORE.search(core.string, max(0, lead.start - BEFORE_WINDOW), lead.start)
    if written is not None and not (core["weekday"] or core["word"] or core["month"]):
        resolve = _on_written_day(written, direction)
    else:
        resolve = _on_day(core, lead.start, direction)
    return make(core, lead, _with_time(resolve, hour, minute), "day", "deictic", timex="TIME")


def _on_written_day(written: re.Match[str], direction: int) -> Resolver:
    """The day written before the time, in its own year if it gives one."""
    month, day = month_number(written["month"]), day_number(written["day"])
    if written["year"]:
        year = int(written["year"])
        return lambda _reference: _day_or_none(year, month, day)
    resolve = in_reference_year(lambda year: spans.day(dt.date(year, month, day)), direction)
    weekday = weekday_number(written)  # "Mon, Dec 22 @ 4:00 pm": the year it is a Monday
    return resolve if weekday is None else on_its_weekday(month, day, weekday, resolve)


def _day_or_none(year: int, month: int, day: int) -> Span | None:
    try:
        return spans.day(dt.date(year, month, day))
    except ValueError:  # "February 30"
        return None


def _on_day(core: re.Match[str], start: int, direction: int) -> Resolver:
    if core["weekday"]:
        # Read as a weekday alone is: "until 9 a.m. Tuesday" is a deadline, the coming one.
        number = WEEKDAYS[core["weekday"]]
        return from_anchor(weekday_from(core.string, start, core.end(), number))
    if core["word"]:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[core["word"]]
        return _from_anchor(lambda anchor: anchor + dt.timedelta(days=shift))
    if core["month"]:
        month, day = month_number(core["month"]), day_number(core["day"])
        return in_reference_year(lambda year: spans.day(dt.date(year, month, day)), direction)
    return _from_anchor(lambda anchor: anchor)


def _from_anchor(day_of: Callable[[dt.date], dt.date]) -> Resolver:
    def resolve(reference: Reference) -> Span | None:
        if reference.anchor is None:
            return None
        return spans.day(day_of(reference.anchor))

    return resolve


def _with_time(resolve: Resolver, hour: int, minute: int) -> Resolver:
    def resolved(reference: Reference) -> Span | None:
        span = resolve(reference)
        if span is None:
            return None
        return Span(f"{span.value}T{hour:02d}:{minute:02d}", span.start, span.end, "day")

    return resolved
