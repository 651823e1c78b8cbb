"""The words just before a date expression: preposition, "the", part of period, determiner.

"in early June", "since last year", "the end of 2023", "Last March": each core expression (the
month, year, unit...) is found by its own pattern; the words before it are read here. Each
core says which of these words it takes into its phrase; the words it does not take still tell
whether a number is a year ("in 2018") or a "May" a month ("in May").

The words are read right to left: the text before the core is reversed and matched from its
start by a pattern of reversed words, one attempt per core instead of a search over every
position of the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.timex.lexicon import (
    DETERMINERS,
    MODIFYING_PREPOSITIONS,
    PHRASE_PREPOSITIONS,
    SPACE,
    cased,
)

PREPOSITIONS = (*PHRASE_PREPOSITIONS, "from", "between", "over", "of", "at", "for", "into", "due")
PARTS = ("early", "earlier", "mid", "late", "later")
EDGE_PARTS = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
RANGE_OPENERS = frozenset({"from", "between"})
DETERMINER_PREPOSITIONS = frozenset({*MODIFYING_PREPOSITIONS, "by"})


def _reversed(words: str) -> str:
    return "|".join(word[::-1] for word in words.split("|"))


# In reading order: [preposition] [the] [early | mid- | the end of (the)] [last|this|next] CORE
REVERSED_PREFIX = re.compile(
    rf"""
    (?P<det>{SPACE}(?:{_reversed(cased(DETERMINERS))})\b)?
    (?:(?P<part>(?:{SPACE}|-)(?:{_reversed(cased(PARTS))})\b)
      |(?P<partof>(?P<partthe>{SPACE}eht)?{SPACE}fo{SPACE}(?P<edge>{_reversed(cased(EDGE_PARTS))})\b))?
    (?P<the>{SPACE}(?:{_reversed(cased(["the"]))})\b)?
    (?P<prep>{SPACE}(?:{_reversed(cased(PREPOSITIONS))})\b)?
    """,
    re.VERBOSE,
)
# Longest prefix: "throughout the beginning of the next " is 37 characters, with room for spaces.
PREFIX_REACH = 64
# Connectors that make a year or month the end of a range ("from 2020 to 2022").
CONNECTOR_BEFORE = re.compile(r"(?:\b(?:to|and)|[-–—])\s{0,3}\Z")


@dataclass(frozen=True)
class Before:
    """The words found before a core; each `*_start` is -1 when the word is absent."""

    prep: str | None = None
    prep_start: int = -1
    the_start: int = -1
    part: str | None = None
    part_start: int = -1
    # The part was written "the beginning/middle/end of", and "of the" in "the end of the year".
    edge: bool = False
    part_of_the: bool = False
    det: int | None = None
    det_start: int = -1

    def has(self, prepositions: frozenset[str]) -> bool:
        return self.prep is not None and self.prep in prepositions


NOTHING_BEFORE = Before()


@dataclass(frozen=True)
class Accepts:
    """Which leading words a core takes into its phrase."""

    part: bool = False
    det: bool = False
    the: bool = False
    preps: frozenset[str] = field(default=PHRASE_PREPOSITIONS)
    # "earlier"/"later" without "this": a day takes them ("Earlier Sunday", "later yesterday"),
    # a year or month only as "earlier this year".
    clip: bool = False


@dataclass(frozen=True)
class Lead:
    """The leading words a core took: where its phrase starts, and what they say."""

    start: int
    prep: str | None = None
    prep_start: int = -1
    part: str | None = None
    part_of_the: bool = False
    det: int | None = None


def words_before(text: str, start: int) -> Before:
    # One character more than the reach, so a word cut by the window is seen as cut.
    window = text[max(0, start - PREFIX_REACH - 1) : start][::-1]
    match = REVERSED_PREFIX.match(window)
    if match is None or not match.end():
        return NOTHING_BEFORE

    def at(group: str) -> int:
        return start - match.end(group) if match[group] else -1

    part, edge = match["part"], match["edge"]
    return Before(
        prep=match["prep"].strip()[::-1].lower() if match["prep"] else None,
        prep_start=at("prep"),
        the_start=at("the"),
        part=EDGE_PARTS[edge[::-1].lower()] if edge else _part_word(part),
        part_start=at("part") if part else at("partof"),
        edge=bool(edge),
        part_of_the=bool(match["partthe"]),
        det=DETERMINERS[match["det"].strip()[::-1].lower()] if match["det"] else None,
        det_start=at("det"),
    )


def _part_word(part: str | None) -> str | None:
    return part.strip().lstrip("-")[::-1].lower() if part else None


def after_connector(text: str, start: int) -> bool:
    return CONNECTOR_BEFORE.search(text, max(0, start - 8), start) is not None


def take_lead(before: Before, core_start: int, accepts: Accepts) -> Lead | None:
    """The words `accepts` lets the core take, innermost first, stopping at the first it cannot.

    None means the words rule the core out: "the last week" and "the next year" are durations or
    anaphora ("in the next year", "the last week of the trial"), not dates.
    """
    taken = Lead(core_start)
    if before.det is not None:
        if not accepts.det:
            return taken
        if before.the_start >= 0 and before.part is None:
            return None
        taken = Lead(before.det_start, det=before.det)
    if before.part is not None:
        clipping = before.part in ("earlier", "later")
        if not accepts.part or (clipping and taken.det != 0 and not accepts.clip):
            return taken
        taken = Lead(
            before.part_start, part=before.part, part_of_the=before.part_of_the, det=taken.det
        )
    if before.the_start >= 0:
        # "the end of" keeps its "the"; otherwise "the" stays out unless the core takes it.
        if not (accepts.the or (before.edge and taken.part is not None)):
            return taken
        taken = Lead(
            before.the_start, part=taken.part, part_of_the=taken.part_of_the, det=taken.det
        )
    return _with_preposition(taken, before, accepts)


def _with_preposition(taken: Lead, before: Before, accepts: Accepts) -> Lead:
    """The preposition's meaning, kept out of the phrase as TimeML marks it ("in [early
    December]", "since [2019]"): it says what the phrase covers, not when."""
    if before.prep is None:
        return taken
    if before.prep not in RANGE_OPENERS:
        # "in last year" reads oddly: with a determiner only a word that changes the meaning
        # counts.
        allowed = DETERMINER_PREPOSITIONS if taken.det is not None else accepts.preps
        if before.prep not in allowed:
            return taken
    return Lead(
        taken.start,
        prep=before.prep,
        prep_start=before.prep_start,
        part=taken.part,
        part_of_the=taken.part_of_the,
        det=taken.det,
    )
