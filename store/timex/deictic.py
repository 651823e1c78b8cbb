"""Days and times counted from the document's own day: "yesterday", "today", "tonight",
"tomorrow", "three days ago", "by year-end"; and the "today" that speaks of the age rather than
the day ("Today, the group counts 400 members", "Today she is 45")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from store.models import Granularity
from store.timex import age_today, names, present_today, spans
from store.timex.around import sentence_around
from store.timex.candidates import Candidate, from_anchor, years_before_period
from store.timex.extents import literal
from store.timex.lead import Accepts, Before, take_lead, words_before
from store.timex.lexicon import COUNTS, SPACE, cased
from store.timex.past import PAST_WORDS, TELLING_WORDS
from store.timex.periods import UNITS
from store.timex.rules import make
from store.timex.spans import Span

DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# "the cities of tomorrow", "the heroes of yesterday": the future and the past at large.
AT_LARGE = {"tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}
DAY_WORD = re.compile(rf"\b(?P<word>{cased(DAY_WORDS)})\b")
AGO = re.compile(
    rf"\b(?P<count>[0-9]{{1,3}}|{cased(COUNTS)}){SPACE}"
    rf"(?P<unit>{cased(('day', 'week', 'month', 'year'))})(?:s|S)?{SPACE}(?:{cased(['ago'])})\b"
)
# "nearly four years ago": the approximator belongs to the expression, as TimeML marks it.
# Read back from the count: an optional word before it would keep the engine from skipping.
APPROXIMATOR_BEFORE = re.compile(
    rf"(?<![\w-])(?:{cased(['nearly', 'almost', 'about', 'around', 'some', 'roughly', 'more than', 'less than', 'just'])}){SPACE}\Z"  # noqa: E501
)

# After "Today,": a short subject, then a present-simple verb of being or having that no
# participle follows ("is announcing", "has signed", "is expected to" are the day's news).
NOWADAYS_AFTER = re.compile(
    rf",{SPACE}(?P<subject>(?:[\w'’.-]+{SPACE}){{0,4}}?)"
    r"(?:is|are|has|have|remains?|counts?|numbers?|employs?|stands?|exists?|boasts?|lives?)\b"
    rf"(?!{SPACE}(?:\w+(?:ing|ed|en)|been|being|set|due|about|to|going|time)\b)"
)
# "Today she is 45", "Today, Lee's 82 years old": someone's present age, comma or not; the age
# ends its clause ("is 45 points up" counts something else).
AGE = r"(?:[0-9]{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
AGE_AFTER = re.compile(
    rf",?{SPACE}(?P<subject>(?:[\w.-]+{SPACE}){{0,2}}?[\w.-]+?)(?:['’]s|{SPACE}(?:is|are))"
    rf"(?:{SPACE}now)?{SPACE}{AGE}(?:{SPACE}years?{SPACE}old)?"
    rf"(?=[ \t]{{0,3}}(?:[,.;!?)]|\Z)|{SPACE}(?:and|but)\b)"
)
WORD_RUN = re.compile(r"[a-z]+")
CONJUNCTION_BEFORE = re.compile(r"\b(?:And|But|Yet|So)\s{1,3}\Z")


def day_word(core: re.Match[str], before: Before) -> Candidate | None:
    word = core["word"].lower()
    shift = DAY_WORDS[word]
    lead = take_lead(before, core.start(), Accepts(part=True, clip=True))
    if lead is None or names.is_title(core.string, core.start(), core["word"], core.end()):
        return None  # "USA TODAY", "the Today show"
    if word == "today" and (
        _nowadays(core)
        or present_today.nowadays(core.string, core.start(), core.end())
        or age_today.of_the_age(core.string, core.start(), core.end())
    ):
        return literal(core.start(), core.end(), "PRESENT_REF", "DATE", lambda _reference: None)
    if word in AT_LARGE and age_today.of_the_age_to_come_or_past(
        core.string, core.start(), core.end()
    ):
        return literal(core.start(), core.end(), AT_LARGE[word], "DATE", lambda _reference: None)
    resolve = from_anchor(lambda anchor: spans.day(anchor + relativedelta(days=shift)))
    if word == "tonight":
        return make(
            core,
            lead,
            spans.at_time(resolve, "NI"),
            "day",
            "deictic",
            reference="reset",
            timex="TIME",
        )
    return make(core, lead, resolve, "day", "deictic", reference="reset")


def _nowadays(core: re.Match[str]) -> bool:
    """ "Today, the group counts 400 members", "Today, the right to work is survival": a
    sentence opened by "Today," in the present simple speaks of the age (TimeML's
    PRESENT_REF), as does one giving someone's age ("Today she is 45"); "Today, the firm
    announced", "Today, it is voting" keep the day."""
    text = core.string
    at = core.start()
    opening = CONJUNCTION_BEFORE.search(text, max(0, at - 8), at)
    if not names.at_sentence_start(text, opening.start() if opening else at):
        return False
    state = AGE_AFTER.match(text, core.end())
    if state is None:
        state = NOWADAYS_AFTER.match(text, core.end())
        if state is None or age_today.days_own(text, core.end(), sentence_around(text, at)[1]):
            return False  # "Today, this is the final episode", "Today, shares are 3% down"
    subject = WORD_RUN.findall(state["subject"].lower())
    return not any(w in PAST_WORDS or w in TELLING_WORDS or w.endswith("ed") for w in subject)


# "by year-end", "since year end", "before year's end": the end of the document's year (of the
# year before, after "since"); an adjective before its noun ("year-end bonuses") is left out.
YEAR_END = re.compile(rf"\b(?:[Yy]ear[-‐ ]end|[Yy]ear['’]s{SPACE}end)\b(?![-‐])")
WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[ \t]{1,3}\Z")
YEAR_END_CUES = frozenset(
    {"by", "at", "since", "before", "until", "till", "around", "after", "near", "toward"}
    | {"towards", "through", "to", "from", "of", "into", "past", "approaching"}
)


def year_end(core: re.Match[str], before: Before) -> Candidate | None:
    lead = take_lead(before, core.start(), Accepts())
    cue = WORD_BEFORE.search(core.string, max(0, core.start() - 16), core.start())
    if lead is None or cue is None or cue["word"].lower() not in YEAR_END_CUES:
        return None
    back = 1 if cue["word"].lower() == "since" else 0
    resolve = from_anchor(lambda anchor: spans.year(anchor.year - back))
    candidate = make(core, lead, resolve, "year", "deictic", modifier="late")
    return replace(candidate, part="late")


def ago(core: re.Match[str], before: Before) -> Candidate | None:
    """ "three days ago" is a day, "two weeks ago" a week, "four years ago" a year: the unit
    counted back from the document date, at the precision the text gave ("a year ago" from 29
    February 2024 is 2023, not a day in it)."""
    count_text, word = core["count"].lower(), core["unit"].lower()
    count = int(count_text) if count_text.isdigit() else COUNTS[count_text]
    text, at = core.string, core.start()
    approximator = APPROXIMATOR_BEFORE.search(text, max(0, at - 16), at)
    if approximator is not None:
        at = approximator.start()
        before = words_before(text, at)
    lead = take_lead(before, at, Accepts())
    if lead is None:
        return None
    granularity, build = AGO_UNITS[word]
    resolve = from_anchor(lambda anchor: build(anchor, -count))
    if word == "year":  # "profit rose from a year ago": the same quarter, if one was named
        resolve = years_before_period(count, resolve)
    return make(core, lead, resolve, granularity, "deictic", reference="reset")


AGO_UNITS: dict[str, tuple[Granularity, Callable[[dt.date, int], Span]]] = {
    "day": ("day", lambda anchor, shift: spans.day(anchor + relativedelta(days=shift))),
    **{unit: UNITS[unit] for unit in ("week", "month", "year")},
}
