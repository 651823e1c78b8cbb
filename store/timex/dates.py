"""Temporal expressions in a cleaned article, resolved against the document date (TIMEX3-style).

Values follow TIMEX3: "2024-05-08" (day), "2024-W20" (ISO week), "2024-W19-WE" (weekend),
"2023-05" (month), "2023-SU" (season, northern hemisphere), "2024-Q2" (quarter), "2018"
(year), "199" (decade), and ISO 8601 intervals "2020/2022" for ranges. Parts of a period
("early June", "mid-2023") keep the period's value, name the part in `modifier` and narrow
`start`/`end`. The rules for expressions without a year are in `store.timex.narrative` and
`store.timex.candidates`; the words themselves in `store.timex.rules` and `store.timex.periods`.

The parsing lives in the `store.timex` package; this module is its public face.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from store.models import PRECISIONS, Event, Granularity, Paragraph
from store.timex import tables
from store.timex.candidates import Candidate, day_range, settle
from store.timex.datelines import dateline_event
from store.timex.gates import gates_present
from store.timex.grammar import find_candidates
from store.timex.lexicon import MONTH_ABBREVIATIONS
from store.timex.narrative import Narrative
from store.timex.pubdates import latest_day
from store.timex.ranges import join_ranges, range_starts, spanning
from store.timex.spans import Span
from store.timex.tense import CLAUSE_BREAK

SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]{0,3}\s+")
# Words whose full stop does not end a sentence ("Mr. Fadzil", "Govt. Official", "Jan. 5").
ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov", "Govt", "Sen", "Rep"}
    | {"Inc", "Ltd", "Co", "Corp", "No", "vs", "etc", "approx", *MONTH_ABBREVIATIONS}
)
ABBREVIATION_BEFORE = re.compile(r"\b\w{1,6}\Z")
# What may stand before a sentence's first word: space, quote marks, a bracket, a dash.
OPENING_MARKS = " \t\n\"“‘'`([—–-_"
# A sentence with no full stop for pages (a table flattened into one line) is cut to this
# many characters around the phrase.
SENTENCE_REACH = 400


def find_dates(paragraphs: list[Paragraph], anchor: dt.date | None) -> list[Event]:
    """Every temporal expression in `paragraphs` (headings and text), in document order.

    Relative expressions in an undated document (`anchor` None) are returned unresolved: value,
    start and end None, granularity what it would have been. A block of program code is never
    read: its "now()" and "today" are a program's words, its dates test data.
    """
    events: list[Event] = []
    narrative = Narrative(anchor)
    present = gates_present([paragraph.text for paragraph in paragraphs])
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "code":
            continue
        narrative = narrative.entering(index, paragraph.kind)
        found = find_candidates(paragraph.text, present[index])
        candidates = join_ranges(found, paragraph.text)
        row = tables.cells(paragraph.text) if candidates else None
        if row is not None:  # a table row: only cells reading as text, and full dates, count
            candidates = tables.in_prose(candidates, paragraph.text, row)
        if not candidates:  # most paragraphs: no need to find their sentences
            continue
        sentences = _sentence_starts(paragraph.text)
        placed: dict[int, int] = {}  # a candidate's position -> its event's in `events`
        for position, candidate in enumerate(candidates):
            narrative = narrative.at(candidate.start)
            span = settle(candidate, narrative.reference)
            if span is None and candidate.kind == "anaphoric":
                continue  # "the following year" with no year before it to follow
            placed[position] = len(events)
            cell = tables.prose_cell(paragraph.text, row, candidate) if row else None
            sentence = cell or _sentence(paragraph.text, sentences, candidate)
            events.append(_event(candidate, span, anchor, paragraph.text, sentence, index))
            opens = _opens_sentence(paragraph.text, sentences, candidate)
            end = _clause_end(paragraph.text, sentences, candidate)
            narrative = narrative.after(candidate, span, index, opens=opens, clause_end=end)
        _cover_ranges(events, placed, range_starts(candidates, paragraph.text))
    return events


def _cover_ranges(events: list[Event], placed: dict[int, int], starts: list[int]) -> None:
    """Each end of a range ("from 2024 to 2030", "2023-24") made to cover the whole of it."""
    for start in starts:
        if start in placed and start + 1 in placed:
            first, last = placed[start], placed[start + 1]
            events[first], events[last] = spanning(events[first], events[last])


def publication_event(published: dt.date, *, title: str = "") -> Event:
    """The event of a document's publication, for the timeline."""
    return Event(
        kind="published",
        phrase="published",
        value=published.isoformat(),
        start=published,
        end=published,
        granularity="day",
        sentence=title,
    )


def estimate_date(events: list[Event]) -> dt.date | None:
    """An undated document's likely date: the last day any of its resolved events reaches.

    Articles report what has happened, so the latest day they mention is the best lower bound
    for when they were written; None when nothing resolved.
    """
    found = estimate(events)
    return found[0] if found else None


def estimate(
    events: list[Event], *, fetched: dt.date | dt.datetime | None = None
) -> tuple[dt.date, Granularity] | None:
    """`estimate_date` with the precision of the mention it came from: "in 2023" gives
    (31 December 2023, "year"), to be shown as "2023", never as a day the text did not name.

    Mentions that start after the document can have been written (after its fetch, or after
    next year: "by 2050"), or ranges that run past it ("from 2024 to 2030"), are plans, not
    news, and estimate nothing. A dated dateline
    ("LONDON, March 21, 2013 (Reuters) -") is the day the story was filed, and wins.
    """
    latest = latest_day(fetched)
    resolved = [
        event
        for event in events
        if event.value is not None
        and event.end is not None
        and event.start is not None
        and event.start <= latest
        and not _plan_reaching_on(event, latest)
    ]
    if not resolved:
        return None
    dateline = dateline_event(resolved)
    if dateline is not None and dateline.end is not None:
        return dateline.end, "day"  # "LONDON, March 21, 2013 (Reuters) -": the filing day
    last = max(event.end for event in resolved if event.end is not None)
    # Reached by several mentions ("2023", "31 December 2023"), it keeps the finest.
    reaching = [event.granularity for event in resolved if event.end == last]
    return last, min(reaching, key=PRECISIONS.index)


def _plan_reaching_on(event: Event, latest: dt.date) -> bool:
    """A range running past the latest day the document can have been written ("growing from
    2024 to 2030", each end covering it all): a plan, whatever its start."""
    assert event.start is not None and event.end is not None
    return event.end > latest and event.start.year < event.end.year


def placed_on_estimate(
    paragraphs: list[Paragraph], events: list[Event], found: tuple[dt.date, Granularity]
) -> list[Event]:
    """`events` of an undated document, its relative expressions ("on Saturday", "since
    January") placed against its estimated date `found` when that estimate names a day, and
    marked "approx" (shown "about ..."): a week or a year is too coarse to count days from.
    """
    last, precision = found
    if precision != "day":
        return events
    against = {(event.paragraph, event.offset): event for event in find_dates(paragraphs, last)}
    placed = []
    for event in events:
        resolved = against.get((event.paragraph, event.offset))
        if event.value is None and resolved is not None and resolved.value is not None:
            event = resolved.model_copy(update={"modifier": resolved.modifier or "approx"})
        placed.append(event)
    return placed


def _event(
    candidate: Candidate,
    span: Span | None,
    anchor: dt.date | None,
    text: str,
    sentence: str,
    index: int,
) -> Event:
    start, end = day_range(candidate, span, anchor)
    value = span.value if span is not None else None
    return Event(
        kind="mentioned",
        phrase=text[candidate.start : candidate.end],
        type=candidate.timex,
        value=candidate.literal or value,
        start=start,
        end=end,
        granularity=span.granularity if span is not None else candidate.granularity,
        modifier=candidate.modifier,
        sentence=sentence,
        paragraph=index,
        offset=candidate.start,
    )


def _sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts (the first at 0)."""
    starts = [0]
    for match in SENTENCE_END.finditer(text):
        if not _after_abbreviation(text, match.start()):
            starts.append(match.end())
    return starts


def _after_abbreviation(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return False
    word = ABBREVIATION_BEFORE.search(text, max(0, stop - 8), stop)
    return word is not None and (len(word.group()) == 1 or word.group() in ABBREVIATIONS)


def _opens_sentence(text: str, starts: list[int], candidate: Candidate) -> bool:
    """Whether `candidate` (with its preposition) is the first thing in its sentence: "In
    2019, the firm ...", the way a story sets the time it tells of."""
    first = candidate.prep_start if candidate.prep_start >= 0 else candidate.start
    start = starts[bisect.bisect_right(starts, first) - 1]
    return not text[start:first].strip(OPENING_MARKS)


def _clause_end(text: str, starts: list[int], candidate: Candidate) -> int:
    """Where the clause holding `candidate` ends: at a comma, semicolon, spaced dash or "that",
    or with its sentence."""
    position = bisect.bisect_right(starts, candidate.start)
    sentence_end = starts[position] if position < len(starts) else len(text)
    # A clause runs at most `SENTENCE_REACH` on: a flattened table has no stops to end it.
    sentence_end = min(sentence_end, candidate.end + SENTENCE_REACH)
    found = CLAUSE_BREAK.search(text, candidate.end, sentence_end)
    return found.start() if found is not None else sentence_end


def _sentence(text: str, starts: list[int], candidate: Candidate) -> str:
    """The sentence holding the start of `candidate`, cut around it if it is very long."""
    position = bisect.bisect_right(starts, candidate.start) - 1
    start = starts[position]
    end = starts[position + 1] if position + 1 < len(starts) else len(text)
    start = max(start, candidate.start - SENTENCE_REACH)
    end = min(end, candidate.end + SENTENCE_REACH)
    return text[start:end].strip()
