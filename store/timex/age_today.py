""" "today" describing the age in shapes `present_today` leaves to the day: TimeML's PRESENT_REF
(the TimeML annotation guidelines give "today" the document's day only when it names that day;
"nowadays" is its sense here).

- A sentence opened by "Today" whose clause is a general statement in the present: "Today,
  online courses make learning accessible", "Yet today, only 35% of managers say they feel
  ready", "Today tutoring programs are widely available". The day's own news keeps the day: a
  past or future in the sentence ("Today, the firm announced", "Today we will build"), the
  writer or the day as subject ("Today, we're releasing", "Today, it is time to vote"), a verb
  of telling, announcing or a scheduled event ("Today the company unveils", "Today the Senate
  votes", "Today he turns 30"), a figure's move ("the index is 45 points higher"), an action
  under way ("Today, the index is trading lower"), or "Today" as the subject ("Today is
  Monday").
- "of today" closing a noun phrase: "the images of today", "the world of today" ("as of
  today" is the day's); so "of tomorrow" and "of yesterday" are the future and the past
  ("the cities of tomorrow"), FUTURE_REF and PAST_REF.
- "today" after a comparison with all time or a question of where things stand: "never as
  popular as it is today", "where the industry is today";
- "today" after a state of things that exist: "the apps available today", "channels in use
  today", "the options on the market today";
- "today" between a subject and a modal or a negated present: "A website today must load
  fast", "Most training today isn't about weights".
"""

from __future__ import annotations

import re

from store.timex.around import sentence_around
from store.timex.names import at_sentence_start
from store.timex.past import has_finite_past
from store.timex.tense import FUTURE_TIME, SCHEDULED_VERB

SPACE = r"[ \t]{1,3}"
# Words that may stand before a sentence-opening "today": "And today, ...", "Even today ...".
OPENERS = re.compile(r"\b(?:And|But|Yet|Even|Still|So)[ \t]{1,3}\Z")
# The writer or the people present: the day's doings ("Today, we're releasing", "Today I'm
# helping four readers"), never a statement about the age.
FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|let['’]s|Let['’]s|I['’]\w+|we['’]\w+)\b")
# Verbs of the day's news: telling, announcing, a change that happens on the day ("Today he
# turns 30"); a scheduled event's verbs are `SCHEDULED_VERB`.
DAY_EVENT = re.compile(
    r"\b(?:says|said|tells|told|announces|unveils|releases|introduces|reports|confirms"
    r"|celebrates|marks|turns|reaches|hits)\b"
)
# A figure's move on the day: "the index is 45 points higher", "shares are 3% down".
DAY_FIGURE = re.compile(r"[0-9][ \t]{0,3}(?:%|(?:points?|percent|per cent|cents)\b)")
# "Today, it is time to vote": the day itself as the subject ("Today, that company has grown"
# is a company's).
DAY_SUBJECT = re.compile(
    r",?[ \t]{1,3}(?:it|this|that)(?:['’]s\b|[ \t]{1,3}(?:is|was|will|has|marks|means)\b)",
    re.IGNORECASE,
)
# An action under way: "is trading", "are meeting".
UNDER_WAY = re.compile(r"\b(?:is|are|am|['’]re|['’]s)[ \t]{1,3}[a-z]+ing\b")
# After a bare "Today" (no comma), a verb makes "today" the subject: "Today is Monday",
# "Today marks ten years", "Today's the day".
SUBJECT_TODAY = re.compile(
    rf"(?:['’]s\b|{SPACE}(?:is|was|will|would|has|had|may|might|can|could|should|must|marks"
    r"|seems|feels|looks|means|becomes|became|isn['’]t|wasn['’]t)\b)"
)
# "the images of today", "the cities of tomorrow"; "as of today" is a day's count, and "the
# end of today", "the morning of today" parts of the day.
NOT_OF_THE_AGE = r"(?:as|end|rest|start|close|course|morning|afternoon|evening|night)\b"
OF_TODAY = re.compile(rf"\b(?!{NOT_OF_THE_AGE})[a-z]+{SPACE}of{SPACE}\Z")
AFTER_OF_TODAY = re.compile(r"[ \t]{0,3}(?:[.,;:!?)—–]|\Z)")
# "where the industry is today", "how things stand today", and a comparison with all time
# before: "never been as popular as it is today" ("not as hot as it is today" is the day's
# weather, "What day is today?" the day itself).
STANDING = re.compile(
    rf"\b(?:(?:[Nn]ever|[Ee]ver|[Aa]lways){SPACE}(?:\w+{SPACE}){{0,3}}as|[Ww]here|[Hh]ow)"
    rf"(?:{SPACE}[\w'’-]+){{1,6}}?{SPACE}(?:is|are|stands?){SPACE}\Z"
)

# What exists nowadays: "the apps available today", "channels in use today", "the options on
# the market today", "artists operating today". After "is"/"are", "available" and "on the
# market" may be a launch on the day ("The update is available today"), so only the states
# that no launch is said with count there.
STATE_BEFORE = re.compile(
    rf"(?P<copula>\b(?:is|are|be|['’]s|['’]re){SPACE})?"
    rf"(?P<state>available|on{SPACE}the{SPACE}market|in{SPACE}the{SPACE}market|in{SPACE}use"
    rf"|in{SPACE}existence|in{SPACE}operation|operating){SPACE}\Z"
)
ALWAYS_STATES = ("in", "operating")
AFTER_STATE = re.compile(r"[ \t]{0,3}(?:[.,;:!?)—–]|\Z)|[ \t]{1,3}(?:that|which|who|than|and)\b")

# "A website today must be fast", "Students today can face pressure", "Most training today
# isn't about weights": a subject, "today", then a modal or a negated present, which say what holds
# nowadays; news of the day tells what happened or happens ("officials today said").
SUBJECT_BEFORE = re.compile(r"\b[a-z]{3,}[ \t]{1,3}\Z")
GENERAL_PRESENT_AFTER = re.compile(
    rf"{SPACE}(?:must|can|may|might|should|(?:is|are|does|do)n['’]t|(?:is|are){SPACE}no)\b"
)


def of_the_age_to_come_or_past(text: str, start: int, end: int) -> bool:
    """Whether the "tomorrow" or "yesterday" at `start:end` closes "of tomorrow" ("the
    cities of tomorrow", "the heroes of yesterday"): the future or the past at large, TimeML's
    FUTURE_REF and PAST_REF, not the day after or before the document's."""
    if OF_TODAY.search(text, max(0, start - 48), start) is None:
        return False
    return AFTER_OF_TODAY.match(text, end) is not None


def of_the_age(text: str, start: int, end: int) -> bool:
    """Whether the "today" at `start:end` of `text` speaks of the age (see above)."""
    before = max(0, start - 48)
    if OF_TODAY.search(text, before, start) is not None:
        return AFTER_OF_TODAY.match(text, end) is not None
    if STANDING.search(text, before, start) is not None:
        return AFTER_OF_TODAY.match(text, end) is not None
    if _subject_holds_nowadays(text, start, end):
        return True
    state = STATE_BEFORE.search(text, before, start)
    if state is not None and AFTER_STATE.match(text, end) is not None:
        return _state_of_things(text, start, state)
    return _opening_statement(text, start, end)


def _opening_statement(text: str, start: int, end: int) -> bool:
    opener = OPENERS.search(text, max(0, start - 8), start)
    if opener is None and not text[start].isupper():
        return False  # a quoted word: change “today” to “yesterday”
    if not at_sentence_start(text, opener.start() if opener else start):
        return False
    if not text.startswith(",", end) and SUBJECT_TODAY.match(text, end) is not None:
        return False  # "Today is Monday": the day itself
    sentence_start, sentence_end = sentence_around(text, start)
    if len(text[end:sentence_end].split()) < 3:
        return False  # "But today?", "Not today.": no statement to read
    if has_finite_past(text, sentence_start, sentence_end):
        return False
    if days_own(text, end, sentence_end):
        return False
    for pattern in (FUTURE_TIME, FIRST_PERSON, DAY_EVENT, UNDER_WAY, SCHEDULED_VERB):
        if pattern.search(text, end, sentence_end) is not None:
            return False
    return True


def days_own(text: str, end: int, sentence_end: int) -> bool:
    """Whether the clause after an opening "Today" at `end` is about the day itself ("Today,
    this is the final episode") or a figure's move on it ("Today, shares are 3% down")."""
    if DAY_SUBJECT.match(text, end) is not None:
        return True
    return DAY_FIGURE.search(text, end, sentence_end) is not None


def _state_of_things(text: str, start: int, state: re.Match[str]) -> bool:
    """ "apps available today" is what exists nowadays; "The update is available today" a
    launch on the day, and a past or future in the sentence tells of the day too."""
    if state["copula"] and not state["state"].startswith(ALWAYS_STATES):
        return False
    sentence_start, sentence_end = sentence_around(text, start)
    if has_finite_past(text, sentence_start, sentence_end):
        return False
    return FUTURE_TIME.search(text, sentence_start, sentence_end) is None


def _subject_holds_nowadays(text: str, start: int, end: int) -> bool:
    """A subject, "today", a modal or a negated present, and no past in the sentence."""
    if GENERAL_PRESENT_AFTER.match(text, end) is None:
        return False
    if SUBJECT_BEFORE.search(text, max(0, start - 24), start) is None:
        return False
    sentence_start, sentence_end = sentence_around(text, start)
    return not has_finite_past(text, sentence_start, sentence_end)
