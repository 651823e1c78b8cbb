"""Times of year that recur: what happens every year at that time, not on a dated occasion.

- a time said to be the usual one: "usually in late June or early July", "often around
  Easter", "typically by mid-May": the adverb is of the time itself, so no tense dates it ("I'll
  prune again, usually in late June" is any year's June, as "the fair was usually held in
  August" is no August of one year);
- a kind described in the present: a subject with no determiner, in the plural, and a present
  verb ("White flowers are produced in June and July", "Leaves turn red in October", "Tomato
  plants ripen in August"): a description of what the kind does each year; a present that
  schedules ("Talks resume in June", "Elections are in May") and "The flowers open in June" (one
  bed's flowers) keep their dates.
"""

from __future__ import annotations

import itertools
import re

from store.timex.around import sentence_around
from store.timex.candidates import Candidate
from store.timex.past import PAST_WORDS, WORD, has_finite_past
from store.timex.tense import CLAUSE_BREAK, tense_direction

_ADVERB = r"(?:usually|typically|often|generally|normally|traditionally|commonly|mostly"
_ADVERB += r"|always|frequently|sometimes|occasionally|customarily)"
# A word of habit anywhere in a sentence: what it tells of recurs.
USUAL = re.compile(rf"\b{_ADVERB}\b", re.IGNORECASE)
_PREPOSITION = r"(?:in|on|at|by|around|from|during|between|until|before|after|about|near"
_PREPOSITION += r"|toward|towards|through|throughout|into|over|the)"
# The adverb, the verb it qualifies or not ("usually held", "generally will close"), a
# preposition or two, and any times listed before this one ("usually in late June or early
# July", "from April 20th to May 1st"): names or numbers, words of a part before them, so that
# "usually works late and in June he left" is no list.
_PART = r"(?:early|mid|late|the|(?:end|start|beginning|middle)[ \t]{1,3}of)"
_NAME = r"(?:[A-Z][a-z]+\.?|\d{1,2}(?:st|nd|rd|th)?)"
_LISTED = rf"(?:{_PART}[ \t-]{{1,3}}){{0,2}}{_NAME}(?:[ \t]{{1,3}}{_NAME}){{0,2}}"
USUAL_BEFORE = re.compile(
    rf"\b(?i:{_ADVERB}),?[ \t]{{1,3}}(?:[a-z]{{2,}}[ \t]{{1,3}}){{0,2}}?"
    rf"(?:(?i:{_PREPOSITION})[ \t]{{1,3}}){{0,2}}"
    rf"(?:{_LISTED},?[ \t]{{1,3}}(?:or|and|to|through|until)[ \t]{{1,3}}"
    rf"(?:(?i:{_PREPOSITION})[ \t]{{1,3}}){{0,2}})?\Z"
)
# A sentence's subject with no determiner, its head a plural noun, then a present verb: "White
# flowers are produced", "Leaves turn", "Tomato plants ripen". The subject opens the sentence
# (after an opening mark), its first word capitalised and the others lower case.
OPENING_WORDS = re.compile(r"[\W_]{0,3}(?P<words>[A-Z][a-z]+(?:[ \t]{1,3}[a-z]+){1,3})")
# Words that open a sentence but are no noun of a bare subject ("These flowers", "Its leaves",
# "Many trees": a determiner or quantifier makes the subject some things, not the kind).
_NOT_BARE = """
the a an this that these those its his her their our your my some many most few several all
both each every no any such other another there here they we you it he she i what which who
when where while if as so but and or then also in on at by for with from of to after before
during since until because although though however
"""
NOT_BARE = frozenset(_NOT_BARE.split())
# A present verb after the plural subject: "are" (with a participle or not), a modal of
# ability, or a bare form (no "-s", "-ed", "-ing", "-ly", no function word).
PRESENT_VERBS = frozenset({"are", "can", "appear", "remain"})
NOT_VERBS = NOT_BARE | frozenset({"is", "was", "were", "will", "would", "have", "had", "has"})
PLURAL = re.compile(r"[a-z]{2,}(?<![su])s\Z")


def usual_time(text: str, candidate: Candidate, phrase: str) -> bool:
    """A time of year or week said to be the usual one: "usually in late June" (see above)."""
    if not _time_of_year(candidate, phrase) and candidate.granularity != "day":
        return False
    if candidate.kind != "underspecified":
        return False
    return USUAL_BEFORE.search(text, max(0, candidate.start - 72), candidate.start) is not None


def described_kind(text: str, candidate: Candidate, phrase: str) -> bool:
    """A time of year in a present description of a kind: "White flowers are produced in June"
    (see above). The time stands in the verb's own clause ("Holders get $5, which is expected
    in May" is another's), and nothing in the sentence is past ("Prices rose in April, June")."""
    if not _time_of_year(candidate, phrase) or candidate.kind != "underspecified":
        return False
    start, end = sentence_around(text, candidate.start)
    verb_end = _generic_subject(text, start, candidate.start)
    if verb_end < 0 or CLAUSE_BREAK.search(text, verb_end, candidate.start) is not None:
        return False
    if has_finite_past(text, start, end):
        return False
    return tense_direction(text, candidate.start, candidate.end) == 0


def _time_of_year(candidate: Candidate, phrase: str) -> bool:
    """A month or season without a day or year ("June", "late summer")."""
    if any(char.isdigit() for char in phrase):
        return False
    return candidate.granularity in ("month", "season")


def _generic_subject(text: str, start: int, end: int) -> int:
    """Where the present verb after a bare plural subject opening the sentence at `start`
    ends; -1 when the sentence opens otherwise."""
    found = OPENING_WORDS.match(text, start, end)
    if found is None:
        return -1
    words = list(WORD.finditer(text, found.start("words"), found.end("words")))
    for head, verb in itertools.pairwise(words):
        if head.group().lower() in NOT_BARE:
            return -1
        if PLURAL.search(head.group().lower()) and _present_verb(verb.group()):
            return verb.end()
    return -1


def _present_verb(word: str) -> bool:
    """ "are", "can", or a bare form: no "-s", "-ed", "-ing", "-ly", no function word, no
    irregular past ("rose", "fell")."""
    if word in PRESENT_VERBS:
        return True
    if word in NOT_VERBS or word in PAST_WORDS:
        return False
    return not word.endswith(("s", "ed", "ing", "ly"))
