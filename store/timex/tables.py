"""A table row flattened into a paragraph ("_clck | 1 year | Microsoft Clarity sets this cookie"):
where its sentences are, and which of its dates are worth a timeline event.

A row's cells are no sentence of one another: a cookie's "1 year", a column heading "Entering
Fall 2022 Acceptance Rate" or a price list's "8 hours" name no time anything happened. A cell
that reads as text ("Boosted organic traffic by 40% within six months", "By 2025, 45% of firms
will face attacks") is a sentence of its own, and its dates are kept with it as their sentence.
"""

from __future__ import annotations

import re

from store.timex.candidates import Candidate

CELL_MARK = re.compile(r"\|")
# Fewer cells are a title and its site ("Best laptops of 2024 | TechSite"), not a table.
MIN_CELLS = 3
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A cell reads as text when it has a sentence's length and its words are mostly lower case
# (a clause's, not a heading's "Previous US News Ranking" or a name's).
MIN_WORDS = 5
LOWER_SHARE = 0.5


def cells(text: str) -> list[tuple[int, int]] | None:
    """The bounds of each cell of `text` if it is a table row (or rows), else None."""
    bounds, start = [], 0
    for mark in CELL_MARK.finditer(text):
        bounds.append((start, mark.start()))
        start = mark.end()
    bounds.append((start, len(text)))
    filled = [(first, last) for first, last in bounds if text[first:last].strip()]
    return filled if len(filled) >= MIN_CELLS else None


def cell_at(row: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The cell of `row` holding the offset `at`."""
    for first, last in row:
        if first <= at < last:
            return first, last
    return row[-1]


def reads_as_text(text: str) -> bool:
    """Whether a cell's `text` reads as a sentence rather than a label, a figure or a name."""
    words = WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    lower = sum(1 for word in words if word[0].islower())
    return lower >= LOWER_SHARE * len(words)


def in_prose(candidates: list[Candidate], text: str, row: list[tuple[int, int]]) -> list[Candidate]:
    """The `candidates` of the table row `text` that stand in a cell reading as text, or that
    name a day of the calendar in full ("By Jane Doe | March 3, 2024 | 4 min read", a table of
    events "12 May 2021 | Company founded"): a day something happened, whatever its cell."""
    kept = []
    for candidate in candidates:
        first, last = cell_at(row, candidate.start)
        if reads_as_text(text[first:last]) or full_date(candidate):
            kept.append(candidate)
    return kept


def full_date(candidate: Candidate) -> bool:
    """A calendar day with its year: "March 3, 2024", "2024-03-03"."""
    return candidate.kind == "absolute" and candidate.granularity == "day"


def prose_cell(text: str, row: list[tuple[int, int]], candidate: Candidate) -> str | None:
    """The cell of `candidate` as its sentence if that cell reads as text; None for a full date
    in a label cell, which the cells around it tell of."""
    first, last = cell_at(row, candidate.start)
    return text[first:last].strip() if reads_as_text(text[first:last]) else None
