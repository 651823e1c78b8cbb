"""Times inside a supposition: a day that would be the case if something happened, not a day
something happened on.

- a supposition: "Suppose the server fails on Monday", "Imagine you wake up tomorrow", "What if
  the market falls next week?", "For example, if an employee joins on July 1": every time after
  it in its sentence that is not a calendar date is the supposed one;
- a condition: "If the vendor changes its API tomorrow, the tests still pass": "today",
  "tomorrow", "tonight" or "yesterday" in an "if" clause whose tense does not place it in the
  past are whichever day the thing happens ("If you missed yesterday's show" keeps its day, as
  does "known if the arrest announced today", an indirect question).
"""

from __future__ import annotations

import re

from store.timex.around import SENTENCE_REACH, sentence_around
from store.timex.candidates import Candidate
from store.timex.tense import tense_direction

# A supposition opens its sentence, after a conjunction or an adverb at most ("But imagine",
# "Now suppose"), so that "I suppose the vote is Tuesday" and "he imagined" stay statements;
# "what if" and an example's "for example, if" suppose wherever they stand.
_OPENER = r"(?:(?:[Ss]o|[Nn]ow|[Jj]ust|[Bb]ut|[Aa]nd|[Oo]r|[Tt]hen)[, ]{1,3})?"
SUPPOSITION = re.compile(
    rf"(?:\A|[.!?:;—–]|\n)[\W_]{{0,4}}{_OPENER}"
    r"(?:(?:[Ss]uppose|[Ss]upposing|[Ii]magine|[Ll]et['’]s[ \t]{1,3}say)\b|[Ss]ay,)"
    r"|\b[Ww]hat[ \t]{1,3}if\b"
    r"|\b[Ff]or[ \t]{1,3}(?:example|instance),?[ \t]{1,3}if\b"
)
# An "if" clause still open before the day word: no clause's punctuation since the "if". Verbs
# of asking and knowing before it make the "if" a "whether" ("asked if", "not known if").
CONDITION_BEFORE = re.compile(
    r"(?:\b(?P<verb>[A-Za-z]+)[ \t]{1,3})?\b(?:[Ii]f|[Ee]ven[ \t]{1,3}if)\b[^,;:\n()—–]*\Z"
)
_WHETHER_VERBS = """
ask asks asked asking know knows known knew see sees saw seeing wonder wonders wondered decide
decides decided unclear clear sure certain check checks checked determine determined learn
learned tell tells told
"""
WHETHER_VERBS = frozenset(_WHETHER_VERBS.split())
DAY_WORD = re.compile(r"\b(?:today|tomorrow|tonight|yesterday)\b", re.IGNORECASE)
# The words a supposition holds, looked for before its sentence is: most date words have none.
SUPPOSITION_WORD = re.compile(
    r"[Ss]uppos|[Ii]magine|[Ss]ay\b|[Ww]hat[ \t]{1,3}if|[Ff]or[ \t]{1,3}(?:example|instance)"
)


def supposed(text: str, candidate: Candidate, phrase: str) -> bool:
    """Whether `candidate` is a time in a supposition or an "if" clause (see above)."""
    day_word = DAY_WORD.search(phrase) is not None
    reach = max(0, candidate.start - SENTENCE_REACH)
    if not day_word and SUPPOSITION_WORD.search(text, reach, candidate.start) is None:
        return False
    start, _end = sentence_around(text, candidate.start)
    # The supposition's own sentence: `sentence_around` stops at a new line, so look from there.
    if SUPPOSITION.search(text, max(0, start - 1) if start else 0, candidate.start):
        return True
    if not day_word:
        return False
    condition = CONDITION_BEFORE.search(text, start, candidate.start)
    if condition is None or (condition["verb"] or "").lower() in WHETHER_VERBS:
        return False
    return tense_direction(text, candidate.start, candidate.end) >= 0
