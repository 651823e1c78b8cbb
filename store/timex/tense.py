"""Which way an expression missing its year points from the document date, read off the tense
of the words around it: "will meet on Saturday" is the Saturday to come, "was signed on May 20"
the May 20 past, "The vote is Tuesday" a schedule, "said Tuesday" the telling's day.

Words only, no parser: past forms as `store.timex.past` reads them, the future by
its auxiliaries and words of intent, clauses by their punctuation and conjunctions.
"""

from __future__ import annotations

import re

from store.timex.past import (
    ADVERB,
    MODIFIERS,
    TELLING_WORDS,
    WORD,
    first_past,
    is_past,
    past_at,
)

# Words of a time to come: "will meet on Saturday", "expects to close in March".
_FUTURE_TIME = (
    r"will|shall|would(?![ \t]{1,3}have\b)|won['’]t|going\s+to"
    r"|expect(?:s|ed)?\s+(?:[\w'’-]+\s+){0,4}?to"
    r"|set\s+to|plan(?:s|ned|ning)?\s+(?:to|for)|aim(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|due\s+to\s+be"
    r"|scheduled|likely\s+to|(?:is|are)\s+(?:due\s+)?to|as\s+(?:soon|early)\s+as|upcoming"
)
FUTURE_TIME = re.compile(rf"\b(?:{_FUTURE_TIME})\b|\w['’]ll\b")
# Words of what may or must be, and a bare expectation: no time of their own ("Today's clients
# expect more", "Homes built today may have aluminium wire" say what holds now), but a date
# after them in their clause lies ahead ("must be filed by May 1", "expect a ruling in March").
FUTURE = re.compile(
    rf"\b(?:{_FUTURE_TIME}|would|expects?|(?:may|might|should|must)(?!\s+have\b))\b|\w['’]ll\b"
)
# A past auxiliary before a word of the future leaves the direction open: "had been scheduled
# to expire Friday" may be past or still to come, "were planning to drive on Monday" too.
PAST_AUXILIARY = re.compile(
    r"\b(?:was|were|had)(?:\s{1,3}[a-z]{2,12}ly)?(?:\s{1,3}(?:been|not|already))?\s{1,3}\Z"
)
LAST_WORD = re.compile(r"([\w'’]+)\s{1,3}\Z")
# The word just before an expression (an "on" between at most), and the two before it.
LAST_WORDS = re.compile(
    r"(?:(?:(?P<earlier>[A-Za-z]+)\s{1,3})?(?P<previous>[A-Za-z]+)\s{1,3})?"
    r"(?P<last>[A-Za-z]+)(?:\s{1,3}on)?\s{1,3}\Z"
)
# Not the stop of "a.m." or "p.m.": "ran from 10 a.m. to 5 p.m." is one clause.
SENTENCE_BREAK = re.compile(r"(?<![ap]\.m)[.!?]\s")
# "that" opens a clause of its own: "He added that guidelines to be published in November".
CLAUSE_BREAK = re.compile(r"(?<![ap]\.m)[.!?;,:]\s|\s[-–—]\s|\b(?:that|when|if|unless|once)\s")
FUTURE_REACH = 120
# How far back a past-tense verb still governs the expression: its own clause, a few words;
# and how far on in its sentence a verb is looked for when none came before.
PAST_REACH = 60
AFTER_REACH = 60
# As far as a sentence runs, for an expression that opens it before a comma.
FRONTED_REACH = 300
# Words that open a clause of their own, whose verb is not the sentence's.
SUBORDINATORS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "while", "after", "before"}
    | {"since", "as", "because", "if", "once", "until"}
)
SHORT_WORD_BEFORE = re.compile(r"\b[A-Za-z]{1,3}\Z")
# A sentence's opening, and the preposition of an expression that opens it ("In January,").
SENTENCE_OPENING = re.compile(
    r"(?:\A|[.!?][\"”’')]{0,3}\s{1,3}|\n)[\"“‘'`(]{0,2}(?:[A-Z][a-z]{1,6}\s{1,3})?\Z"
)
SINCE_BEFORE = re.compile(r"\b[Ss]ince\s{1,3}\Z")
# A present "is"/"are" placing an event on the day ("The vote is Tuesday", "The meeting is at
# 3 p.m. on Tuesday", "Elections are in November"): a schedule, so the day to come.
SCHEDULE_BEFORE = re.compile(
    r"\b(?:is|are)\s{1,3}(?:due\s{1,3})?(?:(?:at|on|in)\s{1,3}(?:[\w.:]+\s{1,3}){0,3}?)?(?:(?:on|in)\s{1,3})?\Z"
)
# "Today is Monday", "it is May": the day or month it is now, not one to come.
NOW_SUBJECT = re.compile(r"\b(?:[Tt]oday|[Ii]t|[Tt]his|[Tt]hat)\s{1,3}\Z")
BOUND_BEFORE = re.compile(r"\b(?:to|until|till|through|by)\s{1,3}\Z")
# "from March to May": the end of a range, whose tense is the range's.
RANGE_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\b")
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being"})
# Verbs of an event set for a time, in the present that news uses for what is scheduled: "The
# talks open Monday", "The law takes effect in January", "He and Arafat meet separately Monday".
# Base forms only of verbs seldom nouns; "-s" forms of the rest ("the open Monday" is no verb).
_SCHEDULED_BASE = "open close meet begin convene arrive leave depart expire resume reopen"
_SCHEDULED_BASE += " testify travel"
_SCHEDULED_S = "start end return visit debut premiere air run last host hold play vote"
SCHEDULED_VERB = re.compile(
    rf"\b(?:(?:{'|'.join(_SCHEDULED_BASE.split())})(?:s|es)?"
    rf"|testifies|launch(?:es)?|(?:{'|'.join(_SCHEDULED_S.split())})s"
    r"|(?:takes?|goes|go)\s{1,3}(?:into\s{1,3})?effect|kicks?\s{1,3}off|(?:comes?|falls?)\s{1,3}due"
    r"|(?:goes|go)\s{1,3}on\s{1,3}sale|gets?\s{1,3}under\s?way)\b"
)
# Words before such a verb that make it a noun ("the start", "his visit", "on leave") or an
# adjective ("We are open Monday to Friday").
NOT_SUBJECT = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "your", "this", "that", "these"}
    | {"on", "in", "at", "of", "for", "to", "by", "with", "from", "after", "before"}
    | {"is", "are", "am", "be", "been", "being", "was", "were", "remain", "remains", "stay"}
    | {"stays"}
)
# At most this many words between the verb and the expression: "opens its doors on Monday".
SCHEDULED_REACH = 4
# Past forms of planning that leave the planned time open: "Protesters planned a rally on
# Saturday" (the Saturday to come, if the story was filed before it).
PLANNING = frozenset({"planned", "scheduled", "slated", "arranged"})
# A verb of telling before an expression: the telling's day when only a few words stand between
# ("said late Tuesday", "told reporters on Friday"); else the start of what was told, whose tense
# is its own ("said it is calling the bonds on Dec. 7").
TELLING = re.compile(r"\b(?:said|says|told|tells)\b")
TELLING_REACH = 2


def in_future_tense(text: str, start: int) -> bool:
    """Whether the sentence before `start` speaks of the future: then "in March" and "on
    Saturday" mean the next ones, not the last. A future seen from the past ("was scheduled
    to") may since have come, and does not count."""
    cue = _future_cue(text, start)
    return cue is not None and not PAST_AUXILIARY.search(text, max(0, cue - 24), cue)


def future_time_before(text: str, start: int) -> bool:
    """Whether the sentence before `start` speaks of a time to come ("will vote today"), a
    modal or a bare "expect" aside: "what clients expect today", "you may notice today" say
    what holds now, whatever a date after them does."""
    cue = _future_cue(text, start, FUTURE_TIME)
    return cue is not None and not PAST_AUXILIARY.search(text, max(0, cue - 24), cue)


def _future_cue(text: str, start: int, words: re.Pattern[str] = FUTURE) -> int | None:
    """Where the nearest of `words` of the future before `start` in its sentence starts."""
    window_start = max(0, start - FUTURE_REACH)
    sentence_start = window_start
    for stop in SENTENCE_BREAK.finditer(text, window_start, start):
        sentence_start = stop.end()
    cues = list(words.finditer(text, sentence_start, start))
    return cues[-1].start() if cues else None


def scheduled_before(text: str, start: int) -> bool:
    """Whether a present "is"/"are" just before `start` places an event there ("The vote is
    Tuesday"), "Today is Monday" and "it is May" aside."""
    schedule = SCHEDULE_BEFORE.search(text, max(0, start - 40), start)
    return schedule is not None and not NOW_SUBJECT.search(
        text, max(0, schedule.start() - 8), schedule.start()
    )


def tense_direction(text: str, start: int, end: int = -1) -> int:
    """Which way an expression missing its year points: 1 after the document date (the future
    tense: "will meet in March"), -1 before it (a past-tense verb in its clause: "was signed on
    May 20"), 0 when the words do not say (then the nearest such date is meant).

    The words before the expression decide; if they say nothing, the rest of its sentence up to
    `end` + `AFTER_REACH` does ("In January, the firm hired 20 people").
    """
    if SINCE_BEFORE.search(text, max(0, start - 8), start):
        return -1  # "since March": what has lasted began in the past
    if scheduled_before(text, start):
        return 1  # "The vote is Tuesday": a schedule
    if _told_just_before(text, start):
        return -1  # "Cuba predicted Wednesday", "was announced Wednesday": the telling's day
    bound = BOUND_BEFORE.search(text, max(0, start - 10), start)
    if bound is not None and not RANGE_FROM.search(text, max(0, bound.start() - 40), bound.start()):
        # "extended the offer to Nov. 20", "asked it to respond by Oct. 31": a deadline, which
        # a past verb does not place in the past; only the future's words push it on.
        return 1 if in_future_tense(text, start) else 0
    cue = _future_cue(text, start)
    if cue is not None and PAST_AUXILIARY.search(text, max(0, cue - 24), cue):
        return 0  # "had been scheduled to expire Friday": come or not, the nearest
    clause_start = _clause_start(text, start)
    if cue is not None and CLAUSE_BREAK.search(text, cue, start) is None:
        return 1  # "will meet on Saturday"
    telling = _last_telling(text, clause_start, start)
    if telling is not None:
        if len(WORD.findall(text, telling.end(), start)) <= TELLING_REACH:
            return -1
        clause_start = telling.end()
    past = first_past(text, clause_start, start)
    if past >= 0:
        return 0 if _planning_at(text, past) else -1
    if _scheduled_present(text, clause_start, start):
        return 1  # "The talks open Monday": a present that announces
    if cue is not None and _reported_future(text, cue):
        # "had ruled that he must be returned, and set Friday as the deadline": a future seen
        # from the past, in a clause before this one, may since have come.
        cue = None
    if end < 0:
        return 0 if cue is None else 1
    # A future in an earlier clause yields to a past verb after the date: "she would bring aid
    # to the countries, where the Aug. 7 blasts killed 257 people".
    sentence_end = SENTENCE_BREAK.search(text, end, end + AFTER_REACH)
    after_end = sentence_end.start() if sentence_end else min(len(text), end + AFTER_REACH)
    # The first verb after it governs: "In September, it announced plans to buy" is past.
    future_after = FUTURE.search(text, end, after_end)
    limit = future_after.start() if future_after is not None else after_end
    if first_past(text, end, limit) >= 0 or _telling_in_clause(text, end, limit):
        return -1
    if future_after is not None or cue is not None:
        return 1
    return _fronted_direction(text, start, end)


# Modals that a past verb before them turns into a future seen from the past.
REPORTED_MODAL = re.compile(r"(?:would|must|should|may|might)\b")


def _reported_future(text: str, cue: int) -> bool:
    """Whether the word of the future at `cue` is a modal with no present tense of its own
    ("would", "must", "should", "may", "might") and a past verb earlier in its sentence governs
    it ("The court had ruled that the boy must be returned"): a future seen from the past. "He
    said the plant will close" is still to come from the moment of writing."""
    if REPORTED_MODAL.match(text, cue) is None:
        return False
    window_start = max(0, cue - FUTURE_REACH)
    sentence_start = window_start
    for stop in SENTENCE_BREAK.finditer(text, window_start, cue):
        sentence_start = stop.end()
    return first_past(text, sentence_start, cue) >= 0


def _fronted_direction(text: str, start: int, end: int) -> int:
    """The tense of the sentence an expression opens before a comma, its main verb however far
    on ("In January, a week after the ruling, a bomb in Birmingham, Ala., killed a guard"): a
    telling or a past verb the past, a word of the future the future; 0 when not fronted."""
    if not _fronted(text, start, end):
        return 0
    sentence_end = _fronted_sentence_end(text, end)
    # The first verb of the main clause governs; a past in a clause of its own ("the rallies
    # that marked it", "after the mill opened") does not.
    future = FUTURE.search(text, end, sentence_end)
    limit = future.start() if future is not None else sentence_end
    previous = earlier = ""
    for found in WORD.finditer(text, end, limit):
        word = found.group().lower()
        if previous not in SUBORDINATORS and (
            word in ("said", "told") or past_at(text, found, previous, earlier)
        ):
            return -1
        previous, earlier = word, previous
    return 1 if future is not None else 0


# Present words of the future in a main clause: "On Tuesday, the league plans to hold a news
# conference", "On Friday, talks will resume"; not "planned to", a plan seen from the past.
PRESENT_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s{1,3}to|(?:is|are)\s{1,3}(?:to|due|set\s{1,3}to|expected\s{1,3}to"
    r"|scheduled\s{1,3}to|going\s{1,3}to))\b|\w['’]ll\b"
)


def fronted_future(text: str, start: int, end: int) -> bool:
    """Whether the expression at `start:end` opens its sentence before a comma and the main
    clause after it speaks of the future in the present ("On Tuesday, the league plans to hold
    a news conference"), with no past verb or telling before that ("On Tuesday, he said he
    will resign" is the telling's Tuesday)."""
    if not _fronted(text, start, end):
        return False
    sentence_end = _fronted_sentence_end(text, end)
    future = PRESENT_FUTURE.search(text, end, sentence_end)
    if future is None:
        return False
    before_future = (end, future.start())
    return first_past(text, *before_future) < 0 and TELLING.search(text, *before_future) is None


def _fronted(text: str, start: int, end: int) -> bool:
    """Whether the expression at `start:end` opens its sentence and a comma closes it ("In
    January, a week after the ruling, a bomb killed a guard"): the sentence's main verb, however
    far on, is its tense."""
    if not text.startswith(",", end):
        return False
    return SENTENCE_OPENING.search(text, max(0, start - 14), start) is not None


def _fronted_sentence_end(text: str, end: int) -> int:
    """Where the sentence going on from `end` stops, within `FRONTED_REACH`: not at the stop of
    a short abbreviation ("Roe vs. Wade", "Ala.", "U.S.")."""
    limit = min(len(text), end + FRONTED_REACH)
    for stop in SENTENCE_BREAK.finditer(text, end, limit):
        word = SHORT_WORD_BEFORE.search(text, max(0, stop.start() - 5), stop.start())
        if word is None:
            return stop.start()
    return limit


def planned_from_past(text: str, start: int) -> bool:
    """Whether the clause before `start` tells of a plan made in the past, which the time it
    names may still be to come: "Protesters planned a rally on Saturday", "were planning to
    drive on Monday"; not "had been scheduled to expire Friday", a plan before a past time."""
    cue = _future_cue(text, start)
    if cue is not None:
        auxiliary = PAST_AUXILIARY.search(text, max(0, cue - 24), cue)
        if auxiliary is not None:
            return not auxiliary.group().lstrip().startswith("had")
    past = first_past(text, _clause_start(text, start), start)
    return past >= 0 and _planning_at(text, past)


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding `start` begins, at most `PAST_REACH` characters back."""
    clause_start = max(0, start - PAST_REACH)
    for stop in CLAUSE_BREAK.finditer(text, clause_start, start):
        clause_start = stop.end()
    return clause_start


def _planning_at(text: str, at: int) -> bool:
    word = WORD.match(text, at)
    return word is not None and word.group().lower() in PLANNING


def scheduled_present(text: str, start: int) -> bool:
    """Whether a present verb of a scheduled event governs the expression at `start`."""
    return _scheduled_present(text, _clause_start(text, start), start)


def _scheduled_present(text: str, start: int, end: int) -> bool:
    """A present verb of a scheduled event a few words before `end`, with a subject before it."""
    found = list(SCHEDULED_VERB.finditer(text, start, end))
    if not found or len(WORD.findall(text, found[-1].end(), end)) > SCHEDULED_REACH:
        return False
    before = LAST_WORD.search(text, max(0, found[-1].start() - 24), found[-1].start())
    if before is None:
        return True  # the clause opens on it: "..., meets Monday" after a subject clause
    word = before.group(1)
    return word.lower() not in NOT_SUBJECT and not word.endswith(("'s", "’s"))


def _last_telling(text: str, start: int, end: int) -> re.Match[str] | None:
    found = list(TELLING.finditer(text, start, end))
    return found[-1] if found else None


def _telling_in_clause(text: str, start: int, end: int) -> bool:
    """A verb of telling after an expression in its own clause ("on Tuesday said"), not the tag
    of a clause before ("admit them in early March, an official said")."""
    telling = TELLING.search(text, start, end)
    return telling is not None and CLAUSE_BREAK.search(text, start, telling.start()) is None


def _told_just_before(text: str, start: int) -> bool:
    found = LAST_WORDS.search(text, max(0, start - 48), start)
    if found is None:
        return False
    last, previous = found["last"].lower(), (found["previous"] or "").lower()
    if previous in MODIFIERS or ADVERB.fullmatch(previous):
        previous = (found["earlier"] or "").lower()  # "are automatically waived Monday"
    if previous in PASSIVE_AUXILIARIES:
        return False  # "will be paid Dec. 14": a participle, its tense is the auxiliary's
    return last in TELLING_WORDS or is_past(last, previous)
