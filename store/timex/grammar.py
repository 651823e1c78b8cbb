"""All date expressions of one paragraph's text, as non-overlapping candidates in text order."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from store.quoting.scan import Proposed
from store.timex import periods, rules
from store.timex.candidates import Candidate
from store.timex.lead import words_before
from store.timex.lexicon import (
    MONTH_ABBREVIATIONS,
    NOT_BEFORE_NUMBER,
    SEASONS,
    WEEKDAY,
    alternation,
)


@dataclass(frozen=True, eq=False)
class Words:
    """Words a pattern spells in lower, Title or UPPER case (see `cased`), looked for in the
    lowercased text, which holds every spelling as the lowercase word: one substring test per
    word, where a search for all spellings stops at every letter any of them starts with."""

    words: tuple[str, ...]

    def in_lowered(self, lowered: str) -> bool:
        return any(word in lowered for word in self.words)


# What text must contain for a pattern to match in it, each found by one cheap search per
# paragraph: most paragraphs hold no digit or no month name, and their patterns need not run.
DIGIT = re.compile(r"[0-9]")
# Every month name starts with its abbreviation, so this finds the same texts as
# MONTH_OR_ABBREVIATION; a flat list of words lets the search skip to their first letters.
MONTH_WORD = re.compile(alternation(MONTH_ABBREVIATIONS))
WEEKDAY_WORD = re.compile(WEEKDAY)
PATTERN_GATES = (DIGIT, MONTH_WORD, WEEKDAY_WORD)
AGO_WORD = Words(("ago",))
QUARTER_WORD = Words(("quarter",))
SEASON_WORD = Words(tuple(SEASONS))
UNIT_WORD = Words(periods.UNIT_WORDS)
DAY_WORD = Words(tuple(periods.DAY_WORDS))
WORD_GATES = (AGO_WORD, QUARTER_WORD, SEASON_WORD, UNIT_WORD, DAY_WORD)
# The digits of the rarer numeric forms, searched for only in text with a digit: most
# paragraphs with a year have none of these, and a search that opens on a digit skips ahead
# far faster than the rules' lookbehinds allow.
ISO_DASH = re.compile(r"[0-9]-[0-9]")  # 2024-05-08
YEAR_DASH = re.compile(r"[0-9]\s?[-–—]\s?[0-9]")  # 2020-2022, 2019 – 20
DECADE_END = re.compile(r"[0-9]0'?s")  # 1990s, 1990's
Q_NUMBER = re.compile(r"Q[1-4]")  # Q2 2024
DIGIT_GATES = (ISO_DASH, YEAR_DASH, DECADE_END, Q_NUMBER)
Gate = tuple[re.Pattern[str] | Words, ...]

RULES: tuple[tuple[re.Pattern[str], rules.Build, Gate], ...] = (
    (rules.ISO_DATE, rules.iso_date, (DIGIT, ISO_DASH)),
    (rules.DAY_MONTH, rules.day_month, (DIGIT, MONTH_WORD)),
    (rules.MONTH_DAY, rules.month_day, (DIGIT, MONTH_WORD)),
    (rules.MONTH_YEAR, rules.month_year, (DIGIT, MONTH_WORD)),
    (rules.BARE_MONTH, rules.bare_month, (MONTH_WORD,)),
    (rules.YEAR, rules.bare_year, (DIGIT,)),
    (rules.YEAR_RANGE, rules.year_range, (DIGIT, YEAR_DASH)),
    (rules.DECADE, rules.decade, (DIGIT, DECADE_END)),
    (rules.WEEKDAY_NAME, rules.weekday, (WEEKDAY_WORD,)),
    (periods.SEASON, periods.season, (SEASON_WORD,)),
    (periods.QUARTER, periods.quarter, (QUARTER_WORD,)),
    (periods.Q_QUARTER, periods.q_quarter, (DIGIT, Q_NUMBER)),
    (periods.UNIT, periods.unit, (UNIT_WORD,)),
    (periods.DAY_WORD, periods.day_word, (DAY_WORD,)),
    (periods.AGO, periods.ago, (AGO_WORD,)),
)
# A pattern that opens with \b or a lookbehind is tried at every position of the text. Left
# out, these patterns open with words or digits the engine skips ahead to, and each place the
# rest proposes is confirmed with the whole pattern. (The other patterns' rest opens with an
# optional part or a choice of digits or words that the engine cannot skip ahead to either.)
PROPOSED = (rules.BARE_MONTH, rules.YEAR, rules.WEEKDAY_NAME, periods.SEASON, periods.QUARTER)
PROPOSED += (periods.UNIT, periods.DAY_WORD)
OPENING_ASSERTIONS = (r"\b", NOT_BEFORE_NUMBER)


def scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | Proposed:
    """What finds `pattern`'s matches fastest: `pattern` itself or its proposed matches."""
    if pattern not in PROPOSED:
        return pattern
    assertion = next(a for a in OPENING_ASSERTIONS if pattern.pattern.startswith(a))
    return Proposed(pattern, re.compile(pattern.pattern[len(assertion) :], pattern.flags))


SCANNED_RULES = tuple((scanner(pattern), build, gate) for pattern, build, gate in RULES)
# Web addresses: a date-shaped piece of a URL (".../2024/05/08/...", "...-May-2024") is a path.
URL = re.compile(r"\b(?:https?://|www\.)\S+")


def find_candidates(text: str) -> list[Candidate]:
    """Every expression in `text`; where two overlap, the one starting first (then the longer)."""
    found = []
    present = _present(text)
    for scan, build, gate in SCANNED_RULES:
        if not present.issuperset(gate):
            continue
        for core in scan.finditer(text):
            candidate = build(core, words_before(text, core.start()))
            if candidate is not None:
                found.append(candidate)
    if not found:  # most paragraphs: no need to look for web addresses
        return found
    return _outside(_without_overlaps(found), _web_addresses(text))


def _present(text: str) -> set[re.Pattern[str] | Words]:
    """The gates `text` holds, each looked for once; the digit shapes only if it has a digit."""
    present: set[re.Pattern[str] | Words] = {gate for gate in PATTERN_GATES if gate.search(text)}
    lowered = text.lower()
    present.update(gate for gate in WORD_GATES if gate.in_lowered(lowered))
    if DIGIT in present:
        present.update(gate for gate in DIGIT_GATES if gate.search(text))
    return present


def _web_addresses(text: str) -> list[tuple[int, int]]:
    # Every address holds one of these; finding them is far cheaper than running URL.
    if "://" not in text and "www." not in text:
        return []
    return [match.span() for match in URL.finditer(text)]


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda found: (found.start, found.start - found.end)):
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


def _outside(candidates: list[Candidate], masked: list[tuple[int, int]]) -> list[Candidate]:
    if not masked:
        return candidates
    starts = [start for start, _ in masked]
    return [candidate for candidate in candidates if not _overlaps(candidate, masked, starts)]


def _overlaps(candidate: Candidate, masked: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether `candidate` overlaps a masked span (sorted, not overlapping each other)."""
    index = bisect.bisect_left(starts, candidate.end)
    return index > 0 and masked[index - 1][1] > candidate.start
