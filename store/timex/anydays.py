""" "Yesterday", "today", "tonight" and "tomorrow" said of anyone's day, in a statement of what
happens in general, not of the page's day.

- a clause of "whenever" ("Whenever you feel stuck today, take a walk", "every time it rains
  tomorrow"): any day on which the thing happens;
- a kind of thing in advice to the reader: the day word in a clause on "things", "stuff",
  "anything", "whatever" or "nothing" in a sentence addressing the reader ("You're not thinking
  about things that happened yesterday", "Don't let anything you ate yesterday worry you"):
  anyone's yesterday. Without the reader ("Police are investigating things that happened
  yesterday") or with a definite thing ("You can read what happened yesterday") the day stays.
"""

from __future__ import annotations

import re

from store.timex.around import SECOND_PERSON, sentence_around

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
