"""All date expressions of one paragraph's text, as non-overlapping candidates in text order."""

from __future__ import annotations

import bisect
import re

from store.timex import periods, rules
from store.timex.candidates import Candidate
from store.timex.lead import words_before

RULES: tuple[tuple[re.Pattern[str], rules.Build], ...] = (
    (rules.ISO_DATE, rules.iso_date),
    (rules.DAY_MONTH, rules.day_month),
    (rules.MONTH_DAY, rules.month_day),
    (rules.MONTH_YEAR, rules.month_year),
    (rules.BARE_MONTH, rules.bare_month),
    (rules.YEAR, rules.bare_year),
    (rules.YEAR_RANGE, rules.year_range),
    (rules.DECADE, rules.decade),
    (rules.WEEKDAY_NAME, rules.weekday),
    (periods.SEASON, periods.season),
    (periods.QUARTER, periods.quarter),
    (periods.Q_QUARTER, periods.q_quarter),
    (periods.UNIT, periods.unit),
    (periods.DAY_WORD, periods.day_word),
    (periods.AGO, periods.ago),
)
# Web addresses: a date-shaped piece of a URL (".../2024/05/08/...", "...-May-2024") is a path.
URL = re.compile(r"\b(?:https?://|www\.)\S+")


def find_candidates(text: str) -> list[Candidate]:
    """Every expression in `text`; where two overlap, the one starting first (then the longer)."""
    found = []
    for pattern, build in RULES:
        for core in pattern.finditer(text):
            candidate = build(core, words_before(text, core.start()))
            if candidate is not None:
                found.append(candidate)
    return _outside(_without_overlaps(found), [match.span() for match in URL.finditer(text)])


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
