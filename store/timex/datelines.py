"""Datelines: "LONDON, March 21 (Reuters) -", "March 21, 2013 /PRNewswire/ --". A date there is
the day the story was filed, whatever the tense of the sentence after it; a dateline without a
date ("WASHINGTON (AP) —") dates nothing.
"""

from __future__ import annotations

import re

from store.models import Event

# Before the date: nothing, or a place in capitals and commas ("LONDON, ", "CANBERRA,
# Australia, ", "Nairobi, Kenya, ").
PLACE_BEFORE = re.compile(r"\s{0,3}(?:[A-Z][\w.'’-]*(?:[ \t]{1,3}[\w.'’-]+){0,4},[ \t]{1,3}){0,2}")
# After it: an optional year, then an agency in brackets or slashes, then a dash; or a dash alone.
AGENCY_AFTER = re.compile(
    r"(?:,?[ \t]{1,3}[0-9]{4})?[ \t]{0,3}(?:\([A-Z][^()\n]{0,30}\)|/[A-Za-z][^/\n]{0,30}/)?"
    r"[ \t]{0,3}(?:-{1,2}|[—–_])(?:\s|\Z)"
)
# How far into its paragraph a dateline's date can start.
DATELINE_REACH = 48


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` of a paragraph's `text` is the paragraph's dateline."""
    if start > DATELINE_REACH:
        return False
    place = PLACE_BEFORE.match(text, 0, start)
    if place is None or place.end() != start:
        return False
    return AGENCY_AFTER.match(text, end) is not None


def dateline_event(events: list[Event]) -> Event | None:
    """The resolved day a document's dateline gives, if it has one (read off each event's
    sentence, which for a dateline starts where its paragraph does)."""
    for event in events:
        if event.value is None or event.granularity != "day" or event.offset > DATELINE_REACH:
            continue
        at = event.sentence.find(event.phrase)
        if at >= 0 and is_dateline(event.sentence, at, at + len(event.phrase)):
            return event
    return None
