"""What a paragraph must contain for a date pattern to match in it, found for a whole document
at once: most paragraphs hold no digit, month name or date word, and their patterns need not run.

Each gate is looked for over the document's paragraphs joined, from one paragraph holding it
to the start of the next, instead of in each paragraph: most of a document is skipped by a
substring search, which is several times faster than the regex engine's skipping to a set of
characters. Only the rarer digit shapes are regexes, looked for in paragraphs with a digit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from store.timex import clock, deictic, extents, holidays, periods
from store.timex.lexicon import MONTH_ABBREVIATIONS, MONTHS_OTHER_CASE, SEASONS, WEEKDAYS


@dataclass(frozen=True, eq=False)
class Words:
    """Words a pattern needs one of, each looked for as a substring. A pattern that spells its
    words in lower, Title or UPPER case (see `cased`) has them looked for in the lowercased
    text, which holds every spelling as the lowercase word."""

    words: tuple[str, ...]
    lowered: bool = True


DIGIT = Words(tuple("0123456789"), lowered=False)
# Every month name starts with its abbreviation, so this finds the same texts as
# MONTH_OR_ABBREVIATION.
MONTH_WORD = Words(tuple(MONTH_ABBREVIATIONS), lowered=False)
WEEKDAY_WORD = Words(tuple(WEEKDAYS), lowered=False)
# Month names in capitals or lower case ("MARCH 5", "march 5 2024"): every such name, as the
# lowercased text holds it.
OTHER_CASE_MONTH_WORD = Words(tuple(sorted({name.lower() for name in MONTHS_OTHER_CASE})))
AGO_WORD = Words(("ago",))
QUARTER_WORD = Words(("quarter",))
SEASON_WORD = Words(tuple(SEASONS))
UNIT_WORD = Words(periods.UNIT_WORDS)
DAY_WORD = Words(tuple(deictic.DAY_WORDS))
DURATION_WORD = Words(("second", "minute", "hour", "day", "week", "month", "year", "decade"))
DURATION_WORD = Words((*DURATION_WORD.words, "centur", "quarter"))  # "centuries"
# "now" and "nowadays", "current(ly)", "present(ly)", "recent(ly)", "past", "lately", "future".
REFERENCE_WORD = Words(("now", "current", "present", "recent", "past", "lately", "future"))
SET_WORD = Words(tuple(extents.SET_WORDS))
EVERY_WORD = Words(("every", "each"))
NOON_WORD = Words(("noon", "midnight"))
SPOKEN_YEAR_WORD = Words(("nineteen", "twenty", "two thousand"))
CENTURY_WORD = Words(("centur",))
FISCAL_WORD = Words(("fiscal",))
PERIOD_WORD = Words(("period", "quarter"))
HALF_WORD = Words(("half", "quarters"))
ENDED_WORD = Words(("ended", "ending", "ends"))
HOLIDAY_DAY_WORD = Words(holidays.DAY_WORDS, lowered=False)
HOLIDAY_WORD = Words(holidays.OWN_WORDS, lowered=False)
WORD_GATES: tuple[Words, ...]
WORD_GATES = (DIGIT, MONTH_WORD, WEEKDAY_WORD, AGO_WORD, QUARTER_WORD, SEASON_WORD)
WORD_GATES += (UNIT_WORD, DAY_WORD, DURATION_WORD, REFERENCE_WORD, SET_WORD)
WORD_GATES += (
    NOON_WORD,
    SPOKEN_YEAR_WORD,
    EVERY_WORD,
    CENTURY_WORD,
    FISCAL_WORD,
    PERIOD_WORD,
    HALF_WORD,
    ENDED_WORD,
    HOLIDAY_WORD,
    HOLIDAY_DAY_WORD,
    OTHER_CASE_MONTH_WORD,
)
# The rarer numeric shapes: most paragraphs with a year have none of these, and a search that
# opens on a digit skips ahead far faster than the rules' lookbehinds allow.
ISO_DASH = re.compile(r"[0-9]-[0-9]")  # 2024-05-08
YEAR_DASH = re.compile(r"[0-9]\s?[-–—]\s?[0-9]")  # 2020-2022, 2019 – 20
DECADE_END = re.compile(r"[0-9]0'?s")  # 1990s, 1990's
Q_NUMBER = re.compile(r"Q[1-4]")  # Q2 2024
AM_PM = clock.AM_PM  # 10 p.m., 5pm
DIGIT_GATES = (ISO_DASH, YEAR_DASH, DECADE_END, Q_NUMBER, AM_PM)
# Joins the paragraphs: no gate matches it, so none finds a match running from one into the next.
SEPARATOR = "\x00"

Gate = re.Pattern[str] | Words


def gates_present(texts: list[str]) -> list[set[Gate]]:
    """The gates each of `texts` holds."""
    present: list[set[Gate]] = [set() for _ in texts]
    _mark_words(present, texts, [gate for gate in WORD_GATES if not gate.lowered])
    lowered = [text.lower() for text in texts]
    _mark_words(present, lowered, [gate for gate in WORD_GATES if gate.lowered])
    with_digit = [k for k, gates in enumerate(present) if DIGIT in gates]  # the shapes need one
    _mark_patterns([present[k] for k in with_digit], [texts[k] for k in with_digit], DIGIT_GATES)
    return present


def _mark_words(present: list[set[Gate]], texts: list[str], gates: list[Words]) -> None:
    joined, starts = _joined(texts)
    # A word several gates need ("year") is looked for once.
    needing: dict[str, list[Words]] = {}
    for gate in gates:
        for word in gate.words:
            needing.setdefault(word, []).append(gate)
    for word, its_gates in needing.items():
        at = 0
        while (found := joined.find(word, at)) >= 0:
            for gate in its_gates[1:]:
                _mark(present, starts, found, gate)
            at = _mark(present, starts, found, its_gates[0])


def _mark_patterns(
    present: list[set[Gate]], texts: list[str], gates: tuple[re.Pattern[str], ...]
) -> None:
    joined, starts = _joined(texts)
    for gate in gates:
        at = 0
        while (match := gate.search(joined, at)) is not None:
            at = _mark(present, starts, match.start(), gate)


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
