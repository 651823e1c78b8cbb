"""Publication dates as metadata writes them, and the placeholders that are no dates at all.

Every reader of a publication date (front matter, HTML metadata, the importers, a byline) parses
it with `parse_datetime` and keeps it only when `known_date` says it is one: CMSs and crawlers
write "0001-01-01", the Unix epoch or a date after the page was fetched when they have none, and
such a date would put an article on "1 January 1" of the timeline.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from dateutil import parser as date_parser
from dateutil.tz import tzoffset, tzutc

HOUR = 3600
# Zone abbreviations news sites write after a time. dateutil knows only UTC and the local zone
# by name and warns (UnknownTimezoneWarning) about the rest. Where an abbreviation is ambiguous
# the reading common in English-language news wins: CST is US Central, IST India.
ZONE_OFFSETS = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1,
    "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "GST": 4, "PKT": 5, "NPT": 5.75, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8,
    "MYT": 8, "PHT": 8, "AWST": 8, "KST": 9, "JST": 9, "ACST": 9.5, "ACDT": 10.5,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "BRT": -3, "ART": -3,
}  # fmt: skip
TZINFOS = {
    name: tzutc() if hours == 0 else tzoffset(name, int(hours * HOUR))
    for name, hours in ZONE_OFFSETS.items()
}
# What a value leaves out is the start of its period ("2023" is 1 January 2023), not today's
# month and day, which dateutil would fill in.
PERIOD_START = dt.datetime(2000, 1, 1)
# Days systems write for "no date": the epoch (and the day before it, the epoch west of
# Greenwich), and the zero days of spreadsheets and databases.
PLACEHOLDER_DAYS = frozenset(
    {dt.date(1970, 1, 1), dt.date(1969, 12, 31), dt.date(1900, 1, 1), dt.date(1899, 12, 31)}
    | {dt.date(1899, 12, 30)}
)
# Before this year no news article of a case was published; "0001-01-01" is the usual null.
FIRST_YEAR = 1800
# A page fetched in one zone may carry the next day's date from another.
ZONE_SLACK = dt.timedelta(days=1)
# A number this long is a Unix timestamp, not a year or a compact YYYYMMDD date.
EPOCH_DIGITS = 9
EPOCH_MILLIS = 10**11


class DateError(ValueError):
    """A value that names no date that can exist."""


def parse_datetime(value: str) -> dt.datetime:
    """A date or timestamp as metadata writes it; DateError when it cannot exist.

    Zone abbreviations are read (`TZINFOS`), a Unix timestamp is a time, and no library
    warning escapes to the user.
    """
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    if value.isdigit() and (len(value) >= EPOCH_DIGITS or int(value) == 0):
        return _from_timestamp(int(value))
    try:
        # dateutil warns about an abbreviation TZINFOS lacks and then ignores it: the date is
        # still right.
        with quiet_libraries():
            return date_parser.parse(value, default=PERIOD_START, tzinfos=TZINFOS)
    except (ValueError, OverflowError) as error:
        raise DateError(str(error)) from error


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """Library warnings silenced while reading a document: they are no message for the user,
    who hears of what could not be read from the reader's own warnings. htmldate (under
    trafilatura) hands page dates with zone abbreviations to dateutil without `tzinfos`."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _from_timestamp(seconds: int) -> dt.datetime:
    if seconds >= EPOCH_MILLIS:
        seconds //= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    except (ValueError, OverflowError, OSError) as error:
        raise DateError(f"timestamp {seconds} out of range") from error


def known_date(
    day: dt.date | None, *, fetched: dt.date | dt.datetime | None = None
) -> dt.date | None:
    """`day` if it can be a publication date, else None: a placeholder is an unknown date.

    Placeholders: the epoch and spreadsheet zero days, years before `FIRST_YEAR` or after next
    year, and days after the page was `fetched` (a day's slack for time zones).
    """
    if day is None:
        return None
    if isinstance(day, dt.datetime):
        day = day.date()
    if day in PLACEHOLDER_DAYS or day.year < FIRST_YEAR or day > latest_day(fetched):
        return None
    return day


def latest_day(fetched: dt.date | dt.datetime | None = None) -> dt.date:
    """The last day a publication date can be: the day after the fetch (time zones), or
    without a fetch date the end of next year (a clock or two off, never the year 3000)."""
    if fetched is None:
        return dt.date(dt.date.today().year + 1, 12, 31)
    fetch_day = fetched.date() if isinstance(fetched, dt.datetime) else fetched
    return fetch_day + ZONE_SLACK


# An estimate from the text is the latest date the article mentions; one this many years before
# the latest year the page shows anywhere (its footer's copyright, a fetch date) is history
# the page tells (an etymology's "first recorded in 1820", a war), not when it was written.
HISTORY_YEARS = 50
_YEAR = re.compile(r"(?<![\w.-])(1[89]\d\d|2\d\d\d)(?![\w.])")


def page_year(text: str, *, fetched: dt.date | dt.datetime | None = None) -> int | None:
    """The latest year a page shows (in all its text, menus and footer too) or was fetched
    in; years after it can have been written are plans, not the page's time."""
    last = latest_day(fetched).year
    years = [year for year in map(int, _YEAR.findall(text)) if FIRST_YEAR <= year <= last]
    if fetched is not None:
        years.append(fetched.year)
    return max(years, default=None)


def is_history(day: dt.date, year: int | None) -> bool:
    """Whether an estimated `day` lies far before the page's latest `year` (`page_year`)."""
    return year is not None and year - day.year > HISTORY_YEARS


# htmldate reads a page; given one with nothing in it, it reads the address alone.
EMPTY_PAGE = "<html><body></body></html>"


def url_date(url: str | None, *, fetched: dt.date | dt.datetime | None = None) -> dt.date | None:
    """The day a page's address gives (`/2025/12/19/`), if it can be a publication date.

    News sites file a story under the day it was published; htmldate (trafilatura's date
    finder) reads only whole year/month/day runs from the path, so a street number or a year
    alone is no date.
    """
    if not url:
        return None
    from htmldate import find_date  # loaded only for a document that has a URL and no date

    found = find_date(EMPTY_PAGE, url=url, extensive_search=False, original_date=True)
    if not found:
        return None
    try:
        return known_date(dt.date.fromisoformat(found), fetched=fetched)
    except ValueError:
        return None
