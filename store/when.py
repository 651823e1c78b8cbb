"""Saying when an event happened at its real precision: "early June 2023", "week of 13 May 2024"."""

from __future__ import annotations

import datetime as dt

from store.models import Event

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
PART_WORDS = {"early": "early", "mid": "mid", "late": "late", "approx": "about"}
# The span of these runs from (or to) a point; the label names the point, not the span.
OPEN_ENDED = {"since", "after", "before", "until"}


def day_label(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def describe_when(event: Event) -> str:
    """A reader's label for the time an event covers, as precise as the text was and no more."""
    if event.start is None or event.end is None:
        return f"unresolved: {' '.join(event.phrase.split())}"
    label = _span_label(event)
    return _with_modifier(label, event)


def _span_label(event: Event) -> str:
    start, end = event.start, event.end
    assert start is not None and end is not None
    granularity = event.granularity
    if granularity == "day":
        return day_label(start) if start == end else f"{day_label(start)} – {day_label(end)}"
    if granularity == "week":
        return f"week of {day_label(start)}"
    if event.modifier in ("since", "after"):
        end = start
    elif event.modifier in ("before", "until"):
        start = end
    if granularity == "month":
        if (start.year, start.month) != (end.year, end.month) and event.modifier not in PART_WORDS:
            return f"{start:%B %Y} – {end:%B %Y}"
        return f"{start:%B %Y}"
    if granularity == "season":
        season = SEASONS.get((event.value or "")[-2:], "season")
        return f"{season} {start.year}"
    if granularity == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if granularity == "decade":
        return f"the {start.year // 10 * 10}s"
    if start.year != end.year and event.modifier not in PART_WORDS:
        return f"{start.year}–{end.year}"
    return str(start.year)


def _with_modifier(label: str, event: Event) -> str:
    modifier = event.modifier
    if modifier in ("early", "late", "approx"):
        return f"{PART_WORDS[modifier]} {label}"
    if modifier == "mid":
        return f"mid-{label}" if event.granularity == "year" else f"mid {label}"
    if modifier in OPEN_ENDED:
        return f"{modifier} {label}"
    return label


def group_label(event: Event) -> tuple[str, str]:
    """The year and month headings an event sits under in the timeline."""
    if event.start is None:
        return ("Undated", "")
    year = str(event.start.year)
    if event.granularity in ("day", "week", "month") and event.start.month == _end_month(event):
        return (year, f"{event.start:%B}")
    return (year, "")


def _end_month(event: Event) -> int | None:
    return event.end.month if event.end is not None else None
