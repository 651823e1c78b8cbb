"""A weekday named alone ("on Saturday", "last Tuesday", "Friday night"): which one it is, read
from the document date and the tense around it; and a weekday counted in its month ("the first
Monday of May" is a day, "the first Monday of the month" any month's, no date)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as relative_weekday

from store.timex import names, spans
from store.timex.candidates import FUTURE_GAP_WEIGHT, Candidate, from_anchor, in_reference_year
from store.timex.lead import Accepts, Before, take_lead
from store.timex.lexicon import (
    MONTH,
    NOT_AFTER_NUMBER,
    SPACE,
    WEEKDAY,
    WEEKDAYS,
    WRITTEN_YEARS,
    cased,
    month_number,
)
from store.timex.rules import make
from store.timex.tense import fronted_future, planned_from_past, tense_direction

# A deadline: "until Tuesday", "by Friday" (not "to", which may end a range of days).
DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s{1,3}\Z")
# "had filed reports by Wednesday": done before then, so a day past.
PLUPERFECT_BEFORE = re.compile(r"\bhad\s{1,3}(?:\w+\s{1,3}){0,5}\Z")
WEEKDAY_NAME = re.compile(
    rf"\b(?P<weekday>{WEEKDAY})\b(?:{SPACE}(?P<tod>{cased(spans.TIMES_OF_DAY)})\b)?"
)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
# "the second Tuesday of March 2026", "the last Friday in May": that day of that month.
ORDINAL_WEEKDAY = re.compile(
    rf"\b(?P<ordinal>{cased(ORDINALS)}){SPACE}(?P<weekday>{WEEKDAY}){SPACE}(?:of|in){SPACE}"
    rf"(?P<month>{MONTH})\b(?:,?{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER})?"
)
# "the first Monday of the month", "the last Friday of every month": a rule of any month's.
ORDINAL_BEFORE = re.compile(rf"\b(?:{cased(ORDINALS)}){SPACE}\Z")
ANY_PERIOD_AFTER = re.compile(
    rf"{SPACE}(?:of|in){SPACE}(?:the|each|every|a|any){SPACE}(?:month|week|year|quarter)\b"
)


def weekday(core: re.Match[str], before: Before) -> Candidate | None:
    """ "on Saturday" is the latest Saturday on or before the document date (news reports the
    past, and AP style names the day even for the same day), the first on or after it in the
    future tense; "this/next Saturday" is the Saturday of the current/next ISO week, "last
    Saturday" the latest Saturday before the document date but the day before."""
    number = WEEKDAYS[core["weekday"]]
    lead = take_lead(before, core.start(), Accepts(det=True, part=True, clip=True))
    if lead is None or names.weekday_in_name(core.string, lead.start, core.end("weekday")):
        return None
    if core["tod"] and names.time_of_day_in_name(core.string, core.start("tod"), core.end()):
        return None  # "Friday Night Lights", the "Sunday Morning Herald"
    counted = ORDINAL_BEFORE.search(core.string, max(0, core.start() - 12), core.start())
    if counted and ANY_PERIOD_AFTER.match(core.string, core.end()):
        return None  # "rent is due on the first Monday of the month": every month's
    if lead.det is None:
        resolve = from_anchor(weekday_from(core.string, lead.start, core.end(), number))
    elif lead.det < 0:
        # "last Tuesday" said on a Thursday is two days before, as TimeML reads it: the
        # latest such day before the document's, not the previous week's; but never the day
        # before, which news calls "yesterday" or names bare ("Saturday").
        resolve = from_anchor(lambda anchor: spans.day(_latest_before(anchor, number)))
    else:
        weeks = relativedelta(weeks=lead.det)
        resolve = from_anchor(lambda anchor: spans.weekday_in_week(anchor + weeks, number))
    if core["tod"]:
        part = spans.TIMES_OF_DAY[core["tod"].lower()]
        return make(
            core,
            lead,
            spans.at_time(resolve, part),
            "day",
            "deictic",
            reference="reset",
            timex="TIME",
        )
    return make(core, lead, resolve, "day", "deictic", reference="reset")


def _latest_before(anchor: dt.date, number: int) -> dt.date:
    """The last weekday `number` (0 = Monday) before `anchor`, the day before it aside."""
    days = (anchor.weekday() - number - 1) % 7 + 1
    return anchor - dt.timedelta(days=days if days > 1 else days + 7)


def weekday_from(text: str, start: int, end: int, number: int) -> Callable[[dt.date], spans.Span]:
    """Which `number` weekday a bare weekday at `start:end` names, from the document date: a
    deadline ("until Tuesday", "by Friday") the coming one; a day named as an event's ("get
    around Wednesday's ruling") or planned in the past ("planned a rally on Saturday") the
    nearest; else the tense's, the past one without a cue."""
    deadline = DEADLINE_BEFORE.search(text, max(0, start - 8), start)
    if deadline is not None and not PLUPERFECT_BEFORE.search(text, max(0, start - 60), start):
        return lambda anchor: spans.day(anchor + relativedelta(weekday=relative_weekday(number)))
    if text.startswith(("'s", "’s"), end):
        return lambda anchor: spans.day(_nearest_weekday(anchor, number))
    direction = tense_direction(text, start)
    if direction == 0 and fronted_future(text, start, end):
        direction = 1  # "On Tuesday, the league plans to hold a news conference"
    if direction == 0 and planned_from_past(text, start):
        # A plan is reported before its day as often as after: no lean to the past.
        return lambda anchor: spans.day(_nearest_weekday(anchor, number, weight=1))
    move = relativedelta(weekday=relative_weekday(number, 1 if direction > 0 else -1))
    return lambda anchor: spans.day(anchor + move)


def _nearest_weekday(anchor: dt.date, number: int, *, weight: int = FUTURE_GAP_WEIGHT) -> dt.date:
    """The `number` weekday closest to `anchor`, a day to come counting `weight` times as far
    as a day past ("Thursday's closing price" on a Monday is the last Thursday's)."""
    ahead = (number - anchor.weekday()) % 7
    back = (7 - ahead) % 7
    return anchor + dt.timedelta(days=ahead if ahead * weight < back else -back)


def ordinal_weekday(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the first Monday of May" is that day of the year written, the narrative's, or the
    one the tense points to; "the last Friday in May" counts from the month's end. With no
    year and no tense ("falls on the fourth Thursday of November") it is a rule of every
    year, no date."""
    count, number = ORDINALS[core["ordinal"].lower()], WEEKDAYS[core["weekday"]]
    month = month_number(core["month"])
    lead = take_lead(before, core.start(), Accepts(the=True))
    if lead is None:
        return None

    def day_of(year: int) -> spans.Span:
        return spans.day(nth_weekday(year, month, number, count))

    if core["year"]:
        year = int(core["year"])
        if year not in WRITTEN_YEARS:
            return None
        span = day_of(year)
        return make(core, lead, lambda _reference: span, "day", "absolute", reference="set")
    direction = tense_direction(core.string, lead.start, core.end())
    return make(core, lead, in_reference_year(day_of, direction), "day", "underspecified")


def calendar_rule(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "Thanksgiving falls on the fourth Thursday of November": a counted weekday with no
    year and no tense to place it is a rule of every year's calendar, no date."""
    if candidate.kind != "underspecified" or ORDINAL_WEEKDAY.search(phrase) is None:
        return False
    return tense_direction(text, candidate.start, candidate.end) == 0


def nth_weekday(year: int, month: int, number: int, count: int) -> dt.date:
    """The `count`th weekday `number` (0 = Monday) of the month, -1 the last; a fifth that
    the month lacks is its last."""
    first = dt.date(year, month, 1)
    last = first + relativedelta(months=1, days=-1)
    if count < 0:
        return last + relativedelta(weekday=relative_weekday(number, -1))
    day = first + relativedelta(weekday=relative_weekday(number, count))
    return day if day <= last else last + relativedelta(weekday=relative_weekday(number, -1))
