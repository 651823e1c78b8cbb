"""Holidays and named days: "Thanksgiving", "Black Friday" (the day after Thanksgiving, not a
Friday of the document's week), "Cyber Monday", "Christmas", "Easter", "New Year's Eve".

Each is a day of a year: with a year written ("Christmas 2023") it is that one; without, the
narrative year's or, by the tense, the one before, after or nearest the document date, as for
"in March". The US observances are the ones English-language news names most.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, TU, relativedelta

from store.timex import names, spans
from store.timex.candidates import Candidate, in_reference_year
from store.timex.lead import Accepts, Before, take_lead
from store.timex.lexicon import NOT_AFTER_NUMBER, SPACE, WEEKDAYS, WRITTEN_YEARS, alternation
from store.timex.rules import make
from store.timex.tense import tense_direction


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November."""
    return dt.date(year, 11, 1) + relativedelta(weekday=TH(4))


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _after(base: Callable[[int], dt.date], days: int) -> Callable[[int], dt.date]:
    return lambda year: base(year) + dt.timedelta(days=days)


def _nth(month: int, weekday: relativedelta) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, 1) + weekday


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "Thanksgiving": _thanksgiving,
    "Thanksgiving Day": _thanksgiving,
    "Black Friday": _after(_thanksgiving, 1),
    "Small Business Saturday": _after(_thanksgiving, 2),
    "Cyber Monday": _after(_thanksgiving, 4),
    "Giving Tuesday": _after(_thanksgiving, 5),
    "Christmas": _fixed(12, 25),
    "Christmas Day": _fixed(12, 25),
    "Christmas Eve": _fixed(12, 24),
    "Boxing Day": _fixed(12, 26),
    "New Year's Day": _fixed(1, 1),
    "New Year’s Day": _fixed(1, 1),
    "New Year's Eve": _fixed(12, 31),
    "New Year’s Eve": _fixed(12, 31),
    "Valentine's Day": _fixed(2, 14),
    "Valentine’s Day": _fixed(2, 14),
    "Halloween": _fixed(10, 31),
    "Veterans Day": _fixed(11, 11),
    "Easter": easter,
    "Easter Sunday": easter,
    "Easter Monday": _after(easter, 1),
    "Good Friday": _after(easter, -2),
    "Palm Sunday": _after(easter, -7),
    "Ash Wednesday": _after(easter, -46),
    "Memorial Day": lambda year: dt.date(year, 5, 31) + relativedelta(weekday=MO(-1)),
    "Labor Day": _nth(9, relativedelta(weekday=MO(1))),
    "Mother's Day": _nth(5, relativedelta(weekday=SU(2))),
    "Father's Day": _nth(6, relativedelta(weekday=SU(3))),
    "Election Day": lambda year: dt.date(year, 11, 2) + relativedelta(weekday=TU(1)),
    "Martin Luther King Day": _nth(1, relativedelta(weekday=MO(3))),
    "Presidents Day": _nth(2, relativedelta(weekday=MO(3))),
}


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<name>{alternation(names)})(?!\w)"
        rf"(?:,?{SPACE}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER})?"
    )


# Three patterns, each gated on a word its names share, as written: a weekday ("Black
# Friday"), "Day" or "Eve" ("Labor Day", "New Year's Eve"), or the name itself ("Easter").
WITH_WEEKDAY = [name for name in HOLIDAYS if any(day in name for day in WEEKDAYS)]
WITH_DAY = [
    name for name in HOLIDAYS if name not in WITH_WEEKDAY and name.endswith((" Day", " Eve"))
]
OWN_NAMES = [name for name in HOLIDAYS if name not in WITH_WEEKDAY and name not in WITH_DAY]
HOLIDAY_WEEKDAY = _pattern(WITH_WEEKDAY)
HOLIDAY_DAY = _pattern(WITH_DAY)
HOLIDAY_NAMED = _pattern(OWN_NAMES)
DAY_WORDS = ("Day", "Eve")
WEEK_AFTER = re.compile(rf"{SPACE}week\b(?![-‐'’])")
OWN_WORDS = tuple(sorted({name.split()[0] for name in OWN_NAMES}))


def holiday(core: re.Match[str], before: Before) -> Candidate | None:
    """The day the holiday falls on, in the year written or the one the context gives."""
    day_of = HOLIDAYS[core["name"]]
    lead = take_lead(before, core.start(), Accepts(det=True))
    if lead is None:
        return None
    # "Easter Island", the band "Ex-Easter Island Head"; a named day keeps its own words
    # ("Black Friday Sales" in a headline is still that Friday's).
    named = core["name"] in OWN_NAMES and not core["year"]
    if named and names.in_proper_name(core.string, core.start(), core.end()):
        return None
    if not core["year"] and names.heads_a_name(core.string, core.end()):
        return None  # "the Good Friday Agreement", "the Easter Rising": a name's first words
    if core["year"]:
        year = int(core["year"])
        if year not in WRITTEN_YEARS:
            return None
        span = spans.day(day_of(year))
        return make(core, lead, lambda _reference: span, "day", "absolute", reference="set")
    if lead.det is not None:
        shift = lead.det
        direction = shift if shift else 0
    else:
        direction = tense_direction(core.string, lead.start, core.end())
    week = WEEK_AFTER.match(core.string, core.end())
    if week is not None:  # "Easter week", "Thanksgiving week": the ISO week holding the day
        resolve = in_reference_year(lambda year: spans.week(day_of(year)), direction)
        return replace(make(core, lead, resolve, "week", "underspecified"), end=week.end())
    resolve = in_reference_year(lambda year: spans.day(day_of(year)), direction)
    return make(core, lead, resolve, "day", "underspecified")
