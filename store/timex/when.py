"""Saying when an event happened at its real precision: "early June 2023", "week of 13 May 2024"."""

from __future__ import annotations

import datetime as dt

from store.models import DocumentSummary, Event

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
PART_WORDS = {"early": "early", "mid": "mid", "late": "late", "approx": "about"}
# The span of these runs from (or to) a point; the label names the point, not the span.
OPEN_ENDED = {"since", "after", "before", "until"}


def day_label(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


# What a reference value or a type says when the expression has no place on the calendar.
REFERENCE_LABELS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in future"}
UNPLACED_LABELS = {"DURATION": "a duration", "SET": "recurring"}


def describe_when(event: Event) -> str:
    """A reader's label for the time an event covers, as precise as the text was and no more."""
    if event.start is None or event.end is None:
        return _unplaced_label(event)
    label = _span_label(event)
    return _with_modifier(label, event)


def _unplaced_label(event: Event) -> str:
    """ "a duration: three years", "recurring: every Monday", "now: currently"; a date the
    document date was needed for and missing: "unresolved: on Saturday"."""
    phrase = " ".join(event.phrase.split())
    if event.value in REFERENCE_LABELS:
        return f"{REFERENCE_LABELS[event.value]}: {phrase}"
    kind = event.type
    if kind == "DATE" and event.value is not None:  # a type not stored: read off the value
        kind = "DURATION" if event.value.startswith("P") else "SET"
    if event.value is not None and kind in UNPLACED_LABELS:
        return f"{UNPLACED_LABELS[kind]}: {phrase}"
    return f"unresolved: {phrase}"


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


# The (northern) season that ends in each of these months (store.timex.spans.season).
SEASON_ENDING = {5: "spring", 8: "summer", 11: "autumn", 2: "winter"}


def published_label(document: DocumentSummary) -> str | None:
    """A document's date as the reader and the CLI show it: the day it gives ("2024-05-13"),
    or an estimate at the precision it came from ("2023 (estimated)"); None when undated."""
    if document.published is None:
        return None
    if not document.published_estimated:
        return document.published.isoformat()
    return f"{estimate_label(document.published, document.published_precision)} (estimated)"


def estimate_label(last: dt.date, precision: str | None) -> str:
    """The period an estimate names, from its last day and precision: "2023", "March 2023",
    "Q2 2023", "summer 2023", "week of 13 May 2024", "the 2010s"; a day as ISO "2023-12-31"."""
    if precision == "year":
        return str(last.year)
    if precision == "month":
        return f"{last:%B %Y}"
    if precision == "quarter":
        return f"Q{(last.month - 1) // 3 + 1} {last.year}"
    if precision == "season" and last.month in SEASON_ENDING:
        # Winter runs from December into the next year and is named by its December.
        return f"{SEASON_ENDING[last.month]} {last.year - (last.month == 2)}"
    if precision == "week":
        return f"week of {day_label(last - dt.timedelta(days=6))}"
    if precision == "decade":
        return f"the {last.year // 10 * 10}s"
    return last.isoformat()


def short_estimate(last: dt.date, precision: str | None) -> str:
    """An estimate in a list's ten-cell date column: "≈2023", "≈2023-Q2", "≈Sum 2023",
    "≈2023-03" (a month at most: a day estimated from the text is not claimed as a day in so
    little room)."""
    if precision == "decade":
        return f"≈{last.year // 10 * 10}s"
    if precision == "year":
        return f"≈{last.year}"
    if precision == "quarter":
        return f"≈{last.year}-Q{(last.month - 1) // 3 + 1}"
    if precision == "season" and last.month in SEASON_ENDING:
        season = SEASON_ENDING[last.month][:3].title()
        return f"≈{season} {last.year - (last.month == 2)}"
    return f"≈{last:%Y-%m}"


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
