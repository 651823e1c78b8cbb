"""What a paragraph must contain for a date pattern to match in it, found for a whole document
at once: most paragraphs hold no digit, month name or date word, and their patterns need not run.

Each gate is looked for by one search over the document's paragraphs joined, from one paragraph
holding it to the start of the next, instead of one search a paragraph: most of a document is
skipped by the engine (or by a substring search) rather than by Python.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from store.timex import periods
from store.timex.lexicon import MONTH_ABBREVIATIONS, SEASONS, WEEKDAY, alternation


@dataclass(frozen=True, eq=False)
class Words:
    """Words a pattern spells in lower, Title or UPPER case (see `cased`), looked for in the
    lowercased text, which holds every spelling as the lowercase word: one substring search per
    word, where a search for all spellings stops at every letter any of them starts with."""

    words: tuple[str, ...]


DIGIT = re.compile(r"[0-9]")
# Every month name starts with its abbreviation, so this finds the same texts as
# MONTH_OR_ABBREVIATION; a flat list of words lets the search skip to their first letters.
MONTH_WORD = re.compile(alternation(MONTH_ABBREVIATIONS))
WEEKDAY_WORD = re.compile(WEEKDAY)
AGO_WORD = Words(("ago",))
QUARTER_WORD = Words(("quarter",))
SEASON_WORD = Words(tuple(SEASONS))
UNIT_WORD = Words(periods.UNIT_WORDS)
DAY_WORD = Words(tuple(periods.DAY_WORDS))
WORD_GATES = (AGO_WORD, QUARTER_WORD, SEASON_WORD, UNIT_WORD, DAY_WORD)
# The digits of the rarer numeric forms: most paragraphs with a year have none of these, and a
# search that opens on a digit skips ahead far faster than the rules' lookbehinds allow.
ISO_DASH = re.compile(r"[0-9]-[0-9]")  # 2024-05-08
YEAR_DASH = re.compile(r"[0-9]\s?[-–—]\s?[0-9]")  # 2020-2022, 2019 – 20
DECADE_END = re.compile(r"[0-9]0'?s")  # 1990s, 1990's
Q_NUMBER = re.compile(r"Q[1-4]")  # Q2 2024
PATTERN_GATES = (DIGIT, MONTH_WORD, WEEKDAY_WORD, ISO_DASH, YEAR_DASH, DECADE_END, Q_NUMBER)
# Joins the paragraphs: no gate matches it, so none finds a match running from one into the next.
SEPARATOR = "\x00"

Gate = re.Pattern[str] | Words


def gates_present(texts: list[str]) -> list[set[Gate]]:
    """The gates each of `texts` holds."""
    present: list[set[Gate]] = [set() for _ in texts]
    joined, starts = _joined(texts)
    for gate in PATTERN_GATES:
        at = 0
        while (match := gate.search(joined, at)) is not None:
            at = _mark(present, starts, match.start(), gate)
    joined, starts = _joined([text.lower() for text in texts])
    for words in WORD_GATES:
        for word in words.words:
            at = 0
            while (found := joined.find(word, at)) >= 0:
                at = _mark(present, starts, found, words)
    return present


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    """The texts joined, and where each starts, then one past the end."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + len(SEPARATOR)
    return SEPARATOR.join(texts), [*starts, at]


def _mark(present: list[set[Gate]], starts: list[int], position: int, gate: Gate) -> int:
    """Note `gate` in the text holding `position`; return where the next text starts."""
    index = bisect_right(starts, position) - 1
    present[index].add(gate)
    return starts[index + 1]
