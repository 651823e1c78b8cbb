"""One name per person across a case: the names one person's quotes were given, made one.

Each article resolves its own short names (`store.quoting.resolver`: "Clinton" is the Clinton
that article names, of the gender its "Mrs." gives). A surname an article left alone
("Clinton", "Mr. Trump") stays so across the case: which Clinton other articles name in full
says nothing of whom this one meant, and a wrong merge is worse than none. What the case joins:
- forms of one full name: "Donald J. Trump", "Donald John Trump", "Senator Donald Trump" and
  "Donald Trump’s" are "Donald Trump" (same first and last name; middle names, initials,
  titles and a possessive apart); "D. Trump" is "Donald Trump" when no other Trump's first
  name starts with a D;
- a full name with words run into it before the first name ("Republican Donald Trump", "Year
  Barack Obama", "Zika Virus Chris Christie"), when the case names that person without them
  and the words are no first name ("Mary Ann Lee" is not "Ann Lee"). One word alone before a
  name is taken for a first name, though no list holds it ("Rua Tane Orrin" is not "Tane
  Orrin"), unless it is a word known to be none (a party, a title, a day: "Labour Tane Orrin");
- a bare first name ("Fahmi"), when no one in the case has it as a surname and exactly one
  person has it as a first name: a first name alone is how some articles name a person
  throughout, and no family shares it as Bill and Hillary share "Clinton".
Names of organisations ("Clinton Foundation") and phrases ("the company") are left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from store.quoting.lexicon import (
    HONORIFICS,
    JOB_TITLES,
    LEADING_NOISE,
    NAME_CONNECTORS,
    ORG_WORDS,
    PARTY_LABELS,
    TITLES,
)
from store.quoting.names import clean_name, gender_of_word

# "Donald Trump Jr." is not "Donald Trump": a suffix is part of who a name is.
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
_TITLE_WORDS = TITLES | HONORIFICS | frozenset(["gov", "sen", "rep", "gen", "lt", "sgt"])
_POSSESSIVE_RE = re.compile("[’']s?$")
# Words known to be no one's first name, run into a name before it by a sentence or a heading.
_NO_FIRST_NAMES = PARTY_LABELS | LEADING_NOISE | _TITLE_WORDS | JOB_TITLES | ORG_WORDS


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
    """`name` taken apart, if it is a person's full name (two words or more), without what a
    capitalised run puts before a name (`clean_name`: "Struggling Donald Trump", "Republican
    Ann Cole")."""
    words = _words_of(clean_name(name))
    if not words or len(words) < 2:
        return None
    suffix = ""
    if len(words) > 2 and _fold(words[-1]).rstrip(",") in _SUFFIXES:
        suffix, words = _fold(words[-1]), [w.rstrip(",") for w in words[:-1]]
    first, last = _fold(words[0]), _fold(words[-1])
    return PersonName(name, first, last, suffix, middle=len(words) > 2)


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
    each stored speaker name that is another form of a person's full name, mapped to the form
    kept; and a bare first name to the one person who has it."""
    parsed = [p for name in names if (p := person_name(name)) is not None]
    plain = {(p.first, p.last) for p in parsed if not p.middle}
    by_surname: dict[str, list[PersonName]] = defaultdict(list)
    for person in parsed:
        by_surname[person.last].append(_without_run_in(person, plain))
    renames: dict[str, str] = {}
    by_first: dict[str, list[str]] = defaultdict(list)  # first name → the names of its people
    for given in by_surname.values():
        for forms in _people(given):
            kept = min(forms, key=PersonName.preference).name
            renames.update({form.name: kept for form in forms if form.name != kept})
            if not forms[0].initial_only:
                by_first[forms[0].first].append(kept)
    for name in names:
        word = _one_word(name)
        # A surname alone is never given a full name here (see the module's doc); a first
        # name is, when one person has it and no one has it as a surname ("Graham").
        if word is None or word in by_surname or len(set(by_first.get(word, []))) != 1:
            continue
        if (fuller := by_first[word][0]) != name:
            renames[name] = fuller
    return renames


def _one_word(name: str) -> str | None:
    """The single word a name comes to without its titles ("Mr. Trump": "trump"), if one."""
    words = _words_of(name)
    return _fold(words[0]) if words and len(words) == 1 else None


def _without_run_in(name: PersonName, plain: set[tuple[str, str]]) -> PersonName:
    """The name as a form of the two-word name the case gives (`plain`: first and last
    names), if words that are no first name were run into it before that first name ("Zika
    Virus Orrin Vasquez" where "Orrin Vasquez" is named); else as it is. "Mary Ann Lee" is not
    "Ann Lee": "Mary" is a first name of her own, and so is "Rua" of "Rua Tane Orrin"."""
    words = [_fold(word) for word in (_words_of(clean_name(name.name)) or [])]
    if not name.middle or len(words) < 3 or (words[-2], name.last) not in plain:
        return name
    run_in = words[:-2]
    if any(gender_of_word(word) is not None or len(word) == 1 for word in run_in):
        return name
    if len(run_in) == 1 and run_in[0] not in _NO_FIRST_NAMES:
        return name  # a first name no list holds: names of many languages are in none
    return PersonName(name.name, words[-2], name.last, name.suffix, middle=False)
