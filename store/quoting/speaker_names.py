"""One name per person across a case: the names one person's quotes were given, made one.

Each article resolves its own short names first (`store.quoting.resolver`: "Clinton" is the
Clinton that article names, of the gender its "Mrs." gives). What is left for the case is
- forms of one full name: "Donald J. Trump", "Donald John Trump" and "Senator Donald Trump"
  are "Donald Trump" (same first and last name; middle names, initials and titles apart);
  "D. Trump" is "Donald Trump" when no other Trump's first name starts with a D;
- a bare surname ("Trump", "Mr. Trump", "President Trump") left by an article that gave no
  full name: it takes the case's full name only when exactly one person of that surname is
  named in the whole case. "Clinton" in a case with Bill and Hillary Clinton stays "Clinton":
  a rule over the case cannot tell them apart, and a wrong merge is worse than none;
- a bare first name ("Fahmi"), when no one in the case has it as a surname and exactly one
  person has it as a first name.
Names of organisations ("Clinton Foundation") and phrases ("the company") are left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from store.quoting.lexicon import HONORIFICS, NAME_CONNECTORS, ORG_WORDS, TITLES

# "Donald Trump Jr." is not "Donald Trump": a suffix is part of who a name is.
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
_TITLE_WORDS = TITLES | HONORIFICS | frozenset(["gov", "sen", "rep", "gen", "lt", "sgt"])
_POSSESSIVE_RE = re.compile("[’']s?$")


@dataclass(frozen=True)
class PersonName:
    """A person's name taken apart: first name (or initial), surname, suffix, all folded."""

    name: str  # as stored
    first: str
    last: str
    suffix: str
    middle: bool  # has middle names or initials

    @property
    def initial_only(self) -> bool:
        return len(self.first) == 1

    def preference(self) -> tuple[bool, bool, bool, int, str]:
        """Which form of one person's name to keep: a full first name, no middle names or
        initials, capitalised, then the shortest (a stable order for the rest)."""
        return (self.initial_only, self.middle, self.name[:1].islower(), len(self.name), self.name)


def _fold(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word.casefold().rstrip("."))


def _words_of(name: str) -> list[str] | None:
    """The words of a name without the titles before it ("President", "Mr."); None for
    what is no person's name: an organisation, or a phrase with lower-case words."""
    words = name.split()
    folded = [_fold(word) for word in words]
    if not words or set(folded) & ORG_WORDS:
        return None
    # "the company", "a spokesman": a phrase; a single word may be a name typed lower-case.
    lower = (
        w[:1].islower() and f not in NAME_CONNECTORS for w, f in zip(words, folded, strict=True)
    )
    if len(words) > 1 and any(lower):
        return None
    while len(words) > 1 and _fold(words[0]) in _TITLE_WORDS:
        words = words[1:]
    return words


def person_name(name: str) -> PersonName | None:
    """`name` taken apart, if it is a person's full name (two words or more)."""
    words = _words_of(name)
    if not words or len(words) < 2:
        return None
    suffix = ""
    if len(words) > 2 and _fold(words[-1]).rstrip(",") in _SUFFIXES:
        suffix, words = _fold(words[-1]), [w.rstrip(",") for w in words[:-1]]
    first, last = _fold(words[0]), _fold(words[-1])
    return PersonName(name, first, last, suffix, middle=len(words) > 2)


def _one_word(name: str) -> str | None:
    """The single word a name comes to without its titles ("Mr. Trump": "trump"), if one."""
    words = _words_of(name)
    return _fold(words[0]) if words and len(words) == 1 else None


def _people(names: list[PersonName]) -> list[list[PersonName]]:
    """The full names of one surname grouped by person: one first name and suffix a person;
    a first initial joins the only person whose first name it starts, else stands alone."""
    people: dict[tuple[str, str], list[PersonName]] = defaultdict(list)
    initials: list[PersonName] = []
    for name in names:
        (initials if name.initial_only else people[(name.first, name.suffix)]).append(name)
    for name in initials:
        fits = [key for key in people if key[0].startswith(name.first) and key[1] == name.suffix]
        people[fits[0] if len(fits) == 1 else (name.first, name.suffix + "?")].append(name)
    return list(people.values())


def fuller_names(names: list[str]) -> dict[str, str]:
    """The renames that give each person one name across a case (see the module's doc):
    each stored speaker name that is another form of a person's name, mapped to the form kept.
    """
    by_surname: dict[str, list[PersonName]] = defaultdict(list)
    for name in names:
        if (parsed := person_name(name)) is not None:
            by_surname[parsed.last].append(parsed)
    renames: dict[str, str] = {}
    only: dict[str, str] = {}  # surname → the name of its one person
    by_first: dict[str, list[str]] = defaultdict(list)  # first name → the names of its people
    for surname, given in by_surname.items():
        people = _people(given)
        for forms in people:
            kept = min(forms, key=PersonName.preference).name
            renames.update({form.name: kept for form in forms if form.name != kept})
            if not forms[0].initial_only:
                by_first[forms[0].first].append(kept)
        if len(people) == 1 and not given[0].suffix:
            only[surname] = renames.get(given[0].name, given[0].name)
    for name in names:
        word = _one_word(name)
        if word is None:
            continue
        # Everyone the word may name: the one person of that surname (None for several)
        # and the people of that first name. "Graham" for Lindsey Graham or Graham Nash: none.
        options: set[str | None] = set(by_first.get(word, []))
        if word in by_surname:
            options.add(only.get(word))
        fuller = options.pop() if len(options) == 1 else None
        if fuller is not None and fuller != name:
            renames[name] = fuller
    return renames
