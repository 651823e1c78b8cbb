""" "this year", "the year", "the end of the year", "year-end" said of any year, in a habit or in
advice and examples, not of the year the page was written.

- a habit in the present: "Every January, companies promise themselves that this year will be
  different", "Teams usually review budgets at year-end": whichever year comes round; a past
  ("Every year sales rise, and this year they rose 5%") keeps the year;
- advice to the reader: "if you earned wages this year", "These credits may reduce your taxes
  this year": the reader's year, whenever they read it; a reported "said" keeps the year;
- a case put, "would" or "can" and a condition: "planners can scale up throughout the year as
  needed", "an employee would lose any days left by year-end if ...": "the year" and its end
  without "this", not a year told of ("The deal should close by year-end" is a forecast).
"""

from __future__ import annotations

import re

from store.timex.around import sentence_around
from store.timex.candidates import Candidate
from store.timex.lexicon import MONTH
from store.timex.past import has_finite_past

# The document's year named without a number: "this year", "the year", "the end of the year",
# "year-end", "the calendar year". "last year", "next year", "the past year" point elsewhere.
YEAR_PHRASE = re.compile(
    r"(?:this|the|the\s{1,3}(?:calendar|end\s{1,3}of\s{1,3}the|start\s{1,3}of\s{1,3}the"
    r"|beginning\s{1,3}of\s{1,3}the)|)\s{0,3}(?:calendar\s{1,3})?year(?:[-‐ ]end)?",
    re.IGNORECASE,
)
# A habit of the year's round: "every January", "each year", "annually", "usually" ("each
# day" is a daily habit, which says nothing of a year named beside it: "Now through the end of
# the year is prime time, with viewers streaming 3 hours each day").
HABIT = re.compile(
    r"\b(?:always|usually|typically|generally|normally|routinely|annually|yearly"
    r"|traditionally|(?:every|each)\s{1,3}(?:other\s{1,3})?"
    rf"(?:year|spring|summer|autumn|fall|winter|season|{MONTH}))\b",
    re.IGNORECASE,
)
# A modal of the reader's or of a case put ("you can", "may reduce", "would lose"); one with
# "have" after it is a past ("might have delivered big hits this year").
POSSIBILITY = re.compile(r"\b(?:can|may|might|could|would|should|must)\b(?![ \t]{1,3}have\b)")
READER = re.compile(r"\b(?:you|your|you['’](?:ll|re|ve|d))\b", re.IGNORECASE)
IF_READER = re.compile(r"\b(?:if|when|once)\s{1,3}you\b", re.IGNORECASE)
# Where the clause holding the year opens: a mark, or a word opening a clause of its own.
CLAUSE_OPENING = re.compile(r"[,;:—–()]|\b(?:but|which|who|while|whereas|so)\b")
TELLING = re.compile(r"\b(?:said|says|say|told|tells|according)\b")
CONDITION = re.compile(r"\b(?:if|unless|whenever|as[ \t]{1,3}needed)\b", re.IGNORECASE)
CASE_MODAL = re.compile(r"\b(?:would|can)\b(?![ \t]{1,3}have\b)")
THIS = re.compile(r"this\b", re.IGNORECASE)


def any_year(text: str, candidate: Candidate, phrase: str) -> bool:
    """Whether `candidate`, the document's year named without a number, is any year's (see
    above)."""
    if candidate.granularity != "year" or candidate.kind != "deictic":
        return False
    if YEAR_PHRASE.fullmatch(phrase.strip()) is None:
        return False
    start, end = sentence_around(text, candidate.start)
    if TELLING.search(text, start, end) is not None:
        return False  # a report of what someone said of the year
    if HABIT.search(text, start, end) is not None and not has_finite_past(text, start, end):
        return True  # a future in it is the habit's own ("promise that this year will be")
    # The reader, and a modal or an "if you", in the clause that holds the year: "if you earned
    # wages this year", "These credits may reduce your taxes this year" ("Searches will grow this
    # year, but you can prepare" tells of the page's year before it turns to the reader).
    clause = _clause_start(text, start, candidate.start)
    if READER.search(text, clause, candidate.start) is not None and (
        POSSIBILITY.search(text, clause, candidate.start) is not None
        or IF_READER.search(text, clause, candidate.start) is not None
    ):
        return True
    # A case put with no reader in it: only "the year" and its end, never "this year" (news
    # says "the firm could cut jobs this year" of its own year), with "would" or "can" and a
    # condition ("would lose them if they did not use them", "can scale as needed"); "The deal
    # should close by year-end" is the page's forecast.
    condition = CONDITION.search(text, start, end)
    if THIS.match(phrase) is not None or condition is None:
        return False
    if CASE_MODAL.search(text, clause, end) is None:
        return False
    # A past in the case's "if" clause is its mood, not a time ("would lose them if they did
    # not use them by year-end"); before it, a past tells of a year gone by.
    told_until = min(condition.start(), candidate.start)
    return not has_finite_past(text, start, told_until)


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding `at` opens, in the sentence opening at `start`."""
    opening = start
    for found in CLAUSE_OPENING.finditer(text, start, at):
        opening = found.end()
    return opening
