"""The day next to a day the text names: "the day before last Tuesday's hearing", "the day
after Christmas", "the day after March 3, 2020". TimeML marks such a phrase as one DATE, the
named day moved by one ("the day before" a Tuesday is that Monday); a count of days ("eight
days after Oct. 12") is a length of time and a date, marked apart, and is left to them.

The named day is found by the other rules; this one only reads the words just before it, and
offers the longer expression, which wins over both its pieces where they overlap.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from store.timex import spans
from store.timex.candidates import Candidate, Reference, Resolver
from store.timex.spans import Span

# "the day before ", "The day after ": the words that end where the named day starts.
DAY_NEXT_TO = re.compile(
    r"(?<![\w-])[Tt]he[ \t]{1,3}day[ \t]{1,3}(?P<side>before|after)[ \t]{1,3}\Z"
)
SHIFTS = {"before": -1, "after": 1}
REACH = 24


def next_to_named_days(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` and, for each single day found with "the day before/after" just before it, the
    day next to it, as one expression from "the day" to the named day's end."""
    extra: list[Candidate] = []
    for candidate in found:
        if candidate.granularity != "day" or candidate.timex != "DATE" or candidate.literal:
            continue  # "Friday night" keeps its time of day; "daily" names no day
        words = DAY_NEXT_TO.search(text, max(0, candidate.start - REACH), candidate.start)
        if words is None:
            continue
        moved = _moved(candidate.resolve, SHIFTS[words["side"]])
        extra.append(replace(candidate, start=words.start(), resolve=moved))
    return found + extra if extra else found


def _moved(resolve: Resolver, shift: int) -> Resolver:
    def resolved(reference: Reference) -> Span | None:
        span = resolve(reference)
        if span is None or span.granularity != "day" or span.start != span.end:
            return None
        return spans.day(span.start + dt.timedelta(days=shift))

    return resolved
