"""Date words said to the reader or about the age, not of a dated day.

- a word cited: "change “today” to “yesterday”";
- a call to action: "Contact us today!", "Get started today.", "give us a call today": the
  reader's day, not the page's: an imperative clause holds the "today";
- the present age: "in today's world", "many of today's computers", "Today's consumers
  want", "Cars today have GPS".
"""

from __future__ import annotations

import re

from store.timex.around import sentence_around, word_before
from store.timex.candidates import Candidate
from store.timex.lexicon import MONTHS, WEEKDAYS
from store.timex.names import CLOSING_QUOTES, OPENING_QUOTES, PLURAL
from store.timex.past import PAST_WORDS, TELLING_WORDS, has_finite_past
from store.timex.tense import FUTURE_TIME, SCHEDULED_VERB, tense_direction

# An imperative is read by its shape, not by a list of verbs: a word that can be a verb (no
# function word, date word, "-ed", "-ing" or "-ly" adverb) opening its clause, then
# - its object or particle ("Contact us", "Book your table", "Sign up", "Plant the bulbs"),
# - a participle after a linking verb ("Get started", "Stay connected", "Be prepared"),
# - or nothing but "today" to the clause's end ("Call today!", "Register today for ..."), or
#   a name as its object before it ("Contact Venteur today"),
# - or anything, in a sentence that ends in "!" ("Book free lesson today!").
# Some words make any clause an order or a request: "Don't wait", "Please call", "Let's go".
IMPERATIVE_MARKER = re.compile(
    r"(?:[Dd]on['’]?t|[Dd]o[ \t]{1,3}not|[Pp]lease|[Ll]et['’]s|[Nn]ever)\b"
)
LINKED_PARTICIPLE = re.compile(r"(?:[Gg]et|[Ss]tay|[Bb]e|[Kk]eep)[ \t]{1,3}[A-Za-z][a-z]{2,}ed\b")
BARE_BEFORE_TODAY = re.compile(
    r"(?:[ \t]{1,3}[A-Z][\w'’-]*){0,2}[ \t]{1,3}today"
    r"(?=[ \t]{0,3}(?:[.!?]|\Z)|[ \t]{1,3}(?:to|for|and|or)\b)"
)
# The verb's words running on to "us" or "me" and "today": "Get in touch with us today", "Reach
# out to us today", "Come and see us today": the reader asked to turn to the page's writer.
TO_US_TODAY = re.compile(
    r"(?P<words>(?:[ \t]{1,3}[a-z]+){0,4}?)[ \t]{1,3}(?:us|me)[ \t]{1,3}today"
    r"(?=[ \t]{0,3}(?:[.!?,;:]|\Z)|[ \t]{1,3}(?:to|for|and|or)\b)"
)
FIRST_WORD = re.compile(r"[\W_]*(?P<word>[A-Za-z][A-Za-z'’]*)")
# Where an imperative clause may open inside a sentence: "Then be sure to contact us today",
# "visit our website or give us a call today", "Questions? Call today".
CLAUSE_OPENING = re.compile(
    r"(?:\b(?:be[ \t]{1,3}sure|remember|don['’]t[ \t]{1,3}forget)[ \t]{1,3}to[ \t]{1,3}"
    r"|(?P<mark>[,;:—–])[ \t]{0,3}(?:(?:and|or|so|then)[ \t]{1,3})?|\b[Tt]hen[ \t]{1,3})\Z"
)
# The words since the last mark before a clause opening: one word is a list's ("hack, modify,
# and share"), not a clause's.
SEGMENT_BEFORE = re.compile(r"(?:\A|[,;:—–.!?])[^,;:—–.!?]*\Z")
# A verb's object or particle straight after a sentence's first word: "Plant the bulbs", "Cut
# them back", "Book your table": an imperative, whose verb need not be a call to action's.
OBJECT_AFTER = re.compile(
    r"(?:[ \t]{1,3}|-)(?:the|your|our|my|his|her|their|its|a|an|them|it|us|me|him|some|these"
    r"|those|this|all|more|every|any|up|out|back|off)\b"
)
# First words that are no verb even with a determiner after them: "Today the", "In the",
# "Despite the" (function words: pronouns, determiners, prepositions, conjunctions).
_NOT_VERBS = """
today yesterday tomorrow tonight now then here there so and but or yet in on at of by for with
from to into after before during since until as when while if once where all both each meanwhile
however still also only even just like about over under through across against among
it i we you he she they this that these those there here what who which my our his her their
its your one some many most few such no despite amid amidst per toward towards via within
without near beyond behind below above beside besides except unlike versus around along upon
onto inside outside throughout amongst between plus than whether though although because
whenever wherever whatever whoever whichever
"""
NOT_VERBS = frozenset(_NOT_VERBS.split()) | {name.lower() for name in (*MONTHS, *WEEKDAYS)}
WORD_AT = re.compile(r"\b[A-Za-z][A-Za-z'’]*")
# Nouns naming the age after "today's" and its describing words: "today's world", "today's
# competitive market", "today's threat landscape".
_AGE_NOUNS = "world age era times landscape society market markets economy climate generation"
_AGE_NOUNS += " marketplace industry environment workplace culture"
AGE_NOUN_AFTER = re.compile(
    rf"['’]s(?:[ \t]{{1,3}}[a-z][\w-]*){{0,2}}?[ \t]{{1,3}}(?:{'|'.join(_AGE_NOUNS.split())})\b"
)
KIND_WORDS = re.compile(r"['’]s(?:[ \t]{1,3}[a-z][\w-]*){1,4}")
# Nouns in "-s" that are no plural: "today's news" is the day's.
MASS_NOUNS = frozenset({"news", "series", "species", "politics", "economics", "headlines"})
PLURAL_BEFORE = re.compile(r"\b(?P<word>[A-Za-z][a-z]{2,})[ \t]{1,3}\Z")
VERB_AFTER = re.compile(r"[ \t]{1,3}(?P<word>[a-z]{2,})\b")
# Words after a plural and "today" that are no present verb of theirs.
NOT_PRESENT = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "had"}
    | {"were", "to", "and", "or", "the", "a", "an", "in", "on", "at", "for", "of", "by", "that"}
)
# "the threats businesses face today", "what customers want today": a plural subject and its
# present verb closing a clause with "today", after the noun or the "what" the clause describes.
PEOPLE_DOING_BEFORE = re.compile(
    r"\b(?P<head>[a-z]{3,})[ \t]{1,3}(?P<subject>[a-z]{3,})[ \t]{1,3}"
    r"(?P<verb>[a-z]{3,})[ \t]{1,3}\Z"
)
RELATIVE_HEADS = frozenset({"what", "that", "which", "whom"})
# Words before a plural subject that make it the head of its own sentence: "Both teams play
# today", "the unions strike today" tell of the day's event.
NOT_HEADS = NOT_VERBS | {"the", "a", "an", "two", "three", "four", "five", "several", "said"}
CLAUSE_CLOSE_AFTER = re.compile(r"[ \t]{0,3}(?:[.,;:!?)—–]|\Z)")
TELLING_IN = re.compile(r"\b(?:said|says|say|told|tells)\b")
# Prepositions before "today's" that speak of the age: "in today's world", "of today's cars".
AGE_PREPOSITIONS = frozenset({"in", "of", "with", "into", "across", "throughout", "among"})


def imperative_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence at `start:end` opens with an imperative ("Apply in spring" aside,
    which has nothing after its verb to tell it by): "Plant the bulbs in the fall", "Get
    started today", "Call today!"; "The bulbs flower" and "Today the firm said" open with no
    verb."""
    first = FIRST_WORD.match(text, start, end)
    if first is None:
        return False
    if IMPERATIVE_MARKER.match(text, first.start("word")):
        return True
    exclaimed = text.startswith("!", end)
    return first["word"][0].isupper() and _verb_opening(text, first.start("word"), end, exclaimed)


def _verb_opening(text: str, at: int, end: int, exclaimed: bool = False) -> bool:
    """Whether the word at `at` reads as an imperative verb by what follows it, or alone in a
    sentence that ends in "!" (see above)."""
    word = WORD_AT.match(text, at)
    if word is None:
        return False
    lower = word.group().lower()
    if lower in NOT_VERBS or lower.endswith(("ed", "ing")) or "'" in lower or "’" in lower:
        return False  # "It's a", "That's the": a subject and its verb
    if len(lower) > 6 and lower.endswith("ly"):
        return False  # "Recently the", "Finally the": an adverb
    # A verb's base form seldom ends in a lone "s" ("Focus", "Access" do): "Shares soared
    # today!" opens with a subject.
    base = not lower.endswith("s") or lower.endswith(("ss", "us"))
    return (
        (exclaimed and base)
        or OBJECT_AFTER.match(text, word.end(), end) is not None
        or LINKED_PARTICIPLE.match(text, at) is not None
        or BARE_BEFORE_TODAY.match(text, word.end()) is not None
        or (base and _turns_to_us(text, word.end()))
    )


def _turns_to_us(text: str, end: int) -> bool:
    """Whether the words after a verb ending at `end` run on to "us today" with no verb of
    their own ("Get in touch with us today"); "Police spoke to us today" has told its news."""
    found = TO_US_TODAY.match(text, end)
    if found is None:
        return False
    words = found["words"].split()
    return not any(word in TELLING_WORDS or word.endswith(("ed", "ing")) for word in words)


def cited(text: str, candidate: Candidate) -> bool:
    """A date word quoted on its own as a word: change “today” to “yesterday”."""
    start, end = candidate.start, candidate.end
    if start == 0 or end >= len(text):
        return False
    return text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES


def call_to_action(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "today" in a clause that opens with an imperative verb: "Contact us today!", "visit our
    website or give us a call today", "Then be sure to contact us today!"; "Today we bring
    you" and "the firm said today" keep the day."""
    if phrase.lower() != "today":
        return False
    start, end = sentence_around(text, candidate.start)
    if imperative_sentence(text, start, end):
        return True
    exclaimed = text.startswith("!", end)
    for word in WORD_AT.finditer(text, start, candidate.start):
        # An imperative inside a sentence is lower case: "and Call Inc. said" is a name.
        if not word.group()[0].islower() or not _opens_clause(text, start, word.start()):
            continue
        if _verb_opening(text, word.start(), candidate.end, exclaimed):
            return True
    return False


def _opens_clause(text: str, start: int, at: int) -> bool:
    """Whether a clause opens at `at`, after "be sure to", "then", or a mark that follows more
    than a single listed word ("visit our site, or call", "delay—start")."""
    opening = CLAUSE_OPENING.search(text, max(start, at - 24), at)
    if opening is None:
        return False
    if opening["mark"] is None:
        return True
    segment = SEGMENT_BEFORE.search(text, start, opening.start())
    words = WORD_AT.findall(segment.group()) if segment is not None else []
    return len(words) != 1


def nowadays(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "in today's world", "many of today's computers", "Today's consumers want", "Cars today
    have GPS": the present age, which TimeML leaves unmarked, not the day of writing ("today's
    vote", "at today's meeting", "advertised in today's editions" keep theirs)."""
    if phrase.lower() != "today":
        return False
    if not text.startswith(("'s", "’s"), candidate.end):
        return _people_of_today(text, candidate) or _what_people_do(text, candidate)
    direction = tense_direction(text, candidate.start, candidate.end)
    if AGE_NOUN_AFTER.match(text, candidate.end) is not None:
        return True  # "In today's interconnected world, the rise of apps has changed"
    if _kind_after(text, candidate.end) and (direction == 0 or _present(text, candidate.start)):
        return True  # "Today's consumers want", "using today's top design tools"
    return word_before(text, candidate.start) in AGE_PREPOSITIONS and direction == 0


def _present(text: str, start: int) -> bool:
    """Whether the sentence around `start` is in the present only, no past, future or
    scheduled event in it ("advertised in today's editions, the offer expires soon" is the
    day's): its direction may still lean on an adjective in "-ed" ("Today's workers are
    highly specialized"), which tells of no day."""
    sentence_start, sentence_end = sentence_around(text, start)
    if has_finite_past(text, sentence_start, sentence_end):
        return False
    return all(
        pattern.search(text, sentence_start, sentence_end) is None
        for pattern in (FUTURE_TIME, SCHEDULED_VERB)
    )


def _kind_after(text: str, end: int) -> bool:
    """Whether a plural noun, after at most three describing words, follows "today's" at `end`:
    the things of the age ("today's consumers", "today's large language models"), unless a
    verb of a scheduled event follows it ("Today's talks resume at noon")."""
    words = KIND_WORDS.match(text, end)
    if words is None:
        return False
    for word in list(WORD_AT.finditer(text, end + 2, words.end()))[:4]:
        found = word.group()
        if PLURAL.fullmatch(found) is not None and found not in MASS_NOUNS:
            verb = VERB_AFTER.match(text, word.end())
            return verb is None or SCHEDULED_VERB.match(text, verb.start("word")) is None
        if found.endswith("s"):
            return False  # "today's crisis": no plural of a kind
    return False


def _people_of_today(text: str, candidate: Candidate) -> bool:
    """ "Cars today have GPS", "Most businesses today invest": a plural subject, "today", then
    a present verb: what is so nowadays ("Officials today said" and "Poland today became"
    tell of the day)."""
    subject = PLURAL_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
    if subject is None or PLURAL.fullmatch(subject["word"].lower()) is None:
        return False
    verb = VERB_AFTER.match(text, candidate.end)
    if verb is None:
        return False
    word = verb["word"]
    if word.endswith(("s", "ed", "ing")) or word in PAST_WORDS or word in TELLING_WORDS:
        return False
    return word not in NOT_PRESENT


def _what_people_do(text: str, candidate: Candidate) -> bool:
    """ "the threats businesses face today", "the tools designers use today", "what buyers
    want today": a clause of a plural subject and its plain present, closed by "today", that
    describes the noun or the "what" before it: what people do nowadays, in a sentence in the
    present with no telling ("Both teams play today" has no such head; "Officials said
    workers strike today" tells of the day)."""
    found = PEOPLE_DOING_BEFORE.search(text, max(0, candidate.start - 48), candidate.start)
    if found is None or CLAUSE_CLOSE_AFTER.match(text, candidate.end) is None:
        return False
    head, subject, verb = found["head"], found["subject"], found["verb"]
    if head not in RELATIVE_HEADS and (head in NOT_HEADS or head.endswith(("ed", "ly"))):
        return False
    if PLURAL.fullmatch(subject) is None or subject in MASS_NOUNS:
        return False
    if verb.endswith(("s", "ed", "ing")) or verb in PAST_WORDS or verb in NOT_PRESENT:
        return False
    sentence_start, sentence_end = sentence_around(text, candidate.start)
    if TELLING_IN.search(text, sentence_start, sentence_end) is not None:
        return False
    return _present(text, candidate.start)
