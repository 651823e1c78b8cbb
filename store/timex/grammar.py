"""All date expressions of one paragraph's text, as non-overlapping candidates in text order."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from store.quoting.scan import Proposed
from store.timex import (
    anaphora,
    clock,
    deictic,
    extents,
    gates,
    generic,
    holidays,
    offsets,
    periods,
    report_periods,
    reporting,
    rules,
    weekdays,
    years,
)
from store.timex.candidates import Candidate
from store.timex.gates import (
    AGO_WORD,
    AM_PM,
    CENTURY_WORD,
    DAY_WORD,
    DECADE_END,
    DIGIT,
    DURATION_WORD,
    ENDED_WORD,
    EVERY_WORD,
    FISCAL_WORD,
    HALF_WORD,
    HOLIDAY_DAY_WORD,
    HOLIDAY_WORD,
    ISO_DASH,
    MONTH_WORD,
    NOON_WORD,
    OTHER_CASE_MONTH_WORD,
    PERIOD_WORD,
    Q_NUMBER,
    QUARTER_WORD,
    REFERENCE_WORD,
    SEASON_WORD,
    SET_WORD,
    SPOKEN_YEAR_WORD,
    UNIT_WORD,
    WEEKDAY_WORD,
    YEAR_DASH,
    gates_present,
)
from store.timex.lead import words_before
from store.timex.lexicon import MONTHS, NOT_BEFORE_NUMBER, WEEKDAYS

Gates = tuple[gates.Gate, ...]

RULES: tuple[tuple[re.Pattern[str], rules.Build, Gates], ...] = (
    (rules.ISO_DATE, rules.iso_date, (DIGIT, ISO_DASH)),
    (rules.DAY_MONTH, rules.day_month, (DIGIT, MONTH_WORD)),
    (rules.MONTH_DAY, rules.month_day, (DIGIT, MONTH_WORD)),
    (rules.MONTH_YEAR, rules.month_year, (DIGIT, MONTH_WORD)),
    (rules.MONTH_ORDINAL_DAY, rules.month_ordinal_day, (MONTH_WORD,)),
    (rules.DAY_OTHER_CASE, rules.day_month, (DIGIT, OTHER_CASE_MONTH_WORD)),
    (rules.MONTH_DAY_OTHER_CASE, rules.month_day, (DIGIT, OTHER_CASE_MONTH_WORD)),
    (rules.MONTH_YEAR_OTHER_CASE, rules.month_year, (DIGIT, OTHER_CASE_MONTH_WORD)),
    (rules.BARE_MONTH, rules.bare_month, (MONTH_WORD,)),
    (rules.MONTH_DET_YEAR, rules.month_det_year, (MONTH_WORD, UNIT_WORD)),
    (years.YEAR, years.bare_year, (DIGIT,)),
    (years.YEAR_RANGE, years.year_range, (DIGIT, YEAR_DASH)),
    (years.DECADE, years.decade, (DIGIT, DECADE_END)),
    (years.SHORT_DECADE, years.short_decade, (DIGIT, DECADE_END)),
    (weekdays.WEEKDAY_NAME, weekdays.weekday, (WEEKDAY_WORD,)),
    (weekdays.ORDINAL_WEEKDAY, weekdays.ordinal_weekday, (WEEKDAY_WORD, MONTH_WORD)),
    (periods.SEASON, periods.season, (SEASON_WORD,)),
    (periods.WEEK_OF, periods.week_of, (DIGIT, MONTH_WORD, UNIT_WORD)),
    (periods.QUARTER, periods.quarter, (QUARTER_WORD,)),
    (periods.Q_QUARTER, periods.q_quarter, (DIGIT, Q_NUMBER)),
    (periods.HALF, periods.half, (HALF_WORD,)),
    (periods.UNIT, periods.unit, (UNIT_WORD,)),
    (deictic.DAY_WORD, deictic.day_word, (DAY_WORD,)),
    (deictic.AGO, deictic.ago, (AGO_WORD,)),
    (deictic.YEAR_END, deictic.year_end, (DURATION_WORD,)),
    # Before the quarter and year rules below: of two readings of the same words, the first
    # rule's wins ("the year-ago quarter" named by the reported quarter, "the year ended").
    (report_periods.YEAR_PERIOD, report_periods.year_period, (DIGIT, PERIOD_WORD)),
    (report_periods.OWN_YEAR_PERIOD, report_periods.own_year_period, (PERIOD_WORD, UNIT_WORD)),
    (report_periods.BACK_PERIOD, report_periods.back_period, (PERIOD_WORD,)),
    (report_periods.RELATED_PERIOD, report_periods.related_period, (PERIOD_WORD,)),
    (report_periods.YEAR_ENDED, report_periods.year_ended, (ENDED_WORD, DURATION_WORD)),
    (reporting.THE_QUARTER, reporting.the_quarter, (QUARTER_WORD,)),
    (reporting.YEAR_EARLIER, reporting.year_earlier, (DURATION_WORD,)),
    (reporting.THE_YEAR, reporting.the_year, (DURATION_WORD,)),
    (reporting.FISCAL, reporting.fiscal, (DIGIT, FISCAL_WORD)),
    (reporting.CENTURY, reporting.century, (DIGIT, CENTURY_WORD)),
    (holidays.HOLIDAY_WEEKDAY, holidays.holiday, (WEEKDAY_WORD,)),
    (holidays.HOLIDAY_DAY, holidays.holiday, (HOLIDAY_DAY_WORD,)),
    (holidays.HOLIDAY_NAMED, holidays.holiday, (HOLIDAY_WORD,)),
    (anaphora.ANAPHOR, anaphora.anaphor, (DURATION_WORD,)),
    (anaphora.RELATIVE_WEEKDAY, anaphora.relative_weekday, (WEEKDAY_WORD,)),
    (clock.CLOCK, clock.clock, (DIGIT, AM_PM)),
    (clock.NOON, clock.noon, (NOON_WORD,)),
    (anaphora.SPOKEN_YEAR, anaphora.spoken_year, (SPOKEN_YEAR_WORD,)),
    # Before durations: of two readings of the same words, the first rule's wins, and "recent
    # years" is TimeML's PAST_REF.
    (extents.REFERENCE, extents.reference, (REFERENCE_WORD,)),
    (extents.DURATION, extents.duration, (DURATION_WORD,)),
    (extents.SET_WORD, extents.set_word, (SET_WORD,)),
    (extents.EVERY, extents.every, (EVERY_WORD,)),
)
# A pattern that opens with \b or a lookbehind is tried at every position of the text. Left
# out, these patterns open with words or digits the engine skips ahead to, and each place the
# rest proposes is confirmed with the whole pattern.
PROPOSED: tuple[re.Pattern[str], ...]
PROPOSED = (rules.BARE_MONTH, years.YEAR, weekdays.WEEKDAY_NAME, periods.SEASON, periods.QUARTER)
PROPOSED += (periods.HALF,)
PROPOSED += (periods.UNIT, deictic.DAY_WORD, extents.DURATION)
PROPOSED += (rules.DAY_OTHER_CASE, rules.MONTH_DAY_OTHER_CASE, rules.MONTH_YEAR_OTHER_CASE)
PROPOSED += (reporting.FISCAL, reporting.CENTURY, anaphora.SPOKEN_YEAR, clock.CLOCK, clock.NOON)
PROPOSED += (anaphora.ANAPHOR,)
PROPOSED += (extents.REFERENCE, extents.SET_WORD, extents.EVERY, holidays.HOLIDAY_WEEKDAY)
PROPOSED += (holidays.HOLIDAY_DAY, holidays.HOLIDAY_NAMED)
OPENING_ASSERTIONS = (r"\b", NOT_BEFORE_NUMBER)
# The rest of these opens with an optional weekday or a choice of words, which the engine
# cannot skip ahead to; the characters their matches can begin with propose places instead.
# (The rest are gated on rare shapes, or begin with common letters: "ago" counts "a", "one".)
_WEEKDAY_INITIALS = {name[0] for name in WEEKDAYS}
_MONTH_INITIALS = {name[0] for name in MONTHS}  # abbreviations share them
OPENING_CHARACTERS = {
    rules.DAY_MONTH: _WEEKDAY_INITIALS | set("0123456789"),
    rules.MONTH_DAY: _WEEKDAY_INITIALS | _MONTH_INITIALS,
    rules.MONTH_ORDINAL_DAY: _WEEKDAY_INITIALS | _MONTH_INITIALS,
    rules.MONTH_YEAR: _MONTH_INITIALS,
    rules.MONTH_DET_YEAR: _MONTH_INITIALS,
}


class Around:
    """The matches of `pattern` that hold a match of `anchor` (a rarer word the engine skips
    to: "year" in "for the full year"), found by trying `pattern` only from `reach` characters
    before each anchor: a pattern opening on "the" or "a" would be tried at every one."""

    def __init__(self, pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int) -> None:
        self.pattern, self._anchor, self._reach = pattern, anchor, reach

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        done = 0
        for anchor in self._anchor.finditer(text):
            if anchor.start() < done:
                continue
            # The pattern reads on past its anchor ("year earlier"), never this far.
            lo, hi = max(done, anchor.start() - self._reach), anchor.end() + 64
            match = self.pattern.search(text, lo, hi)
            if (
                match is not None
                and match.start() <= anchor.start()
                and match.end() >= anchor.end()
            ):
                yield match
                done = match.end()


PERIOD_NOUN = re.compile(r"\b(?:quarter|period)\b")
# Patterns found around a word they must hold, and how far before it they can start.
ANCHORED = {
    reporting.YEAR_EARLIER: (re.compile(r"(?:year|Year|YEAR)\b"), 8),
    reporting.THE_YEAR: (re.compile(r"(?:year|Year)\b"), 24),
    reporting.THE_QUARTER: (re.compile(r"(?:quarter|Quarter)\b"), 30),
    report_periods.YEAR_PERIOD: (PERIOD_NOUN, 32),
    report_periods.OWN_YEAR_PERIOD: (PERIOD_NOUN, 32),
    report_periods.RELATED_PERIOD: (PERIOD_NOUN, 48),
    report_periods.BACK_PERIOD: (PERIOD_NOUN, 32),
    report_periods.YEAR_ENDED: (re.compile(r"\b(?:ended|ending|ends)\b"), 32),
    periods.WEEK_OF: (re.compile(r"\bweek of\b"), 4),
    deictic.YEAR_END: (re.compile(r"[Yy]ear\b"), 0),
    anaphora.RELATIVE_WEEKDAY: (re.compile(r"\b(?:previous|preceding|following)\b"), 4),
    weekdays.ORDINAL_WEEKDAY: (
        re.compile(r"\b(?:first|second|third|fourth|fifth|last)\s", re.IGNORECASE),
        0,
    ),
}


def scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | Proposed | Around:
    """What finds `pattern`'s matches fastest: `pattern` itself or its proposed matches."""
    if pattern in ANCHORED:
        anchor, reach = ANCHORED[pattern]
        return Around(pattern, anchor, reach)
    if pattern in OPENING_CHARACTERS:
        opening = "".join(sorted(OPENING_CHARACTERS[pattern]))
        return Proposed(pattern, re.compile(f"[{re.escape(opening)}]"))
    if pattern not in PROPOSED:
        return pattern
    assertion = next(a for a in OPENING_ASSERTIONS if pattern.pattern.startswith(a))
    return Proposed(pattern, re.compile(pattern.pattern[len(assertion) :], pattern.flags))


SCANNED_RULES = tuple((scanner(pattern), build, gate) for pattern, build, gate in RULES)
# Web addresses: a date-shaped piece of a URL (".../2024/05/08/...", "...-May-2024") is a path.
URL = re.compile(r"\b(?:https?://|www\.)\S+")


def find_candidates(text: str, present: set[gates.Gate] | None = None) -> list[Candidate]:
    """Every expression in `text`; where two overlap, the one starting first (then the longer).
    `present`: the gates `text` holds, if known (see `gates_present`)."""
    if present is None:
        present = gates_present([text])[0]
    if not present:  # most paragraphs
        return []
    found: list[Candidate] = []
    for scan, build, gate in SCANNED_RULES:
        if not present.issuperset(gate):
            continue
        for core in scan.finditer(text):
            candidate = build(core, words_before(text, core.start()))
            if isinstance(candidate, tuple):
                found.extend(candidate)
            elif candidate is not None:
                found.append(candidate)
    if not found:  # most paragraphs: no need to look for web addresses
        return found
    found = offsets.next_to_named_days(text, found)
    return _outside(generic.dated(text, _without_overlaps(found)), _web_addresses(text))


def _web_addresses(text: str) -> list[tuple[int, int]]:
    # Every address holds one of these; finding them is far cheaper than running URL.
    if "://" not in text and "www." not in text:
        return []
    return [match.span() for match in URL.finditer(text)]


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    # Of two readings of the same words a firm one wins: "2023-24" after "and" is a range's
    # opening, not the weak bare year "2023" that only a range could have kept.
    kept: list[Candidate] = []
    for candidate in sorted(
        found, key=lambda found: (found.start, found.start - found.end, found.weak)
    ):
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
