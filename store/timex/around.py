"""What the generic readings (`store.timex.generic` and its helpers) read around a candidate:
its sentence, the word before it, and whether it names a weekday or a season."""

from __future__ import annotations

import re

from store.timex.lexicon import SEASONS, WEEKDAY, cased

SENTENCE_REACH = 400
# A sentence's end; not the stop of "a.m." or of an initial ("J. Smith").
SENTENCE_STOP = re.compile(r"(?<![ap]\.m)(?<![ap]\.m\.)(?<!\b[A-Z])[.!?](?=\s|\Z)|\n")
# A sentence addressing the reader: advice, in which the future is anyone's.
SECOND_PERSON = re.compile(r"\b(?:you|your|you['’](?:ll|re|ve|d))\b", re.IGNORECASE)
WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[ \t]{1,3}\Z")
WEEKDAY_PHRASE = re.compile(rf"(?:{WEEKDAY})\Z")
PART_WORD = re.compile(r"\A(?:[Ee]arly|[Mm]id|[Ll]ate)[ \t-]{1,3}")
SEASON_PHRASE = re.compile(rf"(?:{cased(SEASONS)})\Z")


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at`, cut `SENTENCE_REACH` characters either side: a page's table
    flattened into one line has no full stop, and each candidate must cost the same."""
    start = max(0, at - SENTENCE_REACH)
    for stop in SENTENCE_STOP.finditer(text, start, at):
        start = stop.end()
    reach = min(len(text), at + SENTENCE_REACH)
    after = SENTENCE_STOP.search(text, at, reach)
    return start, after.start() if after is not None else reach


def word_before(text: str, start: int) -> str:
    """The word just before `start`, lower case ("" when none)."""
    found = WORD_BEFORE.search(text, max(0, start - 16), start)
    return found["word"].lower() if found is not None else ""


def named_day(phrase: str) -> bool:
    """A weekday or a season, or part of one ("early spring")."""
    bare = PART_WORD.sub("", phrase)
    return bool(WEEKDAY_PHRASE.match(bare) or SEASON_PHRASE.match(bare.lower()))
