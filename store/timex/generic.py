"""Date words that name no point in time: what a page says of its hours, its kinds of things and
its habits, rather than of when something happened.

Each reading is the words' own, not a site's:
- a schedule: clock times from one to another ("Mon–Fri 9am–5pm", "from 5 a.m. to 9 p.m."),
  with no calendar date in the sentence, are opening hours, and the weekdays and times in it
  recur every week;
- a kind of thing: a holiday, season or weekday just before a noun ("a Christmas list",
  "Halloween costume ideas", "fall wellness routines", "Monday newsletters") in a clause whose
  verb places nothing in time; "Cyber Monday sales will top records" and "Black Friday sales
  fell" are dated by their tense;
- a habit: a day, month or season without a year in a sentence that says it recurs ("typically
  flowers in late May", "prune in February each year");
- an indefinite day: "on a Sunday", "on a sunny Friday morning";
- a word cited: "change “today” to “yesterday”";
- a call to action: "Contact us today!", "Get started today.": the reader's day, not the page's;
- the present age: "in today's world", "many of today's computers";
- a page's stamp: "Updated 3:45 PM", "Comments (12) · 5:14 pm": a time of the page itself, which
  the page's own date already tells;
- a game's quarter: "scored 30 points in the fourth quarter", "the third quarter of the game";
- an example or a topic: a day or period given as an example of a kind ("busy seasons, like
  summer or the end of the month") or a holiday spoken of as a topic ("when you think of
  Thanksgiving Day", "the ghosts of Halloween parties");
- a condition: a bare clock time in an "if" clause ("If the alarm goes off at 3 AM, check it"):
  any day's;
- a season glossed by its months ("Late Summer (July–Sept)"): a part of every year.
"""

from __future__ import annotations

import re

from store.timex.candidates import Candidate
from store.timex.lexicon import MONTH, MONTH_OR_ABBREVIATION, SEASONS, WEEKDAY, cased
from store.timex.names import CLOSING_QUOTES, OPENING_QUOTES
from store.timex.tense import in_future_tense, scheduled_before, scheduled_present, tense_direction

_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|\d{1,2}:\d{2}|noon|midnight)"
# "9am–5pm", "9 a.m. to 5 p.m.", "8:00 AM - 6:00 PM", "11:00-22:00", "noon to 3 p.m.".
CLOCK_RANGE = re.compile(
    rf"(?<![\w:]){_CLOCK}\s{{0,3}}(?:[-–—]|to|until|till)\s{{0,3}}{_CLOCK}", re.IGNORECASE
)
# A date the calendar names: a month with a day or year, a numeric date, a year.
CALENDAR_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s{1,3}\d"
    r"|\b\d{1,2}\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b(?:today|tomorrow|yesterday|tonight)\b",
    re.IGNORECASE,
)
# A run of weekdays: "Monday to Friday", "Mon–Fri", "Sat & Sun", "Monday through Thursday"
# ("Friday and Thursday" lists two days).
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
WEEKDAY_RANGE = re.compile(rf"\b{_DAY}\s{{0,3}}(?:[-–—&/]|to|through|thru)\s{{0,3}}{_DAY}(?!\w)")
# A sentence's end; not the stop of "a.m." or of an initial ("J. Smith").
WEEKDAY_TOKEN = re.compile(rf"\b{_DAY}(?!\w)")
SENTENCE_REACH = 400
SENTENCE_STOP = re.compile(r"(?<![ap]\.m)(?<![ap]\.m\.)(?<!\b[A-Z])[.!?](?=\s|\Z)|\n")
WEEKDAY_PHRASE = re.compile(rf"(?:{WEEKDAY})\Z")
CLOCK_PHRASE = re.compile(rf"{_CLOCK}", re.IGNORECASE)
PART_WORD = re.compile(r"\A(?:[Ee]arly|[Mm]id|[Ll]ate)[ \t-]{1,3}")
SEASON_PHRASE = re.compile(rf"(?:{cased(SEASONS)})\Z")
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
WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[ \t]{1,3}\Z")
# Prepositions before "today's" that speak of the age: "in today's world", "of today's cars".
AGE_PREPOSITIONS = frozenset({"in", "of", "with", "into", "across", "throughout", "among"})
DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our", "your"})
_RECURRING = r"(?:day|week|month|year|morning|afternoon|evening|night|weekend|season|spring"
_RECURRING += rf"|summer|autumn|fall|winter|{WEEKDAY}|{MONTH})"
THE_UNITS = frozenset({"the year", "the month", "the week", "the day"})
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
# Verbs that open a call to action ("Contact us today", "Sign up today"): the imperative.
_IMPERATIVES = """
get start call contact schedule book order sign join subscribe apply request try download visit
register shop buy use give skip discover claim reserve enroll enrol partner reach explore learn
grab save upgrade click email text message find make take check read watch follow ask talk
"""
IMPERATIVES = frozenset(_IMPERATIVES.split())
FIRST_WORD = re.compile(r"[\W_]*(?P<word>[A-Za-z]+)")
STAMP_REACH = 48
STAMP_BEFORE = re.compile(
    r"(?:\b(?:updated|posted|published|edited|modified|comments?|repl(?:y|ied))\b[^.!?\n]{0,24}"
    r"|[·|•]\s{0,3})\Z",
    re.IGNORECASE,
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
# A sentence addressing the reader: advice, in which the future is anyone's.
SECOND_PERSON = re.compile(r"\b(?:you|your|you['’](?:ll|re|ve|d))\b", re.IGNORECASE)
# An "if" clause still open before the time: no comma since the "if".
CONDITION_BEFORE = re.compile(r"\b(?:if|whenever|unless)\b[^,;:\n]*\Z", re.IGNORECASE)
# A season followed by the months it spans, in brackets: "Late Summer (July–Sept)".
MONTHS_GLOSS_AFTER = re.compile(rf"[ \t]{{0,3}}\((?:{MONTH_OR_ABBREVIATION})", re.IGNORECASE)
SEASON_GLOSS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(SEASONS)})[ \t]{{0,3}}\([ \t]{{0,3}}\Z", re.IGNORECASE
)


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
        _in_schedule(text, candidate, phrase)
        or _kind_of_thing(text, candidate, phrase)
        or _habit(text, candidate, phrase)
        or _indefinite(text, candidate, phrase)
        or _cited(text, candidate)
        or _call_to_action(text, candidate, phrase)
        or _nowadays(text, candidate, phrase)
        or _page_stamp(text, candidate, phrase)
        or _game_quarter(text, candidate, phrase)
        or _example_or_topic(text, candidate, phrase)
        or _condition(text, candidate, phrase)
        or _season_gloss(text, candidate, phrase)
    )


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at`, cut `SENTENCE_REACH` characters either side: a page's table
    flattened into one line has no full stop, and each candidate must cost the same."""
    start = max(0, at - SENTENCE_REACH)
    for stop in SENTENCE_STOP.finditer(text, start, at):
        start = stop.end()
    reach = min(len(text), at + SENTENCE_REACH)
    after = SENTENCE_STOP.search(text, at, reach)
    return start, after.start() if after is not None else reach


def _named_day(phrase: str) -> bool:
    """A weekday or a season, or part of one ("early spring")."""
    bare = PART_WORD.sub("", phrase)
    return bool(WEEKDAY_PHRASE.match(bare) or SEASON_PHRASE.match(bare.lower()))


def _in_schedule(text: str, candidate: Candidate, phrase: str) -> bool:
    """Weekdays and clock times in a sentence of opening hours: times or weekdays from one to
    another, no calendar date, and no tense that makes them an occasion ("the rally ran from
    10 a.m. to 5 p.m.", "talks will run from Monday to Friday")."""
    weekday = WEEKDAY_PHRASE.match(phrase.split(",")[-1].strip()) is not None
    if not (weekday or CLOCK_PHRASE.match(phrase)):
        return False
    start, end = _sentence(text, candidate.start)
    sentence, at = text[start:end], candidate.start - start
    # A weekday belongs to a schedule with hours in it, or in a run of days ("Mon–Fri"); a
    # time, to one with a run of days in it, or in a run of hours ("9am–5pm").
    if weekday:
        scheduled = CLOCK_RANGE.search(sentence) is not None or _in_range(
            WEEKDAY_RANGE, sentence, at
        )
    else:
        scheduled = WEEKDAY_RANGE.search(sentence) is not None or _in_range(
            CLOCK_RANGE, sentence, at
        )
    if not scheduled:
        return False
    if CALENDAR_DATE.search(sentence) is not None:
        return False
    # Read the tense without the weekdays: "Sat" is no past of "sit".
    masked = WEEKDAY_TOKEN.sub(lambda day: " " * len(day.group()), sentence)
    direction = tense_direction(masked, at, at + len(phrase))
    # "Office hours are 9:30am to 4:30pm": a present "are" is a schedule's, not an occasion's.
    return direction == 0 or (
        direction > 0 and scheduled_before(masked, at) and not in_future_tense(masked, at)
    )


def _in_range(pattern: re.Pattern[str], sentence: str, at: int) -> bool:
    return any(found.start() <= at < found.end() for found in pattern.finditer(sentence))


def _kind_of_thing(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "a Christmas list", "fall wellness routines": a day's or season's name before a noun,
    with no time preposition before it and no tense that places it."""
    if any(char.isdigit() for char in phrase):
        return False
    if not (_named_day(phrase) or HOLIDAY_PHRASE.match(phrase)):
        return False
    before = WORD_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
    if before is not None and before["word"].lower() in DETERMINERS:
        if WEEKDAY_PHRASE.match(phrase):
            return False  # "the Friday explosions": that Friday's
        before = WORD_BEFORE.search(text, max(0, before.start() - 16), before.start())
    if before is not None and before["word"].lower() in TIME_PREPOSITIONS:
        return False  # "by the Tuesday deadline", "for Christmas dinner"
    after = NOUN_AFTER.match(text, candidate.end)
    if after is None or after["word"] in NOT_NOUNS:
        return False
    return tense_direction(text, candidate.start, candidate.end) == 0


def _habit(text: str, candidate: Candidate, phrase: str) -> bool:
    """A day, month or season without a year in a sentence that says it recurs; "throughout
    the year" in the present ("care continues throughout the year"): all year, any year."""
    if phrase.lower() in THE_UNITS:
        before = WORD_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
        if before is None or before["word"].lower() != "throughout":
            return False
        return _any_time(text, candidate)
    if candidate.kind not in ("underspecified", "deictic") or any(c.isdigit() for c in phrase):
        return False
    if candidate.granularity not in ("day", "month", "season"):
        return False
    if phrase.lower().startswith(("this ", "last ", "next ", "today", "yesterday", "tomorrow")):
        return False
    start, end = _sentence(text, candidate.start)
    if HABIT.search(text, start, end) is None:
        return False
    direction = tense_direction(text, candidate.start, candidate.end)
    # "Consultants often travel Monday through Thursday": a present of habit, not a schedule.
    return direction == 0 or (direction > 0 and scheduled_present(text, candidate.start))


def _indefinite(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "on a Sunday", "on a sunny Friday morning": some such day, not a dated one."""
    word = phrase.split()[0] if phrase.split() else ""
    if not (WEEKDAY_PHRASE.match(word) or HOLIDAY_PHRASE.match(phrase)):
        return False
    return INDEFINITE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None


def _cited(text: str, candidate: Candidate) -> bool:
    """A date word quoted on its own as a word: change “today” to “yesterday”."""
    start, end = candidate.start, candidate.end
    if start == 0 or end >= len(text):
        return False
    return text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES


def _call_to_action(text: str, candidate: Candidate, phrase: str) -> bool:
    if phrase.lower() != "today":
        return False
    start, end = _sentence(text, candidate.start)
    first = FIRST_WORD.match(text, start, end)
    return first is not None and first["word"].lower() in IMPERATIVES


def _nowadays(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "in today's world", "many of today's computers": the present age, which TimeML leaves
    unmarked, not the day of writing ("today's vote", "at today's meeting" keep theirs)."""
    if phrase.lower() != "today" or not text.startswith(("'s", "’s"), candidate.end):
        return False
    before = WORD_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
    if before is None or before["word"].lower() not in AGE_PREPOSITIONS:
        return False
    return tense_direction(text, candidate.start, candidate.end) == 0


def _page_stamp(text: str, candidate: Candidate, phrase: str) -> bool:
    """A clock time stamped on the page: "Updated 3:45 PM", "· 5:14 pm", or a time alone on
    its line, with no day written beside it."""
    if candidate.timex != "TIME" or not CLOCK_PHRASE.match(phrase):
        return False
    sentence_start, _end = _sentence(text, candidate.start)
    if CALENDAR_DATE.search(text, sentence_start, candidate.end + 40) or WEEKDAY_PHRASE.search(
        phrase
    ):
        return False
    # The stamp's word stands a few words before the time, on its line.
    reach = max(0, candidate.start - STAMP_REACH)
    before = text[max(text.rfind("\n", reach, candidate.start) + 1, reach) : candidate.start]
    return STAMP_BEFORE.search(before) is not None


def _game_quarter(text: str, candidate: Candidate, phrase: str) -> bool:
    """A quarter of a game or of something else, not of a year."""
    if candidate.granularity != "quarter" or any(char.isdigit() for char in phrase):
        return False
    if QUARTER_OF_SOMETHING.match(text, candidate.end) is not None:
        return True
    start, end = _sentence(text, candidate.start)
    return GAME_WORDS.search(text, start, end) is not None


def _any_time(text: str, candidate: Candidate) -> bool:
    """The present, or a future said to the reader ("you'll receive care throughout the
    year"): advice that holds whenever it is read, not a report of what is to come."""
    direction = tense_direction(text, candidate.start, candidate.end)
    if direction == 0:
        return True
    start, end = _sentence(text, candidate.start)
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


def _condition(text: str, candidate: Candidate, phrase: str) -> bool:
    """A clock time with no day in an "if" clause ("If the alarm goes off at 3 AM, check the
    sensor"): whichever day it happens, not the page's."""
    if candidate.timex != "TIME" or not CLOCK_PHRASE.match(phrase):
        return False
    start, end = _sentence(text, candidate.start)
    if CALENDAR_DATE.search(text, start, end) or WEEKDAY_TOKEN.search(text, start, end):
        return False
    if CONDITION_BEFORE.search(text, start, candidate.start) is None:
        return False
    # "If he left at 3 AM" may tell of a night that happened.
    return tense_direction(text, candidate.start, candidate.end) >= 0


def _season_gloss(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "Late Summer (July–Sept)": a season glossed by its months, and the months glossing it,
    name a part of any year (a planting guide's), not a dated one."""
    if candidate.kind not in ("underspecified", "deictic") or any(c.isdigit() for c in phrase):
        return False
    if _named_day(phrase) and not WEEKDAY_PHRASE.match(phrase):
        glossed = MONTHS_GLOSS_AFTER.match(text, candidate.end) is not None
    else:
        before = text[max(0, candidate.start - 20) : candidate.start]
        glossed = candidate.granularity == "month" and bool(SEASON_GLOSS_BEFORE.search(before))
    return glossed and tense_direction(text, candidate.start, candidate.end) == 0
