"""Years and decades: "in 2018", "the 2023 National Day", "a 2010 raid", "the post-1959
politics", "2020-2022" (two years, as TimeML marks them), "the 1990s", "the '80s"; a number
that counts or measures is no year."""

from __future__ import annotations

import re
from dataclasses import replace

from store.models import Modifier
from store.timex import names, spans
from store.timex.candidates import Candidate, Reference, ReferenceEffect, fixed
from store.timex.lead import Accepts, Before, Lead, after_connector, take_lead, words_before
from store.timex.lexicon import (
    BARE_YEARS,
    CUED_YEARS,
    NOT_AFTER_NUMBER,
    NOT_BEFORE_NUMBER,
    WRITTEN_YEARS,
)
from store.timex.rules import has_cue, make

# Words before a bare year that make it a date ("in 2018", "of 2018").
YEAR_CUES = frozenset(
    {"in", "since", "until", "till", "by", "before", "after", "from", "between", "through"}
    | {"throughout", "during", "of", "for", "into", "due"}
)
# Fewer for a year before 1900: "between 1500 and 2000 people" counts people.
OLD_YEAR_CUES = frozenset({"in", "since", "until", "till", "during", "before", "after"})
BOTH_BEFORE = re.compile(r"\b(?:both|either)\s{1,3}\Z")
YEAR = re.compile(rf"{NOT_BEFORE_NUMBER}(?P<year>[0-9]{{4}}){NOT_AFTER_NUMBER}")
YEAR_RANGE = re.compile(
    rf"{NOT_BEFORE_NUMBER}(?<!-)(?P<year>[0-9]{{4}})\s?[-–—]\s?(?P<last>[0-9]{{4}}|[0-9]{{2}})"
    r"(?![0-9]|[-–/.][0-9]|\w)"
)
DECADE = re.compile(rf"{NOT_BEFORE_NUMBER}(?P<decade>[0-9]{{3}})0'?s\b")
# "the '80s", "the ’90s": the latest such decade begun by the document's year ("the '80s" in
# 1989 is the 1980s, "the '30s" in 2025 the 1930s).
SHORT_DECADE = re.compile(r"(?<![\w$€£#/.:@])['’‘](?P<tens>[0-9])0s\b")
# "pre-2008", "post-1959": a year a time is before or after, the prefix in the phrase.
PREFIX_BEFORE = re.compile(r"\b(?P<prefix>[Pp]re|[Pp]ost)[-‐]\Z")
PREFIX_MODIFIERS: dict[str, Modifier] = {"pre": "before", "post": "after"}


def bare_year(core: re.Match[str], before: Before) -> Candidate | None:
    """A year alone: "in 2018", "mid-2023", "the 2023 National Day", "2023's"; not "2023 people".

    An adverbial year ("In 2020, ...") sets the narrative year; a year naming something ("the
    2023 National Day") does not.
    """
    year, lead = int(core["year"]), take_lead(before, core.start(), Accepts(part=True))
    # An older year counts after a word that makes it one: "independence from Spain in 1898".
    old = year in CUED_YEARS and has_cue(before, OLD_YEAR_CUES)
    if lead is None or not (year in BARE_YEARS or old):
        return None
    if names.counts_something(core.string, core.start(), core.end()):
        return None  # "a width of 1920 pixels", "1909 Jolinda Drive"
    prefix = PREFIX_BEFORE.search(core.string, max(0, core.start() - 6), core.start())
    if prefix is not None:  # "the post-1959 politics": a year naming a time, not the story's
        modifier = PREFIX_MODIFIERS[prefix["prefix"].lower()]
        candidate = make(core, lead, fixed(spans.year(year)), "year", "absolute", modifier=modifier)
        return replace(candidate, start=prefix.start())
    possessive = core.string.startswith(("'s", "’s"), core.end())
    naming = possessive or (before.the_start >= 0 and before.part is None)
    naming = naming or names.year_as_modifier(core.string, core.start(), core.end())
    if not (naming or has_cue(before, YEAR_CUES) or _cued_past_both(core, before)):
        if not after_connector(core.string, core.start()):
            return None
        return make(core, lead, fixed(spans.year(year)), "year", "absolute", weak=True)
    reference: ReferenceEffect = None if naming else "set"
    return make(core, lead, fixed(spans.year(year)), "year", "absolute", reference=reference)


def _cued_past_both(core: re.Match[str], before: Before) -> bool:
    """ "in both 1990 and 1991", "in either 2019 or 2020": the cue before "both"."""
    if before.prep is not None:
        return False
    both = BOTH_BEFORE.search(core.string, max(0, core.start() - 10), core.start())
    return both is not None and has_cue(words_before(core.string, both.start()), YEAR_CUES)


def year_range(core: re.Match[str], before: Before) -> tuple[Candidate, Candidate] | None:
    """ "2020-2022", "2019–20": two years, as TimeML marks them ("[2019]–[20]")."""
    first, last_text = int(core["year"]), core["last"]
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    lead = take_lead(before, core.start(), Accepts())
    if lead is None or not (first in BARE_YEARS and last in BARE_YEARS and first < last):
        return None
    if names.counts_something(core.string, core.start(), core.end()):
        return None  # "1990-2000 pixels wide"
    opening = make(core, lead, fixed(spans.year(first)), "year", "absolute")
    closing = make(core, Lead(core.start("last")), fixed(spans.year(last)), "year", "absolute")
    return replace(opening, end=core.end("year")), closing


def decade(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the 1990s" is value "199"; "the 1800s" is a century, which TIMEX3 writes differently.
    A decade is written with "the" ("in the early 1990s"); without it, "1040s" is a plural of
    a number: tax forms, models, routes."""
    if before.the_start < 0:
        return None
    first = int(core["decade"]) * 10
    lead = take_lead(before, core.start(), Accepts(part=True, the=True))
    if lead is None or first not in WRITTEN_YEARS or (first % 100 == 0 and first != 2000):
        return None
    return make(core, lead, fixed(spans.decade(first)), "decade", "absolute")


def short_decade(core: re.Match[str], before: Before) -> Candidate | None:
    """ "the '80s", "the early ’90s": with "the", as a decade in full is written; one not
    begun by the document's year is the last century's."""
    if before.the_start < 0:
        return None
    lead = take_lead(before, core.start(), Accepts(part=True, the=True))
    if lead is None:
        return None
    tens = int(core["tens"]) * 10

    def resolve(reference: Reference) -> spans.Span:
        anchor = reference.anchor
        if anchor is None:
            return spans.decade(1900 + tens)
        century = anchor.year // 100 * 100
        begun = century + tens <= anchor.year
        return spans.decade(century + tens if begun else century - 100 + tens)

    return make(core, lead, resolve, "decade", "absolute")
