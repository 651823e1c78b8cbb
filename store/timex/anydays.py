""" "Yesterday", "today", "tonight" and "tomorrow" said of anyone's day, and a time of year said
of anyone's year, in a statement of what happens in general, not of the page's day.

- a clause of "whenever" ("Whenever you feel stuck today, take a walk", "every time it rains
  tomorrow"): any day on which the thing happens;
- a kind of thing in advice to the reader: the day word in a clause on "things", "stuff",
  "anything", "whatever" or "nothing" in a sentence addressing the reader ("You're not thinking
  about things that happened yesterday", "Don't let anything you ate yesterday worry you"):
  anyone's yesterday. Without the reader ("Police are investigating things that happened
  yesterday") or with a definite thing ("You can read what happened yesterday") the day stays;
- a month or season without a year in what the reader may come to see ("In May, you may see
  dogwood in bloom", "You can spot whales here in late summer", "In October you'll see the
  leaves turn"): a possibility of every year, said to whoever reads it. A past in the sentence
  ("In May, you may have seen the report") or a change that starts then ("Starting in May, you
  can renew online") keeps the date, as does a plain future ("In May, you will get a refund").
"""

from __future__ import annotations

import re

from store.timex.around import SECOND_PERSON, sentence_around
from store.timex.candidates import Candidate
from store.timex.past import has_finite_past
from store.timex.tense import scheduled_present

DAY_WORD = re.compile(r"\b(?:today|tomorrow|tonight|yesterday)\b", re.IGNORECASE)
# A "whenever" clause still open before the day word: no clause's punctuation since.
WHENEVER_BEFORE = re.compile(
    r"\b(?:[Ww]henever|(?:[Ee]very|[Ee]ach|[Aa]ny)[ \t]{1,3}time)\b[^,;:.!?\n()—–]*\Z"
)
# A kind of thing, not a definite one, heading the clause that holds the day word.
KIND_BEFORE = re.compile(
    r"\b(?:things|stuff|anything|whatever|nothing)\b[^,;:.!?\n()—–]{0,48}\Z", re.IGNORECASE
)
REACH = 80


def anyones_day(text: str, start: int, phrase: str) -> bool:
    """Whether the day word `phrase` at `start` of `text` is anyone's day (see above)."""
    if DAY_WORD.fullmatch(phrase.strip()) is None:
        return False
    if WHENEVER_BEFORE.search(text, max(0, start - REACH), start) is not None:
        return True
    if KIND_BEFORE.search(text, max(0, start - REACH), start) is None:
        return False
    sentence_start, sentence_end = sentence_around(text, start)
    return SECOND_PERSON.search(text, sentence_start, sentence_end) is not None


# The reader as the one who may come to see something ("you may see", "you can spot", "you'll
# notice", "you might hear"): what anyone can meet at that time of year. Other verbs ("you can
# file your returns in January", "you may be focused on January") tell of a dated occasion.
READER_MAY = re.compile(
    r"\b(?:you|You)(?:[ \t]{1,3}(?:may|might|can|could|will)|['’]ll)"
    r"(?:[ \t]{1,3}(?:often|usually|sometimes|also|even|still))?"
    r"[ \t]{1,3}(?:see|find|notice|spot|hear|catch|watch|admire)\b"
)
# A change that begins at the time, not a time of every year: "Starting in May, you can".
BEGINNING_BEFORE = re.compile(
    r"\b(?:[Ss]tarting|[Bb]eginning|[Ff]rom|[Aa]s[ \t]{1,3}of|[Ss]ince|[Uu]ntil|[Bb]y|[Aa]fter)"
    r"[ \t]{1,3}(?:in[ \t]{1,3})?(?:(?:early|mid|late)[ \t-]{1,3})?\Z"
)


def readers_season(text: str, candidate: Candidate, phrase: str) -> bool:
    """Whether `candidate` is a month or season without a year in what the reader may see
    (see above)."""
    if candidate.kind != "underspecified" or candidate.granularity not in ("month", "season"):
        return False
    if any(char.isdigit() for char in phrase):
        return False
    start, end = sentence_around(text, candidate.start)
    if READER_MAY.search(text, start, end) is None or has_finite_past(text, start, end):
        return False
    if scheduled_present(text, candidate.start):
        return False  # "The park reopens in May, so you can visit": that May's opening
    return BEGINNING_BEFORE.search(text, max(0, candidate.start - 24), candidate.start) is None
