"""Date words that name no point in time: what a page says of its hours, its kinds of things and
its habits, rather than of when something happened.

Each reading is the words' own, not a site's. Schedules, page stamps and conditions are read
in `store.timex.schedules`, suppositions ("if the API changes tomorrow") in
`store.timex.suppositions`, anyone's "yesterday" in `store.timex.anydays`, any weekend ("rent
a car for the weekend") in `store.timex.weekends`, quoted examples ("such as “cut costs this
quarter”") in `store.timex.examples`, usual times of year ("usually in late June") in
`store.timex.habits`, seasons in `store.timex.seasonal`, words said to the reader ("Call
today!", "in today's world", a cited "today") in `store.timex.addressed`; here:
- a kind of thing: a holiday, season or weekday just before a noun ("a Christmas list",
  "Halloween costume ideas", "fall wellness routines", "Monday newsletters") in a clause whose
  verb places nothing in time; "Cyber Monday sales will top records" and "Black Friday sales
  fell" are dated by their tense;
- a habit: a day, month or season without a year in a sentence that says it recurs ("typically
  flowers in late May", "prune in February each year");
- an indefinite day: "on a Sunday", "on a sunny Friday morning";
- a game's quarter: "scored 30 points in the fourth quarter", "the third quarter of the game";
- an example or a topic: a day or period given as an example of a kind ("busy seasons, like
  summer or the end of the month") or a holiday spoken of as a topic ("when you think of
  Thanksgiving Day", "the ghosts of Halloween parties");
- a period of every year: "at the beginning of the calendar year" in the present, "falls on
  the fourth Thursday of November".
"""

from __future__ import annotations

import re

from store.timex import (
    addressed,
    any_year,
    anydays,
    examples,
    habits,
    schedules,
    seasonal,
    suppositions,
    weekdays,
    weekends,
)
from store.timex.around import (
    SECOND_PERSON,
    WEEKDAY_PHRASE,
    WORD_BEFORE,
    named_day,
    sentence_around,
    word_before,
)
from store.timex.candidates import Candidate
from store.timex.lexicon import MONTH, WEEKDAY
from store.timex.tense import scheduled_present, tense_direction

# A holiday's name: capitalised words ending in "Day", "Eve", or one of the one-word feasts.
HOLIDAY_PHRASE = re.compile(
    r"(?:[A-Z][\w'’]*\s{1,3}){0,3}(?:Day|Eve|Christmas|Easter|Halloween|Thanksgiving|Hanukkah"
    r"|Diwali|Ramadan|Passover|Friday|Monday|Tuesday|Saturday)\Z"
)
# A lower-case word after the phrase: a noun it modifies ("list", "costume ideas"), not a
# word that opens a clause or a phrase of its own ("Monday with", "Friday that", "Tuesday night").
_NOT_NOUNS = """
of and or to in on at is was will that the with for from as after before when while by but
if it he she they we you his her their its our this these those said says night morning
afternoon evening noon midnight are were has had have through until till into over during
since about against among around behind below beyond despite near per toward towards under
upon via within without across
"""
NOT_NOUNS = frozenset(_NOT_NOUNS.split())
NOUN_AFTER = re.compile(r"[ \t]{1,3}(?P<word>[a-z]{3,})\b")
# Prepositions that place the phrase in time ("on Christmas", "in fall", "since Monday").
TIME_PREPOSITIONS = frozenset(
    {"on", "in", "at", "by", "since", "until", "till", "before", "after", "during", "over"}
    | {"for", "through", "throughout", "from", "between", "into"}
)
DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our", "your", "my"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your", "my"})
_RECURRING = r"(?:day|week|month|year|morning|afternoon|evening|night|weekend|season|spring"
_RECURRING += rf"|summer|autumn|fall|winter|{WEEKDAY}|{MONTH})"
THE_UNITS = frozenset({"the year", "the month", "the week", "the day"})
# "over the course of the year", "during the course of the month": all of it, like
# "throughout"; "at all times of the year", "any time of the year": whichever year.
COURSE_OF = re.compile(
    r"\b(?:over|during|in|through)[ \t]{1,3}the[ \t]{1,3}course[ \t]{1,3}of[ \t]{1,3}\Z"
)
ANY_TIME_OF = re.compile(
    r"\b(?:all|any|every|other)[ \t]{1,3}(?:times?|point|part)[ \t]{1,3}of[ \t]{1,3}\Z",
    re.IGNORECASE,
)
# "the end of the year", "the start of the month": a part of "the year" with no year named.
# Prepositions that place a rule at a part of the year ("reset at the end of the year"); a
# bound ("by", "before", "through" the end of the year) is a deadline, which is dated.
PLACING = frozenset({"at", "in", "around", "near", "toward", "towards"})
PART_OF_UNIT = re.compile(
    r"the[ \t]{1,3}(?:end|start|beginning|close)[ \t]{1,3}of"
    r"[ \t]{1,3}the[ \t]{1,3}(?:year|month|week)"
)
# A period of the calendar itself: any year's unless the tense places it.
CALENDAR_UNITS = frozenset({"the calendar year"})
HABIT = re.compile(
    r"\b(?:always|usually|typically|often|generally|normally|regularly|routinely|annually"
    rf"|traditionally|(?:every|each)\s{{1,3}}(?:other\s{{1,3}})?{_RECURRING})\b",
    re.IGNORECASE,
)
# "on a Sunday", "on a sunny Friday", "on a typical Monday": an article and at most an
# adjective (read by its ending; "a rally Saturday" is a dated Saturday, and has no "on").
INDEFINITE_BEFORE = re.compile(
    r"\b[Oo]n[ \t]{1,3}(?:[Aa]n?|[Aa]ny)[ \t]{1,3}"
    r"(?:[a-z]+(?:y|ful|ous|ic|al|ive|ish|less|able|ar)[ \t]{1,3})?\Z"
)
# Words of a game, where "the fourth quarter" is a quarter of play.
GAME_WORDS = re.compile(
    r"\b(?:scored|touchdowns?|halftime|half-time|overtime|innings?|rebounds?|quarterback"
    r"|field goals?|free throws?)\b",
    re.IGNORECASE,
)
# "the third quarter of the game": a quarter of something other than a year.
QUARTER_OF_SOMETHING = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}(?:the|a|an|this|that)[ \t]{1,3}"
    r"(?!(?:year|fiscal|calendar|current|next|last|previous|same|financial)\b)[a-z]"
)


# "like summer or the end of the month", "such as Easter": examples of a kind; a list of them
# may come between ("like spring, summer or Easter"), but no clause's punctuation.
EXAMPLE_BEFORE = re.compile(
    r"(?:(?P<word>[\w'’]+)[ \t]{1,3})?\b(?:like|such[ \t]{1,3}as|e\.g\.,?)[ \t]{1,3}"
    r"(?:[^;:()\n.!?]{0,40}?[ \t](?:or|and),?[ \t]{1,3})?\Z",
    re.IGNORECASE,
)
# Words before a "like" that is a verb or says how something seems ("I would like Monday
# off", "it looks like Tuesday's vote will pass"), not one that gives examples.
_LIKE_VERB_BEFORE = """
i we you they he she would should could 'd ’d i'd we'd you'd they'd don't didn't do does did
look looks looked looking seem seems seemed feel feels felt sound sounds sounded just more much
"""
LIKE_VERB_BEFORE = frozenset(_LIKE_VERB_BEFORE.split())
# "of", "about": a holiday as the topic ("think of Thanksgiving Day", "the magic of Christmas")
# unless a unit of time stands before it ("the week of Thanksgiving", "the eve of Easter").
TOPIC_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z-]+)?[ \t]{1,3}(?:of|about)[ \t]{1,3}\Z")
_TIME_NOUNS = """
day days week weeks weekend weekends eve morning afternoon evening night month months season
year start beginning end run-up runup middle eve time period days hours
"""
TIME_NOUNS = frozenset(_TIME_NOUNS.split())
# A plural noun after a holiday: "Halloween parties", "Christmas markets".
PLURAL_AFTER = re.compile(r"[ \t]{1,3}(?P<word>[a-z]{3,}s)\b")


def dated(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The `candidates` of `text` that name a point in time (SETs and durations always stay)."""
    return [candidate for candidate in candidates if not _generic(text, candidate)]


def _generic(text: str, candidate: Candidate) -> bool:
    if candidate.timex in ("SET", "DURATION") or candidate.literal is not None:
        return False
    if candidate.kind == "absolute" and candidate.timex == "DATE":
        return False  # "in 2019", "May 2023": a date the calendar names (most candidates)
    phrase = text[candidate.start : candidate.end]
    return (
        schedules.in_schedule(text, candidate, phrase)
        or schedules.recurring_weekday(text, candidate, phrase)
        or schedules.column_title(text, candidate, phrase)
        or schedules.plan_heading(text, candidate, phrase)
        or _kind_of_thing(text, candidate, phrase)
        or _habit(text, candidate, phrase)
        or _any_years_stretch(text, candidate, phrase)
        or habits.usual_time(text, candidate, phrase)
        or habits.described_kind(text, candidate, phrase)
        or _indefinite(text, candidate, phrase)
        or addressed.cited(text, candidate)
        or addressed.call_to_action(text, candidate, phrase)
        or addressed.nowadays(text, candidate, phrase)
        or schedules.page_stamp(text, candidate, phrase)
        or _game_quarter(text, candidate, phrase)
        or _example_or_topic(text, candidate, phrase)
        or schedules.condition(text, candidate, phrase)
        or suppositions.supposed(text, candidate, phrase)
        or anydays.anyones_day(text, candidate.start, phrase)
        or anydays.readers_season(text, candidate, phrase)
        or weekends.any_weekend(text, candidate, phrase)
        or examples.quoted_example(text, candidate.start)
        or seasonal.season_gloss(text, candidate, phrase)
        or seasonal.undated_season(text, candidate, phrase)
        or weekdays.calendar_rule(text, candidate, phrase)
        or any_year.any_year(text, candidate, phrase)
    )


def _kind_of_thing(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "a Christmas list", "fall wellness routines": a day's or season's name before a noun,
    with no time preposition before it and no tense that places it."""
    if any(char.isdigit() for char in phrase):
        return False
    if not (named_day(phrase) or HOLIDAY_PHRASE.match(phrase)):
        return False
    before = WORD_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
    owned = False
    if before is not None and before["word"].lower() in DETERMINERS:
        if WEEKDAY_PHRASE.match(phrase):
            return False  # "the Friday explosions": that Friday's
        owned = before["word"].lower() in POSSESSIVES
        before = WORD_BEFORE.search(text, max(0, before.start() - 16), before.start())
    if owned:
        before = None  # "on your Christmas list": the preposition is the list's, not the day's
    if before is not None and before["word"].lower() in TIME_PREPOSITIONS:
        return False  # "by the Tuesday deadline", "for Christmas dinner"
    after = NOUN_AFTER.match(text, candidate.end)
    if after is None or after["word"] in NOT_NOUNS:
        return False
    return tense_direction(text, candidate.start, candidate.end) == 0


def _habit(text: str, candidate: Candidate, phrase: str) -> bool:
    """A day, month or season without a year in a sentence that says it recurs; "the
    calendar year" in the present ("balances renew at the start of the calendar year")."""
    if phrase.lower() in CALENDAR_UNITS:  # "Renew balances at the start of the calendar year"
        start, end = sentence_around(text, candidate.start)
        return _any_time(text, candidate) or addressed.imperative_sentence(text, start, end)
    if candidate.kind not in ("underspecified", "deictic") or any(c.isdigit() for c in phrase):
        return False
    if candidate.granularity not in ("day", "month", "season"):
        return False
    if phrase.lower().startswith(("this ", "last ", "next ", "today", "yesterday", "tomorrow")):
        return False
    start, end = sentence_around(text, candidate.start)
    if HABIT.search(text, start, end) is None:
        return False
    direction = tense_direction(text, candidate.start, candidate.end)
    # "Consultants often travel Monday through Thursday": a present of habit, not a schedule.
    return direction == 0 or (direction > 0 and scheduled_present(text, candidate.start))


def _any_years_stretch(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "throughout the year" or "over the course of the year" in the present ("care
    continues throughout the year"): all year, any year; so is "the end of the year" in a rule
    ("balances are reset at the end of the year"), not in news ("expects to hire by the end of
    the year", "rose at the end of the year") nor as a bound ("a goal of $5 million by the
    end of the year", "now through the end of the year"); "at all times of the year" in any
    tense."""
    lowered, at = phrase.lower(), candidate.start
    if PART_OF_UNIT.fullmatch(lowered):
        return word_before(text, at) in PLACING and _any_time(text, candidate)
    if lowered not in THE_UNITS:
        return False
    if ANY_TIME_OF.search(text, max(0, at - 32), at):
        return True
    before = WORD_BEFORE.search(text, max(0, at - 16), at)
    throughout = before is not None and before["word"].lower() == "throughout"
    if not (throughout or COURSE_OF.search(text, max(0, at - 24), at)):
        return False
    return _any_time(text, candidate)


def _indefinite(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "on a Sunday", "on a sunny Friday morning": some such day, not a dated one."""
    word = phrase.split()[0] if phrase.split() else ""
    if not (WEEKDAY_PHRASE.match(word) or HOLIDAY_PHRASE.match(phrase)):
        return False
    return INDEFINITE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None


def _game_quarter(text: str, candidate: Candidate, phrase: str) -> bool:
    """A quarter of a game or of something else, not of a year."""
    if candidate.granularity != "quarter" or any(char.isdigit() for char in phrase):
        return False
    if QUARTER_OF_SOMETHING.match(text, candidate.end) is not None:
        return True
    start, end = sentence_around(text, candidate.start)
    return GAME_WORDS.search(text, start, end) is not None


def _any_time(text: str, candidate: Candidate) -> bool:
    """The present, or a future said to the reader ("you'll receive care throughout the
    year"): advice that holds whenever it is read, not a report of what is to come."""
    direction = tense_direction(text, candidate.start, candidate.end)
    if direction == 0:
        return True
    start, end = sentence_around(text, candidate.start)
    return direction > 0 and SECOND_PERSON.search(text, start, end) is not None


def _example_or_topic(text: str, candidate: Candidate, phrase: str) -> bool:
    """A day or period given as an example of a kind ("busy seasons, like summer or the end of
    the month"), or a holiday spoken of as a topic ("when you think of Thanksgiving Day", "the
    ghosts of Halloween parties") with no year and no tense that places it."""
    if candidate.kind not in ("underspecified", "deictic") or any(c.isdigit() for c in phrase):
        return False
    if phrase.lower().startswith(("this ", "last ", "next ", "today", "yesterday", "tomorrow")):
        return False
    reach = max(0, candidate.start - 60)
    example = EXAMPLE_BEFORE.search(text, reach, candidate.start)
    if example is not None and (example["word"] or "").lower() not in LIKE_VERB_BEFORE:
        return True  # an example stands for its kind, whatever the tense around it
    if not HOLIDAY_PHRASE.match(phrase) or WEEKDAY_PHRASE.match(phrase):
        return False
    topic = TOPIC_BEFORE.search(text, reach, candidate.start)
    if topic is None or (topic["noun"] or "").lower() in TIME_NOUNS:
        return False
    # A plural kind after the holiday ("Halloween parties") is no day, whatever the tense.
    kind = PLURAL_AFTER.match(text, candidate.end)
    return kind is not None or _any_time(text, candidate)
