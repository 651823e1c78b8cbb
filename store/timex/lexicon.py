"""The words English date expressions are made of, and regex fragments built from them."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from store.models import Modifier

MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
MONTH_ABBREVIATIONS = {
    abbreviation: number for number, abbreviation in enumerate(calendar.month_abbr) if abbreviation
} | {"Sept": 9}
WEEKDAYS = {name: number for number, name in enumerate(calendar.day_name)}
# Month names that are also verbs or first names ("May", "March", "June"): on their own they
# count only after a word that makes them a month ("in", "last", "early"...).
AMBIGUOUS_MONTHS = frozenset({"March", "May", "April", "June", "August"})
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
DETERMINERS = {"last": -1, "this": 0, "next": 1}

# Years written on their own, with a day or month, and in ranges: what we accept as a year.
BARE_YEARS = range(1900, 2101)
# Earlier years alone need a word that makes them years ("in 1898", "since 1776").
CUED_YEARS = range(1500, 1900)
WRITTEN_YEARS = range(1000, 3000)

# Prepositions that belong in the phrase ("in 2018", "on Saturday", "since January"), and the
# ones among them that change what the phrase covers.
PHRASE_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "during",
        "since",
        "until",
        "till",
        "by",
        "before",
        "after",
        "through",
        "throughout",
    }
)
MODIFYING_PREPOSITIONS: dict[str, Modifier] = {
    "since": "since",
    "until": "until",
    "till": "until",
    "before": "before",
    "after": "after",
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so "June" wins over "Jun"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def cased(words: Iterable[str]) -> str:
    """An alternation of `words` as written in lower, Title or UPPER case.

    Spelt out rather than matched with re.IGNORECASE, which also lets "ſ" stand for "s" and the
    Kelvin sign for "k", so a matched word could miss its dictionary entry.
    """
    return alternation({form for word in words for form in (word, word.title(), word.upper())})


MONTH = alternation(MONTHS)
MONTH_OR_ABBREVIATION = rf"(?:{MONTH}|(?:{alternation(MONTH_ABBREVIATIONS)})\.?)"
# Month names in capitals or in lower case, but for "may" and "MAY", mostly the verb.
MONTHS_OTHER_CASE = {
    form for name in MONTHS if name != "May" for form in (name.upper(), name.lower())
}
MONTH_OTHER_CASE = alternation(MONTHS_OTHER_CASE)
WEEKDAY = alternation(WEEKDAYS)
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
SPACE = r"\s{1,3}"
# Days written as ordinal words: "March eighth", "the twenty-first of June".
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth"
_TEENS += " eighteenth nineteenth"
ORDINAL_DAYS = {word: number for number, word in enumerate(_UNITS, 1)}
ORDINAL_DAYS |= {word: number for number, word in enumerate(_TEENS.split(), 10)}
ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30, "thirty first": 31}
ORDINAL_DAYS |= {f"twenty {word}": 20 + number for number, word in enumerate(_UNITS, 1)}
# Longest first, so "twenty-first" is not read as "twenty" then nothing.
ORDINAL_DAY = (
    "(?:"
    + "|".join(word.replace(" ", "[- ]") for word in sorted(ORDINAL_DAYS, key=len, reverse=True))
    + ")"
)
# Characters that make a digit run part of something else: an amount, a path, a decimal, a word.
NOT_AFTER_NUMBER = r"(?![0-9]|[.,:/][0-9]|%|\w)"
NOT_BEFORE_NUMBER = r"(?<![\w$€£#/.:@'])"


def month_number(name: str) -> int:
    """The month a full or abbreviated name (with or without its full stop) stands for."""
    name = name.rstrip(".").title()
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def day_number(text: str) -> int:
    """The day of an ordinal or cardinal day ("8th", "08", "21", "eighth", "twenty-first")."""
    word = " ".join(text.lower().replace("-", " ").split())
    if word in ORDINAL_DAYS:
        return ORDINAL_DAYS[word]
    return int(text.rstrip("stndrh"))
