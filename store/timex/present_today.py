""" "today" meaning nowadays in a page's general statements, TIMEX3's PRESENT_REF rather than
the day the page was published.

A dated "today" tells of an event on the day: something done or said ("announced today", "Bush
today denounced"), or to come ("will vote today"). A page's "today" that only describes the age
is none of those:
- a state said of a kind of thing: a present "is"/"are"/"has become"/"is becoming" and a noun
  phrase, with "today" closing the clause ("App development has become a necessity today",
  "Payment apps are a trend today", "it's becoming a driver of consumer choice today"); "we are
  willing to talk today" (no noun phrase) and "This is a sad day today" (the day itself as its
  subject, unless it is becoming something) keep the day;
- "Today, it's a dynamic field" / "Today, there's no domain untouched": the age described;
- advice that the reader may act on whenever they read it: "strategies you can implement
  today", "steps you should take today" (a modal of the reader's and a bare verb);
- every one of a kind as it is now: "required in all modern homes today".
"""

from __future__ import annotations

import re

from store.timex.around import sentence_around
from store.timex.past import has_finite_past
from store.timex.tense import future_time_before

SPACE = r"[ \t]{1,3}"
# The state: a present verb of being or becoming, a determiner opening a noun phrase, then up to
# a dozen words of it without a clause's punctuation, and "today".
STATE_BEFORE = re.compile(
    rf"\b(?P<subject>[A-Za-z]+)(?:{SPACE}(?:is|are|remains?|(?:has|have){SPACE}become)|['’](?:s|re))"
    rf"(?:{SPACE}becoming)?(?:{SPACE}(?:now|still|increasingly|already|also|truly|really))?"
    rf"{SPACE}(?:a|an|the|one|more|less|among|part|key|central|essential|vital|crucial)"
    rf"(?:{SPACE}[\w'’-]+){{0,12}}?{SPACE}\Z"
)
# Subjects that are the day or the occasion itself ("This is the day today", "It is a holiday
# today"), not a kind of thing described.
DAY_SUBJECTS = frozenset({"it", "this", "that", "today", "tonight", "which", "who"})
CLAUSE_END_AFTER = re.compile(r"[ \t]{0,3}(?:[.!?,;:)—–]|\Z)|[ \t]{1,3}(?:that|which|and|as)\b")
# "Today, it's a ...", "Today, there are ...": a contracted or existential present after a
# sentence-opening "Today,". A participle after it ("it's raining") is the day's.
TODAY_COMMA_AGE = re.compile(
    rf"[ \t]{{0,3}},{SPACE}(?:it['’]s|there['’]s|there{SPACE}(?:is|are)|that['’]s)"
    rf"{SPACE}(?![a-z]+ing\b)(?:a|an|the|no|not|more|less|[a-z]+er|[a-z]+)\b"
)
READER_MODAL_BEFORE = re.compile(
    rf"\b(?:you|You){SPACE}(?:can|could|should|must|may|might)"
    rf"(?:{SPACE}(?:easily|also|still|even|start|begin))?{SPACE}[a-z]{{3,}}(?:{SPACE}it)?{SPACE}\Z"
)
# "in all modern homes today", "across most cities today": a kind of thing, every one of it,
# as it is nowadays; the preposition keeps the quantified words from being a sentence's subject
# ("All schools close today" is the day's).
QUANTIFIED_KIND_BEFORE = re.compile(
    rf"\b(?:in|on|at|for|among|across|of|throughout){SPACE}"
    rf"(?:all|most|many|every|nearly{SPACE}all|almost{SPACE}all)"
    rf"(?:{SPACE}[a-z]+){{0,2}}{SPACE}[a-z]+s{SPACE}\Z"
)
REACH = 160


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether the "today" at `start:end` of `text` speaks of the age (see above)."""
    sentence_start, sentence_end = sentence_around(text, start)
    if has_finite_past(text, sentence_start, sentence_end):
        return False  # something done on the day
    before = max(sentence_start, start - REACH)
    if READER_MODAL_BEFORE.search(text, before, start) is not None:
        return True  # the reader's modal, which no future tense of the page's outweighs
    if future_time_before(text, start):
        return False  # something to come on the day ("may", "must" say what holds now)
    if TODAY_COMMA_AGE.match(text, end) is not None and not text[sentence_start:start].strip():
        return True
    if QUANTIFIED_KIND_BEFORE.search(text, before, start) is not None:
        return CLAUSE_END_AFTER.match(text, end) is not None
    state = STATE_BEFORE.search(text, before, start)
    if state is None:
        return False
    # "It is a holiday today" is the day's; "it's becoming a driver of choice today" a change
    # of the age, whatever its subject.
    if state["subject"].lower() in DAY_SUBJECTS and "becom" not in state.group():
        return False
    return CLAUSE_END_AFTER.match(text, end) is not None
