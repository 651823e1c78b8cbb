"""What the timeline list's time column says, in few enough cells to be read whole."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from rich.cells import cell_len

from store.models import TimelineEntry
from store.safe_text import one_line
from store.timex.when import describe_when
from tui.panes.timeline.layout import TimelineLayout

# Month names as the store writes them (strftime's %B) and their three-letter forms (%b).
_FIRSTS = [dt.date(2000, month, 1) for month in range(1, 13)]
_MONTHS = {first.strftime("%B"): first.strftime("%b") for first in _FIRSTS}
_MONTH_NAME = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
# A span whose two ends end in the same year, "11 May 2025 – 11 Nov 2025": the year said once.
_SAME_YEAR = re.compile(r"^(?P<first>.+?) (?P<year>\d+) – (?P<second>.+) (?P=year)$")
# A span of days in one month, "9 Dec – 13 Dec 2025": the month said once, "9–13 Dec 2025".
_SAME_MONTH = re.compile(r"\b(?P<day1>\d+) (?P<month>\w+) – (?P<day2>\d+) (?P=month)\b")
# The part of an undated event's label that says what kind it is: "unresolved: on Saturday".
_KIND = re.compile(r"^(?P<kind>[^:]+): ")


def _short_months(label: str) -> str:
    return _MONTH_NAME.sub(lambda match: _MONTHS[match[0]], label)


def _year_once(label: str) -> str:
    return _SAME_YEAR.sub(r"\g<first> – \g<second> \g<year>", label)


def _month_once(label: str) -> str:
    return _SAME_MONTH.sub(r"\g<day1>–\g<day2> \g<month>", label)


def _tight_dash(label: str) -> str:
    return label.replace(" – ", "–")


# Each shortening keeps the label's meaning; they are tried in order, each on the last's result.
_SHORTER: tuple[Callable[[str], str], ...] = (_short_months, _year_once, _month_once, _tight_dash)


def time_label(label: str, cells: int) -> str:
    """A dated run's label (`describe_when`'s) in at most `cells` cells where it can be: whole
    when it fits, else with months in three letters, a year or month a span shares said once,
    the dash unspaced. What still does not fit is cut by the column."""
    for shorten in _SHORTER:
        if cell_len(label) <= cells:
            break
        label = shorten(label)
    return label


def unplaced_label(label: str, cells: int) -> str:
    """An undated event's label ("unresolved: on Saturday", "a duration: three weeks") in
    `cells` cells: whole when it fits, else only its kind, as the phrase it names is marked in
    the sentence beside it."""
    kind = _KIND.match(label)
    if cell_len(label) <= cells or kind is None:
        return label
    return kind["kind"]


def when_column(
    run: TimelineLayout.Run, offset: int, top: bool, entry: TimelineEntry | None, cells: int
) -> tuple[str, str]:
    """What the time column says in `cells` cells on line `offset` of `run`, and the part of
    the line it is: a run's time on its first line, again on the top line when the run began
    above it; an unresolved event's own label (once its `entry` is read)."""
    if not run.label:
        label = one_line(describe_when(entry.event)) if entry else ""
        return unplaced_label(label, cells), "unresolved"
    label = time_label(run.label, cells)
    if offset == 0 and not run.continued:
        return label, "when"
    return (label if top else ""), "when-above"
