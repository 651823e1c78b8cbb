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
# Words that put the rest of their sentence in the future: "will meet on Saturday".
FUTURE = re.compile(
    r"\b(?:will|shall|would|won['’]t|going\s+to|expect(?:s|ed\s+to)?|set\s+to"
    r"|plan(?:s|ned|ning)?\s+(?:to|for)|aim(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|due\s+to\s+be"
    r"|scheduled|likely\s+to|(?:is|are)\s+to|(?:may|might|should|must)(?!\s+have\b)"
    r"|as\s+(?:soon|early)\s+as|upcoming)\b|\w['’]ll\b"
)
# A past auxiliary before a word of the future leaves the direction open: "had been scheduled
# to expire Friday" may be past or still to come, "were planning to drive on Monday" too.
PAST_AUXILIARY = re.compile(
    r"\b(?:was|were|had)(?:\s{1,3}[a-z]{2,12}ly)?(?:\s{1,3}(?:been|not|already))?\s{1,3}\Z"
)
# Words that put their clause in the past: "was signed on May 20", "the deal closed in March".
IRREGULAR_PAST = (
    "was were had did ago met went came took made saw gave found began became left"
    " held led won lost fell rose sold bought paid spent got ran wrote spoke broke chose drove"
    " flew grew knew meant sent stood thought threw wore brought caught fought taught felt kept"
    " built heard struck shot sought hid swore dealt sat"
)
PAST_WORDS = frozenset(IRREGULAR_PAST.split())
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# Verbs of telling, and any past form, just before a day date the telling ("said Tuesday").
TELLING_WORDS = (PAST_WORDS - {"was", "were"}) | {"said", "told"}
WORD = re.compile(r"[A-Za-z]+")
# The word just before an expression (an "on" between at most), and the one before it.
LAST_WORDS = re.compile(
    r"(?:(?P<previous>[A-Za-z]+)\s{1,3})?(?P<last>[A-Za-z]+)(?:\s{1,3}on)?\s{1,3}\Z"
)
# Not the stop of "a.m." or "p.m.": "ran from 10 a.m. to 5 p.m." is one clause.
SENTENCE_BREAK = re.compile(r"(?<![ap]\.m)[.!?]\s")
# "that" opens a clause of its own: "He added that guidelines to be published in November".
CLAUSE_BREAK = re.compile(r"(?<![ap]\.m)[.!?;,:]\s|\s[-–—]\s|\b(?:that|when|if|unless|once)\s")
FUTURE_REACH = 120
# How far back a past-tense verb still governs the expression: its own clause, a few words;
# and how far on in its sentence a verb is looked for when none came before.
PAST_REACH = 60
AFTER_REACH = 60
# Words after which an -ed word is a participle: "to be completed", "is expected in December";
# or an adjective: "the reduced dividend is payable Jan. 2", "its revised plan".
PARTICIPLE_AFTER = frozenset(
    {"be", "to", "is", "are", "am", "been", "being"}
    | {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
)
SINCE_BEFORE = re.compile(r"\b[Ss]ince\s{1,3}\Z")
# A present "is"/"are" placing an event on the day ("The vote is Tuesday", "The meeting is at
# 3 p.m. on Tuesday", "Elections are in November"): a schedule, so the day to come.
SCHEDULE_BEFORE = re.compile(
    r"\b(?:is|are)\s{1,3}(?:(?:at|on|in)\s{1,3}(?:[\w.:]+\s{1,3}){0,3}?)?(?:(?:on|in)\s{1,3})?\Z"
)
# "Today is Monday", "it is May": the day or month it is now, not one to come.
NOW_SUBJECT = re.compile(r"\b(?:[Tt]oday|[Ii]t|[Tt]his|[Tt]hat)\s{1,3}\Z")
BOUND_BEFORE = re.compile(r"\b(?:to|until|till|through|by)\s{1,3}\Z")
# "from March to May": the end of a range, whose tense is the range's.
RANGE_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\b")
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being"})
# A verb of telling before an expression: the telling's day when only a few words stand between
# ("said late Tuesday", "told reporters on Friday"); else the start of what was told, whose tense
# is its own ("said it is calling the bonds on Dec. 7").
TELLING = re.compile(r"\b(?:said|says|told|tells)\b")
TELLING_REACH = 2
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


def in_future_tense(text: str, start: int) -> bool:
    """Whether the sentence before `start` speaks of the future: then "in March" and "on
    Saturday" mean the next ones, not the last. A future seen from the past ("was scheduled
    to") may since have come, and does not count."""
    cue = _future_cue(text, start)
    return cue is not None and not PAST_AUXILIARY.search(text, max(0, cue - 24), cue)


def _future_cue(text: str, start: int) -> int | None:
    """Where the nearest word of the future before `start` in its sentence starts, if any."""
    window_start = max(0, start - FUTURE_REACH)
    sentence_start = window_start
    for stop in SENTENCE_BREAK.finditer(text, window_start, start):
        sentence_start = stop.end()
    cues = list(FUTURE.finditer(text, sentence_start, start))
    return cues[-1].start() if cues else None


def scheduled_before(text: str, start: int) -> bool:
    """Whether a present "is"/"are" just before `start` places an event there ("The vote is
    Tuesday"), "Today is Monday" and "it is May" aside."""
    schedule = SCHEDULE_BEFORE.search(text, max(0, start - 40), start)
    return schedule is not None and not NOW_SUBJECT.search(
        text, max(0, schedule.start() - 8), schedule.start()
    )


def tense_direction(text: str, start: int, end: int = -1) -> int:
    """Which way an expression missing its year points: 1 after the document date (the future
    tense: "will meet in March"), -1 before it (a past-tense verb in its clause: "was signed on
    May 20"), 0 when the words do not say (then the nearest such date is meant).

    The words before the expression decide; if they say nothing, the rest of its sentence up to
    `end` + `AFTER_REACH` does ("In January, the firm hired 20 people").
    """
    if SINCE_BEFORE.search(text, max(0, start - 8), start):
        return -1  # "since March": what has lasted began in the past
    if scheduled_before(text, start):
        return 1  # "The vote is Tuesday": a schedule
    if _told_just_before(text, start):
        return -1  # "Cuba predicted Wednesday", "was announced Wednesday": the telling's day
    bound = BOUND_BEFORE.search(text, max(0, start - 10), start)
    if bound is not None and not RANGE_FROM.search(text, max(0, bound.start() - 40), bound.start()):
        # "extended the offer to Nov. 20", "asked it to respond by Oct. 31": a deadline, which
        # a past verb does not place in the past; only the future's words push it on.
        return 1 if in_future_tense(text, start) else 0
    cue = _future_cue(text, start)
    if cue is not None and PAST_AUXILIARY.search(text, max(0, cue - 24), cue):
        return 0  # "had been scheduled to expire Friday": come or not, the nearest
    clause_start = max(0, start - PAST_REACH)
    for stop in CLAUSE_BREAK.finditer(text, clause_start, start):
        clause_start = stop.end()
    if cue is not None and CLAUSE_BREAK.search(text, cue, start) is None:
        return 1  # "will meet on Saturday"
    telling = _last_telling(text, clause_start, start)
    if telling is not None:
        if len(WORD.findall(text, telling.end(), start)) <= TELLING_REACH:
            return -1
        clause_start = telling.end()
    if _has_past(text, clause_start, start):
        return -1
    if end < 0:
        return 0 if cue is None else 1
    # A future in an earlier clause yields to a past verb after the date: "she would bring aid
    # to the countries, where the Aug. 7 blasts killed 257 people".
    sentence_end = SENTENCE_BREAK.search(text, end, end + AFTER_REACH)
    after_end = (
        sentence_end.start() if sentence_end is not None else min(len(text), end + AFTER_REACH)
    )
    # The first verb after it governs: "In September, it announced plans to buy" is past.
    future_after = FUTURE.search(text, end, after_end)
    limit = future_after.start() if future_after is not None else after_end
    if _first_past(text, end, limit) >= 0 or _telling_in_clause(text, end, limit):
        return -1
    return 1 if future_after is not None or cue is not None else 0


def _last_telling(text: str, start: int, end: int) -> re.Match[str] | None:
    found = list(TELLING.finditer(text, start, end))
    return found[-1] if found else None


def _telling_in_clause(text: str, start: int, end: int) -> bool:
    """A verb of telling after an expression in its own clause ("on Tuesday said"), not the tag
    of a clause before ("admit them in early March, an official said")."""
    telling = TELLING.search(text, start, end)
    return telling is not None and CLAUSE_BREAK.search(text, start, telling.start()) is None


def _is_past(word: str, previous: str) -> bool:
    """A past-tense verb: "was", "met", "signed", "carried"; an -ed word after "be", "is" or "to"
    is a participle ("to be completed by May 8"), and "need", "speed" are no past at all."""
    if previous in PARTICIPLE_AFTER and word not in PAST_AUXILIARIES:
        return False  # "when the case is heard", "the sold shares"
    if word in PAST_WORDS:
        return True
    if len(word) < 5:
        return False
    return word.endswith("ied") or (word.endswith("ed") and word[-3] != "e")


def _has_past(text: str, start: int, end: int) -> bool:
    return _first_past(text, start, end) >= 0


def _first_past(text: str, start: int, end: int) -> int:
    """Where the first past-tense verb in `start:end` is, or -1."""
    previous = ""
    for found in WORD.finditer(text, start, end):
        word = found.group().lower()
        if _is_past(word, previous):
            return found.start()
        previous = word
    return -1


def _told_just_before(text: str, start: int) -> bool:
    found = LAST_WORDS.search(text, max(0, start - 32), start)
    if found is None:
        return False
    last, previous = found["last"].lower(), (found["previous"] or "").lower()
    if previous in PASSIVE_AUXILIARIES:
        return False  # "will be paid Dec. 14": a participle, its tense is the auxiliary's
    return last in TELLING_WORDS or _is_past(last, previous)


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
