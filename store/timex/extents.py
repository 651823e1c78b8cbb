"""TIMEX3 expressions that are not calendar dates: durations ("three years", "the past two
months", "a two-year contract"), sets ("daily", "every Monday", "each July") and the reference
words PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently", "in the future").

Their values are TIMEX3's ("P3Y", "PT5H", "PXD", "XXXX-WXX-1", "P1D", "PRESENT_REF"). Most do
not name a stretch of the calendar and stay off it (start and end None); a duration counted
from the moment of writing ("the past three years", "the next two weeks") is placed as the
range it covers.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from store.timex.candidates import Candidate, Reference, Resolver, TimexType, from_anchor
from store.timex.lead import Before
from store.timex.lexicon import MONTHS, SPACE, WEEKDAYS, alternation, cased
from store.timex.spans import Span

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
    "a": 1, "an": 1, "a couple of": 2, "a couple": 2,
}  # fmt: skip
# Counts the text leaves open: the value writes X for the number ("several years" is PXY).
VAGUE_COUNTS = ("a few", "few", "several", "some", "many")
# TIMEX3 duration letters; units under a day are written after a "T".
UNIT_LETTERS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y",
}  # fmt: skip
# Units written as a number of another: "two decades" is "P20Y".
UNIT_SCALES = {"decade": 10, "century": 100}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
# Half of a unit, in the next unit down: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
HALVES = {"year": ("M", 6), "month": ("D", 15), "day": ("T12H", 0), "hour": ("M", 30)}
HALVES |= {"minute": ("S", 30)}
UNIT_PLURALS = {"century": "centuries"}
# One of each unit a stretch of days is counted in, as a step on the calendar.
UNIT_STEPS = {
    "day": relativedelta(days=1), "week": relativedelta(weeks=1),
    "month": relativedelta(months=1), "quarter": relativedelta(months=3),
    "year": relativedelta(years=1),
}  # fmt: skip
UNIT_STEPS |= {unit: relativedelta(years=scale) for unit, scale in UNIT_SCALES.items()}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "twenty-four", "twenty four"; "2 1/2". Tried before the single words, so "four" alone does not
# win.
COUNT = (
    rf"(?P<count>[0-9]{{1,3}}(?:{SPACE}1/2)?|(?:{cased(TENS)})[- ](?:{cased(ONES)})"
    rf"|{cased([*NUMBER_WORDS, *VAGUE_COUNTS])})"
)
# Words that bound or blur a count, part of the expression as TimeML marks it: "nearly two
# years", "more than four hours", "up to 180 days". Not "over": "over two decades" is as often
# "during" as "more than".
APPROXIMATORS = (
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "more than",
    "less than", "fewer than", "up to", "no more than", "at least", "at most", "just",
)  # fmt: skip
APPROXIMATE = rf"(?:(?P<approx>{cased(APPROXIMATORS)}){SPACE})?"
UNIT_FORMS = {form: unit for unit in UNIT_LETTERS for form in (unit, f"{unit}s")}
UNIT_FORMS |= {plural: unit for unit, plural in UNIT_PLURALS.items()}
UNIT = rf"(?P<unit>{cased(UNIT_FORMS)})"
# Words between "the" and the count that say where the stretch lies: "the past two years".
RELATIONS = {"past": -1, "last": -1, "previous": 0, "next": 1, "coming": 1, "first": 0}
RELATIONS |= {"final": 0, "latest": 0, "same": 0, "following": 0}

# A duration is found from its unit ("years"), the words before it read from there: the
# engine skips ahead to a unit far faster than it tries a choice of counts at every position.
DURATION = re.compile(rf"\b{UNIT}\b")
# What may not follow the unit: an age ("a 10-year-old"), or a point ("two years ago").
NOT_AFTER_UNIT = re.compile(rf"[-‐][a-z]|{SPACE}(?:old|ago|earlier|later|before|after)\b")
# A noun after "a second" makes it the ordinal: "for a second quarter", "a second time".
ORDINAL_NOUN_AFTER = re.compile(
    rf"{SPACE}(?!(?:of|and|or|to|in|on|at|for|with|from|as|but|the|a|an|longer|more|less)\b)"
    r"[a-z]{2,}\b"
)
# "a second, lighter prune", "a second and final round", "a second or third attempt": the
# ordinal, joined to another word before their noun. A word that opens a clause after the mark
# ("For a second, nobody spoke", "for a second and then left"), a count ("a second or two"), or
# a function word after the joined one ("paused for a second and looked around", "froze for a
# second, unsure what to do", "Stop for a second and think.") leaves a second of time.
_CLAUSE_OPENERS = (
    "a an the then so but yet he she it i we you they there this that these those nobody"
    " nothing no none everyone everything someone something all his her its our their my your"
    " half one two three four five ten more less not just only still when while as if"
)
_FUNCTION_WORDS = (
    "a an the of to in on at for with from by about around up down out off back away over"
    " again what how why who which that this it him her them me us you and or but then as"
)
ORDINAL_JOINED_AFTER = re.compile(
    rf"(?:,|{SPACE}(?:and|or)){SPACE}(?!(?:{'|'.join(_CLAUSE_OPENERS.split())})\b)[a-z]{{2,}}"
    rf"{SPACE}(?!(?:{'|'.join(_FUNCTION_WORDS.split())})\b)[a-z]{{2,}}\b"
)
# "will one day be", "hopes to one day lead", "he one day follow": "one day" between a modal,
# "to" or a subject and a bare verb is some day to come, TIMEX3's FUTURE_REF.
SOME_DAY_BEFORE = re.compile(
    r"\b(?i:will|would|could|can|may|might|should|shall|must|to|i|you|he|she|we|they)"
    r"(?:['’]\w{1,2})?\s{1,3}\Z"
)
SOME_DAY_AFTER = re.compile(
    r"\s{1,3}(?!(?:a|an|the|of|per|in|on|at|to|for|and|or|later|earlier|before|after|ago|each"
    r"|every|off|only|more|less|early|late|longer|shorter|from|with)\b)[a-z]{2,}\b"
)
# Read back from the unit: "the past two ", "several ", "a ".
COUNT_BEFORE = re.compile(
    rf"(?<![\w-]){APPROXIMATE}(?:(?P<the>{cased(['the'])}){SPACE})?"
    rf"(?:(?P<rel>{cased(RELATIONS)}){SPACE})?{COUNT}{SPACE}\Z"
)
# "a two-year contract", "a 10-day trip".
COUNT_HYPHEN_BEFORE = re.compile(rf"(?<![\w-])(?P<count>[0-9]{{1,3}}|{cased(NUMBER_WORDS)})[-‐]\Z")
# "for years", "within days": a plural unit with no count, after a word that makes it a span.
OPEN_BEFORE = re.compile(
    rf"\b(?:[Ff]or|[Ww]ithin|[Oo]ver|[Ii]n|(?P<kept>[Rr]ecent|[Cc]oming)){SPACE}\Z"
)
QUARTER_FRACTION = re.compile(rf"{SPACE}of\b")
OPEN_UNITS = frozenset({"days", "weeks", "months", "years", "decades"})
# The last word of every count, and the words that open a countless span ("for years").
COUNT_ENDINGS = frozenset(
    {phrase.split()[-1].lower() for phrase in (*NUMBER_WORDS, *VAGUE_COUNTS)}
    | {"for", "within", "over", "in", "recent", "coming", "0"}
)
WORD_BEFORE = re.compile(r"(\w+)\s{1,3}\Z")
# How far back the words before a unit can reach ("the following twenty-four ").
BEFORE_REACH = 40
# Words before "a day", "a year" that make it a length of time: "for a year", "in a week",
# "nearly a decade", "more than a month", "won't last a year"; "$5 million a year" is a rate.
SINGLE_CUE = re.compile(
    r"\b(?:for|in|within|over|about|nearly|almost|than|after|only|just|least|half|around"
    r"|barely|long\s{1,3}as|last(?:s|ed|ing)?)\s{1,3}\Z",
    re.IGNORECASE,
)
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "recent years": "PAST_REF",
    "lately": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
}  # fmt: skip
REFERENCE = re.compile(
    rf"\b(?P<word>{cased(REFERENCES)})\b(?![-‐'’]\w|{SPACE}(?:(?!an?\b){COUNT}|{UNIT})\b)"
)
# "now and then" is "sometimes"; "now that" is still the present, as TimeML marks it.
NOT_REFERENCE_AFTER = re.compile(rf"{SPACE}and then\b")
SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
    "yearly": "P1Y", "hourly": "PT1H",
}  # fmt: skip
SET_WORD = re.compile(rf"\b(?P<word>{cased(SET_WORDS)})\b")
EVERY = re.compile(
    rf"\b(?P<every>{cased(['every', 'each'])}){SPACE}"
    rf"(?P<what>{alternation(WEEKDAYS)}|{alternation(MONTHS)}|{cased(['day', 'week', 'month', 'year', 'night', 'morning', 'evening'])})\b"  # noqa: E501
)
EVERY_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
EVERY_UNITS |= {"night": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV"}
# A name after "daily" or "weekly": the paper it is ("the daily Granma"), not how often; a
# weekday, month or "I" after it is no name ("twice daily Monday to Friday").
PUBLICATION_NAME_AFTER = re.compile(
    rf"{SPACE}(?!(?:{alternation(WEEKDAYS)}|{alternation(MONTHS)}|I)\b)[A-Z][\w'’-]*"
)
# Words that end a sentence or clause: "Now" after one is the adverb, not a name.
CAPITAL_OK_AFTER = re.compile(r"(?:\A|(?:[.!?:;\"“”(]|``)\s{0,3}|\n\s*)\Z")


def duration(core: re.Match[str], before: Before) -> Candidate | None:
    """ "three years", "the past two months", "several days", "a two-year contract", "for
    years": values "P3Y", "P2M", "PXD", "P2Y", "PXY"."""
    text, at, word = core.string, core.start(), core["unit"]
    if NOT_AFTER_UNIT.match(text, core.end()):
        return None
    if word[0].isupper() and not word.isupper():
        return None  # "60 Minutes", "Three Days of the Condor": a title
    unit = UNIT_FORMS[word.lower()]
    if at and text[at - 1] in "-‐":
        hyphen = COUNT_HYPHEN_BEFORE.search(text, max(0, at - 16), at)
        if hyphen is None or word.lower() != unit:
            return None
        value = duration_value(_count(hyphen["count"]), unit)
        return literal(hyphen.start(), core.end(), value, "DURATION", _unplaced)
    if _word_before(text, at) not in COUNT_ENDINGS:
        counted = None  # most units: "the year", "this week"; no count to read
    else:
        counted = COUNT_BEFORE.search(text, max(0, at - BEFORE_REACH), at)
    if counted is None:
        opening = OPEN_BEFORE.search(text, max(0, at - 12), at)
        if word.lower() in OPEN_UNITS and opening is not None:
            # "recent months" and "coming weeks" keep their word, as TimeML marks them.
            start = opening.start() if opening["kept"] else at
            return literal(start, core.end(), duration_value(None, unit), "DURATION", _unplaced)
        return None
    return _counted(counted, core, unit)


def _counted(counted: re.Match[str], core: re.Match[str], unit: str) -> Candidate | None:
    if (counted["rel"] or "").lower() == "last" and not counted["the"]:
        # "will last two weeks", "storms that last three days": the verb, outside the span.
        again = COUNT_BEFORE.search(core.string, counted.end("rel"), core.start())
        if again is None:
            return None
        counted = again
    relation, word, count_word = (counted["rel"] or "").lower(), core["unit"], counted["count"]
    if relation and not counted["the"] and relation not in ("past", "next", "last", "first"):
        return None  # "following two days" without "the" reads as part of something else
    count = _count(count_word)
    if count_word.lower() in ("a", "an"):
        if word.lower() != unit:
            return None  # "a years" is no duration
        cue = SINGLE_CUE.search(core.string, max(0, counted.start() - 16), counted.start())
        if not (counted["the"] or relation or cue or counted["approx"]):
            return None  # "what a year it was"
        if word.lower() == "second" and _ordinal_after(core.string, core.end()):
            return None  # "for a second quarter", "a second, lighter prune": the ordinal
    if unit == "quarter" and (QUARTER_FRACTION.match(core.string, core.end()) or count == 1):
        return None  # "a quarter of the shares", "three quarters of voters": fractions
    if _some_day(counted, core):
        return literal(counted.start(), core.end(), "FUTURE_REF", "DATE", _unplaced)
    value = duration_value(count, unit)
    shift = RELATIONS.get(relation, 0) if counted["the"] or relation in ("past", "next") else 0
    resolve = anchored(count, unit, shift) if shift else _unplaced
    return literal(counted.start(), core.end(), value, "DURATION", resolve)


def _some_day(counted: re.Match[str], core: re.Match[str]) -> bool:
    """ "one day" after a modal, "to" or a subject and before a bare verb: "Islam will one day
    be", "hopes to one day lead"; "it lasted one day" and "one day later" are lengths."""
    if counted.group().lower().rstrip() != "one" or core["unit"] != "day":
        return False
    text = core.string
    before = SOME_DAY_BEFORE.search(text, max(0, counted.start() - 12), counted.start())
    return before is not None and SOME_DAY_AFTER.match(text, core.end()) is not None


def _ordinal_after(text: str, end: int) -> bool:
    """Whether what follows "a second" makes it the ordinal: a noun ("a second quarter"), or
    another word of its noun's after a comma, "and" or "or" ("a second, lighter prune")."""
    return bool(ORDINAL_NOUN_AFTER.match(text, end) or ORDINAL_JOINED_AFTER.match(text, end))


def reference(core: re.Match[str], before: Before) -> Candidate | None:
    """ "now", "currently", "recently", "the future": TIMEX3's reference values. Capitalised
    away from a sentence's start it is a name ("Now magazine")."""
    word = core["word"]
    text = core.string
    if word[0].isupper() and not CAPITAL_OK_AFTER.search(
        text, max(0, core.start() - 4), core.start()
    ):
        return None
    if word.lower() == "now" and NOT_REFERENCE_AFTER.match(text, core.end()):
        return None
    return literal(core.start(), core.end(), REFERENCES[word.lower()], "DATE", _unplaced)


def set_word(core: re.Match[str], before: Before) -> Candidate | None:
    """ "daily", "annually": a set; capitalised mid-sentence it names something ("the Daily
    Mail", "Weekly Standard"), and before a name it is a paper's kind ("the Communist Party
    daily Granma", "the news weekly Der Spiegel")."""
    word = core["word"]
    text = core.string
    if word[0].isupper() and not CAPITAL_OK_AFTER.search(
        text, max(0, core.start() - 4), core.start()
    ):
        return None
    if PUBLICATION_NAME_AFTER.match(text, core.end()):
        return None
    return literal(core.start(), core.end(), SET_WORDS[word.lower()], "SET", _unplaced)


def every(core: re.Match[str], before: Before) -> Candidate | None:
    """ "every Monday" is XXXX-WXX-1, "each July" XXXX-07, "every day" P1D."""
    what = core["what"]
    if what in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[what] + 1}"
    elif what in MONTHS:
        value = f"XXXX-{MONTHS[what]:02d}"
    else:
        value = EVERY_UNITS[what.lower()]
    return literal(core.start(), core.end(), value, "SET", _unplaced)


def duration_value(count: float | None, unit: str) -> str:
    """ "P3Y", "PT5H", "PXD"; a half in the next unit down: "P2Y6M", "PT5H30M"."""
    time = "T" if unit in CLOCK_UNITS else ""
    letter = UNIT_LETTERS[unit]
    if count is None:
        return f"P{time}X{letter}"
    number = count * UNIT_SCALES.get(unit, 1)
    whole = int(number)
    if number == whole:
        return f"P{time}{whole}{letter}"
    if unit not in HALVES:
        return f"P{time}{number:g}{letter}"
    smaller, amount = HALVES[unit]
    half = smaller if amount == 0 else f"{amount}{smaller}"
    return f"P{time}{half}" if whole == 0 else f"P{time}{whole}{letter}{half}"


def literal(start: int, end: int, value: str, timex: TimexType, resolve: Resolver) -> Candidate:
    return Candidate(
        start=start,
        end=end,
        granularity="day",
        resolve=resolve,
        kind="deictic",
        literal=value,
        timex=timex,
    )


def _word_before(text: str, at: int) -> str:
    """The word just before `at`, lower case ("" if none); digits count as "0"."""
    word = WORD_BEFORE.search(text, max(0, at - 24), at)
    if word is None:
        return ""
    return "0" if word[1].isdigit() else word[1].lower()


def _count(text: str) -> float | None:
    """The number a count says: "3", "twenty-four" (24), "2 1/2" (2.5); None for "several"."""
    text = " ".join(text.lower().replace("-", " ").split())
    if text.isdigit():
        return int(text)
    if text.endswith(" 1/2") and text[:-4].isdigit():
        return int(text[:-4]) + 0.5
    tens, _, ones = text.partition(" ")
    if tens in TENS and ones in ONES:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return NUMBER_WORDS.get(text)


def _unplaced(_reference: Reference) -> Span | None:
    return None


def anchored(count: float | None, unit: str, direction: int) -> Resolver:
    """ "the past three years" written on 13 May 2024 runs from 13 May 2021 to that day."""
    if count is None or unit in CLOCK_UNITS or count != int(count):
        return _unplaced
    step = UNIT_STEPS[unit] * int(count)

    def build(anchor: dt.date) -> Span:
        first, last = (anchor - step, anchor) if direction < 0 else (anchor, anchor + step)
        return Span(duration_value(count, unit), first, last, "day")

    return from_anchor(build)
