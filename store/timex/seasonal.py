"""When a season without a year is a dated event and when it is any year's.

A bare season ("in spring", "the summer", "late winter") is placed like a bare month, by the
tense and the document date: "the school reopened in spring" is the last spring, "the museum
will reopen in the spring" the next. Without that, it is generic:
- in the present, or no past in its sentence ("tomatoes grow strongest in summer", a heading "Late
  Summer Bloomers"): what happens every year;
- advice to the reader or an imperative ("if you'll be away for the summer", "Plant in
  spring"): whenever the reader acts;
- listed with other seasons and not in the past ("sow in spring or fall"): a choice of times;
- a title ("Griffin in Summer"): a capitalised season after a capitalised word and "in";
- glossed by its months ("Late Summer (July–Sept)"): a part of any year.
"""

from __future__ import annotations

import re

from store.timex import names
from store.timex.addressed import imperative_sentence
from store.timex.around import (
    SECOND_PERSON,
    SENTENCE_REACH,
    WEEKDAY_PHRASE,
    named_day,
    sentence_around,
)
from store.timex.candidates import Candidate
from store.timex.lexicon import MONTH, MONTH_OR_ABBREVIATION, SEASONS, WEEKDAY
from store.timex.past import has_finite_past
from store.timex.tense import SENTENCE_BREAK, tense_direction

# A season followed by the months it spans, in brackets: "Late Summer (July–Sept)".
MONTHS_GLOSS_AFTER = re.compile(rf"[ \t]{{0,3}}\((?:{MONTH_OR_ABBREVIATION})", re.IGNORECASE)
SEASON_GLOSS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(SEASONS)})[ \t]{{0,3}}\([ \t]{{0,3}}\Z", re.IGNORECASE
)
# Another season joined to this one: "spring or fall", "late winter, early spring".
_SEASON = rf"(?:(?:early|mid|late)[ \t-]{{1,3}})?(?:{'|'.join(SEASONS)})"
_JOINT = r"(?:[ \t]{0,3}[,/][ \t]{0,3}(?:(?:and|or)[ \t]{1,3})?"
_JOINT += r"|[ \t]{1,3}(?:and|or|to|through)[ \t]{1,3})"
SEASON_LISTED_AFTER = re.compile(rf"{_JOINT}(?:the[ \t]{{1,3}})?{_SEASON}\b", re.IGNORECASE)
SEASON_LISTED_BEFORE = re.compile(rf"\b{_SEASON}{_JOINT}\Z", re.IGNORECASE)
# A capitalised word and "in" before the season: "Griffin in Summer".
TITLE_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’]*)[ \t]{1,3}(?:in|of)[ \t]{1,3}\Z")
# A capitalised word after the season, its possessive between or not: "Winter's Daughter",
# "Summer Nights"; a month or weekday after it ("Summer July 4") is no title's.
CAPITALISED_AFTER = re.compile(
    rf"(?:['’]s)?[ \t]{{1,3}}(?!(?:{MONTH}|{WEEKDAY})\b)(?:I[a-z]|[A-HJ-Z])[a-z]"
)


def undated_season(text: str, candidate: Candidate, phrase: str) -> bool:
    """A season with no year and no "this/last/next" that nothing places in one year."""
    if candidate.kind != "underspecified" or candidate.granularity != "season":
        return False
    if any(char.isdigit() for char in phrase):
        return False
    if _season_title(text, candidate, phrase):
        return True
    direction = tense_direction(text, candidate.start, candidate.end)
    if direction < 0:
        return False
    start, end = sentence_around(text, candidate.start)
    if direction == 0:
        # A past verb beyond the clause's reach still tells of a past ("made it hard to meet
        # demand well into the summer"), on an earlier line of the sentence too.
        return not has_finite_past(text, *_sentence_across_lines(text, candidate.start))
    return (
        SECOND_PERSON.search(text, start, end) is not None
        or imperative_sentence(text, start, end)
        or _listed(text, candidate)
    )


def _sentence_across_lines(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at` ended only by its stops: wire copy breaks lines mid-sentence."""
    start = max(0, at - SENTENCE_REACH)
    for stop in SENTENCE_BREAK.finditer(text, start, at):
        start = stop.end()
    after = SENTENCE_BREAK.search(text, at, min(len(text), at + SENTENCE_REACH))
    return start, after.start() if after is not None else min(len(text), at + SENTENCE_REACH)


def _listed(text: str, candidate: Candidate) -> bool:
    if SEASON_LISTED_AFTER.match(text, candidate.end) is not None:
        return True
    reach = max(0, candidate.start - 24)
    return SEASON_LISTED_BEFORE.search(text, reach, candidate.start) is not None


def _season_title(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "Griffin in Summer", "delving into Winter's Daughter": a capitalised season, away from
    a sentence's start, after a capitalised word and "in", or before a capitalised word (its
    possessive between or not); "In Summer we sailed" and "Later in summer" are times."""
    if not phrase[:1].isupper() or names.at_sentence_start(text, candidate.start):
        return False
    if CAPITALISED_AFTER.match(text, candidate.end) is not None:
        return True
    before = TITLE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    return before is not None and not names.at_sentence_start(text, before.start())


def season_gloss(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "Late Summer (July–Sept)": a season glossed by its months, and the months glossing it,
    name a part of any year (a planting guide's), not a dated one."""
    if candidate.kind not in ("underspecified", "deictic") or any(c.isdigit() for c in phrase):
        return False
    if named_day(phrase) and not WEEKDAY_PHRASE.match(phrase):
        glossed = MONTHS_GLOSS_AFTER.match(text, candidate.end) is not None
    else:
        before = text[max(0, candidate.start - 20) : candidate.start]
        glossed = candidate.granularity == "month" and bool(SEASON_GLOSS_BEFORE.search(before))
    return glossed and tense_direction(text, candidate.start, candidate.end) == 0
