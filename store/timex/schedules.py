"""Weekdays and clock times that recur or belong to the page, not to a dated occasion.

- opening hours: clock times from one to another ("Mon–Fri 9am–5pm", "from 5 a.m. to 9 p.m.")
  with no calendar date in the sentence; the weekdays and times in it recur every week;
- a list of weekdays in the present ("available to rent Tuesday, Wednesday and Thursday"):
  the days of every week something is offered, where "met Tuesday and Wednesday" is dated;
- a programme's numbered day ("Day 1 on Sunday: arrive"): the weekday of an itinerary;
- a column's title ("Fix It Friday: patching drywall"): a weekday closing a run of capitalised
  words that opens its line and ends at a colon;
- a heading that is a weekday alone ("## Monday"): a day of a meal plan or a programme;
- a page's stamp: "Updated 3:45 PM", "Comments (12) · 5:14 pm";
- a condition: a bare clock time in an "if" clause ("If the alarm goes off at 3 AM, check it").
"""

from __future__ import annotations

import re

from store.timex.around import WEEKDAY_PHRASE, sentence_around
from store.timex.candidates import Candidate
from store.timex.tense import in_future_tense, scheduled_before, tense_direction

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
WEEKDAY_TOKEN = re.compile(rf"\b{_DAY}(?!\w)")
CLOCK_PHRASE = re.compile(rf"{_CLOCK}", re.IGNORECASE)
# A weekday listed with another: "Tuesday, Wednesday and Thursday", "Saturday or Sunday".
_LIST_JOINT = r"(?:\s{0,3},\s{0,3}(?:(?:and|or)\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})"
LISTED_AFTER = re.compile(rf"{_LIST_JOINT}{_DAY}(?!\w)")
LISTED_BEFORE = re.compile(rf"\b{_DAY}{_LIST_JOINT}\Z")
# A programme's numbered day before the weekday, in its sentence: "Day 1 on Sunday".
NUMBERED_DAY = re.compile(r"\b[Dd]ay\s{1,3}\d{1,2}\b")
# A run of capitalised words opening a line, a heading or a sentence, then the weekday and a
# colon: "Fix It Friday:", "Design 101 ## Throwback Thursday:".
TITLE_BEFORE = re.compile(
    r"(?:\A|\n|#{1,6}[ \t]|[.!?][ \t])[ \t]{0,3}(?:[A-Z][\w'’]*[ \t]{1,3}){1,4}\Z"
)
LETTER = re.compile(r"[A-Za-z]")
NOT_TITLE_WORDS = frozenset({"On", "By", "Until", "Till", "Since", "Every", "Each", "From"})
STAMP_REACH = 48
STAMP_BEFORE = re.compile(
    r"(?:\b(?:updated|posted|published|edited|modified|comments?|repl(?:y|ied))\b[^.!?\n]{0,24}"
    r"|[·|•]\s{0,3})\Z",
    re.IGNORECASE,
)
# An "if" clause still open before the time: no comma since the "if".
CONDITION_BEFORE = re.compile(r"\b(?:if|whenever|unless)\b[^,;:\n]*\Z", re.IGNORECASE)


def in_schedule(text: str, candidate: Candidate, phrase: str) -> bool:
    """Weekdays and clock times in a sentence of opening hours: times or weekdays from one to
    another, no calendar date, and no tense that makes them an occasion ("the rally ran from
    10 a.m. to 5 p.m.", "talks will run from Monday to Friday")."""
    weekday = WEEKDAY_PHRASE.match(phrase.split(",")[-1].strip()) is not None
    if not (weekday or CLOCK_PHRASE.match(phrase)):
        return False
    start, end = sentence_around(text, candidate.start)
    sentence, at = text[start:end], candidate.start - start
    # A weekday belongs to a schedule with hours in it, or in a run of days ("Mon–Fri"); a
    # time, to one with a run of days in it, or in a run of hours ("9am–5pm").
    if weekday:
        scheduled = CLOCK_RANGE.search(sentence) is not None or in_range(
            WEEKDAY_RANGE, sentence, at
        )
    else:
        scheduled = WEEKDAY_RANGE.search(sentence) is not None or in_range(
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


def in_range(pattern: re.Pattern[str], sentence: str, at: int) -> bool:
    return any(found.start() <= at < found.end() for found in pattern.finditer(sentence))


def recurring_weekday(text: str, candidate: Candidate, phrase: str) -> bool:
    """A bare weekday listed with others, or on a programme's numbered day, in a sentence with
    no past or future tense that dates it ("open Saturday and Sunday", "Day 2 on Monday: hike");
    "the talks were held Tuesday and Wednesday" keeps its days."""
    if WEEKDAY_PHRASE.fullmatch(phrase) is None:
        return False
    start, end = sentence_around(text, candidate.start)
    listed = LISTED_AFTER.match(text, candidate.end) is not None or (
        LISTED_BEFORE.search(text, max(0, candidate.start - 24), candidate.start) is not None
    )
    numbered = NUMBERED_DAY.search(text, start, candidate.start) is not None
    if not (listed or numbered) or CALENDAR_DATE.search(text, start, end) is not None:
        return False
    sentence, at = text[start:end], candidate.start - start
    masked = WEEKDAY_TOKEN.sub(lambda day: " " * len(day.group()), sentence)
    # The verb before a list governs it ("available to rent Tuesday and Wednesday based on
    # demand"); a list opening its sentence, or a programme's day, is read by the words after.
    after = numbered or not LETTER.search(masked, 0, at)
    direction = tense_direction(masked, at, at + len(phrase) if after else -1)
    # "Classes meet Monday or Wednesday": a present that schedules recurs; "will meet" does not.
    return direction == 0 or (direction > 0 and not in_future_tense(masked, at))


# What may stand around a heading's words: Markdown's marks, a colon, a dash.
HEADING_MARKS = " \t\n#*_:.-–—"


def plan_heading(text: str, candidate: Candidate, phrase: str) -> bool:
    """A line that is a weekday alone ("Monday", "## Tuesday:"): a day of a meal plan, a
    programme or a menu, any week's; a dated heading gives its date ("Monday, May 5")."""
    if WEEKDAY_PHRASE.fullmatch(phrase) is None:
        return False
    rest = text[: candidate.start] + text[candidate.end :]
    return not rest.strip(HEADING_MARKS)


def column_title(text: str, candidate: Candidate, phrase: str) -> bool:
    """ "Fix It Friday: patching drywall": a weekday closing a run of capitalised words that
    opens its line, before a colon, names a column; "On Friday: rain" stays a day."""
    if WEEKDAY_PHRASE.fullmatch(phrase) is None or not text.startswith(":", candidate.end):
        return False
    run = TITLE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
    if run is None:
        return False
    return run.group().split()[0] not in NOT_TITLE_WORDS


def page_stamp(text: str, candidate: Candidate, phrase: str) -> bool:
    """A clock time stamped on the page: "Updated 3:45 PM", "· 5:14 pm", or a time alone on
    its line, with no day written beside it."""
    if candidate.timex != "TIME" or not CLOCK_PHRASE.match(phrase):
        return False
    sentence_start, _end = sentence_around(text, candidate.start)
    if CALENDAR_DATE.search(text, sentence_start, candidate.end + 40) or WEEKDAY_PHRASE.search(
        phrase
    ):
        return False
    # The stamp's word stands a few words before the time, on its line.
    reach = max(0, candidate.start - STAMP_REACH)
    before = text[max(text.rfind("\n", reach, candidate.start) + 1, reach) : candidate.start]
    return STAMP_BEFORE.search(before) is not None


def condition(text: str, candidate: Candidate, phrase: str) -> bool:
    """A clock time with no day in an "if" clause ("If the alarm goes off at 3 AM, check the
    sensor"): whichever day it happens, not the page's."""
    if candidate.timex != "TIME" or not CLOCK_PHRASE.match(phrase):
        return False
    start, end = sentence_around(text, candidate.start)
    if CALENDAR_DATE.search(text, start, end) or WEEKDAY_TOKEN.search(text, start, end):
        return False
    if CONDITION_BEFORE.search(text, start, candidate.start) is None:
        return False
    # "If he left at 3 AM" may tell of a night that happened.
    return tense_direction(text, candidate.start, candidate.end) >= 0
