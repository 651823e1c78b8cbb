"""Ranges and lists: "from 2020 to 2022", "between March and May 2023", "May–June", "in May,
June and July 2025".

TimeML marks a range's ends as two expressions, and so do we: "from [March] to [May 2023]".
A start missing its year borrows the end's ("from March to May 2023" is 2023-03 to 2023-05),
a year earlier if that would put it after the end ("from December to February 2024"); an end
missing its year is resolved as usual. On the timeline each end covers the whole range ("2030"
of "from 2024 to 2030" runs from 2024 to 2030, `range_starts` and `spanning`), its value still
the end's own. A list of like periods ending with a year shares it:
"in May, June and July 2025" is three months of 2025, whatever the tense says of a bare "May";
a later member without a year follows the one before it ("in 2024: July, August and September").
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.models import Event
from store.timex.candidates import Candidate, Reference, Resolver, settle
from store.timex.spans import Span

CONNECTOR = re.compile(r"\s{0,3}(?:(?P<word>to|until|till|through|and)|[-–—])\s{0,3}")
LIST_GAP = re.compile(r"\s{0,3},?\s{0,3}(?:and|or)\s{0,3}|\s{0,3},\s{0,3}")
BETWEEN_CONNECTORS = frozenset({"and"})
FROM_CONNECTORS = frozenset({"to", "until", "till", "through", None})
# A range's end may carry one of these as its own preposition: "from May until June".
END_PREPOSITIONS = frozenset({"until", "till", "through"})
OPENERS = frozenset({"from", "between"})


def join_ranges(candidates: list[Candidate], text: str) -> list[Candidate]:
    """`candidates` with each connected pair made one range; a weak candidate left alone (a
    year after "to" that no range claimed, not the second of a list) is dropped."""
    joined: list[Candidate] = []
    index = 0
    while index < len(candidates):
        first = candidates[index]
        last = candidates[index + 1] if index + 1 < len(candidates) else None
        if last is not None and _connected(first, last, text):
            joined.extend(_ends(first, last))
            index += 2
            continue
        previous = candidates[index - 1] if index else None
        if not first.weak or _listed_after(previous, first, text):
            joined.append(first)
        index += 1
    return _sharing_list_years(joined, text)


def range_starts(candidates: list[Candidate], text: str) -> list[int]:
    """The positions in `candidates` (as `join_ranges` gave them) where a range starts, its end
    the candidate after: "[from 2024] to [2030]", "[2023]-[24]"."""
    starts: list[int] = []
    for index in range(len(candidates) - 1):
        if starts and starts[-1] == index - 1:
            continue  # the end of the range before cannot start one too
        if _connected(candidates[index], candidates[index + 1], text):
            starts.append(index)
    return starts


def spanning(first: Event, last: Event) -> tuple[Event, Event]:
    """A range's two end mentions, each covering the days from the first's start to the last's
    end, so neither stands on the timeline for the range alone; unchanged unless both are
    placed dates and the first comes first."""
    if first.type != "DATE" or last.type != "DATE" or first.modifier or last.modifier:
        return first, last
    if first.start is None or last.end is None or first.start > last.end:
        return first, last
    covered = {"start": first.start, "end": last.end}
    return first.model_copy(update=covered), last.model_copy(update=covered)


def _sharing_list_years(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Each member of a list of like periods without a year ("May, June and July 2025") takes
    the year of the member after it, so the last one's year reaches them all; a list with no
    year in it ("in May and June") is resolved as usual."""
    shared = list(candidates)
    for index in range(len(shared) - 2, -1, -1):
        member, after = shared[index], shared[index + 1]
        if member.kind != "underspecified" or member.granularity != after.granularity:
            continue
        if not _year_ahead(shared, index + 1, text):
            continue
        shared[index] = replace(member, resolve=_start_resolver(member, after), weak=False)
    for index in range(1, len(shared)):
        before, member = shared[index - 1], shared[index]
        if member.kind != "underspecified" or member.granularity != before.granularity:
            continue
        if before.kind not in ("underspecified", "absolute"):
            continue
        if LIST_GAP.fullmatch(text[before.end : member.start]) is None:
            continue
        shared[index] = replace(member, resolve=_next_resolver(before, member))
    return shared


def _next_resolver(before: Candidate, member: Candidate) -> Resolver:
    """A later member of a list takes the year of the one before it ("in 2024: July, August and
    September"), a year on if that would put it first ("December, January")."""

    def resolve(reference: Reference) -> Span | None:
        # The member before was the last read: its span as read then, with the year its own
        # clause gave it ("in 2024—July" ends its clause at the comma).
        previous = reference.last
        if previous is None or previous.granularity != before.granularity:
            previous = settle(before, reference)
        if previous is None:
            return member.resolve(reference)
        year = previous.start.year
        found = member.resolve(Reference(reference.anchor, year, reference.period))
        if found is not None and found.start < previous.start:
            found = member.resolve(Reference(reference.anchor, year + 1, reference.period))
        return found

    return resolve


def _year_ahead(candidates: list[Candidate], index: int, text: str) -> bool:
    """Whether the list going on from `candidates[index]` (joined to the one before it) ends
    in a member with its own year."""
    for position in range(index, len(candidates)):
        before, member = candidates[position - 1], candidates[position]
        if LIST_GAP.fullmatch(text[before.end : member.start]) is None:
            return False
        if member.granularity != before.granularity:
            return False
        if member.kind == "absolute":
            return True
    return False


def _listed_after(previous: Candidate | None, candidate: Candidate, text: str) -> bool:
    """ "in 2019 and 2020", "in May and June": the second of a list is a date in its own right."""
    if previous is None or previous.weak:
        return False
    return LIST_GAP.fullmatch(text[previous.end : candidate.start]) is not None


def _connected(first: Candidate, last: Candidate, text: str) -> bool:
    if first.weak and first.prep not in OPENERS:  # itself only a range's end: "2024-2024-2024"
        return False
    gap = text[first.end : last.start]
    if last.prep in END_PREPOSITIONS and not gap.strip():
        word: str | None = last.prep
    else:
        match = CONNECTOR.fullmatch(gap)
        if match is None:
            return False
        word = match["word"]
    if first.prep == "between":
        return word in BETWEEN_CONNECTORS
    if first.prep == "from":
        return word in FROM_CONNECTORS
    # Without "from" only a dash joins, and only like with like ("2023–2024", "May–June").
    return word is None and first.granularity == last.granularity


def _ends(first: Candidate, last: Candidate) -> tuple[Candidate, Candidate]:
    """The range's two ends, the first resolved against the last's year if it lacks one."""
    return replace(first, resolve=_start_resolver(first, last), weak=False), replace(
        last, weak=False
    )


def _start_resolver(first: Candidate, last: Candidate) -> Resolver:
    def resolve(reference: Reference) -> Span | None:
        if first.kind != "underspecified":
            return first.resolve(reference)
        end = settle(last, reference)
        if end is None:
            return first.resolve(reference)
        start = first.resolve(Reference(reference.anchor, end.start.year, reference.period))
        if start is not None and start.start > end.start:
            start = first.resolve(Reference(reference.anchor, end.start.year - 1, reference.period))
        return start

    return resolve
